package main

import (
	"fmt"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/programme"
)

// summarisePortfolio prints the portfolio's balance by HRCS area and by
// partner (share-weighted, exact), the translational pipeline, goals at
// risk on asOf, and pathway performance against NHS standards.
func summarisePortfolio(b *strings.Builder, p *programme.Portfolio, asOf vocab.Date) {
	fmt.Fprintf(b, "\nPortfolio (%d programmes, %d facilities; figures illustrative):\n", len(p.Programmes), len(p.Facilities))
	if areas, err := programme.BalanceByArea(p.All()); err == nil {
		b.WriteString("  by area:")
		for _, e := range areas.Entries {
			fmt.Fprintf(b, " %s %s;", e.Key, e.Share.PercentString(0))
		}
		b.WriteString("\n")
	}
	if partners, err := programme.BalanceByPartner(p.All()); err == nil {
		b.WriteString("  by partner:")
		for _, e := range partners.Entries {
			fmt.Fprintf(b, " %s %s;", e.Key, e.Share.PercentString(0))
		}
		b.WriteString("\n")
	}
	b.WriteString("  pipeline:")
	for _, s := range programme.Pipeline(p.All()) {
		fmt.Fprintf(b, " %s=%d", s.Stage, s.Count)
	}
	b.WriteString("\n")
	for g := range programme.GoalsAtRisk(p.All(), asOf) {
		latest := "nothing reported"
		if g.Reported {
			latest = "latest " + g.Latest.String()
		}
		fmt.Fprintf(b, "  goal at risk: %s/%s due %s, %s (%s)\n", g.Programme, g.Goal, g.Due, g.Status, latest)
	}
	for r := range p.PathwayResults() {
		fmt.Fprintf(b, "  pathway %s vs %s, %s: %d/%d = %s → %s\n", r.Pathway, r.Standard, r.Period,
			r.Within, r.Total, r.Performance.PercentString(1), r.Status)
	}
}
