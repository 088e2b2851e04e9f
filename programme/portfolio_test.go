package programme_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/programme"
	"github.com/ahsckit/ahsckit/programme/programmetest"
)

func TestGeneratedPortfoliosValidate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := programmetest.Portfolio().Draw(t, "portfolio")
		if err := d.Validate(); err != nil {
			t.Fatalf("generated portfolio invalid: %v", err)
		}
		if ps := d.Problems(); len(ps) != 0 {
			t.Fatalf("generated portfolio has warnings: %v", ps)
		}
	})
}

// Every kind of defect, drawn on its own, is reported at its path with its
// type.
func TestMutationsAreReportedAtTheirPath(t *testing.T) {
	kinds := programmetest.PortfolioMutationKinds()
	if len(kinds) < 10 || !slices.IsSorted(kinds) {
		t.Fatalf("mutation kinds: %q", kinds)
	}
	for _, kind := range kinds {
		t.Run(kind, func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) {
				m := programmetest.MutatedPortfolio(kind).Draw(t, "mutation")
				if m.Kind != kind {
					t.Fatalf("asked for %q, got %q", kind, m.Kind)
				}
				checkMutation(t, m)
			})
		})
	}
	rapid.Check(t, func(t *rapid.T) { checkMutation(t, programmetest.MutatedPortfolio().Draw(t, "mutation")) })
}

func checkMutation(t *rapid.T, m vocabtest.Mutation[*programme.Portfolio]) {
	err := m.Value.Validate()
	if err == nil {
		t.Fatalf("%s: Validate returned nil", m.Kind)
	}
	if !errors.Is(err, m.Type) {
		t.Fatalf("%s: want a %s problem, got %v", m.Kind, m.Type, err)
	}
	for _, p := range vocab.ProblemsOf(err) {
		if p.Path.Equal(m.Path) && p.Type == m.Type {
			return
		}
	}
	t.Fatalf("%s: want %s at %s, got %v", m.Kind, m.Type, m.Path, err)
}

// Breaking any one weight of any sum (area weights or participant shares)
// is reported at that list, whatever the new weight.
func TestBrokenWeightSumReportedAtList(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := programmetest.Portfolio().Draw(t, "portfolio")
		i := rapid.IntRange(0, len(d.Programmes)-1).Draw(t, "programme")
		pr := &d.Programmes[i]
		want := vocab.NewPath("programmes").Index(i)
		var w *vocab.Ratio
		if len(pr.Areas) > 0 && rapid.Bool().Draw(t, "areas") {
			w = &pr.Areas[rapid.IntRange(0, len(pr.Areas)-1).Draw(t, "area")].Weight
			want = want.Child("areas")
		} else {
			w = &pr.Participants[rapid.IntRange(0, len(pr.Participants)-1).Draw(t, "participant")].Share
			want = want.Child("participants")
		}
		nw := vocabtest.Ratio().Filter(func(r vocab.Ratio) bool { return r != *w }).Draw(t, "newWeight")
		*w = nw
		for _, p := range vocab.ProblemsOf(d.Validate()) {
			if p.Path.Equal(want) && p.Type == vocab.ErrInvalid {
				return
			}
		}
		t.Fatalf("no invalid-sum problem at %s", want)
	})
}

func TestReferencesNamePartnersDuringTheirPeriods(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := programmetest.Portfolio().Draw(t, "portfolio")
		refs := d.References()
		var want int
		for _, pr := range d.Programmes {
			want += 1 + len(pr.Participants)
		}
		for _, f := range d.Facilities {
			want += len(f.Owners)
		}
		for _, pw := range d.Pathways {
			if pw.Provider != "" {
				want++
			}
		}
		if len(refs) != want {
			t.Fatalf("got %d references, want %d", len(refs), want)
		}
		for _, r := range refs {
			if r.Kind != vocab.RefPartner {
				t.Fatalf("reference %s is %s, want partner", r.Path, r.Kind)
			}
			for i, pr := range d.Programmes {
				if r.Path.HasPrefix(vocab.NewPath("programmes").Index(i)) && r.During != pr.Period {
					t.Fatalf("reference at %s during %s, want the programme's %s", r.Path, r.During, pr.Period)
				}
			}
		}
	})
}

func TestNilAndZeroPortfolios(t *testing.T) {
	var nilDoc *programme.Portfolio
	if ps := nilDoc.Problems(); ps != nil {
		t.Errorf("nil portfolio: %v", ps)
	}
	if refs := nilDoc.References(); refs != nil {
		t.Errorf("nil portfolio references: %v", refs)
	}
	for range nilDoc.All() {
		t.Error("nil portfolio yielded a programme")
	}
	err := (&programme.Portfolio{}).Validate()
	if !errors.Is(err, vocab.ErrRequired) {
		t.Errorf("zero portfolio: want version required, got %v", err)
	}
	if err := (&programme.Portfolio{Version: vocab.CurrentVersion}).Validate(); err != nil {
		t.Errorf("empty portfolio with a version: %v", err)
	}
}

func TestKHPPortfolioIsCleanAndNamesOnlyPartners(t *testing.T) {
	d := reference.KHPPortfolio()
	if ps := d.Problems(); len(ps) != 0 {
		t.Fatalf("KHP portfolio problems: %v", ps)
	}
	partners := map[string]bool{"kcl": true, "gstt": true, "kch": true, "slam": true}
	founded := vocab.MustParseDate("2009-03-09")
	for _, r := range d.References() {
		if !partners[r.ID] || r.Kind != vocab.RefPartner {
			t.Errorf("%s: %s %q is not a KHP partner", r.Path, r.Kind, r.ID)
		}
		if !r.During.IsZero() && r.During.Start.Before(founded) {
			t.Errorf("%s: %s starts before the partnership", r.Path, r.During)
		}
	}
}

// With parents drawn at random, exactly the programmes whose chain of
// parents leads back to themselves are reported, each once, at its parent:
// checked against a walk of the chains, the slow way.
func TestParentCyclesAreTheProgrammesOnACycle(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := programmetest.Portfolio().Draw(t, "portfolio")
		n := len(d.Programmes)
		parent := make([]int, n) // -1: none
		for i := range d.Programmes {
			j := rapid.IntRange(-1, n-1).Filter(func(j int) bool { return j != i }).Draw(t, "parent")
			parent[i], d.Programmes[i].Parent = j, ""
			if j >= 0 {
				d.Programmes[i].Parent = d.Programmes[j].ID
			}
		}
		want := map[string]bool{}
		for i := range n {
			for cur, steps := parent[i], 0; cur >= 0 && steps < n; cur, steps = parent[cur], steps+1 {
				if cur == i {
					want[vocab.NewPath("programmes").Index(i).Child("parent").String()] = true
					break
				}
			}
		}
		got := map[string]bool{}
		for _, p := range d.Problems() {
			if p.Type != vocab.ErrInvalid || !strings.Contains(p.Detail, "loops back") {
				t.Fatalf("unexpected problem: %v", p)
			}
			if got[p.Field()] {
				t.Fatalf("reported twice: %v", p)
			}
			got[p.Field()] = true
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("cycles (-want +got):\n%s", diff)
		}
	})
}
