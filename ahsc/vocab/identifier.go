package vocab

import (
	"fmt"
	"strings"
)

// Scheme names an external identifier register.
//
// Codes: "ods-organisation", "ods-site", "ukprn", "ror",
// "charity-england-wales", "charity-scotland", "charity-northern-ireland",
// "companies-house", "crossref-funder".
type Scheme string

// The identifier schemes ahsckit checks.
const (
	// SchemeODSOrganisation is an NHS Organisation Data Service organisation
	// code; every NHS trust has a three-character code such as "RJ1".
	SchemeODSOrganisation Scheme = "ods-organisation"
	// SchemeODSSite is an ODS site code: for a trust, its code plus two
	// characters, such as "RJZ01".
	SchemeODSSite Scheme = "ods-site"
	// SchemeUKPRN is a UK Provider Reference Number: eight digits, such as
	// "10003645" (King's College London).
	SchemeUKPRN Scheme = "ukprn"
	// SchemeROR is a Research Organization Registry ID, "0220mzb33" or
	// "https://ror.org/0220mzb33".
	SchemeROR Scheme = "ror"
	// SchemeCharityEnglandWales is a Charity Commission for England and
	// Wales registered number (6 or 7 digits).
	SchemeCharityEnglandWales Scheme = "charity-england-wales"
	// SchemeCharityScotland is an OSCR number: "SC" and 6 digits.
	SchemeCharityScotland Scheme = "charity-scotland"
	// SchemeCharityNorthernIreland is a Charity Commission for Northern
	// Ireland number: 6 digits, optionally written with the "NIC" prefix.
	SchemeCharityNorthernIreland Scheme = "charity-northern-ireland"
	// SchemeCompaniesHouse is a Companies House number: 8 characters,
	// all digits (England and Wales), "R" and 7 digits (old Northern
	// Ireland), a two-character prefix (SC, NI, OC...) and 6 digits, or a
	// society's prefix (IP, SP, NP, NO, RS), digits and an optional letter
	// suffix ("IP00525R", "RS007018").
	SchemeCompaniesHouse Scheme = "companies-house"
	// SchemeCrossrefFunder is a Crossref Funder ID DOI, "10.13039/501100000272";
	// "doi:" and doi.org or dx.doi.org resolver spellings are accepted and
	// normalised to the bare DOI.
	SchemeCrossrefFunder Scheme = "crossref-funder"
)

var schemes = NewEnum(SchemeODSOrganisation, SchemeODSSite, SchemeUKPRN, SchemeROR,
	SchemeCharityEnglandWales, SchemeCharityScotland, SchemeCharityNorthernIreland,
	SchemeCompaniesHouse, SchemeCrossrefFunder)

// Schemes returns the enum of identifier schemes, for listing, parsing and
// checking.
func Schemes() Enum[Scheme] { return schemes }

// EnumValues lists the allowed codes (for schema export).
func (Scheme) EnumValues() []string { return schemes.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Scheme) UnmarshalText(b []byte) error { return schemes.Unmarshal(s, b) }

// OrgIDPrefix returns the org-id.guide list code of the scheme ("GB-NHS"
// for ODS organisation codes), or "" when the register has none.
func (s Scheme) OrgIDPrefix() string {
	switch s {
	case SchemeODSOrganisation, SchemeODSSite:
		return "GB-NHS"
	case SchemeUKPRN:
		return "GB-UKPRN"
	case SchemeCharityEnglandWales:
		return "GB-CHC"
	case SchemeCharityScotland:
		return "GB-SC"
	case SchemeCharityNorthernIreland:
		return "GB-NIC"
	case SchemeCompaniesHouse:
		return "GB-COH"
	}
	return ""
}

// Identifier is an organisation's identifier in an external register, as a
// FHIR Identifier's system and value.
type Identifier struct {
	// Scheme is the register (FHIR Identifier.system).
	Scheme Scheme `json:"scheme"`
	// Value is the identifier as the register writes it (FHIR
	// Identifier.value): "RJ1", "10003645", "0220mzb33". Some schemes
	// accept other spellings, which [Identifier.Normalized] canonicalises.
	Value string `json:"value"`
}

// Normalized returns the identifier in its register's canonical spelling:
// ODS codes upper-case, ROR IDs bare ("0220mzb33"), Crossref Funder IDs as a
// bare DOI ("10.13039/501100000272", whether written with "doi:", or a
// doi.org or dx.doi.org resolver over http or https, in any case), Northern
// Ireland charity numbers without "NIC".
func (id Identifier) Normalized() Identifier {
	v := strings.TrimSpace(id.Value)
	switch id.Scheme {
	case SchemeODSOrganisation, SchemeODSSite, SchemeCompaniesHouse, SchemeCharityScotland:
		v = strings.ToUpper(v)
	case SchemeROR:
		v = strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(v, "https://ror.org/"), "http://ror.org/"))
	case SchemeCrossrefFunder:
		v = bareDOI(v)
	case SchemeCharityNorthernIreland:
		v = strings.TrimPrefix(strings.ToUpper(v), "NIC")
	}
	return Identifier{Scheme: id.Scheme, Value: v}
}

// OrgID returns the org-id.guide form ("GB-NHS-RJ1", "GB-UKPRN-10003645")
// and false when the scheme has no org-id list.
func (id Identifier) OrgID() (string, bool) {
	prefix := id.Scheme.OrgIDPrefix()
	if prefix == "" {
		return "", false
	}
	return prefix + "-" + id.Normalized().Value, true
}

// URL returns a resolvable address for schemes that have one (ROR, Crossref
// Funder), and "" otherwise.
func (id Identifier) URL() string {
	n := id.Normalized()
	switch id.Scheme {
	case SchemeROR:
		return "https://ror.org/" + n.Value
	case SchemeCrossrefFunder:
		return "https://doi.org/" + n.Value
	}
	return ""
}

// String returns "scheme:value".
func (id Identifier) String() string { return string(id.Scheme) + ":" + id.Value }

// Problems checks the identifier against its register's rules at p. Some
// rules are warnings: a UKPRN not starting with 1 is legal but unusual.
func (id Identifier) Problems(p *Path) Problems {
	var ps Problems
	ps = ps.Add(schemes.Check(p.Child("scheme"), id.Scheme, true))
	if id.Value == "" {
		return ps.Add(Required(p.Child("value"), ""))
	}
	if !schemes.Contains(id.Scheme) {
		return ps
	}
	vp := p.Child("value")
	if strings.TrimSpace(id.Value) != id.Value {
		return ps.Add(Invalid(vp, id.Value, "must not have surrounding spaces"))
	}
	return ps.Add(checkValue(vp, id.Scheme, id.Value)...)
}

func checkValue(p *Path, s Scheme, v string) []*Problem {
	bad := func(detail string) []*Problem { return []*Problem{Invalid(p, v, detail)} }
	switch s {
	case SchemeODSOrganisation:
		if !isUpperAlnum(v) || len(v) < 3 || len(v) > 8 {
			return bad("an ODS organisation code is 3 to 8 upper-case letters and digits (trusts have 3)")
		}
	case SchemeODSSite:
		if !isUpperAlnum(v) || len(v) < 5 || len(v) > 9 {
			return bad("an ODS site code is 5 to 9 upper-case letters and digits (a trust's code plus 2)")
		}
	case SchemeUKPRN:
		if len(v) != 8 || !isDigits(v) {
			return bad("a UKPRN is 8 digits")
		}
		if v[0] != '1' {
			return []*Problem{Invalid(p, v, "every UKPRN issued so far starts with 1").AsWarning()}
		}
	case SchemeROR:
		return checkROR(p, v)
	case SchemeCharityEnglandWales:
		if (len(v) != 6 && len(v) != 7) || !isDigits(v) {
			return bad("an England and Wales charity number is 6 or 7 digits")
		}
	case SchemeCharityScotland:
		if len(v) != 8 || v[:2] != "SC" || !isDigits(v[2:]) {
			return bad(`a Scottish charity number is "SC" and 6 digits`)
		}
	case SchemeCharityNorthernIreland:
		n := strings.TrimPrefix(v, "NIC")
		if len(n) != 6 || !isDigits(n) {
			return bad(`a Northern Ireland charity number is 6 digits, optionally after "NIC"`)
		}
	case SchemeCompaniesHouse:
		return checkCompanyNumber(p, v)
	case SchemeCrossrefFunder:
		n := Identifier{Scheme: s, Value: v}.Normalized().Value
		suffix, ok := strings.CutPrefix(n, "10.13039/")
		if !ok || len(suffix) < 6 || len(suffix) > 12 || !isDigits(suffix) {
			return bad(`a Crossref Funder ID is "10.13039/" followed by 6 to 12 digits`)
		}
	}
	return nil
}

const crockford = "0123456789abcdefghjkmnpqrstvwxyz"

// checkROR verifies a ROR ID: "0", six Crockford base-32 characters and a
// two-digit ISO 7064 MOD 97-10 checksum of those six characters' value.
func checkROR(p *Path, v string) []*Problem {
	n := Identifier{Scheme: SchemeROR, Value: v}.Normalized().Value
	if len(n) != 9 || n[0] != '0' {
		return []*Problem{Invalid(p, v, `a ROR ID is "0", 6 base-32 characters and 2 check digits`)}
	}
	var x uint64
	for _, c := range n[1:7] {
		i := strings.IndexRune(crockford, c)
		if i < 0 {
			return []*Problem{Invalid(p, v, fmt.Sprintf("%q is not a Crockford base-32 character", c))}
		}
		x = x*32 + uint64(i)
	}
	check, ok := digits(n[7:])
	if !ok {
		return []*Problem{Invalid(p, v, "the last 2 characters of a ROR ID are check digits")}
	}
	if want := 98 - int((x*100)%97); check != want {
		return []*Problem{Invalid(p, v, fmt.Sprintf("checksum is %02d, want %02d", check, want))}
	}
	return nil
}

// doiPrefixes are the spellings of a DOI's resolver or scheme that
// Normalized removes: the DOI Handbook's "doi:" URI form and the doi.org
// resolver, over either protocol and at its legacy dx.doi.org host
// (https://www.doi.org/the-identifier/resources/handbook/2_doi-names).
var doiPrefixes = []string{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"}

// bareDOI removes one resolver or scheme prefix, in any case; DOI names
// themselves are case-insensitive, and the Crossref Funder prefix 10.13039
// is digits.
func bareDOI(v string) string {
	for _, p := range doiPrefixes {
		if len(v) >= len(p) && strings.EqualFold(v[:len(p)], p) {
			return v[len(p):]
		}
	}
	return v
}

// companyShape is the form of the six characters after a Companies House
// number prefix.
type companyShape int

const (
	// sixDigits: a company, partnership or similar entity registered by
	// Companies House: the prefix and 6 digits.
	sixDigits companyShape = iota
	// society: a mutual society registered by the Financial Conduct
	// Authority whose name Companies House indexes: digits, then an
	// optional suffix of 1 to 3 letters naming the society type (R for a
	// registered society, C for a credit union...; FCA Mutuals Public
	// Register glossary, https://mutuals.fsa.gov.uk/Glossary.aspx), as in
	// "IP00525R" or "RS007018".
	society
	// noInfo: an entity Companies House indexes by name and number only
	// (ICVCs, Royal Charter companies, protected cell companies): 6
	// upper-case letters or digits.
	noInfo
)

// companyPrefixes are the two-character prefixes of Companies House
// numbers, from the Companies House Uniform Resource Identifiers (URI)
// Customer Guide (the company-type prefix list, and the list of prefixes
// for which Companies House holds no information beyond name and number),
// with RS (registered society), CE and CS (charitable incorporated
// organisations), SG (Scottish qualifying partnership) and PC (protected
// cell company) from the Companies House register's own data. An
// England and Wales company has no prefix (8 digits); an old Northern
// Ireland company is "R" and 7 digits (the officers bulk file guide).
var companyPrefixes = map[string]companyShape{
	"AC": sixDigits, "ZC": sixDigits, "FC": sixDigits, "GE": sixDigits, "LP": sixDigits, "OC": sixDigits,
	"SE": sixDigits, "SA": sixDigits, "SZ": sixDigits, "SF": sixDigits, "GS": sixDigits, "SL": sixDigits,
	"SO": sixDigits, "SC": sixDigits, "ES": sixDigits, "NA": sixDigits, "NZ": sixDigits, "NF": sixDigits,
	"GN": sixDigits, "NL": sixDigits, "NC": sixDigits, "R0": sixDigits, "NI": sixDigits, "EN": sixDigits,
	"SG": sixDigits, "CE": sixDigits, "CS": sixDigits,
	"IP": society, "SP": society, "NP": society, "NO": society, "RS": society,
	"IC": noInfo, "SI": noInfo, "NV": noInfo, "RC": noInfo, "SR": noInfo, "NR": noInfo, "PC": noInfo,
}

func checkCompanyNumber(p *Path, v string) []*Problem {
	if len(v) != 8 || !isUpperAlnum(v) {
		return []*Problem{Invalid(p, v, "a Companies House number is 8 upper-case letters and digits")}
	}
	if isDigits(v) || v[0] == 'R' && isDigits(v[1:]) {
		return nil // England and Wales; old Northern Ireland ("R" and 7 digits)
	}
	shape, known := companyPrefixes[v[:2]]
	if !known {
		return []*Problem{Invalid(p, v, "unrecognised Companies House number prefix "+v[:2]).AsWarning()}
	}
	rest := v[2:]
	switch shape {
	case sixDigits:
		if !isDigits(rest) {
			return []*Problem{Invalid(p, v, "a number with prefix "+v[:2]+" is the prefix and 6 digits")}
		}
	case society:
		digits := strings.TrimRightFunc(rest, func(r rune) bool { return 'A' <= r && r <= 'Z' })
		if len(digits) < 3 || !isDigits(digits) {
			return []*Problem{Invalid(p, v, "a society number with prefix "+v[:2]+
				" is the prefix, digits and an optional suffix of up to 3 letters, as in IP00525R or RS007018")}
		}
	}
	return nil
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isUpperAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}
