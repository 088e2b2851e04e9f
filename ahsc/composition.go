package ahsc

import (
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// compositionProblems re-checks each governance body's composition rules
// on the dates partners join or leave during the body's life. The
// governance package checks composition on the dates its own seats change;
// only the Centre knows when the roster changes, so it adds those dates.
// Each body is checked on the roster changes within its period, found by
// binary search in the sorted change dates.
func (ix *index) compositionProblems() vocab.Problems {
	c := ix.c
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
		done := make(map[vocab.Date]bool, len(checked))
		for _, d := range checked {
			done[d] = true
		}
		at := vocab.NewPath("governance", "bodies").Index(i)
		from := 0
		if !b.Period.Start.IsZero() {
			from, _ = slices.BinarySearchFunc(changes, b.Period.Start, vocab.Date.Compare)
		}
		for _, d := range changes[from:] {
			if !b.Period.End.IsZero() && d.After(b.Period.End) {
				break
			}
			if b.Period.Contains(d) && !done[d] {
				ps = append(ps, b.CompositionAt(at, ix, d)...)
			}
		}
	}
	return ps
}
