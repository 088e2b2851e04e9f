package vocab

// RefKind is what a cross-document reference points at.
//
// Codes: "organisation", "partner", "programme", "body", "award", "facility".
type RefKind string

// The reference kinds a Centre resolves.
const (
	// RefOrganisation must name an organisation the centre knows: a partner
	// or one of its other organisations (funders, companies...).
	RefOrganisation RefKind = "organisation"
	// RefPartner must name an organisation that is a partner of the centre
	// throughout the reference's period: an error where it is certainly
	// not a partner for part of it, a warning where partial membership
	// dates leave it only possibly absent.
	RefPartner RefKind = "partner"
	// RefProgramme must name a programme in the centre's portfolio.
	RefProgramme RefKind = "programme"
	// RefBody must name a body in the centre's governance.
	RefBody RefKind = "body"
	// RefAward must name an award in the centre's ledger.
	RefAward RefKind = "award"
	// RefFacility must name a facility in the centre's portfolio.
	RefFacility RefKind = "facility"
)

var refKinds = NewEnum(RefOrganisation, RefPartner, RefProgramme, RefBody, RefAward, RefFacility)

// RefKinds returns the enum of every reference kind.
func RefKinds() Enum[RefKind] { return refKinds }

// EnumValues lists the allowed codes (for schema export).
func (RefKind) EnumValues() []string { return refKinds.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *RefKind) UnmarshalText(b []byte) error { return refKinds.Unmarshal(k, b) }

// Reference is one reference a document makes to something defined
// elsewhere. Documents list their references; the Centre resolves them all
// in one place and reports the unresolved ones at Path.
type Reference struct {
	// Kind is what the reference must resolve to.
	Kind RefKind
	// ID is the referenced ID, as written.
	ID string
	// During is when the reference must hold (for RefPartner: the partner
	// must be a member throughout), its bounds at any precision. The zero
	// Period means "at any time".
	During Period
	// Path locates the reference in its document.
	Path *Path
}

// Ref builds a reference to a typed ID.
func Ref[I TypedID](kind RefKind, id I, during Period, p *Path) Reference {
	return Reference{Kind: kind, ID: string(id), During: during, Path: p}
}

// Roster answers questions about a centre's partners. The Centre passes one
// to domain validators whose rules need the partner list ("every partner
// nominates a seat"), so no domain package imports package ahsc.
type Roster interface {
	// PartnersAt returns the IDs of the organisations that are certainly
	// partners on d (on every day d may be, when d is partial), sorted.
	PartnersAt(d Date) []OrgID
	// IsPartnerAt reports whether id is certainly a partner on d.
	IsPartnerAt(id OrgID, d Date) bool
}
