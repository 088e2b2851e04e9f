package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Stage is a translational research stage, T0 (discovery) to T4
// (population impact), in the widely used T0–T4 model of the translational
// pipeline. Codes are lower-case: "t0" to "t4".
type Stage string

// The translational stages, in pipeline order.
const (
	// StageT0 is basic discovery research.
	StageT0 Stage = "t0"
	// StageT1 is translation to humans: first-in-human studies.
	StageT1 Stage = "t1"
	// StageT2 is translation to patients: efficacy trials.
	StageT2 Stage = "t2"
	// StageT3 is translation to practice: implementation into routine care.
	StageT3 Stage = "t3"
	// StageT4 is translation to communities: population impact.
	StageT4 Stage = "t4"
)

var stages = vocab.NewEnum(StageT0, StageT1, StageT2, StageT3, StageT4)

// Stages returns every stage in pipeline order.
func Stages() []Stage { return stages.Values() }

// ParseStage returns text as a Stage, or an error listing the allowed codes.
func ParseStage(text string) (Stage, error) { return stages.Parse(text) }

// IsValid reports whether s is a known stage.
func (s Stage) IsValid() bool { return stages.Contains(s) }

// String returns the code.
func (s Stage) String() string { return string(s) }

// EnumValues lists the allowed codes (for schema export).
func (Stage) EnumValues() []string { return stages.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (s Stage) MarshalText() ([]byte, error) { return []byte(s), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Stage) UnmarshalText(b []byte) error { return stages.Unmarshal(s, b) }
