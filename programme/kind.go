package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Kind classifies a programme by the kind of work it does. No standard code
// list covers AHSC work, so the codes are kebab-case words.
//
// Codes: "translational-research", "clinical-trial", "education-and-training",
// "specialised-clinical-service", "shared-infrastructure",
// "precision-medicine-and-genomics".
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

// Kinds returns the enum of programme kinds, in declaration order, for
// listing, parsing and checking.
func Kinds() vocab.Enum[Kind] { return kinds }

// EnumValues lists the allowed codes (for schema export).
func (Kind) EnumValues() []string { return kinds.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// ErrNotSupported problem listing the allowed ones.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.Unmarshal(k, b) }
