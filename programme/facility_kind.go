package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// FacilityKind classifies a shared facility.
type FacilityKind string

// The facility kinds.
const (
	// FacilityBiobank stores samples and linked data for research.
	FacilityBiobank FacilityKind = "biobank"
	// FacilityImaging is an imaging centre (MRI, PET, microscopy).
	FacilityImaging FacilityKind = "imaging"
	// FacilityDataScience is a data science platform or trusted research
	// environment.
	FacilityDataScience FacilityKind = "data-science"
	// FacilityClinicalResearch is a clinical research facility (CRF).
	FacilityClinicalResearch FacilityKind = "clinical-research-facility"
	// FacilityTrialsUnit is a clinical trials unit or trials network hub.
	FacilityTrialsUnit FacilityKind = "trials-unit"
)

var facilityKinds = vocab.NewEnum(FacilityBiobank, FacilityImaging, FacilityDataScience,
	FacilityClinicalResearch, FacilityTrialsUnit)

// FacilityKinds returns every facility kind.
func FacilityKinds() []FacilityKind { return facilityKinds.Values() }

// ParseFacilityKind returns text as a FacilityKind, or an error listing the allowed codes.
func ParseFacilityKind(text string) (FacilityKind, error) { return facilityKinds.Parse(text) }

// IsValid reports whether k is a known facility kind.
func (k FacilityKind) IsValid() bool { return facilityKinds.Contains(k) }

// String returns the code.
func (k FacilityKind) String() string { return string(k) }

// EnumValues lists the allowed codes (for schema export).
func (FacilityKind) EnumValues() []string { return facilityKinds.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (k FacilityKind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *FacilityKind) UnmarshalText(b []byte) error { return facilityKinds.Unmarshal(k, b) }
