package governance

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// ReservedMatters are the rules a motion marked reserved must also meet.
//
// Concurrence: every partner that nominates an eligible voting seat must
// concur, which means more than half of that partner's eligible members
// present vote yes (abstentions count against; a partner with nobody
// present does not concur). Veto: a no vote from any eligible member
// nominated by a partner in Vetoes defeats the motion. Paired members
// count as absent for both: they neither concur nor veto.
type ReservedMatters struct {
	// Concurrence requires each partner to concur.
	Concurrence bool `json:"concurrence,omitempty"`
	// Vetoes lists the partners that hold a veto, each once.
	Vetoes []vocab.OrgID `json:"vetoes,omitempty"`
}

// problems checks the reserved-matter rules at p (terms of reference
// .reserved).
func (r ReservedMatters) problems(ps *vocab.Collector, p vocab.LazyPath) *vocab.Collector {
	if len(r.Vetoes) == 0 {
		return ps
	}
	vp := p.Child("vetoes").Path()
	for i, v := range r.Vetoes {
		ps = ps.Add(vocab.CheckID(vp.Index(i), v, true))
	}
	return vocab.CollectUniqueIDs(ps, r.Vetoes, vp.Index)
}

// met reports whether the meeting's votes satisfy the reserved-matter
// rules, and the reason for the minute when they do not: the first veto in
// seat order, else the first partner, by ID, that did not concur.
func (r ReservedMatters) met(m *meeting) (bool, string) {
	veto := make(map[vocab.OrgID]bool, len(r.Vetoes))
	for _, v := range r.Vetoes {
		veto[v] = true
	}
	type concurrence struct{ present, yes int }
	byPartner := map[vocab.OrgID]*concurrence{}
	for _, sv := range m.seats {
		if !sv.counted() {
			continue
		}
		org := sv.seat.NominatedBy
		if sv.option == VoteOptionNo && veto[org] {
			return false, fmt.Sprintf("Failed: reserved matter vetoed by %s (%s voted no).", org, sv.acting)
		}
		c := byPartner[org]
		if c == nil {
			c = &concurrence{}
			byPartner[org] = c
		}
		c.present++
		if sv.option == VoteOptionYes {
			c.yes++
		}
	}
	if !r.Concurrence {
		return true, ""
	}
	for _, org := range m.partners {
		var c concurrence
		if p := byPartner[org]; p != nil {
			c = *p
		}
		if c.present == 0 || 2*c.yes <= c.present {
			return false, fmt.Sprintf("Failed: reserved matter without the concurrence of %s (%d of its %d eligible members present voted yes; more than half needed).", org, c.yes, c.present)
		}
	}
	return true, ""
}
