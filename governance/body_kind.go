package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// BodyKind classifies a governance body (Popolo Organization.classification).
type BodyKind string

// The body kinds.
const (
	// KindBoard is the body that sets strategy, such as the KHP Board.
	KindBoard BodyKind = "board"
	// KindExecutiveGroup is the leadership team that coordinates strategy,
	// research priorities and clinical pathways.
	KindExecutiveGroup BodyKind = "executive-group"
	// KindClinicalAcademicGroup is a clinical academic group (CAG).
	KindClinicalAcademicGroup BodyKind = "clinical-academic-group"
	// KindProgrammeBoard oversees one programme.
	KindProgrammeBoard BodyKind = "programme-board"
	// KindCommittee is any other committee.
	KindCommittee BodyKind = "committee"
)

var bodyKinds = vocab.NewEnum(KindBoard, KindExecutiveGroup, KindClinicalAcademicGroup, KindProgrammeBoard, KindCommittee)

// BodyKinds returns every body kind.
func BodyKinds() []BodyKind { return bodyKinds.Values() }

// ParseBodyKind returns text as a BodyKind, or an error listing the allowed codes.
func ParseBodyKind(text string) (BodyKind, error) { return bodyKinds.Parse(text) }

// IsValid reports whether k is a known body kind.
func (k BodyKind) IsValid() bool { return bodyKinds.Contains(k) }

// String returns the code.
func (k BodyKind) String() string { return string(k) }

// EnumValues lists the allowed codes (for schema export).
func (BodyKind) EnumValues() []string { return bodyKinds.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (k BodyKind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *BodyKind) UnmarshalText(b []byte) error { return bodyKinds.Unmarshal(k, b) }
