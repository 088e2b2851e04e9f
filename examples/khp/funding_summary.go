package main

import (
	"fmt"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/khp"
)

// summariseFunding evaluates the illustrative safeguard policy against the
// ledger as of asOf, in the environment the Centre wires (the governance
// interests register and the portfolio's HRCS areas), and prints the report.
func summariseFunding(b *strings.Builder, c *ahsc.Centre, asOf vocab.Date) {
	fmt.Fprintf(b, "\nFunding (%d funders, %d awards; amounts illustrative; policy illustrative):\n",
		len(c.Ledger.Funders), len(c.Ledger.Awards))
	report, err := c.EvaluateFunding(khp.Policy(), asOf)
	if err != nil {
		fmt.Fprintf(b, "  could not evaluate: %v\n", err)
		return
	}
	for _, r := range report.Summary {
		fmt.Fprintf(b, "  %s: %d breaches, %d warnings\n", r.Description, r.Errors, r.Warnings)
	}
	for _, f := range report.Findings {
		fmt.Fprintf(b, "  [%s] %s\n", f.Severity, f.Explanation)
	}
}
