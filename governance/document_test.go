package governance_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/governance/governancetest"
)

func TestGeneratedDocumentsValidate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := governancetest.Document().Draw(t, "doc")
		if err := d.Validate(); err != nil {
			t.Fatalf("generated document invalid: %v", err)
		}
	})
}

func TestMutationsReportedAtTheirPath(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := governancetest.MutatedDocument().Draw(t, "mutation")
		ps := vocab.ProblemsOf(m.Value.Validate())
		for _, p := range ps {
			if p.Path.Equal(m.Path) && errors.Is(p, m.Type) {
				return
			}
		}
		t.Fatalf("%s: want %s at %s, got %v", m.Kind, m.Type, m.Path, ps)
	})
}

func TestDocumentNilAndEmptyNeverPanic(t *testing.T) {
	var d governance.Document
	if err := d.Validate(); !errors.Is(err, vocab.ErrRequired) {
		t.Fatalf("empty document: want version required, got %v", err)
	}
	d.Version = vocab.CurrentVersion
	d.Bodies = []governance.Body{{}}
	d.Decisions = []governance.Decision{{}}
	d.KPIs = []governance.KPI{{}}
	d.Interests = []governance.Interest{{}}
	ps := vocab.ProblemsOf(d.Validate())
	for _, want := range []string{"bodies[0].id", "bodies[0].period", "decisions[0].body", "decisions[0].motion.date",
		"kpis[0].target.direction", "interests[0].organisation"} {
		found := false
		for _, p := range ps {
			found = found || p.Field() == want
		}
		if !found {
			t.Errorf("no problem at %s in %v", want, ps)
		}
	}
	if refs := d.References(); len(refs) != 1 || refs[0].Kind != vocab.RefOrganisation {
		t.Errorf("empty interest should give one organisation reference, got %v", refs)
	}
}

func TestReportingCycle(t *testing.T) {
	d := governance.Document{Version: vocab.CurrentVersion, Bodies: []governance.Body{
		{ID: "a", Name: "A", Kind: governance.BodyKindBoard, ReportsTo: "b", Period: vocab.MustParsePeriod("2009-01-01/..")},
		{ID: "b", Name: "B", Kind: governance.BodyKindBoard, ReportsTo: "a", Period: vocab.MustParsePeriod("2009-01-01/..")},
	}}
	ps := vocab.ProblemsOf(d.Validate())
	if len(ps) != 2 || ps[0].Field() != "bodies[0].reportsTo" || ps[1].Field() != "bodies[1].reportsTo" {
		t.Fatalf("want a cycle reported on both bodies, got %v", ps)
	}
}

// Every mutation kind applies to generated documents and is reported where
// and as it says.
func TestEveryDocumentMutationKind(t *testing.T) {
	kinds := governancetest.DocumentMutationKinds()
	if len(kinds) < 20 {
		t.Fatalf("only %d kinds: %v", len(kinds), kinds)
	}
	rapid.Check(t, func(t *rapid.T) {
		k := rapid.SampledFrom(kinds).Draw(t, "kind")
		m := governancetest.MutatedDocument(k).Draw(t, "mutation")
		if m.Kind != k {
			t.Fatalf("asked for %q, got %q", k, m.Kind)
		}
		for _, p := range vocab.ProblemsOf(m.Value.Validate()) {
			if p.Path.Equal(m.Path) && errors.Is(p, m.Type) {
				return
			}
		}
		t.Fatalf("%s: want %s at %s, got %v", m.Kind, m.Type, m.Path, m.Value.Validate())
	})
}

// A body that only leads into a reporting loop is not on it: a reports to
// b, b to c and c to b; b and c are reported, a is not.
func TestReportingLoopReportsOnlyTheLoop(t *testing.T) {
	body := func(id, to vocab.BodyID) governance.Body {
		return governance.Body{ID: id, Name: string(id), Kind: governance.BodyKindCommittee, ReportsTo: to,
			Period: vocab.MustParsePeriod("2009-01-01/..")}
	}
	d := governance.Document{Version: vocab.CurrentVersion, Bodies: []governance.Body{body("a", "b"), body("b", "c"), body("c", "b")}}
	var got []string
	for _, p := range d.Problems() {
		got = append(got, p.Field())
	}
	if want := []string{"bodies[1].reportsTo", "bodies[2].reportsTo"}; !slices.Equal(got, want) {
		t.Fatalf("got problems at %v, want %v", got, want)
	}
}

// Conflicts adds register interests held on the motion's date in an
// organisation it concerns, once per person and organisation, after the
// motion's own declarations for the same pair, sorted.
func TestConflictsFromTheRegister(t *testing.T) {
	since := func(s string) vocab.Period { return vocab.PeriodFrom(vocab.MustParseDate(s)) }
	d := governance.Document{Interests: []governance.Interest{
		{Person: "zoe", Organisation: "acme", Kind: governance.InterestKindFinancial, Severity: governance.ConflictSeverityHard, Period: since("2020-01-01")},
		{Person: "ann", Organisation: "acme", Kind: governance.InterestKindAdvisory, Severity: governance.ConflictSeveritySoft, Period: since("2020-01-01")},
		{Person: "ann", Organisation: "acme", Kind: governance.InterestKindFamily, Severity: governance.ConflictSeverityHard, Period: since("2020-01-01")},
		{Person: "bob", Organisation: "acme", Kind: governance.InterestKindFinancial, Severity: governance.ConflictSeverityHard, Period: since("2026-01-01")},
		{Person: "cy", Organisation: "other", Kind: governance.InterestKindFinancial, Severity: governance.ConflictSeverityHard, Period: since("2020-01-01")},
		{Person: "zoe", Organisation: "beta", Kind: governance.InterestKindEmployment, Severity: governance.ConflictSeveritySoft, Period: since("2020-01-01")},
	}}
	m := &governance.Motion{Date: vocab.MustParseDate("2025-01-01"), Concerns: []vocab.OrgID{"acme", "beta", "acme"},
		Declarations: []governance.Declaration{{Person: "zoe", Organisation: "beta", Severity: governance.ConflictSeverityHard}}}
	var got []string
	for _, c := range d.Conflicts(m) {
		got = append(got, string(c.Person)+" "+string(c.Organisation)+" "+string(c.Kind)+" "+string(c.Severity))
	}
	want := []string{"ann acme advisory soft", "zoe acme financial hard", "zoe beta  hard"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	if len(m.Declarations) != 1 {
		t.Fatal("Conflicts changed the motion")
	}
	if d.Conflicts(nil) != nil {
		t.Fatal("a nil motion has conflicts")
	}
}

// Outcomes decides each decision as Decide does, on valid documents and on
// documents with a defect of every kind.
func TestOutcomesAreEachDecisionDecided(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := governancetest.Document().Draw(t, "doc")
		if rapid.Bool().Draw(t, "mutated") {
			d = governancetest.MutatedDocument().Draw(t, "mutation").Value
		}
		if len(d.Decisions) > 0 { // more decisions: one to another motion, one before no body
			again, astray := d.Decisions[0], d.Decisions[0]
			again.Motion.ID += "-again"
			astray.Motion.ID, astray.Body = astray.Motion.ID+"-astray", "no-such-body"
			d.Decisions = append(slices.Clip(d.Decisions), again, astray)
		}
		type decided struct {
			Outcome  governance.Outcome
			Problems []string
		}
		of := func(o governance.Outcome, err error) decided {
			var ps []string
			for _, p := range vocab.ProblemsOf(err) {
				ps = append(ps, p.Error())
			}
			return decided{o, ps}
		}
		var want, got []decided
		for i := range d.Decisions {
			want = append(want, of(d.Decide(&d.Decisions[i])))
		}
		for o, err := range d.Outcomes() {
			got = append(got, of(o, err))
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("Outcomes differs from Decide for each decision (-Decide +Outcomes):\n%s", diff)
		}
	})
}
