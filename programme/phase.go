package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Phase is a clinical trial phase, using the codes of the FHIR
// ResearchStudy.phase value set
// (http://hl7.org/fhir/ValueSet/research-study-phase).
//
// Codes: "n-a", "early-phase-1", "phase-1", "phase-1-phase-2", "phase-2",
// "phase-2-phase-3", "phase-3", "phase-4".
type Phase string

// The FHIR research study phases, in FHIR order.
const (
	// PhaseNotApplicable is for trials without FDA-defined phases, such as
	// device or behavioural trials ("n-a").
	PhaseNotApplicable Phase = "n-a"
	// PhaseEarly1 is an exploratory early phase 1 trial.
	PhaseEarly1 Phase = "early-phase-1"
	// Phase1 is a phase 1 trial.
	Phase1 Phase = "phase-1"
	// Phase1To2 is a combined phase 1/2 trial.
	Phase1To2 Phase = "phase-1-phase-2"
	// Phase2 is a phase 2 trial.
	Phase2 Phase = "phase-2"
	// Phase2To3 is a combined phase 2/3 trial.
	Phase2To3 Phase = "phase-2-phase-3"
	// Phase3 is a phase 3 trial.
	Phase3 Phase = "phase-3"
	// Phase4 is a post-marketing phase 4 trial.
	Phase4 Phase = "phase-4"
)

var phases = vocab.NewEnum(PhaseNotApplicable, PhaseEarly1, Phase1, Phase1To2, Phase2, Phase2To3, Phase3, Phase4)

// Phases returns the enum of trial phases, in FHIR order, for listing,
// parsing and checking.
func Phases() vocab.Enum[Phase] { return phases }

// EnumValues lists the allowed codes (for schema export).
func (Phase) EnumValues() []string { return phases.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// ErrNotSupported problem listing the allowed ones.
func (p *Phase) UnmarshalText(b []byte) error { return phases.Unmarshal(p, b) }
