package programme_test

import (
	"errors"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/internal/khp"
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

func TestMutationsAreReportedAtTheirPath(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := programmetest.MutatedPortfolio().Draw(t, "mutation")
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
	})
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
	d := khp.Portfolio()
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
