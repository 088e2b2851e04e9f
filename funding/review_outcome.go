package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// ReviewOutcome is a peer-review panel's recommendation on an application.
type ReviewOutcome string

// The review outcomes.
const (
	// ReviewFund recommends funding as proposed.
	ReviewFund ReviewOutcome = "fund"
	// ReviewFundWithConditions recommends funding subject to conditions.
	ReviewFundWithConditions ReviewOutcome = "fund-with-conditions"
	// ReviewDoNotFund recommends against funding.
	ReviewDoNotFund ReviewOutcome = "do-not-fund"
)

var reviewOutcomes = vocab.NewEnum(ReviewFund, ReviewFundWithConditions, ReviewDoNotFund)

// ReviewOutcomes returns every review outcome, in declaration order.
func ReviewOutcomes() []ReviewOutcome { return reviewOutcomes.Values() }

// ParseReviewOutcome parses a review outcome code.
func ParseReviewOutcome(s string) (ReviewOutcome, error) { return reviewOutcomes.Parse(s) }

// IsValid reports whether v is a known review outcome.
func (v ReviewOutcome) IsValid() bool { return reviewOutcomes.Contains(v) }

// String returns the code.
func (v ReviewOutcome) String() string { return string(v) }

// EnumValues lists the allowed codes (for schema export).
func (ReviewOutcome) EnumValues() []string { return reviewOutcomes.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (v ReviewOutcome) MarshalText() ([]byte, error) { return []byte(v), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (v *ReviewOutcome) UnmarshalText(b []byte) error { return reviewOutcomes.Unmarshal(v, b) }
