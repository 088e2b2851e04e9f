package ahsc

import (
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// compositionProblems checks the governance rule that needs the partner
// roster, on the dates the bodies' seats change and on the dates partners
// join or leave, which only the Centre knows. The index answers the roster
// questions.
func (ix *index) compositionProblems(ps *vocab.Collector) *vocab.Collector {
	c := ix.c
	if c.Governance == nil {
		return ps
	}
	var changes []vocab.Date
	for _, p := range c.Partners {
		for _, m := range p.Memberships {
			if !m.Joined.IsZero() {
				changes = append(changes, m.Joined)
			}
			if !m.Left.IsZero() {
				changes = append(changes, m.Left.AddDays(1))
			}
		}
	}
	slices.SortFunc(changes, vocab.Date.Compare)
	changes = slices.Compact(changes)
	c.Governance.CollectRosterProblems(ps.WithPath(vocab.NewPath("governance")), ix, changes)
	return ps
}
