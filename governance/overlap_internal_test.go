package governance

import (
	"cmp"
	"fmt"
	"slices"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

// bruteOverlappingPairs is overlappingPairs by comparing every pair.
func bruteOverlappingPairs(n int, period func(int) vocab.Period) [][2]int {
	var out [][2]int
	for j := range n {
		pj := period(j)
		if !pj.IsValid() || pj.Start.IsZero() {
			continue
		}
		for i := range j {
			if pi := period(i); pi.IsValid() && !pi.Start.IsZero() && pi.Overlaps(pj) {
				out = append(out, [2]int{i, j})
			}
		}
	}
	return out
}

// TestOverlappingPairsAgreesWithPairwise: the sweep finds exactly the
// pairs that comparing every two periods with Overlaps finds, in the same
// order, for periods that are exact, partial (including ones no day of
// which is certain, such as 2011/2011), open, invalid or crowded into two
// years so that they tie and nest.
func TestOverlappingPairsAgreesWithPairwise(t *testing.T) {
	crowded := vocab.MustParsePeriod("2020-01-01/2021-12-31")
	rapid.Check(t, func(t *rapid.T) {
		gen := rapid.OneOf(vocabtest.PartialPeriod(), vocabtest.PeriodWithin(crowded),
			rapid.Custom(func(t *rapid.T) vocab.Period {
				return vocabtest.CoarsenedPeriod(vocabtest.PeriodWithin(crowded).Draw(t, "p")).Draw(t, "coarse")
			}),
			rapid.Custom(func(t *rapid.T) vocab.Period { // invalid: ends before it starts
				p := vocabtest.PeriodWithin(crowded).Draw(t, "p")
				return vocab.PeriodOf(p.End.AddDays(1), p.Start)
			}))
		ps := rapid.SliceOfN(gen, 0, 40).Draw(t, "periods")
		period := func(i int) vocab.Period { return ps[i] }
		want, got := bruteOverlappingPairs(len(ps), period), overlappingPairs(len(ps), period)
		if diff := gocmp.Diff(want, got); diff != "" {
			t.Fatalf("pairs (-pairwise +sweep):\n%s\nperiods %v", diff, ps)
		}
	})
}

// bruteChairOverlaps is chairOverlapProblems comparing every two chair
// seats, as it once did.
func bruteChairOverlaps(b *Body, sp *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	var chairs []int
	for i := range b.Seats {
		if b.Seats[i].Chair {
			chairs = append(chairs, i)
		}
	}
	for k := 1; k < len(chairs); k++ {
		for _, i := range chairs[:k] {
			a, c := b.Seats[i].Period, b.Seats[chairs[k]].Period
			if a.IsValid() && c.IsValid() && (a.IsZero() || c.IsZero() || a.Overlaps(c)) {
				ps = ps.Add(vocab.Invalid(sp.Index(chairs[k]).Child("chair"), true,
					fmt.Sprintf("%s is also a chair seat at the same time: a body has one chair", sp.Index(i))))
				break
			}
		}
	}
	return ps
}

// brutePersonOverlaps is personOverlapProblems comparing every two
// holdings of each person.
func brutePersonOverlaps(b *Body, sp *vocab.Path) vocab.Problems {
	type h struct {
		person vocab.PersonID
		period vocab.Period
		path   *vocab.Path
	}
	var hs []h
	for i := range b.Seats {
		if !b.Seats[i].Voting {
			continue
		}
		for j, t := range b.Seats[i].Terms {
			tp := sp.Index(i).Child("terms").Index(j)
			hs = append(hs, h{t.Person, t.Period, tp.Child("person")})
			if t.Alternate != "" {
				hs = append(hs, h{t.Alternate, t.Period, tp.Child("alternate")})
			}
		}
	}
	var ps vocab.Problems
	for j := range hs {
		for i := range j {
			a, c := hs[i], hs[j]
			if c.person != "" && a.person == c.person && a.period.IsValid() && !a.period.Start.IsZero() &&
				c.period.IsValid() && !c.period.Start.IsZero() && a.period.Overlaps(c.period) {
				ps = ps.Add(vocab.Invalid(c.path, string(c.person),
					fmt.Sprintf("also holds voting capacity at %s during %s: one voting seat per person at a time", a.path, c.period)))
			}
		}
	}
	return ps
}

// TestSeatOverlapsAgreeWithPairwise: the chair-seat and voting-capacity
// checks report exactly what comparing every two seats or holdings
// reports, in the same order, on bodies with random chair seats (with and
// without periods, some invalid) and terms drawn from a few people.
func TestSeatOverlapsAgreeWithPairwise(t *testing.T) {
	crowded := vocab.MustParsePeriod("2020-01-01/2021-12-31")
	people := []vocab.PersonID{"", "ann", "bob", "cat"}
	rapid.Check(t, func(t *rapid.T) {
		period := rapid.OneOf(vocabtest.PeriodWithin(crowded), vocabtest.PartialPeriod(), rapid.Just(vocab.Period{}),
			rapid.Just(vocab.PeriodOf(vocab.MustParseDate("2021-01-01"), vocab.MustParseDate("2020-01-01"))))
		b := &Body{}
		for i := range rapid.IntRange(0, 12).Draw(t, "seats") {
			s := Seat{ID: SeatID(fmt.Sprint("s", i)), Chair: rapid.Bool().Draw(t, "chair"), Voting: rapid.Bool().Draw(t, "voting"),
				Period: period.Draw(t, "seatPeriod")}
			for range rapid.IntRange(0, 3).Draw(t, "terms") {
				s.Terms = append(s.Terms, Term{Person: rapid.SampledFrom(people).Draw(t, "person"),
					Alternate: rapid.SampledFrom(people).Draw(t, "alternate"), Period: period.Draw(t, "termPeriod")})
			}
			b.Seats = append(b.Seats, s)
		}
		sp := vocab.NewPath("seats")
		if diff := gocmp.Diff(bruteChairOverlaps(b, sp), b.chairOverlapProblems(new(vocab.Collector), sp).Problems()); diff != "" {
			t.Fatalf("chair seats (-pairwise +sweep):\n%s", diff)
		}
		if diff := gocmp.Diff(brutePersonOverlaps(b, sp), b.personOverlapProblems(new(vocab.Collector), sp).Problems()); diff != "" {
			t.Fatalf("voting capacities (-pairwise +sweep):\n%s", diff)
		}
	})
}

// bruteConflicts is register.conflicts reading every entry of each
// organisation concerned, as it once did.
func bruteConflicts(interests []Interest, m *Motion) []Declaration {
	decls := slices.Clone(m.Declarations)
	type pair struct {
		person vocab.PersonID
		org    vocab.OrgID
	}
	declared := map[pair]bool{}
	for _, d := range decls {
		declared[pair{d.Person, d.Organisation}] = true
	}
	for _, org := range m.Concerns {
		for _, in := range interests {
			if k := (pair{in.Person, in.Organisation}); in.Organisation == org && in.Period.Contains(m.Date) && !declared[k] {
				declared[k] = true
				decls = append(decls, Declaration{Person: in.Person, Organisation: in.Organisation, Kind: in.Kind,
					Severity: in.Severity, Note: "from the interests register"})
			}
		}
	}
	slices.SortStableFunc(decls, func(a, b Declaration) int {
		return cmp.Or(cmp.Compare(a.Person, b.Person), cmp.Compare(a.Organisation, b.Organisation))
	})
	return decls
}

// TestConflictsAgreeWithReadingTheRegister: the register's index finds
// exactly the declarations that reading every entry of each organisation
// concerned finds, with the first entry of a person winning, for
// registers of up to 40 entries in a few organisations (so that the tree
// is used), periods exact, partial, open or invalid, and dates exact,
// partial or zero, including the entries' own bounds.
func TestConflictsAgreeWithReadingTheRegister(t *testing.T) {
	crowded := vocab.MustParsePeriod("2020-01-01/2022-12-31")
	people := []vocab.PersonID{"ann", "bob", "cat", "dan"}
	orgs := []vocab.OrgID{"pharma", "trust", "charity"}
	rapid.Check(t, func(t *rapid.T) {
		period := rapid.OneOf(vocabtest.PartialPeriod(), vocabtest.PeriodWithin(crowded),
			rapid.Custom(func(t *rapid.T) vocab.Period {
				return vocabtest.CoarsenedPeriod(vocabtest.PeriodWithin(crowded).Draw(t, "p")).Draw(t, "coarse")
			}),
			rapid.Just(vocab.PeriodOf(vocab.MustParseDate("2022-01-01"), vocab.MustParseDate("2021-01-01"))))
		var interests []Interest
		for range rapid.IntRange(0, 40).Draw(t, "interests") {
			interests = append(interests, Interest{Person: rapid.SampledFrom(people).Draw(t, "person"),
				Organisation: rapid.SampledFrom(orgs[:2]).Draw(t, "org"), Kind: rapid.SampledFrom(interestKinds.Values()).Draw(t, "kind"),
				Severity: rapid.SampledFrom(conflictSeverities.Values()).Draw(t, "severity"), Period: period.Draw(t, "period")})
		}
		m := &Motion{ID: "m", Concerns: rapid.SliceOfN(rapid.SampledFrom(orgs), 0, 3).Draw(t, "concerns"),
			Date: rapid.OneOf(vocabtest.DateIn(crowded), vocabtest.PartialDate(), rapid.Just(vocab.Date{})).Draw(t, "date")}
		if len(interests) > 0 && rapid.Bool().Draw(t, "atBound") {
			in := rapid.SampledFrom(interests).Draw(t, "boundOf")
			m.Date = rapid.SampledFrom([]vocab.Date{in.Period.Start, in.Period.End}).Draw(t, "bound")
		}
		for range rapid.IntRange(0, 2).Draw(t, "declarations") {
			m.Declarations = append(m.Declarations, Declaration{Person: rapid.SampledFrom(people).Draw(t, "declarer"),
				Organisation: rapid.SampledFrom(orgs).Draw(t, "declaredOrg"), Severity: ConflictSeveritySoft})
		}
		if diff := gocmp.Diff(bruteConflicts(interests, m), indexRegister(interests).conflicts(m)); diff != "" {
			t.Fatalf("conflicts (-reading every entry +index):\n%s", diff)
		}
	})
}
