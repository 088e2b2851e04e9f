// Package networktest provides rapid (pgregory.net/rapid) generators for
// property-based tests of code that uses package network, in the style of
// net/http/httptest. Production code must not import it.
//
//   - [Network] draws a network that validates without errors by
//     construction: one to four centres drawn from one pool of
//     organisations ([ahsctest.Organisation]), so that centres share
//     organisations, each shared one the same record in every centre;
//     memberships from [ahsctest.Memberships]; successions from a centre's
//     other organisations to its partners;
//   - [MutatedNetwork] draws a valid network broken by one defect, as a
//     [vocabtest.Mutation]; [NetworkMutationKinds] lists the kinds.
//
// The generators are deterministic for a given rapid seed and read neither
// the clock nor global random state.
package networktest

import (
	"fmt"
	"slices"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/ahsctest"
	"github.com/ahsckit/ahsckit/ahsc/network"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

var kinds = []ahsc.OrgKind{ahsc.OrgKindUniversity, ahsc.OrgKindNHSFoundationTrust, ahsc.OrgKindNHSTrust,
	ahsc.OrgKindResearchInstitute, ahsc.OrgKindCharity, ahsc.OrgKindCompany, ahsc.OrgKindGovernment}

// Network draws a valid network (see the package documentation).
func Network() *rapid.Generator[*network.Network] {
	return rapid.Custom(func(t *rapid.T) *network.Network {
		ids := vocabtest.DistinctIDs[vocab.OrgID](2, 8).Draw(t, "orgIDs")
		pool := make([]ahsc.Organisation, len(ids))
		for i, id := range ids {
			pool[i] = ahsctest.Organisation(id, rapid.SampledFrom(kinds).Draw(t, fmt.Sprintf("kind%d", i))).Draw(t, "organisation")
		}
		centreIDs := vocabtest.DistinctIDs[vocab.CentreID](1, 4).Draw(t, "centreIDs")
		n := &network.Network{Version: vocab.CurrentVersion, Sources: rapid.SliceOfN(vocabtest.Source(), 0, 1).Draw(t, "sources")}
		for _, cid := range centreIDs {
			// A random order of the pool: the first k are partners, some of
			// the rest other organisations.
			order := rapid.Permutation(indexes(len(pool))).Draw(t, "order")
			k := rapid.IntRange(1, len(pool)).Draw(t, "partners")
			c := ahsc.Centre{Version: vocab.CurrentVersion, ID: cid, Name: "Centre " + string(cid)}
			for _, i := range order[:k] {
				c.Partners = append(c.Partners, ahsc.Partner{Organisation: clone(pool[i]), Memberships: ahsctest.Memberships().Draw(t, "memberships")})
			}
			for _, i := range order[k:] {
				if rapid.Bool().Draw(t, "named") {
					c.Organisations = append(c.Organisations, clone(pool[i]))
				}
			}
			for _, o := range c.Organisations {
				if rapid.IntRange(0, 2).Draw(t, "succeeded") > 0 {
					continue
				}
				to := rapid.IntRange(0, len(c.Partners)-1).Draw(t, "successor")
				c.Successions = append(c.Successions, ahsc.Succession{Predecessor: o.ID, Successor: c.Partners[to].ID,
					Kind: ahsc.SuccessionMerger, Date: vocabtest.PartialDate().Draw(t, "successionDate"),
					Sources: vocabtest.Sources().Draw(t, "successionSources")})
			}
			n.Centres = append(n.Centres, c)
		}
		return n
	})
}

func indexes(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// clone returns a deep copy of o's lists, so that centres never share
// backing arrays.
func clone(o ahsc.Organisation) ahsc.Organisation {
	o.OtherNames = slices.Clone(o.OtherNames)
	o.Identifiers = slices.Clone(o.Identifiers)
	o.Sources = slices.Clone(o.Sources)
	return o
}

// shared returns the records of an organisation ID named by two centres:
// the first record's path and a later record in another centre, or false.
func shared(n *network.Network) (first, later *vocab.Path, o *ahsc.Organisation, ok bool) {
	type rec struct {
		centre int
		path   *vocab.Path
	}
	seen := map[vocab.OrgID]rec{}
	for i := range n.Centres {
		c := &n.Centres[i]
		cp := vocab.NewPath("centres").Index(i)
		var found *ahsc.Organisation
		var at *vocab.Path
		var firstAt *vocab.Path
		visit := func(org *ahsc.Organisation, p *vocab.Path) {
			r, ok := seen[org.ID]
			if !ok {
				seen[org.ID] = rec{i, p}
				return
			}
			if found == nil && r.centre != i {
				found, at, firstAt = org, p, r.path
			}
		}
		for j := range c.Partners {
			visit(&c.Partners[j].Organisation, cp.Child("partners").Index(j))
		}
		for j := range c.Organisations {
			visit(&c.Organisations[j], cp.Child("organisations").Index(j))
		}
		if found != nil {
			return firstAt, at, found, true
		}
	}
	return nil, nil, nil, false
}

func mutators() []vocabtest.Mutator[*network.Network] {
	type m = vocabtest.Mutator[*network.Network]
	return []m{
		{Kind: "missing version", Apply: func(t *rapid.T, n *network.Network) (*vocab.Path, vocab.ProblemType, bool) {
			n.Version = ""
			return vocab.NewPath("version"), vocab.ErrRequired, true
		}},
		{Kind: "no centres", Apply: func(t *rapid.T, n *network.Network) (*vocab.Path, vocab.ProblemType, bool) {
			n.Centres = nil
			return vocab.NewPath("centres"), vocab.ErrRequired, true
		}},
		{Kind: "duplicate centre ID", Apply: func(t *rapid.T, n *network.Network) (*vocab.Path, vocab.ProblemType, bool) {
			if len(n.Centres) < 2 {
				return nil, "", false
			}
			n.Centres[1].ID = n.Centres[0].ID
			return vocab.NewPath("centres").Index(1).Child("id"), vocab.ErrDuplicate, true
		}},
		{Kind: "invalid centre", Apply: func(t *rapid.T, n *network.Network) (*vocab.Path, vocab.ProblemType, bool) {
			i := rapid.IntRange(0, len(n.Centres)-1).Draw(t, "centre")
			n.Centres[i].Name = ""
			return vocab.NewPath("centres").Index(i).Child("name"), vocab.ErrRequired, true
		}},
		{Kind: "organisation kind differs between centres", Apply: func(t *rapid.T, n *network.Network) (*vocab.Path, vocab.ProblemType, bool) {
			_, later, o, ok := shared(n)
			if !ok {
				return nil, "", false
			}
			if o.Kind == ahsc.OrgKindOther {
				o.Kind = ahsc.OrgKindGovernment
			} else {
				o.Kind = ahsc.OrgKindOther
			}
			return later.Child("kind"), vocab.ErrInvalid, true
		}},
		{Kind: "organisation name differs between centres", Apply: func(t *rapid.T, n *network.Network) (*vocab.Path, vocab.ProblemType, bool) {
			_, later, o, ok := shared(n)
			if !ok {
				return nil, "", false
			}
			o.Name += " (renamed)"
			return later.Child("name"), vocab.ErrInvalid, true
		}},
		{Kind: "organisation other names differ between centres", Apply: func(t *rapid.T, n *network.Network) (*vocab.Path, vocab.ProblemType, bool) {
			_, later, o, ok := shared(n)
			if !ok {
				return nil, "", false
			}
			o.OtherNames = append(o.OtherNames, ahsc.Name{Value: "Another name", Kind: ahsc.NameAlias})
			return later.Child("otherNames"), vocab.ErrInvalid, true
		}},
		{Kind: "organisation identifiers differ between centres", Apply: func(t *rapid.T, n *network.Network) (*vocab.Path, vocab.ProblemType, bool) {
			_, later, o, ok := shared(n)
			if !ok {
				return nil, "", false
			}
			if len(o.Identifiers) > 0 {
				o.Identifiers = nil
			} else {
				o.Identifiers = []vocab.Identifier{{Scheme: vocab.SchemeROR, Value: "0220mzb33"}}
			}
			return later.Child("identifiers"), vocab.ErrInvalid, true
		}},
	}
}

// MutatedNetwork draws a valid network broken by one defect of the given
// kinds (all of [NetworkMutationKinds] when none), with the path and
// problem type validation must report.
func MutatedNetwork(kinds ...string) *rapid.Generator[vocabtest.Mutation[*network.Network]] {
	return vocabtest.Mutated(Network(), mutators(), kinds...)
}

// NetworkMutationKinds lists the kinds of defect [MutatedNetwork] makes.
func NetworkMutationKinds() []string { return vocabtest.MutationKinds(mutators()) }
