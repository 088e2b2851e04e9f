package ahsc

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/programme"
)

// TestLazyResolveAgreesWithEager: resolving each document's references
// lazily (paths built only for a problem, the documents one after another
// under their prefixes), as validation does, finds the same problems at
// the same paths, in the same order, as resolving the eagerly built
// [Centre.References] list, on centres of every shape the generators
// draw, references to missing, closed and partial-membership partners
// included.
func TestLazyResolveAgreesWithEager(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := drawCentreForResolve(t)
		eager := newIndex(c).resolve(new(vocab.Collector), c.References()).Problems()
		ix := newIndex(c)
		ps := ix.resolve(new(vocab.Collector), c.designationReferences())
		for _, d := range c.documents() {
			ix.resolveAll(ps.WithPath(vocab.NewPath(d.field)), d.doc.AllReferences())
		}
		lazy := ps.Problems()
		if diff := cmp.Diff(render(eager), render(lazy)); diff != "" {
			t.Fatalf("lazy resolution differs (-eager +lazy):\n%s", diff)
		}
	})
}

func render(ps vocab.Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Path.JSONPointer()+" "+p.Error())
	}
	return out
}

// drawCentreForResolve draws a centre whose every kind of reference may
// resolve or fail: partners with partial memberships in the window,
// organisations joined by successions dated in the window, and governance,
// portfolio and ledger documents (each sometimes absent) naming IDs from a
// pool that includes unknown ones, with periods in the window.
func drawCentreForResolve(t *rapid.T) *Centre {
	orgPool := []vocab.OrgID{"p0", "p1", "p2", "o0", "o1", "o2", "unknown", ""}
	org := func(label string) vocab.OrgID { return rapid.SampledFrom(orgPool).Draw(t, label) }
	c := &Centre{}
	for i := range rapid.IntRange(1, 3).Draw(t, "partners") {
		p := Partner{Organisation: Organisation{ID: orgPool[i]}}
		for range rapid.IntRange(0, 2).Draw(t, "memberships") {
			per := genPartialPeriod(t, "membership", false)
			p.Memberships = append(p.Memberships, Membership{Joined: per.Start, Left: per.End})
		}
		c.Partners = append(c.Partners, p)
	}
	for i := range rapid.IntRange(0, 3).Draw(t, "organisations") {
		c.Organisations = append(c.Organisations, Organisation{ID: orgPool[3+i]})
	}
	for range rapid.IntRange(0, 3).Draw(t, "successions") {
		c.Successions = append(c.Successions, Succession{Predecessor: org("predecessor"), Successor: org("successor"),
			Kind: SuccessionMerger, Date: genBound(t, "succession", 0)})
	}
	for range rapid.IntRange(0, 2).Draw(t, "designations") {
		c.Designations = append(c.Designations, Designation{Issuers: []vocab.OrgID{org("issuer")},
			Period: genPartialPeriod(t, "designation", false)})
	}
	progs := []vocab.ProgrammeID{"a", "b", "missing", ""}
	if rapid.Bool().Draw(t, "governance") {
		g := &governance.Document{}
		for range rapid.IntRange(0, 2).Draw(t, "bodies") {
			b := governance.Body{Period: genPartialPeriod(t, "body", true)}
			for range rapid.IntRange(0, 2).Draw(t, "seats") {
				s := governance.Seat{NominatedBy: org("nominatedBy")}
				for range rapid.IntRange(0, 2).Draw(t, "terms") {
					s.Terms = append(s.Terms, governance.Term{Period: genPartialPeriod(t, "term", false)})
				}
				b.Seats = append(b.Seats, s)
			}
			b.Rules.Reserved.Vetoes = rapid.SliceOfN(rapid.SampledFrom(orgPool), 0, 2).Draw(t, "vetoes")
			g.Bodies = append(g.Bodies, b)
		}
		for range rapid.IntRange(0, 2).Draw(t, "interests") {
			g.Interests = append(g.Interests, governance.Interest{Organisation: org("interest"), Period: genPartialPeriod(t, "interest", true)})
		}
		for range rapid.IntRange(0, 2).Draw(t, "decisions") {
			m := governance.Motion{Date: genBound(t, "motion", 0), Concerns: rapid.SliceOfN(rapid.SampledFrom(orgPool), 0, 2).Draw(t, "concerns")}
			m.Declarations = append(m.Declarations, governance.Declaration{Organisation: org("declaration")})
			g.Decisions = append(g.Decisions, governance.Decision{Motion: m})
		}
		c.Governance = g
	}
	if rapid.Bool().Draw(t, "portfolio") {
		p := &programme.Portfolio{}
		for i := range rapid.IntRange(0, 2).Draw(t, "programmes") {
			pr := programme.Programme{ID: progs[i], Lead: org("lead"), Period: genPartialPeriod(t, "programme", false)}
			for range rapid.IntRange(0, 2).Draw(t, "participants") {
				pr.Participants = append(pr.Participants, programme.Participant{Partner: org("participant")})
			}
			p.Programmes = append(p.Programmes, pr)
		}
		for range rapid.IntRange(0, 2).Draw(t, "facilities") {
			p.Facilities = append(p.Facilities, programme.Facility{Owners: []vocab.OrgID{org("owner")}, Period: genPartialPeriod(t, "facility", true)})
		}
		for range rapid.IntRange(0, 2).Draw(t, "pathways") {
			p.Pathways = append(p.Pathways, programme.Pathway{Provider: org("provider")})
		}
		c.Portfolio = p
	}
	if rapid.Bool().Draw(t, "ledger") {
		l := &funding.Ledger{}
		for range rapid.IntRange(0, 2).Draw(t, "funders") {
			l.Funders = append(l.Funders, funding.Funder{ID: org("funder")})
		}
		for range rapid.IntRange(0, 3).Draw(t, "awards") {
			a := funding.Award{Recipient: org("recipient"), PlannedPeriod: genPartialPeriod(t, "award", false),
				Allocations: []funding.Allocation{{Programme: rapid.SampledFrom(progs).Draw(t, "allocation")}},
				Conditions:  []funding.Condition{{Programmes: rapid.SliceOfN(rapid.SampledFrom(progs), 0, 2).Draw(t, "restricted")}}}
			l.Awards = append(l.Awards, a)
		}
		for range rapid.IntRange(0, 2).Draw(t, "transactions") {
			l.Transactions = append(l.Transactions, funding.Transaction{Programme: rapid.SampledFrom(progs).Draw(t, "spent")})
		}
		for range rapid.IntRange(0, 2).Draw(t, "budgets") {
			l.Budgets = append(l.Budgets, funding.BudgetLine{Trust: org("trust"),
				Draws: []funding.Draw{{Programme: rapid.SampledFrom(progs).Draw(t, "draw")}}})
		}
		c.Ledger = l
	}
	return c
}
