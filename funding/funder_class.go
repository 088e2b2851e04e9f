package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// FunderClass is the kind of organisation a funder is. The classes follow
// the seed text's "public, philanthropic, and, where appropriate, private
// sources", plus the centre's own money; [FunderClass.FHIRPartyOrgType]
// maps them to FHIR R5 research-study-party-organization-type codes.
type FunderClass string

// The funder classes.
const (
	// FunderPublic is government money: NIHR, MRC and other research councils.
	FunderPublic FunderClass = "public"
	// FunderPhilanthropic is charitable money: Wellcome, Cancer Research UK,
	// hospital charities.
	FunderPhilanthropic FunderClass = "philanthropic"
	// FunderPrivate is private or industry money: pharmaceutical and
	// medical-technology companies. The private-share cap measures it.
	FunderPrivate FunderClass = "private"
	// FunderAcademic is academic or internal money: the university's or the
	// partners' own funds.
	FunderAcademic FunderClass = "academic"
)

var funderClasses = vocab.NewEnum(FunderPublic, FunderPhilanthropic, FunderPrivate, FunderAcademic)

// FunderClasses returns every funder class, in declaration order.
func FunderClasses() []FunderClass { return funderClasses.Values() }

// ParseFunderClass parses a funder class code.
func ParseFunderClass(s string) (FunderClass, error) { return funderClasses.Parse(s) }

// IsValid reports whether v is a known funder class.
func (v FunderClass) IsValid() bool { return funderClasses.Contains(v) }

// String returns the code.
func (v FunderClass) String() string { return string(v) }

// EnumValues lists the allowed codes (for schema export).
func (FunderClass) EnumValues() []string { return funderClasses.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (v FunderClass) MarshalText() ([]byte, error) { return []byte(v), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (v *FunderClass) UnmarshalText(b []byte) error { return funderClasses.Unmarshal(v, b) }

// FHIRPartyOrgType returns the FHIR R5 research-study-party-organization-type
// code for the class: public is "government", philanthropic "nonprofit",
// private "industry" and academic "academic"
// (https://hl7.org/fhir/R5/valueset-research-study-party-organization-type.html).
func (v FunderClass) FHIRPartyOrgType() string {
	switch v {
	case FunderPublic:
		return "government"
	case FunderPhilanthropic:
		return "nonprofit"
	case FunderPrivate:
		return "industry"
	case FunderAcademic:
		return "academic"
	}
	return ""
}
