package governance_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
)

func reportDoc() *governance.Document {
	b := fourSeats(governance.TermsOfReference{Threshold: governance.Majority()})
	b.ReportsTo = ""
	return &governance.Document{Version: vocab.CurrentVersion, Bodies: []governance.Body{*b},
		Interests: []governance.Interest{{Person: "kcl-1", Organisation: "acme", Kind: governance.InterestKindFamily, Severity: governance.ConflictSeverityHard,
			Period: vocab.PeriodFrom(vocab.MustParseDate("2021-01-01"))}},
		Decisions: []governance.Decision{{Body: "board",
			Motion:  governance.Motion{ID: "m-1", Text: "Fund *Acme* | <b>now</b>\n| injected | row |", Date: vocab.MustParseDate("2025-02-01"), Concerns: []vocab.OrgID{"acme"}},
			Present: []vocab.PersonID{"kcl-1", "gstt-1", "kch-1"}, Ballots: []governance.Ballot{yes("gstt-1"), yes("kch-1")}}}}
}

func TestReportEscapesAndRedacts(t *testing.T) {
	d := reportDoc()
	require.NoError(t, d.Validate())
	var open, pub strings.Builder
	fy := vocab.MustParsePeriod("2024-04-01/2025-03-31")
	require.NoError(t, d.Report(&open, fy, governance.ReportOptions{}))
	require.NoError(t, d.Report(&pub, fy, governance.ReportOptions{RedactInterests: true}))

	assert.Contains(t, open.String(), `| m-1: Fund \*Acme\* \| &lt;b&gt;now&lt;/b&gt; \| injected \| row \| | passed |`)
	assert.Contains(t, open.String(), "| m-1 | kcl-1 | acme | family | hard | recused |")
	assert.Contains(t, pub.String(), "| m-1 | (redacted) | (redacted) | family | hard | recused |")
	assert.NotContains(t, pub.String(), "kcl-1")
	for _, line := range strings.Split(open.String(), "\n") {
		if strings.HasPrefix(line, "| 2025") {
			unescaped := strings.Count(line, "|") - strings.Count(line, `\|`)
			assert.Equal(t, 13, unescaped, "a decision row has 12 cells, so 13 cell borders: %s", line)
		}
	}
	var outside strings.Builder
	require.NoError(t, d.Report(&outside, vocab.MustParsePeriod("2025-04-01/2026-03-31"), governance.ReportOptions{}))
	assert.Contains(t, outside.String(), "No decisions.")
}

func TestKPIStatusUsesLatestReadingInPeriod(t *testing.T) {
	k := governance.KPI{Target: vocab.Target{Direction: vocab.LowerIsBetter, Value: vocab.IntRatio(18), Tolerance: vocab.IntRatio(2)},
		Readings: []governance.Reading{
			{Period: vocab.MustParsePeriod("2025-04-01/2025-06-30"), Value: vocab.IntRatio(25)},
			{Period: vocab.MustParsePeriod("2025-07-01/2025-09-30"), Value: vocab.IntRatio(19)},
			{Period: vocab.MustParsePeriod("2025-10-01/2025-12-31"), Value: vocab.IntRatio(17)},
		}}
	assert.Equal(t, vocab.RAGAmber, k.Status(vocab.MustParsePeriod("2025-04-01/2025-09-30")))
	assert.Equal(t, vocab.RAGGreen, k.Status(vocab.MustParsePeriod("2025-04-01/2026-03-31")))
	assert.Equal(t, vocab.RAGRed, k.Status(vocab.MustParsePeriod("2025-04-01/2025-06-30")))
	assert.Equal(t, vocab.RAGNoData, k.Status(vocab.MustParsePeriod("2024-04-01/2025-03-31")))
}
