package programme_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/programme"
	"github.com/ahsckit/ahsckit/programme/programmetest"
)

// checkBalance asserts a balance's entries sum to its total, which equals
// want, and that the shares sum to exactly 1 (or are all zero).
func checkBalance[K ~string](t *rapid.T, name string, b programme.Balance[K], want int64) {
	weights := make([]vocab.Ratio, len(b.Entries))
	shares := make([]vocab.Ratio, len(b.Entries))
	for i, e := range b.Entries {
		weights[i], shares[i] = e.Weight, e.Share
	}
	sum, err := vocab.SumRatios(weights...)
	if err != nil || sum != b.Total {
		t.Fatalf("%s: entries sum to %s (%v), total is %s", name, sum, err, b.Total)
	}
	if b.Total != vocab.IntRatio(want) {
		t.Fatalf("%s: total %s, want %d", name, b.Total, want)
	}
	shareSum, _ := vocab.SumRatios(shares...)
	if want > 0 && shareSum != vocab.IntRatio(1) {
		t.Fatalf("%s: shares sum to %s", name, shareSum)
	}
}

func TestBalanceTotalsEqualTheSumOfTheirParts(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := programmetest.Portfolio().Draw(t, "portfolio")
		var withAreas, withStage int64
		for _, pr := range d.Programmes {
			if len(pr.Areas) > 0 {
				withAreas++
			}
			if pr.Stage != "" {
				withStage++
			}
		}
		n := int64(len(d.Programmes))
		byArea, err := programme.BalanceByArea(d.All())
		require.NoError(t, err)
		checkBalance(t, "area", byArea, withAreas)
		byPartner, err := programme.BalanceByPartner(d.All())
		require.NoError(t, err)
		checkBalance(t, "partner", byPartner, n)
		byKind, err := programme.BalanceByKind(d.All())
		require.NoError(t, err)
		checkBalance(t, "kind", byKind, n)
		byStage, err := programme.BalanceByStage(d.All())
		require.NoError(t, err)
		checkBalance(t, "stage", byStage, withStage)

		// Each partner's weight is the sum of its shares, computed here the slow way.
		for _, e := range byPartner.Entries {
			var sum vocab.Ratio
			for _, pr := range d.Programmes {
				sum, _ = sum.Add(pr.ShareOf(e.Key))
			}
			require.Equal(t, sum, e.Weight, "partner %s", e.Key)
		}
		// Partners come in ID order.
		keys := make([]vocab.OrgID, len(byPartner.Entries))
		for i, e := range byPartner.Entries {
			keys[i] = e.Key
		}
		require.True(t, slices.IsSorted(keys), "partners out of order: %v", keys)

		var pipeline int
		for _, c := range programme.CountByStage(d.All()) {
			pipeline += c.Count
			require.Equal(t, vocab.IntRatio(int64(c.Count)), byStage.Weight(c.Stage), "stage %s", c.Stage)
		}
		require.Equal(t, int(withStage), pipeline)
	})
}

// The order programmes are walked in does not change a balance.
func TestBalanceIgnoresOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := programmetest.Portfolio().Draw(t, "portfolio")
		before, err := programme.BalanceByArea(d.All())
		require.NoError(t, err)
		d.Programmes = rapid.Permutation(d.Programmes).Draw(t, "shuffled")
		after, err := programme.BalanceByArea(d.All())
		require.NoError(t, err)
		require.Equal(t, before, after)
	})
}

func TestMovingAProgrammeChangesExactlyTwoStageCounts(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := programmetest.Portfolio().Draw(t, "portfolio")
		i := rapid.IntRange(0, len(d.Programmes)-1).Draw(t, "programme")
		from := rapid.SampledFrom(programme.Stages().Values()).Draw(t, "from")
		to := rapid.SampledFrom(programme.Stages().Values()).Filter(func(s programme.Stage) bool { return s != from }).Draw(t, "to")
		d.Programmes[i].Stage = from
		before := programme.CountByStage(d.All())
		d.Programmes[i].Stage = to
		after := programme.CountByStage(d.All())
		var changed []programme.Stage
		for k := range before {
			if before[k].Count != after[k].Count {
				changed = append(changed, before[k].Stage)
				want := before[k].Count + 1
				if before[k].Stage == from {
					want = before[k].Count - 1
				}
				require.Equal(t, want, after[k].Count, "stage %s", before[k].Stage)
			}
		}
		require.ElementsMatch(t, []programme.Stage{from, to}, changed)
	})
}

func TestGoalsAtRiskAreTheAmberRedAndOverdue(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := programmetest.Portfolio().Draw(t, "portfolio")
		asOf := rapid.SampledFrom(goalDates(d)).Draw(t, "asOf")
		var all, risky int
		for st := range programme.GoalAssessmentsAt(d.All(), asOf) {
			all++
			want := st.RAG == vocab.RAGAmber || st.RAG == vocab.RAGRed ||
				(st.RAG == vocab.RAGNoData && !st.Due.After(asOf))
			require.Equal(t, want, st.AtRisk, "goal %s/%s", st.Programme, st.Goal)
			require.Equal(t, st.Latest.Date.IsZero(), st.RAG == vocab.RAGNoData)
			if want {
				risky++
			}
			// The assessment is what the goal's own methods say.
			pr, _ := d.Programme(st.Programme)
			g, _ := pr.Goal(st.Goal)
			latest, ok := g.LatestAt(asOf)
			require.Equal(t, ok, !st.Latest.Date.IsZero())
			require.Equal(t, latest, st.Latest)
			require.Equal(t, g.RAGAt(asOf), st.RAG)
			require.Equal(t, g.IsAtRiskAt(asOf), st.AtRisk)
		}
		var n int
		for st := range programme.GoalsAtRiskAt(d.All(), asOf) {
			require.True(t, st.AtRisk)
			n++
		}
		require.Equal(t, risky, n)
		var goals int
		for _, pr := range d.Programmes {
			goals += len(pr.Goals)
		}
		require.Equal(t, goals, all)
	})
}

// goalDates returns interesting "as of" dates: every due and report date,
// and one day either side.
func goalDates(d *programme.Portfolio) []vocab.Date {
	dates := []vocab.Date{vocab.MustParseDate("2000-01-01")}
	for _, pr := range d.Programmes {
		for _, g := range pr.Goals {
			dates = append(dates, g.Due, g.Due.AddDays(-1), g.Due.AddDays(1))
			for _, r := range g.Readings {
				dates = append(dates, r.Date, r.Date.AddDays(-1))
			}
		}
	}
	return dates
}

func TestIteratorsStopEarly(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := programmetest.Portfolio().Draw(t, "portfolio")
		n := 0
		for range d.All() {
			n++
			break
		}
		require.Equal(t, 1, n)
		for range programme.GoalAssessmentsAt(d.All(), vocab.MustParseDate("2030-01-01")) {
			break
		}
	})
}

func TestEducationTotalsEqualCohortSizes(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := programmetest.Portfolio().Draw(t, "portfolio")
		var want, got int64
		for _, c := range d.Cohorts {
			want += int64(c.Size)
		}
		counts := programme.CountCohorts(d.AllCohorts())
		for _, e := range counts {
			got += e.People
			var perProgramme int64
			for c := range d.CohortsOf(e.Programme) {
				if c.Kind == e.Kind {
					perProgramme += int64(c.Size)
				}
			}
			require.Equal(t, perProgramme, e.People)
		}
		require.Equal(t, want, got)
		require.True(t, slices.IsSortedFunc(counts, func(a, b programme.CohortCount) int {
			return strings.Compare(string(a.Programme), string(b.Programme))
		}))
	})
}
