package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// FacilityKind classifies a shared facility.
//
// Codes: "biobank", "imaging", "data-science", "clinical-research-facility",
// "trials-unit".
type FacilityKind string

// The facility kinds.
const (
	// FacilityKindBiobank stores samples and linked data for research.
	FacilityKindBiobank FacilityKind = "biobank"
	// FacilityKindImaging is an imaging centre (MRI, PET, microscopy).
	FacilityKindImaging FacilityKind = "imaging"
	// FacilityKindDataScience is a data science platform or trusted
	// research environment.
	FacilityKindDataScience FacilityKind = "data-science"
	// FacilityKindClinicalResearch is a clinical research facility (CRF).
	FacilityKindClinicalResearch FacilityKind = "clinical-research-facility"
	// FacilityKindTrialsUnit is a clinical trials unit or trials network
	// hub.
	FacilityKindTrialsUnit FacilityKind = "trials-unit"
)

var facilityKinds = vocab.NewEnum(FacilityKindBiobank, FacilityKindImaging, FacilityKindDataScience,
	FacilityKindClinicalResearch, FacilityKindTrialsUnit)

// FacilityKinds returns the enum of facility kinds, in declaration order,
// for listing, parsing and checking.
func FacilityKinds() vocab.Enum[FacilityKind] { return facilityKinds }

// EnumValues lists the allowed codes (for schema export).
func (FacilityKind) EnumValues() []string { return facilityKinds.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// ErrNotSupported problem listing the allowed ones.
func (k *FacilityKind) UnmarshalText(b []byte) error { return facilityKinds.Unmarshal(k, b) }
