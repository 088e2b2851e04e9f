package governance_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/governance/governancetest"
)

// sweepDate draws a date in 2019–2022 at any precision, so that partial
// dates straddle seats' ends.
func sweepDate(t *rapid.T, label string) vocab.Date {
	y := rapid.IntRange(2019, 2022).Draw(t, label+" year")
	m := time.Month(rapid.IntRange(1, 12).Draw(t, label+" month"))
	switch rapid.IntRange(0, 4).Draw(t, label+" precision") {
	case 0:
		d, _ := vocab.YearOf(y)
		return d
	case 1:
		d, _ := vocab.MonthOf(y, m)
		return d
	}
	// Days cluster at month ends and starts, where partial dates straddle.
	day := rapid.SampledFrom([]int{1, 2, 15, 27, 28, 29, 30, 31}).Draw(t, label+" day")
	d, err := vocab.DateOf(y, m, day)
	if err != nil {
		d, _ = vocab.DateOf(y, m, 28)
	}
	return d
}

// sweepPeriod draws a seat period: zero, open or closed, with partial
// bounds, sometimes invalid or empty.
func sweepPeriod(t *rapid.T, label string) vocab.Period {
	switch rapid.IntRange(0, 5).Draw(t, label+" kind") {
	case 0:
		return vocab.Period{}
	case 1:
		return vocab.PeriodFrom(sweepDate(t, label+" start"))
	case 2:
		return vocab.Period{End: sweepDate(t, label+" end")}
	}
	return vocab.PeriodOf(sweepDate(t, label+" start"), sweepDate(t, label+" end"))
}

// sweepBody draws a body with many seats: chair seats, independent and
// nominated ones, voting or not, with partial-date periods, and a random
// MaxPartnerShare and IndependentChair.
func sweepBody() *rapid.Generator[*governance.Body] {
	return rapid.Custom(func(t *rapid.T) *governance.Body {
		b := &governance.Body{ID: "board", Name: "Board", Kind: governance.BodyKindBoard}
		switch rapid.IntRange(0, 3).Draw(t, "body period") {
		case 0:
			b.Period = vocab.PeriodFrom(sweepDate(t, "body start"))
		case 1:
			b.Period = vocab.PeriodOf(sweepDate(t, "body start"), sweepDate(t, "body end"))
		default:
			b.Period = vocab.PeriodFrom(vocab.MustDate(2018, time.June, 1))
		}
		b.Composition.IndependentChair = rapid.Bool().Draw(t, "independent chair")
		if rapid.IntRange(0, 4).Draw(t, "share kind") > 0 {
			den := rapid.Int64Range(1, 7).Draw(t, "share den")
			b.Composition.MaxPartnerShare = vocab.MustRatio(rapid.Int64Range(1, den+1).Draw(t, "share num"), den)
		}
		partners := []vocab.OrgID{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"}[:rapid.IntRange(1, 12).Draw(t, "partners")]
		for i := range rapid.IntRange(0, 40).Draw(t, "seats") {
			s := governance.Seat{ID: governance.SeatID(fmt.Sprintf("s%d", i)), Label: "seat",
				Voting: rapid.IntRange(0, 4).Draw(t, "voting") > 0,
				Chair:  rapid.IntRange(0, 3).Draw(t, "chair") == 0,
				Period: sweepPeriod(t, "seat period")}
			if rapid.IntRange(0, 3).Draw(t, "independent") == 0 {
				s.Independent = true
			} else {
				s.NominatedBy = rapid.SampledFrom(partners).Draw(t, "partner")
			}
			b.Seats = append(b.Seats, s)
		}
		return b
	})
}

// checkSweep fails t unless the sweep and the reference agree on b, and
// the sweep's date ranges of every seat are the dates it exists on.
func checkSweep(t *rapid.T, b *governance.Body) {
	sweep, ref := governance.SeatRuleProblemsBoth(b)
	if len(sweep) != len(ref) {
		t.Fatalf("sweep found %d problems, reference %d:\nsweep: %v\nref:   %v", len(sweep), len(ref), sweep, ref)
	}
	for i := range ref {
		g, w := sweep[i], ref[i]
		if g.Path.String() != w.Path.String() || g.Type != w.Type || fmt.Sprint(g.Value) != fmt.Sprint(w.Value) || g.Detail != w.Detail {
			t.Fatalf("problem %d: sweep %v, reference %v", i, g, w)
		}
	}
	for i := range b.Seats {
		if got, want := governance.ExistsAtIndices(b, i); !slices.Equal(got, want) {
			t.Fatalf("seat %d (%v): sweep exists on dates %v, existsAt on %v", i, b.Seats[i].Period, got, want)
		}
	}
}

// The sweep over seat change dates reports exactly the problems, in the
// same order, as checking every seat on every date does.
func TestSeatRuleSweepMatchesReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		switch rapid.IntRange(0, 2).Draw(t, "source") {
		case 0:
			d := governancetest.Document().Draw(t, "document")
			for i := range d.Bodies {
				checkSweep(t, &d.Bodies[i])
			}
		case 1:
			m := governancetest.MutatedDocument().Draw(t, "mutation")
			for i := range m.Value.Bodies {
				checkSweep(t, &m.Value.Bodies[i])
			}
		default:
			checkSweep(t, sweepBody().Draw(t, "body"))
		}
	})
}

// sweepBenchBody is a body of n voting seats, one a day with distinct
// start and end dates, nominated by 10 partners, with chair seats every
// 100 seats, an independent chair and a cap of a quarter per partner.
func sweepBenchBody(n int) *governance.Body {
	start := vocab.MustParseDate("2000-01-01")
	b := &governance.Body{ID: "board", Name: "Board", Kind: governance.BodyKindBoard, Period: vocab.PeriodFrom(start),
		Composition: governance.Composition{IndependentChair: true, MaxPartnerShare: vocab.MustRatio(1, 4)}}
	for i := range n {
		s := governance.Seat{ID: governance.SeatID(fmt.Sprintf("s%d", i)), Label: "seat", Voting: true,
			Chair:  i%100 == 0,
			Period: vocab.PeriodOf(start.AddDays(2*i), start.AddDays(2*i+(i%7)*40+1))}
		if i%3 == 0 {
			s.Independent = true
		} else {
			s.NominatedBy = vocab.OrgID(fmt.Sprintf("p%d", i%10))
		}
		b.Seats = append(b.Seats, s)
	}
	return b
}

// BenchmarkSeatRuleProblems compares the sweep with the per-date
// reference on n seats with distinct dates; with -short the reference
// skips 100k seats, on which it takes minutes.
func BenchmarkSeatRuleProblems(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		body := sweepBenchBody(n)
		b.Run(fmt.Sprintf("sweep/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = governance.SeatRuleProblemsSweep(body)
			}
		})
		if n > 10_000 && testing.Short() {
			continue
		}
		b.Run(fmt.Sprintf("reference/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = governance.SeatRuleProblemsRef(body)
			}
		})
	}
}

// On the benchmark's larger body, with runs of every kind, the sweep and
// the reference agree too.
func TestSeatRuleSweepMatchesReferenceLarge(t *testing.T) {
	b := sweepBenchBody(1_000)
	sweep, ref := governance.SeatRuleProblemsBoth(b)
	if len(ref) == 0 {
		t.Fatal("the reference finds no problems")
	}
	if len(sweep) != len(ref) {
		t.Fatalf("sweep found %d problems, reference %d", len(sweep), len(ref))
	}
	for i := range ref {
		if g, w := sweep[i], ref[i]; g.Path.String() != w.Path.String() || fmt.Sprint(g.Value) != fmt.Sprint(w.Value) || g.Detail != w.Detail {
			t.Fatalf("problem %d: sweep %v, reference %v", i, g, w)
		}
	}
	t.Logf("%d problems", len(ref))
}
