package funding

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/ahsckit/ahsckit/internal/markdown"
)

// Report writes the counterfactual to w as Markdown: a title stating the
// change, a table of the money moved per financial year, programme and
// funder class (only the rows where money moved, then the total), the
// policy's rules with their errors and warnings before and after, and
// every measured subject's measure before and after. Text from the ledger
// or the policy is escaped. It returns the first write error.
func (c *Counterfactual) Report(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# What if: %s\n\n", markdown.Escape(c.Change.Describe()))
	fmt.Fprintf(&b, "Disbursements as of %s; amounts are exact.\n\n", dateText(c.AsOf))
	b.WriteString("## Money moved\n\n")
	markdown.Row(&b, "Year", "Programme", "Class", "Before", "Declined", "Backfilled", "Deferred out", "Deferred in", "Expired", "After", "Change")
	markdown.Row(&b, "---", "---", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:")
	row := func(year, programme, class string, d Difference) {
		markdown.Row(&b, year, programme, class, moneyText(d.Before), moneyText(d.Declined), moneyText(d.Backfilled),
			moneyText(d.DeferredOut), moneyText(d.DeferredIn), moneyText(d.Expired), moneyText(d.After), moneyText(d.Change()))
	}
	for _, d := range c.Differences {
		if !d.IsZero() {
			programme := string(d.Programme)
			if programme == "" {
				programme = "(unallocated)"
			}
			row(d.Year.String(), markdown.Escape(programme), string(d.Class), d)
		}
	}
	row("**total**", "", "", c.Total())
	if c.FindingsBefore != nil && c.FindingsAfter != nil {
		c.reportFindings(&b)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// reportFindings writes the rules' counts and the measures, before and
// after.
func (c *Counterfactual) reportFindings(b *strings.Builder) {
	b.WriteString("\n## Rules before and after\n\n")
	markdown.Row(b, "#", "Rule", "Before", "After")
	markdown.Row(b, "---", "---", "---", "---")
	counts := func(s RuleSummary) string {
		status := "pass"
		if !s.Passed() {
			status = "**fail**"
		}
		return fmt.Sprintf("%s: %s, %s", status, plural(s.Errors, "error"), plural(s.Warnings, "warning"))
	}
	for i, s := range c.FindingsBefore.Summary {
		after := c.FindingsAfter.Summary[i]
		markdown.Row(b, fmt.Sprint(s.Rule+1), markdown.Escape(s.Kind+": "+s.Description), counts(s), counts(after))
	}
	type key struct {
		rule    int
		subject string
	}
	type pair struct{ before, after *Finding }
	pairs := map[key]*pair{}
	var keys []key
	collect := func(fs []Finding, after bool) {
		for i := range fs {
			f := &fs[i]
			if f.Measure.Whole.IsZero() && f.Measure.Cap.IsZero() {
				continue // not a share measure
			}
			k := key{f.Rule, f.Subject}
			if pairs[k] == nil {
				pairs[k] = &pair{}
				keys = append(keys, k)
			}
			if after {
				pairs[k].after = f
			} else {
				pairs[k].before = f
			}
		}
	}
	collect(c.FindingsBefore.Measures, false)
	collect(c.FindingsAfter.Measures, true)
	if len(keys) == 0 {
		return
	}
	slices.SortFunc(keys, func(a, b key) int { return cmp.Or(cmp.Compare(a.rule, b.rule), strings.Compare(a.subject, b.subject)) })
	b.WriteString("\n## Measures before and after\n\n")
	markdown.Row(b, "#", "Subject", "Limit", "Before", "After")
	markdown.Row(b, "---", "---", "---", "---", "---")
	text := func(f *Finding) string {
		switch {
		case f == nil:
			return "—"
		case f.Passed:
			return markdown.Escape(f.Measured) + " pass"
		}
		return markdown.Escape(f.Measured) + " **" + string(f.Severity) + "**"
	}
	for _, k := range keys {
		p := pairs[k]
		limit := p.before // the shorter text: the after measure is often just within
		if limit == nil {
			limit = p.after
		}
		markdown.Row(b, fmt.Sprint(k.rule+1), markdown.Escape(k.subject), markdown.Escape(limit.Limit), text(p.before), text(p.after))
	}
}

// moneyText renders an amount for a table: "—" for none.
func moneyText(m Money) string {
	if m.Minor == 0 {
		return "—"
	}
	return m.String()
}

// plural renders "1 error", "2 errors".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
