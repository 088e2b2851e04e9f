package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// ReviewOutcome is a peer-review panel's recommendation on an application.
//
// Codes: "fund", "fund-with-conditions", "do-not-fund".
type ReviewOutcome string

// The review outcomes.
const (
	// ReviewOutcomeFund recommends funding as proposed.
	ReviewOutcomeFund ReviewOutcome = "fund"
	// ReviewOutcomeFundWithConditions recommends funding subject to
	// conditions.
	ReviewOutcomeFundWithConditions ReviewOutcome = "fund-with-conditions"
	// ReviewOutcomeDoNotFund recommends against funding.
	ReviewOutcomeDoNotFund ReviewOutcome = "do-not-fund"
)

var reviewOutcomes = vocab.NewEnum(ReviewOutcomeFund, ReviewOutcomeFundWithConditions, ReviewOutcomeDoNotFund)

// ReviewOutcomes returns the enum of review outcomes, for listing, parsing
// and checking.
func ReviewOutcomes() vocab.Enum[ReviewOutcome] { return reviewOutcomes }

// EnumValues lists the allowed codes (for schema export).
func (ReviewOutcome) EnumValues() []string { return reviewOutcomes.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; unknown codes are an
// ErrNotSupported problem listing the allowed ones.
func (v *ReviewOutcome) UnmarshalText(b []byte) error { return reviewOutcomes.Unmarshal(v, b) }
