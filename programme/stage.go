package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Stage is a translational research stage, T0 (discovery) to T4
// (population impact), in the five-phase T0–T4 model of the translational
// pipeline that a systematic review of definitions found to be the
// emerging consensus (Fort et al., "Mapping the evolving definitions of
// translational research", J Clin Transl Sci 2017;1(1):60–66,
// https://pmc.ncbi.nlm.nih.gov/articles/PMC5408839/). Codes are lower case.
//
// Codes: "t0", "t1", "t2", "t3", "t4".
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

// Stages returns the enum of translational stages, in pipeline order, for
// listing, parsing and checking.
func Stages() vocab.Enum[Stage] { return stages }

// EnumValues lists the allowed codes (for schema export).
func (Stage) EnumValues() []string { return stages.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// ErrNotSupported problem listing the allowed ones.
func (s *Stage) UnmarshalText(b []byte) error { return stages.Unmarshal(s, b) }
