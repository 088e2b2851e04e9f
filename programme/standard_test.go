package programme_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/programme"
)

func TestStandardsAreSourcedData(t *testing.T) {
	want := map[programme.StandardID]struct {
		pct       int64
		effective string
	}{
		programme.StandardRTT18Weeks:     {92, "2012-04-01"},
		programme.StandardCancer28DayFDS: {75, "2023-10-01"},
		programme.StandardCancer31Day:    {96, "2023-10-01"},
		programme.StandardCancer62Day:    {85, "2023-10-01"},
	}
	require.Len(t, programme.Standards(), len(want))
	for _, s := range programme.Standards() {
		w, ok := want[s.ID]
		require.True(t, ok, "unexpected standard %s", s.ID)
		assert.Equal(t, vocab.Percent(w.pct), s.Target.Value, s.ID)
		assert.Equal(t, vocab.HigherIsBetter, s.Target.Direction, s.ID)
		assert.Equal(t, w.effective, s.Effective.String(), s.ID)
		require.NotEmpty(t, s.Sources, s.ID)
		assert.Empty(t, vocab.CheckSources(nil, s.Sources), s.ID)
		assert.NotEmpty(t, s.Name)
		assert.NotEmpty(t, s.Measure)
	}
}

func TestStandardsReturnsACopy(t *testing.T) {
	s := programme.Standards()
	s[0].Target.Value = vocab.Percent(1)
	s[0].Sources[0].URL = "changed"
	again, _ := programme.LookupStandard(s[0].ID)
	assert.Equal(t, vocab.Percent(92), again.Target.Value)
	assert.NotEqual(t, "changed", again.Sources[0].URL)
}

func TestPerformanceIsExact(t *testing.T) {
	std, _ := programme.LookupStandard(programme.StandardCancer62Day)
	cases := []struct {
		within, total int64
		want          vocab.RAG
	}{
		{849, 1000, vocab.RAGRed},   // 84.9% breaches 85%
		{850, 1000, vocab.RAGGreen}, // 85.0% meets it
		{17, 20, vocab.RAGGreen},    // exactly 85%
		{84999999999, 100000000000, vocab.RAGRed},
		{0, 0, vocab.RAGNoData},
		{5, 3, vocab.RAGNoData}, // inconsistent counts are not evaluated
		{-1, 3, vocab.RAGNoData},
	}
	for _, c := range cases {
		m := programme.Performance{Within: c.within, Total: c.total}
		assert.Equal(t, c.want, m.RAG(std), "%d/%d", c.within, c.total)
	}
}

// Status agrees with cross-multiplication: within*100 >= 85*total.
func TestPerformanceStatusProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		std := rapid.SampledFrom(programme.Standards()).Draw(t, "standard")
		total := rapid.Int64Range(1, 1<<40).Draw(t, "total")
		within := rapid.Int64Range(0, total).Draw(t, "within")
		meets := vocab.CompareFractions(within, total, std.Target.Value.Num(), std.Target.Value.Den()) >= 0
		got := programme.Performance{Within: within, Total: total}.RAG(std)
		if meets != (got == vocab.RAGGreen) || (!meets && got != vocab.RAGRed) {
			t.Fatalf("%d/%d against %s: got %s", within, total, std.Target, got)
		}
	})
}

func TestPathwayProblems(t *testing.T) {
	pw := programme.Pathway{
		ID: "breast-cancer", Name: "Breast cancer", Standard: programme.StandardCancer62Day,
		Performance: []programme.Performance{
			{Period: vocab.MustParsePeriod("2023-04-01/2023-06-30"), Within: 80, Total: 100},
			{Period: vocab.MustParsePeriod("2024-04-01/2024-06-30"), Within: 101, Total: 100},
			{Period: vocab.MustParsePeriod("2024-07-01/.."), Within: 1, Total: 1},
		},
	}
	ps := pw.Problems(vocab.NewPath("pathways").Index(0))
	got := map[string]vocab.ProblemType{}
	for _, p := range ps {
		got[p.Field()] = p.Type
	}
	assert.Equal(t, map[string]vocab.ProblemType{
		"pathways[0].performance[0].period": vocab.ErrOutOfRange, // before 1 October 2023: a warning
		"pathways[0].performance[1].within": vocab.ErrOutOfRange,
		"pathways[0].performance[2].period": vocab.ErrRequired,
	}, got)
	assert.True(t, ps[0].IsWarning())
	pw.Standard = "cancer-2-week-wait"
	ps = pw.Problems(nil).Filter(vocab.ErrNotSupported)
	require.Len(t, ps, 1)
	assert.Equal(t, []string{"rtt-18-weeks", "cancer-28-day-fds", "cancer-31-day", "cancer-62-day"}, ps[0].Allowed)
}
