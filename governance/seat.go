package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Seat is a position on a body that exists independently of whoever holds
// it (a Popolo Post): nominated by a partner or independent, voting or not,
// possibly ex officio and possibly the chair.
type Seat struct {
	// ID identifies the seat within its body; required, unique in the
	// body.
	ID SeatID `json:"id"`
	// Label names the seat ("KCL nominee", "Independent Chair");
	// required.
	Label string `json:"label"`
	// NominatedBy is the partner that nominates the holder. Exactly one of
	// NominatedBy and Independent is set.
	NominatedBy vocab.OrgID `json:"nominatedBy,omitempty"`
	// Independent marks a seat no partner nominates to.
	Independent bool `json:"independent,omitempty"`
	// Voting marks a seat whose holder votes.
	Voting bool `json:"voting,omitempty"`
	// Chair marks the seat that chairs the body. At most one chair seat
	// exists at a time.
	Chair bool `json:"chair,omitempty"`
	// ExOfficio names the office that confers the seat, such as "Dean of
	// the Faculty of Life Sciences"; empty for appointed seats.
	ExOfficio string `json:"exOfficio,omitempty"`
	// Weight is the seat's vote weight when the body's terms of reference
	// enable weighted votes: 1 to MaxWeight, zero meaning 1. Quorum always
	// counts heads.
	Weight int64 `json:"weight,omitempty" jsonschema:"minimum=0,maximum=1000000"`
	// Period is when the seat exists; zero means as long as the body.
	Period vocab.Period `json:"period,omitzero"`
	// Terms are the spells for which people hold the seat (Popolo
	// Memberships); they never overlap.
	Terms []Term `json:"terms,omitempty"`
}

// MaxWeight bounds a seat's vote weight, so weighted sums never overflow.
const MaxWeight = 1_000_000

// weight returns the seat's effective weight.
func (s *Seat) weight(weighted bool) int64 {
	if !weighted || s.Weight == 0 {
		return 1
	}
	return s.Weight
}

// existsAt reports whether the seat exists on d.
func (s *Seat) existsAt(d vocab.Date) bool { return s.Period.IsZero() || s.Period.Contains(d) }

// HolderAt returns the term in force on d, and false when the seat does
// not exist or is vacant then.
func (s *Seat) HolderAt(d vocab.Date) (Term, bool) {
	if !s.existsAt(d) {
		return Term{}, false
	}
	for _, t := range s.Terms {
		if t.Period.Contains(d) {
			return t, true
		}
	}
	return Term{}, false
}

// Term is one person's spell in a seat (a Popolo Membership; the
// on-behalf-of organisation is the seat's nominating partner).
type Term struct {
	// Person holds the seat.
	Person vocab.PersonID `json:"person"`
	// Period is the term; its start is required, a zero end means ongoing.
	Period vocab.Period `json:"period" jsonschema:"period=started"`
	// Alternate may attend and vote in Person's place, only when Person is
	// absent.
	Alternate vocab.PersonID `json:"alternate,omitempty"`
}
