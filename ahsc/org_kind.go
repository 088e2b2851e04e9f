package ahsc

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// OrgKind is the primary type of an organisation.
type OrgKind string

// The organisation kinds.
const (
	KindUniversity         OrgKind = "university"
	KindNHSFoundationTrust OrgKind = "nhs-foundation-trust"
	KindNHSTrust           OrgKind = "nhs-trust"
	KindResearchInstitute  OrgKind = "research-institute"
	KindLocalAuthority     OrgKind = "local-authority"
	// KindIntegratedCareBoard covers integrated care boards and the primary
	// care bodies that preceded them (primary care trusts, CCGs).
	KindIntegratedCareBoard OrgKind = "integrated-care-board"
	KindCharity             OrgKind = "charity"
	KindCompany             OrgKind = "company"
	// KindGovernment is a government department or arm's-length body (the
	// Department of Health, NIHR), typically a designation issuer or funder.
	KindGovernment OrgKind = "government"
	KindOther      OrgKind = "other"
)

var orgKinds = vocab.NewEnum(KindUniversity, KindNHSFoundationTrust, KindNHSTrust, KindResearchInstitute,
	KindLocalAuthority, KindIntegratedCareBoard, KindCharity, KindCompany, KindGovernment, KindOther)

// OrgKinds returns every organisation kind.
func OrgKinds() []OrgKind { return orgKinds.Values() }

// ParseOrgKind parses a kind code.
func ParseOrgKind(s string) (OrgKind, error) { return orgKinds.Parse(s) }

// IsValid reports whether k is a known kind.
func (k OrgKind) IsValid() bool { return orgKinds.Contains(k) }

// IsNHSTrust reports whether k is an NHS trust or foundation trust, whose
// ODS codes are three characters.
func (k OrgKind) IsNHSTrust() bool { return k == KindNHSTrust || k == KindNHSFoundationTrust }

// String returns the code.
func (k OrgKind) String() string { return string(k) }

// EnumValues lists the allowed codes (for schema export).
func (OrgKind) EnumValues() []string { return orgKinds.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (k OrgKind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *OrgKind) UnmarshalText(b []byte) error { return orgKinds.Unmarshal(k, b) }
