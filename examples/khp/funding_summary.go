package main

import (
	"fmt"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// summariseFunding evaluates the illustrative safeguard policy against the
// ledger as of asOf, in the environment the Centre wires (the governance
// interests register and the portfolio's HRCS areas), and prints the report.
func summariseFunding(b *strings.Builder, c *ahsc.Centre, asOf vocab.Date) {
	policy := reference.KHPPolicy()
	amounts, caps := label(c.Ledger.Sources), label(policy.Sources)
	fmt.Fprintf(b, "\nFunding (%s, %s%s; policy%s):\n",
		plural(len(c.Ledger.Funders), "funder", "funders"), plural(len(c.Ledger.Awards), "award", "awards"), amounts, caps)
	report, err := c.EvaluateFunding(policy, asOf)
	if err != nil {
		fmt.Fprintf(b, "  could not evaluate: %v\n", err)
		return
	}
	for _, r := range report.Summary {
		fmt.Fprintf(b, "  %s%s: %s, %s%s\n", r.Description, caps,
			plural(r.Errors, "breach", "breaches"), plural(r.Warnings, "warning", "warnings"), amounts)
	}
	for _, f := range report.Findings {
		fmt.Fprintf(b, "  [%s] %s%s\n", f.Severity, f.Explanation, amounts)
	}
}
