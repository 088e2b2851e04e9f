package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// ThresholdRule is what a motion's yes votes are measured against.
type ThresholdRule string

// The threshold rules.
const (
	// OfVotesCast compares yes with yes+no; abstentions and "not voting"
	// are neutral.
	OfVotesCast ThresholdRule = "votes-cast"
	// OfEligibleMembers compares yes with every eligible (non-recused)
	// voting member, present or not.
	OfEligibleMembers ThresholdRule = "eligible-members"
	// Unanimity passes only when every eligible member present votes yes;
	// an abstention blocks it.
	Unanimity ThresholdRule = "unanimity"
)

var thresholdRules = vocab.NewEnum(OfVotesCast, OfEligibleMembers, Unanimity)

// ThresholdRules returns every rule.
func ThresholdRules() []ThresholdRule { return thresholdRules.Values() }

// ParseThresholdRule returns text as a ThresholdRule, or an error listing the allowed codes.
func ParseThresholdRule(text string) (ThresholdRule, error) { return thresholdRules.Parse(text) }

// IsValid reports whether r is a known rule.
func (r ThresholdRule) IsValid() bool { return thresholdRules.Contains(r) }

// String returns the code.
func (r ThresholdRule) String() string { return string(r) }

// EnumValues lists the allowed codes (for schema export).
func (ThresholdRule) EnumValues() []string { return thresholdRules.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (r ThresholdRule) MarshalText() ([]byte, error) { return []byte(r), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *ThresholdRule) UnmarshalText(b []byte) error { return thresholdRules.Unmarshal(r, b) }
