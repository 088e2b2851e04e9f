package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Kind classifies a programme by the kind of work it does. No standard code
// list covers AHSC work, so the codes are kebab-case.
type Kind string

// The programme kinds.
const (
	// KindTranslationalResearch moves discoveries from bench to bedside.
	KindTranslationalResearch Kind = "translational-research"
	// KindClinicalTrial is a clinical trial or trials programme; it may
	// carry a FHIR [Phase].
	KindClinicalTrial Kind = "clinical-trial"
	// KindEducation is education and training (clinician-scientists, PhD
	// fellows, postgraduate training).
	KindEducation Kind = "education-and-training"
	// KindSpecialisedService is a specialised clinical service, such as
	// pancreatic cancer surgery or neuropsychiatry.
	KindSpecialisedService Kind = "specialised-clinical-service"
	// KindSharedInfrastructure builds or runs shared infrastructure:
	// biobanking, imaging, data science, trials networks.
	KindSharedInfrastructure Kind = "shared-infrastructure"
	// KindPrecisionMedicine is precision medicine and genomics.
	KindPrecisionMedicine Kind = "precision-medicine-and-genomics"
)

var kinds = vocab.NewEnum(KindTranslationalResearch, KindClinicalTrial, KindEducation,
	KindSpecialisedService, KindSharedInfrastructure, KindPrecisionMedicine)

// Kinds returns every programme kind in declaration order.
func Kinds() []Kind { return kinds.Values() }

// ParseKind returns text as a Kind, or an error listing the allowed codes.
func ParseKind(text string) (Kind, error) { return kinds.Parse(text) }

// IsValid reports whether k is a known kind.
func (k Kind) IsValid() bool { return kinds.Contains(k) }

// String returns the code.
func (k Kind) String() string { return string(k) }

// EnumValues lists the allowed codes (for schema export).
func (Kind) EnumValues() []string { return kinds.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.Unmarshal(k, b) }
