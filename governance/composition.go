package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Composition are a body's rules on who holds its voting seats. They are
// about seats, not the people in them: a vacant seat still counts.
type Composition struct {
	// MinVotingSeatsPerPartner is how many voting seats every partner of
	// the centre must nominate; zero means no minimum, negative is
	// invalid. It needs the partner roster, so a Centre checks it.
	MinVotingSeatsPerPartner int `json:"minVotingSeatsPerPartner,omitempty" jsonschema:"minimum=0"`
	// MaxPartnerShare caps the share of voting seats one partner
	// nominates, between 0 and 1; zero means no cap.
	MaxPartnerShare vocab.Ratio `json:"maxPartnerShare,omitzero" jsonschema:"minimum=0,maximum=1"`
	// IndependentChair requires the chair seat to be independent.
	IndependentChair bool `json:"independentChair,omitempty"`
}
