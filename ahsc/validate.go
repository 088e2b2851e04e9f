package ahsc

import (
	"iter"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Validate checks the whole centre and returns a [vocab.Problems] error
// when it has errors (warnings alone return nil; see [Centre.Problems]).
func (c *Centre) Validate() error { return c.Problems().Err() }

// Problems checks the whole centre and returns every problem, errors and
// warnings, with full paths from the centre's root: its own fields, each
// partner and organisation, successions and designations, each domain
// document (given the centre as its partner roster), and every reference
// between them.
func (c *Centre) Problems() vocab.Problems { return c.CollectProblems(new(vocab.Collector)).Problems() }

// CollectProblems adds the problems [Centre.Problems] returns to ps, in the
// same order, and returns ps. A collector with a limit keeps at most that
// many and counts the rest, so memory stays bounded however many problems
// the centre has; [Decode] checks with it.
func (c *Centre) CollectProblems(ps *vocab.Collector) *vocab.Collector {
	ps = ps.OrderBy(vocab.DocumentOrder(c))
	ps = ps.Add(c.Version.Problems(vocab.NewPath("version"))...)
	ps = ps.Add(vocab.CheckID(vocab.NewPath("id"), c.ID, true))
	if c.Name == "" {
		ps = ps.Add(vocab.Required(vocab.NewPath("name"), ""))
	}
	for i, n := range c.OtherNames {
		ps = ps.Add(n.problems(vocab.NewPath("otherNames").Index(i))...)
	}
	if len(c.Partners) == 0 {
		ps = ps.Add(vocab.Required(vocab.NewPath("partners"), "a centre has at least one partner"))
	}
	for i := range c.Partners {
		ps = c.Partners[i].problems(ps, vocab.NewPath("partners").Index(i))
	}
	for i := range c.Organisations {
		ps = c.Organisations[i].problems(ps, vocab.LazyPathOf("organisations").Index(i))
	}
	ix := newIndex(c)
	ps = ix.orgIDProblems(ps)
	ps = ix.successionProblems(ps, vocab.NewPath("successions"))
	ps = c.designationProblems(ps, vocab.NewPath("designations"))
	ps = vocab.CollectSources(ps, vocab.NewPath("sources"), c.Sources)
	for _, d := range c.documents() {
		d.doc.CollectProblems(ps.WithPath(vocab.NewPath(d.field)))
	}
	ps = ix.compositionProblems(ps)
	ix.resolveAll(ps, c.designationRefs())
	for _, d := range c.documents() {
		ix.resolveAll(ps.WithPath(vocab.NewPath(d.field)), d.doc.AllReferences())
	}
	return strictjson.CollectInvalidUTF8(ps, nil, c, "governance", "portfolio", "ledger")
}

// orgIDProblems reports an organisation ID used twice across partners and
// organisations: one namespace, one entity per ID.
func (ix *index) orgIDProblems(ps *vocab.Collector) *vocab.Collector {
	c := ix.c
	at := func(i int) *vocab.Path {
		if i < len(c.Partners) {
			return vocab.NewPath("partners").Index(i).Child("id")
		}
		return vocab.NewPath("organisations").Index(i - len(c.Partners)).Child("id")
	}
	for _, d := range ix.dupOrgs {
		ps = ps.Add(vocab.Duplicate(at(d.at), string(ix.c.organisationAt(d.at).ID), "first used at "+at(d.first).String()))
	}
	return ps
}

// organisationAt returns the partner's organisation or the organisation at position
// i among the partners and then the organisations.
func (c *Centre) organisationAt(i int) *Organisation {
	if i < len(c.Partners) {
		return &c.Partners[i].Organisation
	}
	return &c.Organisations[i-len(c.Partners)]
}

// document is the contract every domain document meets for the Centre.
type document interface {
	CollectProblems(ps *vocab.Collector) *vocab.Collector
	References() []vocab.Reference
	AllReferences() iter.Seq2[vocab.Reference, vocab.LazyPath]
}

type namedDocument struct {
	field string
	doc   document
}

// documents returns the domain documents present, in field order. A
// document embedded in the centre inherits the centre's version when it
// states none (the centre's own is checked at /version), so each is a
// shallow copy with the version filled in.
func (c *Centre) documents() []namedDocument {
	var out []namedDocument
	if c.Governance != nil {
		d := *c.Governance
		d.Version = inherit(d.Version)
		out = append(out, namedDocument{"governance", &d})
	}
	if c.Portfolio != nil {
		d := *c.Portfolio
		d.Version = inherit(d.Version)
		out = append(out, namedDocument{"portfolio", &d})
	}
	if c.Ledger != nil {
		d := *c.Ledger
		d.Version = inherit(d.Version)
		out = append(out, namedDocument{"ledger", &d})
	}
	return out
}

func inherit(v vocab.Version) vocab.Version {
	if v == "" {
		return vocab.CurrentVersion
	}
	return v
}

// References returns every cross-document reference in the centre, with
// paths from the centre's root: each designation's issuers (as
// organisations on the designation's start) and those listed by each domain
// document.
func (c *Centre) References() []vocab.Reference {
	refs := c.designationReferences()
	for _, d := range c.documents() {
		prefix := vocab.NewPath(d.field)
		for _, r := range d.doc.References() {
			r.Path = prefix.Concat(r.Path)
			refs = append(refs, r)
		}
	}
	return refs
}

// designationRefs yields each designation's issuers as organisation
// references on the designation's start, as designationReferences lists
// them, with their paths not yet built.
func (c *Centre) designationRefs() iter.Seq2[vocab.Reference, vocab.LazyPath] {
	return func(yield func(vocab.Reference, vocab.LazyPath) bool) {
		for i, g := range c.Designations {
			for j, id := range g.Issuers {
				if id != "" && !yield(vocab.Reference{Kind: vocab.RefOrganisation, ID: string(id), During: vocab.PeriodOfDay(g.Period.Start)},
					vocab.LazyPathOf("designations").Index(i).Child("issuers").Index(j)) {
					return
				}
			}
		}
	}
}

// designationReferences returns each designation's issuers as
// organisation references on the designation's start.
func (c *Centre) designationReferences() []vocab.Reference {
	var refs []vocab.Reference
	for i, g := range c.Designations {
		for j, id := range g.Issuers {
			if id != "" {
				refs = append(refs, vocab.Ref(vocab.RefOrganisation, id, vocab.PeriodOfDay(g.Period.Start),
					vocab.NewPath("designations").Index(i).Child("issuers").Index(j)))
			}
		}
	}
	return refs
}
