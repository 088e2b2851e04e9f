package vocabtest_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

func inRange(d vocab.Date) bool {
	return !d.Before(vocabtest.MinDate) && !d.After(vocabtest.MaxDate)
}

func TestDateInBounds(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := vocabtest.Date().Draw(t, "d")
		if d.IsZero() || !inRange(d) {
			t.Fatalf("date %s outside %s..%s", d, vocabtest.MinDate, vocabtest.MaxDate)
		}
	})
}

func TestDateInContained(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := vocabtest.OpenPeriod().Draw(t, "p")
		d := vocabtest.DateIn(p).Draw(t, "d")
		if !p.Contains(d) {
			t.Fatalf("%s not in %s", d, p)
		}
	})
}

func TestDateInBeyondClampBounds(t *testing.T) {
	early := vocab.PeriodOf(vocab.Date{}, vocab.MustParseDate("1950-06-30"))
	late := vocab.PeriodFrom(vocab.MustParseDate("2080-01-01"))
	rapid.Check(t, func(t *rapid.T) {
		for _, p := range []vocab.Period{early, late} {
			if d := vocabtest.DateIn(p).Draw(t, "d"); !p.Contains(d) {
				t.Fatalf("%s not in %s", d, p)
			}
		}
	})
}

func TestPeriodsValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := vocabtest.Period().Draw(t, "closed")
		if !p.IsValid() || p.Start.IsZero() || p.End.IsZero() || !inRange(p.Start) || !inRange(p.End) {
			t.Fatalf("Period() gave %s", p)
		}
		o := vocabtest.OpenPeriod().Draw(t, "open")
		if !o.IsValid() {
			t.Fatalf("OpenPeriod() gave invalid %s", o)
		}
		w := vocabtest.PeriodWithin(o).Draw(t, "within")
		if !o.Covers(w) || w.Start.IsZero() || w.End.IsZero() {
			t.Fatalf("PeriodWithin(%s) gave %s", o, w)
		}
	})
}

func TestFinancialYearValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		fy := vocabtest.FinancialYear().Draw(t, "fy")
		if !fy.IsValid() || !inRange(fy.Start()) || !inRange(fy.End()) {
			t.Fatalf("financial year %d", fy)
		}
	})
}

func TestIDsValidAndDistinct(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ids := vocabtest.DistinctIDs[vocab.OrgID](2, 8).Draw(t, "ids")
		if len(ids) < 2 || len(ids) > 8 {
			t.Fatalf("got %d IDs", len(ids))
		}
		seen := map[vocab.OrgID]bool{}
		for _, id := range ids {
			if !vocab.ValidID(string(id)) || seen[id] {
				t.Fatalf("bad or repeated ID %q in %q", id, ids)
			}
			seen[id] = true
		}
	})
}

func TestRatioInUnitInterval(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		if r := vocabtest.Ratio().Draw(t, "r"); !r.InUnitInterval() {
			t.Fatalf("%s outside [0,1]", r)
		}
	})
}

func TestSharesSumToOne(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 12).Draw(t, "n")
		shares := vocabtest.Shares(n).Draw(t, "shares")
		if len(shares) != n {
			t.Fatalf("got %d shares, want %d", len(shares), n)
		}
		for _, s := range shares {
			if s.Sign() <= 0 {
				t.Fatalf("non-positive share %s in %v", s, shares)
			}
		}
		if sum, err := vocab.SumRatios(shares...); err != nil || sum != vocab.IntRatio(1) {
			t.Fatalf("sum %s, %v", sum, err)
		}
	})
}

func TestIdentifiersPassTheirChecks(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		id := vocabtest.AnyIdentifier().Draw(t, "id")
		if ps := id.Problems(vocab.NewPath("id")); len(ps) != 0 {
			t.Fatalf("%s: %v", id, ps)
		}
		if n := id.Normalized(); n != id {
			t.Fatalf("%s normalizes to %s", id, n)
		}
	})
}

func TestSourceTargetCategoryValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		if s := vocabtest.Source().Draw(t, "source"); len(s.Problems(nil)) != 0 {
			t.Fatalf("%+v: %v", s, s.Problems(nil))
		}
		if tg := vocabtest.Target().Draw(t, "target"); len(tg.Problems(nil)) != 0 {
			t.Fatalf("%s: %v", tg, tg.Problems(nil))
		}
		if c := vocabtest.HealthCategory().Draw(t, "category"); vocab.HealthCategories().Check(nil, c, true) != nil {
			t.Fatalf("category %q", c)
		}
	})
}

func TestPathRoundTripsThroughConcat(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := vocabtest.Path().Draw(t, "p")
		if !(*vocab.Path)(nil).Concat(p).Equal(p) {
			t.Fatalf("root.Concat(%s) != itself", p)
		}
	})
}

func TestPanicsOnMisuse(t *testing.T) {
	for name, f := range map[string]func(){
		"Shares(0)":         func() { vocabtest.Shares(0) },
		"Identifier(bogus)": func() { vocabtest.Identifier("bogus") },
		"DateIn(backwards)": func() { vocabtest.DateIn(vocab.Period{Start: vocabtest.MaxDate, End: vocabtest.MinDate}) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s did not panic", name)
				}
			}()
			f()
		}()
	}
}

func TestPartialDatesAndPeriods(t *testing.T) {
	seen := map[vocab.Precision]bool{}
	rapid.Check(t, func(t *rapid.T) {
		d := vocabtest.PartialDate().Draw(t, "d")
		seen[d.Precision()] = true
		if d.IsZero() || !inRange(d.First()) || !inRange(d.Last()) {
			t.Fatalf("PartialDate() gave %s", d)
		}
		day := vocabtest.Date().Draw(t, "day")
		if c := vocabtest.Coarsened(day).Draw(t, "coarse"); !c.Contains(day) {
			t.Fatalf("Coarsened(%s) = %s does not contain it", day, c)
		}
		p := vocabtest.PartialPeriod().Draw(t, "p")
		if !p.IsValid() {
			t.Fatalf("PartialPeriod() gave invalid %s", p)
		}
		if w := vocabtest.DateIn(p).Draw(t, "in"); !w.IsExact() || !p.MayContain(w) {
			t.Fatalf("DateIn(%s) gave %s", p, w)
		}
	})
	if len(seen) != 3 {
		t.Fatalf("PartialDate drew precisions %v, want all three", seen)
	}
}

func TestSourcesCitedAndIllustrative(t *testing.T) {
	kinds := map[bool]int{}
	rapid.Check(t, func(t *rapid.T) {
		ss := vocabtest.Sources().Draw(t, "sources")
		if len(ss) == 0 {
			t.Fatal("Sources() gave none")
		}
		if ps := vocab.CheckSourced(vocab.NewPath("sources"), ss); len(ps) > 0 {
			t.Fatalf("Sources() gave invalid %v: %v", ss, ps)
		}
		for _, s := range ss {
			kinds[s.IsIllustrative()]++
		}
		if s := vocabtest.IllustrativeSource().Draw(t, "label"); !s.IsIllustrative() || s.Note == "" {
			t.Fatalf("IllustrativeSource() gave %+v", s)
		}
		if s := vocabtest.CitedSource().Draw(t, "cited"); s.IsIllustrative() || s.URL == "" || s.Title == "" {
			t.Fatalf("CitedSource() gave %+v", s)
		}
	})
	if kinds[true] == 0 || kinds[false] == 0 {
		t.Fatalf("Source() drew %d illustrative and %d cited sources; want both", kinds[true], kinds[false])
	}
}
