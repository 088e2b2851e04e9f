package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// FunderClass is the kind of organisation a funder is. The classes follow
// the seed text's "public, philanthropic, and, where appropriate, private
// sources", plus the centre's own money; [FunderClass.FHIRPartyOrgType]
// maps them to FHIR R5 research-study-party-organization-type codes.
//
// Codes: "public", "philanthropic", "private", "academic".
type FunderClass string

// The funder classes.
const (
	// FunderClassPublic is government money: NIHR, MRC and other research
	// councils.
	FunderClassPublic FunderClass = "public"
	// FunderClassPhilanthropic is charitable money: Wellcome, Cancer
	// Research UK, hospital charities.
	FunderClassPhilanthropic FunderClass = "philanthropic"
	// FunderClassPrivate is private or industry money: pharmaceutical and
	// medical-technology companies. The private-share cap measures it.
	FunderClassPrivate FunderClass = "private"
	// FunderClassAcademic is academic or internal money: the university's
	// or the partners' own funds.
	FunderClassAcademic FunderClass = "academic"
)

var funderClasses = vocab.NewEnum(FunderClassPublic, FunderClassPhilanthropic, FunderClassPrivate, FunderClassAcademic)

// FunderClasses returns the enum of funder classes, for listing, parsing
// and checking.
func FunderClasses() vocab.Enum[FunderClass] { return funderClasses }

// EnumValues lists the allowed codes (for schema export).
func (FunderClass) EnumValues() []string { return funderClasses.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; unknown codes are an
// ErrNotSupported problem listing the allowed ones.
func (v *FunderClass) UnmarshalText(b []byte) error { return funderClasses.Unmarshal(v, b) }

// FHIRPartyOrgType returns the FHIR R5 research-study-party-organization-type
// code for the class: public is "government", philanthropic "nonprofit",
// private "industry" and academic "academic"
// (https://hl7.org/fhir/R5/valueset-research-study-party-organization-type.html);
// "" for a class outside the enum.
func (v FunderClass) FHIRPartyOrgType() string {
	switch v {
	case FunderClassPublic:
		return "government"
	case FunderClassPhilanthropic:
		return "nonprofit"
	case FunderClassPrivate:
		return "industry"
	case FunderClassAcademic:
		return "academic"
	}
	return ""
}
