package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// ConditionKind is the kind of a condition attached to an award, after
// IATI's ConditionType (policy, performance, fiduciary) and TiedStatus
// (https://reference.iatistandard.org/en/iati-standard/202/codelists/ConditionType).
//
// Codes: "restricted", "tied", "performance".
type ConditionKind string

// The condition kinds.
const (
	// ConditionKindRestricted restricts the money to a set of programmes or
	// HRCS health categories: restricted funds, spent only on their purpose.
	ConditionKindRestricted ConditionKind = "restricted"
	// ConditionKindTied ties the money to goods or services of the funder
	// (IATI TiedStatus "tied").
	ConditionKindTied ConditionKind = "tied"
	// ConditionKindPerformance releases the money against milestones or
	// results (IATI ConditionType 2, performance).
	ConditionKindPerformance ConditionKind = "performance"
)

var conditionKinds = vocab.NewEnum(ConditionKindRestricted, ConditionKindTied, ConditionKindPerformance)

// ConditionKinds returns the enum of condition kinds, for listing, parsing
// and checking.
func ConditionKinds() vocab.Enum[ConditionKind] { return conditionKinds }

// EnumValues lists the allowed codes (for schema export).
func (ConditionKind) EnumValues() []string { return conditionKinds.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; unknown codes are an
// ErrNotSupported problem listing the allowed ones.
func (v *ConditionKind) UnmarshalText(b []byte) error { return conditionKinds.Unmarshal(v, b) }
