package ahsc

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/governance"
)

// TestRegisterAgreesWithContains: the indexed register reports a hard
// conflict on a date exactly when one of the person's hard interests in
// the organisation has a period that Contains the date, for interests of
// both severities with exact, partial, open and invalid periods and for
// exact and partial dates, including the interests' own bounds.
func TestRegisterAgreesWithContains(t *testing.T) {
	people := []vocab.PersonID{"ann", "bob"}
	orgs := []vocab.OrgID{"pharma", "trust"}
	crowded := vocab.MustParsePeriod("2020-01-01/2022-12-31")
	rapid.Check(t, func(t *rapid.T) {
		period := rapid.OneOf(vocabtest.PartialPeriod(), vocabtest.PeriodWithin(crowded),
			rapid.Custom(func(t *rapid.T) vocab.Period {
				return vocabtest.CoarsenedPeriod(vocabtest.PeriodWithin(crowded).Draw(t, "p")).Draw(t, "coarse")
			}),
			rapid.Just(vocab.PeriodOf(vocab.MustParseDate("2022-01-01"), vocab.MustParseDate("2021-01-01"))))
		var interests []governance.Interest
		for range rapid.IntRange(0, 20).Draw(t, "interests") {
			interests = append(interests, governance.Interest{Person: rapid.SampledFrom(people).Draw(t, "person"),
				Organisation: rapid.SampledFrom(orgs).Draw(t, "org"),
				Severity:     rapid.SampledFrom(governance.ConflictSeverities().Values()).Draw(t, "severity"),
				Period:       period.Draw(t, "period")})
		}
		r := newRegister(interests)
		for range 10 {
			p, o := rapid.SampledFrom(people).Draw(t, "askPerson"), rapid.SampledFrom(orgs).Draw(t, "askOrg")
			d := rapid.OneOf(vocabtest.DateIn(crowded), vocabtest.PartialDate(), rapid.Just(vocab.Date{})).Draw(t, "date")
			if len(interests) > 0 && rapid.Bool().Draw(t, "atBound") { // a bound of an interest: the edge cases
				in := rapid.SampledFrom(interests).Draw(t, "boundOf")
				d = rapid.SampledFrom([]vocab.Date{in.Period.Start, in.Period.End}).Draw(t, "bound")
			}
			want := false
			for _, in := range interests {
				if in.Person == p && in.Organisation == o && in.Severity == governance.ConflictSeverityHard && in.Period.Contains(d) {
					want = true
				}
			}
			if got := r.HardConflictAt(p, o, d); got != want {
				t.Fatalf("%s in %s on %s: register says %v, the periods %v (%+v)", p, o, d, got, want, interests)
			}
		}
	})
}
