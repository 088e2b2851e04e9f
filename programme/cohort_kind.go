package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// CohortKind classifies the people in an education and training cohort.
type CohortKind string

// The cohort kinds.
const (
	// CohortTrainees are postgraduate clinical trainees.
	CohortTrainees CohortKind = "trainee"
	// CohortClinicianScientists are clinician-scientists (clinical academic
	// fellows and lecturers).
	CohortClinicianScientists CohortKind = "clinician-scientist"
	// CohortPhDFellows are PhD (doctoral) research fellows.
	CohortPhDFellows CohortKind = "phd-fellow"
)

var cohortKinds = vocab.NewEnum(CohortTrainees, CohortClinicianScientists, CohortPhDFellows)

// CohortKinds returns every cohort kind.
func CohortKinds() []CohortKind { return cohortKinds.Values() }

// ParseCohortKind returns text as a CohortKind, or an error listing the allowed codes.
func ParseCohortKind(text string) (CohortKind, error) { return cohortKinds.Parse(text) }

// IsValid reports whether k is a known cohort kind.
func (k CohortKind) IsValid() bool { return cohortKinds.Contains(k) }

// String returns the code.
func (k CohortKind) String() string { return string(k) }

// EnumValues lists the allowed codes (for schema export).
func (CohortKind) EnumValues() []string { return cohortKinds.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (k CohortKind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *CohortKind) UnmarshalText(b []byte) error { return cohortKinds.Unmarshal(k, b) }
