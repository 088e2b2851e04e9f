package ahsc

import (
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// compositionProblems checks the governance rule that needs the partner
// roster, on the dates the bodies' seats change and on the dates the
// certain roster changes, which only the Centre knows: the first day a
// membership is certainly in force and the day after it last certainly is
// (for exact dates, the day it joins and the day after it leaves). The
// index answers the roster questions.
func (ix *index) compositionProblems(ps *vocab.Collector) *vocab.Collector {
	c := ix.c
	if c.Governance == nil {
		return ps
	}
	var changes []vocab.Date
	for _, p := range c.Partners {
		for _, m := range p.Memberships {
			if m.Joined.IsZero() {
				continue
			}
			sure, ok := m.Period().Certain()
			if !ok {
				continue
			}
			changes = append(changes, sure.Start)
			if !sure.End.IsZero() {
				changes = append(changes, sure.End.AddDays(1))
			}
		}
	}
	slices.SortFunc(changes, vocab.Date.Compare)
	changes = slices.Compact(changes)
	c.Governance.CollectRosterProblems(ps.WithPath(vocab.NewPath("governance")), ix, changes)
	return ps
}
