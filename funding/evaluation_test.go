package funding_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

func TestMarkdownEscapesUserText(t *testing.T) {
	l := twoAwardLedger(100, 100)
	evil := "x|y\n# <b>*bold*</b> [link](http://e)"
	p := policyOf(funding.RingFence{Cap: vocab.Percent(1)})
	l.Budgets = []funding.BudgetLine{{ID: "ed", Trust: "kch", Year: 2024, Amount: funding.Pounds(1), RingFenced: true, Purpose: evil,
		Draws: []funding.Draw{{Date: day, Amount: funding.Pounds(1), Description: evil}}}}
	rep := evaluate(t, l, p)
	rep.Findings[0].Subject = evil // as a custom rule might write it
	var b strings.Builder
	require.NoError(t, rep.Report(&b))
	md := b.String()
	assert.Contains(t, md, `x\|y \# &lt;b&gt;\*bold\*&lt;/b&gt; \[link\]\(http://e\)`)
	assert.NotContains(t, md, "<b>")
	for _, line := range strings.Split(strings.TrimSpace(md), "\n") {
		if strings.HasPrefix(line, "|") {
			assert.Equal(t, strings.Count(line, "|")-strings.Count(line, `\|`), cellsIn(line)+1, "row %q keeps its columns", line)
		}
	}
	assert.Contains(t, md, "| 1 | ring-fence: research draws at most 1.0% of each ring-fenced clinical budget line | **fail** | 1 | 0 |")
}

// cellsIn counts the cells of a table row: 5 in the summary, 7 in findings.
func cellsIn(line string) int {
	if strings.Count(line, "|")-strings.Count(line, `\|`) == 6 {
		return 5
	}
	return 7
}

func TestReportSummaryPerRule(t *testing.T) {
	l := twoAwardLedger(50, 50)
	p := policyOf(
		funding.PrivateShareCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(40)},
		funding.PrivateShareCap{Scope: funding.ScopeProgramme, Cap: vocab.Percent(40), Severity: vocab.SeverityWarning},
		funding.PrivateShareCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(50)},
	)
	rep := evaluate(t, l, p)
	require.Len(t, rep.Summary, 3)
	assert.Equal(t, []int{1, 0, 0}, []int{rep.Summary[0].Errors, rep.Summary[1].Errors, rep.Summary[2].Errors})
	assert.Equal(t, 1, rep.Summary[1].Warnings)
	assert.False(t, rep.Passed())
	assert.Equal(t, "private share at most 40.0% of disbursements per programme per financial year", rep.Summary[1].Description)
	require.Len(t, rep.Findings, 2)
	assert.Equal(t, "centre 2024-25", rep.Findings[0].Subject)
	assert.Equal(t, "programme prog 2024-25", rep.Findings[1].Subject)
	assert.Equal(t, "In 2024-25, private funders provided 50.0% of the GBP 1.00 disbursed to programme prog, above the 40.0% cap; refusing GBP 0.17 of their money would meet it.", rep.Findings[1].Explanation)
}
