package ahsc

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// OrgKind is the primary type of an organisation. The kind decides which
// identifier rules apply: an NHS trust's ODS code has three characters and
// its site codes extend it by two.
//
// Codes: "university", "nhs-foundation-trust", "nhs-trust",
// "research-institute", "local-authority", "integrated-care-board",
// "charity", "company", "government", "other".
type OrgKind string

// The organisation kinds.
const (
	// OrgKindUniversity is a higher-education institution (UKPRN, ROR).
	OrgKindUniversity OrgKind = "university"
	// OrgKindNHSFoundationTrust is an NHS foundation trust (ODS code of
	// three characters).
	OrgKindNHSFoundationTrust OrgKind = "nhs-foundation-trust"
	// OrgKindNHSTrust is an NHS trust that is not a foundation trust (ODS
	// code of three characters).
	OrgKindNHSTrust OrgKind = "nhs-trust"
	// OrgKindResearchInstitute is an independent research institute.
	OrgKindResearchInstitute OrgKind = "research-institute"
	// OrgKindLocalAuthority is a local council.
	OrgKindLocalAuthority OrgKind = "local-authority"
	// OrgKindIntegratedCareBoard covers integrated care boards and the
	// primary care bodies that preceded them (primary care trusts, CCGs).
	OrgKindIntegratedCareBoard OrgKind = "integrated-care-board"
	// OrgKindCharity is a registered charity.
	OrgKindCharity OrgKind = "charity"
	// OrgKindCompany is a company, such as one named in an interests
	// register.
	OrgKindCompany OrgKind = "company"
	// OrgKindGovernment is a government department or arm's-length body
	// (the Department of Health, NIHR), typically a designation issuer or
	// funder.
	OrgKindGovernment OrgKind = "government"
	// OrgKindOther is any other organisation.
	OrgKindOther OrgKind = "other"
)

var orgKinds = vocab.NewEnum(OrgKindUniversity, OrgKindNHSFoundationTrust, OrgKindNHSTrust,
	OrgKindResearchInstitute, OrgKindLocalAuthority, OrgKindIntegratedCareBoard, OrgKindCharity,
	OrgKindCompany, OrgKindGovernment, OrgKindOther)

// OrgKinds returns the enum of every organisation kind, for listing,
// parsing and checking.
func OrgKinds() vocab.Enum[OrgKind] { return orgKinds }

// EnumValues lists the allowed codes (for schema export).
func (OrgKind) EnumValues() []string { return orgKinds.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// ErrNotSupported problem listing the allowed ones.
func (k *OrgKind) UnmarshalText(b []byte) error { return orgKinds.Unmarshal(k, b) }

// isNHSTrust reports whether k is an NHS trust or foundation trust, whose
// ODS codes are three characters.
func isNHSTrust(k OrgKind) bool { return k == OrgKindNHSTrust || k == OrgKindNHSFoundationTrust }
