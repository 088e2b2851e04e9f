package governance_test

import (
	"errors"
	"testing"

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
