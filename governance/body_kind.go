package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// BodyKind classifies a governance body (Popolo Organization.classification).
//
// Codes: "board", "executive-group", "clinical-academic-group",
// "programme-board", "committee".
type BodyKind string

// The body kinds.
const (
	// BodyKindBoard is the body that sets strategy, such as the KHP Board.
	BodyKindBoard BodyKind = "board"
	// BodyKindExecutiveGroup is the leadership team that coordinates
	// strategy, research priorities and clinical pathways.
	BodyKindExecutiveGroup BodyKind = "executive-group"
	// BodyKindClinicalAcademicGroup is a clinical academic group (CAG).
	BodyKindClinicalAcademicGroup BodyKind = "clinical-academic-group"
	// BodyKindProgrammeBoard oversees one programme.
	BodyKindProgrammeBoard BodyKind = "programme-board"
	// BodyKindCommittee is any other committee.
	BodyKindCommittee BodyKind = "committee"
)

var bodyKinds = vocab.NewEnum(BodyKindBoard, BodyKindExecutiveGroup, BodyKindClinicalAcademicGroup,
	BodyKindProgrammeBoard, BodyKindCommittee)

// BodyKinds returns the body kinds: list, parse and check codes with it.
func BodyKinds() vocab.Enum[BodyKind] { return bodyKinds }

// EnumValues lists the codes, for schema export.
func (BodyKind) EnumValues() []string { return bodyKinds.Strings() }

// UnmarshalText decodes a code strictly: anything but a listed code (or
// "", the zero value) is a vocab.ErrNotSupported problem naming the codes.
func (k *BodyKind) UnmarshalText(b []byte) error { return bodyKinds.Unmarshal(k, b) }
