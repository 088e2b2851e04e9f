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
	mark := label(p.Sources)
	fmt.Fprintf(b, "\nPortfolio (%s, %s):\n",
		plural(len(p.Programmes), "programme", "programmes"), plural(len(p.Facilities), "facility", "facilities"))
	if areas, err := programme.BalanceByArea(p.All()); err == nil {
		b.WriteString("  by area:")
		for _, e := range areas.Entries {
			fmt.Fprintf(b, " %s %s;", e.Key, e.Share.PercentString(0))
		}
		b.WriteString(mark + "\n")
	}
	if partners, err := programme.BalanceByPartner(p.All()); err == nil {
		b.WriteString("  by partner:")
		for _, e := range partners.Entries {
			fmt.Fprintf(b, " %s %s;", e.Key, e.Share.PercentString(0))
		}
		b.WriteString(mark + "\n")
	}
	b.WriteString("  pipeline:")
	for _, s := range programme.CountByStage(p.All()) {
		fmt.Fprintf(b, " %s=%d", s.Stage, s.Count)
	}
	b.WriteString(mark + "\n")
	for g := range programme.GoalsAtRiskAt(p.All(), asOf) {
		latest := "nothing reported"
		if g.RAG != vocab.RAGNoData {
			latest = "latest " + g.Latest.Value.String()
		}
		pr, _ := p.Programme(g.Programme)
		fmt.Fprintf(b, "  goal at risk: %s/%s due %s, %s (%s)%s\n", g.Programme, g.Goal, g.Due, g.RAG, latest, label(pr.Sources, p.Sources))
	}
	for _, pw := range p.Pathways {
		std, ok := programme.LookupStandard(pw.Standard)
		if !ok {
			continue
		}
		for _, m := range pw.Performance {
			r, _ := m.Ratio()
			fmt.Fprintf(b, "  pathway %s vs %s, %s: %d/%d = %s → %s%s\n", pw.ID, std.ID, m.Period,
				m.Within, m.Total, r.PercentString(1), m.RAG(std), mark)
		}
	}
}
