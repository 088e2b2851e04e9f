package vocab

import "net/url"

// SourceKind says what backs a value: a cited source, or nothing but the
// author's invention, labelled so in the data.
//
// Codes: "cited", "illustrative".
type SourceKind string

// The source kinds.
const (
	// SourceCited is a published source a reader can look up: a URL and a
	// title. It is what an empty kind means.
	SourceCited SourceKind = "cited"
	// SourceIllustrative labels a value as invented for illustration (an
	// example's seat counts, amounts or policy): not a fact. Its note says
	// what is invented.
	SourceIllustrative SourceKind = "illustrative"
)

var sourceKinds = NewEnum(SourceCited, SourceIllustrative)

// SourceKinds returns the enum of every source kind.
func SourceKinds() Enum[SourceKind] { return sourceKinds }

// EnumValues lists the allowed codes (for schema export).
func (SourceKind) EnumValues() []string { return sourceKinds.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// ErrNotSupported problem listing the allowed ones.
func (k *SourceKind) UnmarshalText(b []byte) error { return sourceKinds.Unmarshal(k, b) }

// Source says where a fact comes from, or that a value is illustrative.
// Facts carry their sources as data, so a published document shows its
// evidence, and a reader of the JSON alone can tell an invented number from
// a sourced one: a value is either cited or labelled
// {"kind": "illustrative", "note": "..."}. A source of either kind goes
// wherever sources go.
type Source struct {
	// Kind is "cited" (the default when empty) or "illustrative".
	Kind SourceKind `json:"kind,omitempty"`
	// URL is the absolute http(s) address of the source; required for a
	// cited source, optional for an illustrative one (what it is modelled
	// on).
	URL string `json:"url,omitempty" jsonschema:"pattern=^[Hh][Tt][Tt][Pp][Ss]?://([^/?#@]*@)?[^/?#@]+"`
	// Title names the page or document; required for a cited source.
	Title string `json:"title,omitempty"`
	// Publisher is who published it, such as "NIHR".
	Publisher string `json:"publisher,omitempty"`
	// Accessed is the date the source was read, at the precision known
	// ("2026-11", "2026-11-23").
	Accessed Date `json:"accessed,omitzero"`
	// Note quotes or qualifies what the source supports; for an
	// illustrative source, required: what is invented.
	Note string `json:"note,omitempty"`
}

// Illustrative returns the label of an invented value: a source of kind
// "illustrative" with note saying what is invented.
func Illustrative(note string) Source { return Source{Kind: SourceIllustrative, Note: note} }

// IsIllustrative reports whether s labels a value as illustrative.
func (s Source) IsIllustrative() bool { return s.Kind == SourceIllustrative }

// Problems reports, at p: an unknown kind; for a cited source a missing
// title or a URL that is not an absolute http(s) URL; for an illustrative
// source a missing note, or a URL given but not an absolute http(s) URL.
func (s Source) Problems(p *Path) Problems {
	var ps Problems
	if s.Kind != "" && !sourceKinds.Contains(s.Kind) {
		return ps.Add(sourceKinds.Check(p.Child("kind"), s.Kind, false))
	}
	illustrative := s.IsIllustrative()
	switch {
	case s.URL == "" && !illustrative:
		ps = ps.Add(Required(p.Child("url"), "an absolute http(s) URL"))
	case s.URL == "":
	case !isHTTPURL(s.URL):
		ps = ps.Add(Invalid(p.Child("url"), s.URL, "must be an absolute http(s) URL"))
	}
	if s.Title == "" && !illustrative {
		ps = ps.Add(Required(p.Child("title"), ""))
	}
	if s.Note == "" && illustrative {
		ps = ps.Add(Required(p.Child("note"), "an illustrative source says what is invented"))
	}
	return ps
}

func isHTTPURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// CheckSources validates each source in a list at p[i].
func CheckSources(p *Path, sources []Source) Problems {
	var out Problems
	for i, s := range sources {
		if pr := s.Problems(nil); len(pr) > 0 {
			out = append(out, LazyAt(p).Index(i).LocateAll(pr)...)
		}
	}
	return out
}

// CheckSourced validates each source in a list at p[i], as [CheckSources]
// does, and requires at least one: a value that must be either cited or
// labelled illustrative (an ErrRequired problem at p otherwise).
func CheckSourced(p *Path, sources []Source) Problems {
	if len(sources) == 0 {
		return Problems{Required(p, "at least one source, cited or illustrative")}
	}
	return CheckSources(p, sources)
}
