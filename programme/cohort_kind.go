package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// CohortKind classifies the people in an education and training cohort.
//
// Codes: "trainee", "clinician-scientist", "phd-fellow".
type CohortKind string

// The cohort kinds.
const (
	// CohortKindTrainee: postgraduate clinical trainees.
	CohortKindTrainee CohortKind = "trainee"
	// CohortKindClinicianScientist: clinician-scientists (clinical academic
	// fellows and lecturers).
	CohortKindClinicianScientist CohortKind = "clinician-scientist"
	// CohortKindPhDFellow: PhD (doctoral) research fellows.
	CohortKindPhDFellow CohortKind = "phd-fellow"
)

var cohortKinds = vocab.NewEnum(CohortKindTrainee, CohortKindClinicianScientist, CohortKindPhDFellow)

// CohortKinds returns the enum of cohort kinds, in declaration order, for
// listing, parsing and checking.
func CohortKinds() vocab.Enum[CohortKind] { return cohortKinds }

// EnumValues lists the allowed codes (for schema export).
func (CohortKind) EnumValues() []string { return cohortKinds.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// ErrNotSupported problem listing the allowed ones.
func (k *CohortKind) UnmarshalText(b []byte) error { return cohortKinds.Unmarshal(k, b) }
