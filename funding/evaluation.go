package funding

import (
	"fmt"
	"io"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/markdown"
)

// Evaluation is the result of [Evaluate]: every finding, and a summary per
// rule. [Evaluation.Report] writes it as Markdown.
type Evaluation struct {
	// AsOf is the evaluation date; zero when every record counted.
	AsOf vocab.Date
	// Findings are the breaches and warnings, sorted by rule, then subject,
	// path and explanation; nil when there are none.
	Findings []Finding
	// Measures, filled only with [WithMeasures], are every finding of every
	// rule, passing ones ([Finding.Passed]) included, sorted like Findings:
	// one per subject a share rule measured, so a script can read every
	// year's and programme's share whether or not it breaches.
	Measures []Finding
	// Summary has one entry per rule, in policy order.
	Summary []RuleSummary
}

// RuleSummary counts one rule's findings.
type RuleSummary struct {
	// Rule is the rule's index in the policy.
	Rule int
	// Kind is the rule's code, such as "ring-fence".
	Kind string
	// Description states the rule and its limits (the rule's Describe).
	Description string
	// Errors counts the rule's findings of severity error (breaches).
	Errors int
	// Warnings counts the rule's findings of severity warning.
	Warnings int
}

// Passed reports whether the rule has no error findings.
func (s RuleSummary) Passed() bool { return s.Errors == 0 }

// Passed reports whether no rule has an error finding.
func (e *Evaluation) Passed() bool {
	for _, s := range e.Summary {
		if !s.Passed() {
			return false
		}
	}
	return true
}

// Report writes the evaluation to w as Markdown: a title with the
// evaluation date, a summary table with one row per rule (status pass or
// fail, errors, warnings), then a table of findings. All text that comes from
// the ledger or the policy is escaped, so it cannot break the tables or
// inject markup. It returns the first write error.
func (e *Evaluation) Report(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Funding safeguards report, as of %s\n\n", dateText(e.AsOf))
	b.WriteString("## Summary\n\n")
	markdown.Row(&b, "#", "Rule", "Status", "Errors", "Warnings")
	markdown.Row(&b, "---", "---", "---", "---:", "---:")
	for _, s := range e.Summary {
		status := "pass"
		if !s.Passed() {
			status = "**fail**"
		}
		markdown.Row(&b, fmt.Sprint(s.Rule+1), markdown.Escape(s.Kind+": "+s.Description), status, fmt.Sprint(s.Errors), fmt.Sprint(s.Warnings))
	}
	b.WriteString("\n## Findings\n\n")
	if len(e.Findings) == 0 {
		b.WriteString("No findings.\n")
	} else {
		markdown.Row(&b, "#", "Severity", "Subject", "Where", "Measured", "Limit", "Explanation")
		markdown.Row(&b, "---", "---", "---", "---", "---", "---", "---")
		for _, f := range e.Findings {
			markdown.Row(&b, fmt.Sprint(f.Rule+1), string(f.Severity), markdown.Escape(f.Subject), markdown.Escape(f.Path.JSONPointer()),
				markdown.Escape(f.Measured), markdown.Escape(f.Limit), markdown.Escape(f.Explanation))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func dateText(d vocab.Date) string {
	if d.IsZero() {
		return "all dates"
	}
	return d.String()
}
