package ahsc

import (
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// compositionProblems checks the governance rule that needs the partner
// roster, which only the Centre knows: it gives governance each partner's
// days of certain membership (for exact dates, from the day it joins to
// the day it leaves), and governance reports one problem per partner and
// run of days short of seats. The index's coverage answers the roster
// questions.
func (ix *index) compositionProblems(ps *vocab.Collector) *vocab.Collector {
	c := ix.c
	if c.Governance == nil {
		return ps
	}
	memberships := make(map[vocab.OrgID][]vocab.Period, len(c.Partners))
	for i := range c.Partners {
		id := c.Partners[i].ID
		if _, done := memberships[id]; done || id == "" {
			continue
		}
		cv := ix.partner(id).coverage()
		spans := make([]vocab.Period, len(cv.certain))
		for j, r := range cv.certain {
			spans[j] = r.Period()
		}
		memberships[id] = spans
	}
	c.Governance.CollectRosterProblems(ps.WithPath(vocab.NewPath("governance")), memberships)
	return ps
}
