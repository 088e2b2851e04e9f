package ahsc

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// NameKind says what an alternative name is: ROR's name types "acronym"
// and "alias" (schema 2.1, https://ror.readme.io/docs/ror-data-structure),
// plus "former" for a name no longer used, which ROR does not type.
//
// Codes: "acronym", "alias", "former".
type NameKind string

// The name kinds.
const (
	// NameAcronym is an acronym in current use: "KCL", "GSTT".
	NameAcronym NameKind = "acronym"
	// NameAlias is another name in current use.
	NameAlias NameKind = "alias"
	// NameFormer is a name no longer used; it has an end date.
	NameFormer NameKind = "former"
)

var nameKinds = vocab.NewEnum(NameAcronym, NameAlias, NameFormer)

// NameKinds returns the enum of every name kind, for listing, parsing and
// checking.
func NameKinds() vocab.Enum[NameKind] { return nameKinds }

// EnumValues lists the allowed codes (for schema export).
func (NameKind) EnumValues() []string { return nameKinds.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// ErrNotSupported problem listing the allowed ones.
func (k *NameKind) UnmarshalText(b []byte) error { return nameKinds.Unmarshal(k, b) }

// Name is an alternative name of an organisation: an acronym, an alias, or
// a former name with the last date it was used.
type Name struct {
	// Value is the name as written ("KCL"); required.
	Value string `json:"value"`
	// Kind says what the name is; required.
	Kind NameKind `json:"kind"`
	// Until is the last day a former name was used, or the month or year
	// it falls in ("2018-01"); required for former names and forbidden for
	// others.
	Until vocab.Date `json:"until,omitzero"`
}

func (n Name) problems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	if n.Value == "" {
		ps = ps.Add(vocab.Required(p.Child("value"), ""))
	}
	ps = ps.Add(nameKinds.Check(p.Child("kind"), n.Kind, true))
	switch {
	case n.Kind == NameFormer && n.Until.IsZero():
		ps = ps.Add(vocab.Required(p.Child("until"), "a former name needs the last date it was used"))
	case n.Kind != NameFormer && !n.Until.IsZero():
		ps = ps.Add(vocab.Forbidden(p.Child("until"), "only former names have an end date"))
	}
	return ps
}

// NameAt returns the name o was known by on d: the former name with the
// earliest Until ([vocab.Date.Compare]) among those not certainly retired
// by d (d is not certainly after Until), or Name when there is none. So
// around a rename known only to the month, the former name is given until
// the month is over.
func (o *Organisation) NameAt(d vocab.Date) string {
	best := vocab.Date{}
	name := o.Name
	for _, n := range o.OtherNames {
		if n.Kind != NameFormer || d.After(n.Until) {
			continue
		}
		if best.IsZero() || n.Until.Compare(best) < 0 {
			best, name = n.Until, n.Value
		}
	}
	return name
}
