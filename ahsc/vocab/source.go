package vocab

import "net/url"

// Source cites where a fact comes from. Facts carry their sources as data,
// so a published document shows its evidence.
type Source struct {
	// URL is the absolute http(s) address of the source.
	URL string `json:"url" jsonschema:"pattern=^[Hh][Tt][Tt][Pp][Ss]?://([^/?#@]*@)?[^/?#@]+"`
	// Title names the page or document.
	Title string `json:"title"`
	// Publisher is who published it, such as "NIHR".
	Publisher string `json:"publisher,omitempty"`
	// Accessed is the date the source was read.
	Accessed Date `json:"accessed,omitzero"`
	// Note quotes or qualifies what the source supports.
	Note string `json:"note,omitempty"`
}

// Problems reports a missing title or a URL that is not an absolute http(s) URL.
func (s Source) Problems(p *Path) Problems {
	var ps Problems
	if s.URL == "" {
		ps = append(ps, Required(p.Child("url"), "an absolute http(s) URL"))
	} else if u, err := url.Parse(s.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		ps = append(ps, Invalid(p.Child("url"), s.URL, "must be an absolute http(s) URL"))
	}
	if s.Title == "" {
		ps = append(ps, Required(p.Child("title"), ""))
	}
	return ps
}

// CheckSources validates each source in a list at p[i].
func CheckSources(p *Path, sources []Source) Problems {
	var ps Problems
	for i, s := range sources {
		ps = append(ps, s.Problems(p.Index(i))...)
	}
	return ps
}
