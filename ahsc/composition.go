package ahsc

import (
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// compositionProblems re-checks each governance body's composition rules
// on the dates partners join or leave during the body's life. The
// governance package checks composition on the dates its own seats change;
// only the Centre knows when the roster changes, so it adds those dates.
func (c *Centre) compositionProblems() vocab.Problems {
	if c.Governance == nil {
		return nil
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
	var ps vocab.Problems
	for i := range c.Governance.Bodies {
		b := &c.Governance.Bodies[i]
		checked := b.CheckDates()
		at := vocab.NewPath("governance", "bodies").Index(i)
		for _, d := range changes {
			if b.Period.Contains(d) && !slices.Contains(checked, d) {
				ps = append(ps, b.CompositionAt(at, c, d)...)
			}
		}
	}
	return ps
}
