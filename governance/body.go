package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Body is a governance body: a board, executive group, clinical academic
// group, programme board or committee (a Popolo Organization with a
// classification). A body may report to another.
type Body struct {
	// ID identifies the body ("khp-board"); required, unique in the
	// document.
	ID vocab.BodyID `json:"id"`
	// Name is the body's name; required.
	Name string `json:"name"`
	// Kind classifies the body; required.
	Kind BodyKind `json:"kind"`
	// ReportsTo is the body this one is accountable to; motions it cannot
	// decide are referred there.
	ReportsTo vocab.BodyID `json:"reportsTo,omitempty"`
	// Period is when the body exists; its start (founding date) is required.
	Period vocab.Period `json:"period" jsonschema:"period=started"`
	// Meets is how often the body meets.
	Meets Cadence `json:"meets,omitempty"`
	// Seats are the body's seats.
	Seats []Seat `json:"seats,omitempty"`
	// Composition are the rules on who nominates the voting seats.
	Composition Composition `json:"composition,omitzero"`
	// Rules are the body's terms of reference for decisions.
	Rules TermsOfReference `json:"rules,omitzero"`
	// Sources cite where the body's description comes from.
	Sources []vocab.Source `json:"sources,omitempty"`
	// Note qualifies the data, for example "seat counts are illustrative".
	Note string `json:"note,omitempty"`
}

// Seat returns the seat with the given ID.
func (b *Body) Seat(id SeatID) (*Seat, bool) {
	for i := range b.Seats {
		if b.Seats[i].ID == id {
			return &b.Seats[i], true
		}
	}
	return nil, false
}
