package ahsc

import (
	"fmt"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Organisation is any organisation a centre's documents name: a partner, a
// funder, a designation issuer, a company in an interests register. Its ID
// lives in the single organisation namespace ([vocab.OrgID]).
type Organisation struct {
	// ID is the organisation's slug ("kcl"), unique across the centre's
	// partners and organisations; required.
	ID vocab.OrgID `json:"id"`
	// Name is the organisation's current name; required. [Organisation.NameAt]
	// gives the name in use on a date.
	Name string `json:"name"`
	// OtherNames are its acronyms, aliases and former names.
	OtherNames []Name `json:"otherNames,omitempty"`
	// Kind is the organisation's primary type; required.
	Kind OrgKind `json:"kind"`
	// Identifiers are its codes in external registers (ODS, UKPRN, ROR,
	// charity and company numbers, Crossref Funder IDs), at most one per
	// value; an NHS trust's ODS code has three characters and its site
	// codes extend it by two.
	Identifiers []vocab.Identifier `json:"identifiers,omitempty"`
	// Sources cite the organisation's facts.
	Sources []vocab.Source `json:"sources,omitempty"`
}

// Identifier returns o's first identifier in scheme s.
func (o *Organisation) Identifier(s vocab.Scheme) (vocab.Identifier, bool) {
	for _, id := range o.Identifiers {
		if id.Scheme == s {
			return id, true
		}
	}
	return vocab.Identifier{}, false
}

// Problems checks o at p: ID, name, kind, names, identifiers (with the
// rules for o's kind: an NHS trust's ODS code has three characters and its
// site codes extend it by two) and sources.
func (o *Organisation) Problems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	ps = ps.Add(vocab.CheckID(p.Child("id"), o.ID, true))
	if o.Name == "" {
		ps = ps.Add(vocab.Required(p.Child("name"), ""))
	}
	ps = ps.Add(orgKinds.Check(p.Child("kind"), o.Kind, true))
	for i, n := range o.OtherNames {
		ps = append(ps, n.problems(p.Child("otherNames").Index(i))...)
	}
	ps = append(ps, o.identifierProblems(p.Child("identifiers"))...)
	return append(ps, vocab.CheckSources(p.Child("sources"), o.Sources)...)
}

func (o *Organisation) identifierProblems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	seen := map[vocab.Identifier]int{}
	ods, hasODS := o.Identifier(vocab.SchemeODSOrganisation)
	for i, id := range o.Identifiers {
		ip := p.Index(i)
		own := id.Problems(ip)
		ps = append(ps, own...)
		if own.HasErrors() {
			continue
		}
		n := id.Normalized()
		if j, ok := seen[n]; ok {
			ps = ps.Add(vocab.Duplicate(ip, id.String(), fmt.Sprintf("same identifier as %s", p.Index(j))))
		}
		seen[n] = i
		switch {
		case id.Scheme == vocab.SchemeODSOrganisation && isNHSTrust(o.Kind) && len(n.Value) != 3:
			ps = ps.Add(vocab.Invalid(ip.Child("value"), id.Value, "an NHS trust's ODS code has 3 characters"))
		case id.Scheme == vocab.SchemeODSSite && hasODS:
			// ODS site codes extend their organisation's code; a trust's by
			// exactly 2 characters (NHS Digital, ODS code formats).
			org := ods.Normalized().Value
			switch {
			case isNHSTrust(o.Kind) && (len(n.Value) != len(org)+2 || !strings.HasPrefix(n.Value, org)):
				ps = ps.Add(vocab.Invalid(ip.Child("value"), id.Value,
					fmt.Sprintf("a trust site code is the trust's ODS code %s followed by 2 characters", org)))
			case !strings.HasPrefix(n.Value, org):
				ps = ps.Add(vocab.Invalid(ip.Child("value"), id.Value,
					fmt.Sprintf("an ODS site code starts with its organisation's ODS code %s", org)))
			}
		}
	}
	return ps
}
