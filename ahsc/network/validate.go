package network

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Validate checks the network and returns a [vocab.Problems] error when it
// has errors (warnings alone return nil; see [Network.Problems]).
func (n *Network) Validate() error { return n.Problems().Err() }

// Problems checks the network and returns every problem, errors and
// warnings, with full paths from the network's root: its version, each
// centre as [ahsc.Centre.Problems] checks it (at /centres/i), unique centre
// IDs, its sources, and that every organisation ID names the same
// organisation in every centre.
func (n *Network) Problems() vocab.Problems {
	return n.CollectProblems(new(vocab.Collector)).Problems()
}

// CollectProblems adds the problems [Network.Problems] returns to ps, in
// the same order, and returns ps.
//
// Organisations are compared with the first record of their ID in
// document order (centres in order; in each, partners then organisations).
// A later record whose identifiers (as a set, normalised), kind, name or
// other names (as a set) differ is an ErrInvalid problem at that field,
// whose detail names the first record's JSON Pointer and value. It takes
// O(r log r) for r organisation records.
func (n *Network) CollectProblems(ps *vocab.Collector) *vocab.Collector {
	ps = ps.OrderBy(vocab.DocumentOrder(n))
	ps = ps.Add(n.Version.Problems(vocab.NewPath("version"))...)
	cp := vocab.NewPath("centres")
	if len(n.Centres) == 0 {
		ps = ps.Add(vocab.Required(cp, "a network has at least one centre"))
	}
	for i := range n.Centres {
		n.Centres[i].CollectProblems(ps.WithPath(cp.Index(i)))
	}
	ps = vocab.CollectUniqueIDsOf(ps, cp, "id", n.Centres, func(c *ahsc.Centre) vocab.CentreID { return c.ID })
	ps = vocab.CollectSources(ps, vocab.NewPath("sources"), n.Sources)
	ps = strictjson.CollectInvalidUTF8(ps, nil, n, "centres")
	return n.consistencyProblems(ps)
}

// record is one organisation record of one centre, with its path and the
// fields compared across centres in comparable form.
type record struct {
	org         *ahsc.Organisation
	path        *vocab.Path
	identifiers string
	otherNames  string
}

func newRecord(o *ahsc.Organisation, p *vocab.Path) record {
	ids := make([]string, len(o.Identifiers))
	for i, id := range o.Identifiers {
		ids[i] = id.Normalized().String()
	}
	slices.Sort(ids)
	names := make([]string, len(o.OtherNames))
	for i, nm := range o.OtherNames {
		names[i] = string(nm.Kind) + ":" + nm.Value
		if !nm.Until.IsZero() {
			names[i] += " (until " + nm.Until.String() + ")"
		}
	}
	slices.Sort(names)
	return record{org: o, path: p, identifiers: strings.Join(slices.Compact(ids), ", "), otherNames: strings.Join(slices.Compact(names), "; ")}
}

// consistencyProblems compares each organisation record with the first
// record of its ID.
func (n *Network) consistencyProblems(ps *vocab.Collector) *vocab.Collector {
	first := map[vocab.OrgID]record{}
	for i := range n.Centres {
		c := &n.Centres[i]
		cp := vocab.NewPath("centres").Index(i)
		visit := func(o *ahsc.Organisation, p *vocab.Path) {
			if o.ID == "" {
				return
			}
			r := newRecord(o, p)
			f, ok := first[o.ID]
			if !ok {
				first[o.ID] = r
				return
			}
			if f.path.HasPrefix(cp) {
				return // the same centre twice: the centre reports it
			}
			differs := func(field string, got, want any) {
				ps = ps.Add(vocab.Invalid(p.Child(field), got, fmt.Sprintf(
					"differs from organisation %q at %s, which has %s %s: one ID is one organisation in every centre (same identifiers, kind and names)",
					o.ID, f.path.JSONPointer(), field, quote(want))))
			}
			if r.identifiers != f.identifiers {
				differs("identifiers", r.identifiers, f.identifiers)
			}
			if o.Kind != f.org.Kind {
				differs("kind", string(o.Kind), string(f.org.Kind))
			}
			if o.Name != f.org.Name {
				differs("name", o.Name, f.org.Name)
			}
			if r.otherNames != f.otherNames {
				differs("otherNames", r.otherNames, f.otherNames)
			}
		}
		for j := range c.Partners {
			visit(&c.Partners[j].Organisation, cp.Child("partners").Index(j))
		}
		for j := range c.Organisations {
			visit(&c.Organisations[j], cp.Child("organisations").Index(j))
		}
	}
	return ps
}

func quote(v any) string {
	s := fmt.Sprint(v)
	if s == "" {
		return "(none)"
	}
	return fmt.Sprintf("%q", s)
}
