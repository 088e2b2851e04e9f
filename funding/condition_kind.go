package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// ConditionKind is the kind of a condition attached to an award, after
// IATI's ConditionType (policy, performance, fiduciary) and TiedStatus.
type ConditionKind string

// The condition kinds.
const (
	// ConditionRestricted restricts the money to a set of programmes or HRCS
	// health categories: restricted funds, spent only on their purpose.
	ConditionRestricted ConditionKind = "restricted"
	// ConditionTied ties the money to goods or services of the funder (IATI
	// TiedStatus "tied").
	ConditionTied ConditionKind = "tied"
	// ConditionPerformance releases the money against milestones or results
	// (IATI ConditionType 2, performance).
	ConditionPerformance ConditionKind = "performance"
)

var conditionKinds = vocab.NewEnum(ConditionRestricted, ConditionTied, ConditionPerformance)

// ConditionKinds returns every condition kind, in declaration order.
func ConditionKinds() []ConditionKind { return conditionKinds.Values() }

// ParseConditionKind parses a condition kind code.
func ParseConditionKind(s string) (ConditionKind, error) { return conditionKinds.Parse(s) }

// IsValid reports whether v is a known condition kind.
func (v ConditionKind) IsValid() bool { return conditionKinds.Contains(v) }

// String returns the code.
func (v ConditionKind) String() string { return string(v) }

// EnumValues lists the allowed codes (for schema export).
func (ConditionKind) EnumValues() []string { return conditionKinds.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (v ConditionKind) MarshalText() ([]byte, error) { return []byte(v), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (v *ConditionKind) UnmarshalText(b []byte) error { return conditionKinds.Unmarshal(v, b) }
