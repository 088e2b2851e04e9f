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
	// Sources cite the organisation's facts; at least one is required (an
	// illustrative source for an invented organisation).
	Sources []vocab.Source `json:"sources,omitempty" jsonschema:"required"`
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
// site codes extend it by two) and sources (at least one, cited or
// illustrative).
func (o *Organisation) Problems(p *vocab.Path) vocab.Problems {
	return o.problems(new(vocab.Collector), vocab.LazyAt(p)).Problems()
}

// problems is [Organisation.Problems] into ps.
func (o *Organisation) problems(ps *vocab.Collector, p vocab.LazyPath) *vocab.Collector {
	ps = ps.Add(p.LocateChild("id", vocab.CheckID(nil, o.ID, true)))
	if o.Name == "" {
		ps = ps.Add(vocab.Required(p.Child("name").Path(), ""))
	}
	ps = ps.Add(p.LocateChild("kind", orgKinds.Check(nil, o.Kind, true)))
	for i, n := range o.OtherNames {
		ps = ps.Add(n.problems(p.Child("otherNames").Index(i).Path())...)
	}
	if len(o.Identifiers) > 0 {
		ps = o.identifierProblems(ps, p.Child("identifiers").Path())
	}
	return ps.Add(p.LocateAllChild("sources", vocab.CheckSourced(nil, o.Sources))...)
}

func (o *Organisation) identifierProblems(ps *vocab.Collector, p *vocab.Path) *vocab.Collector {
	seen := map[vocab.Identifier]int{}
	ods, hasODS := o.Identifier(vocab.SchemeODSOrganisation)
	for i, id := range o.Identifiers {
		ip := p.Index(i)
		own := id.Problems(ip)
		ps = ps.Add(own...)
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
