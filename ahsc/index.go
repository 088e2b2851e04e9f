package ahsc

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// index holds a centre's lookups by ID. It is built once per validation in
// time linear in the centre's size, so resolving n references costs n map
// lookups rather than a scan of every organisation per reference. It reads
// the centre as it is when built; it is not kept.
type index struct {
	c *Centre
	// orgs maps an organisation ID to its first holder: partners first,
	// then the other organisations (duplicates are reported elsewhere).
	orgs map[vocab.OrgID]*Organisation
	// periods maps a partner ID to the membership periods of every partner
	// with that ID; a key is present for each partner ID.
	periods map[vocab.OrgID][]vocab.Period
	// closures maps an organisation ID to its successions as predecessor.
	closures successionsByPredecessor
}

func newIndex(c *Centre) *index {
	ix := &index{
		c:        c,
		orgs:     make(map[vocab.OrgID]*Organisation, len(c.Partners)+len(c.Organisations)),
		periods:  make(map[vocab.OrgID][]vocab.Period, len(c.Partners)),
		closures: indexSuccessions(c.Successions),
	}
	for i := range c.Partners {
		p := &c.Partners[i]
		if _, ok := ix.orgs[p.ID]; !ok {
			ix.orgs[p.ID] = &p.Organisation
		}
		periods := ix.periods[p.ID]
		for _, m := range p.Memberships {
			periods = append(periods, m.Period())
		}
		ix.periods[p.ID] = periods
	}
	for i := range c.Organisations {
		o := &c.Organisations[i]
		if _, ok := ix.orgs[o.ID]; !ok {
			ix.orgs[o.ID] = o
		}
	}
	return ix
}

// isPartner reports whether id is the ID of a partner (at any time).
func (ix *index) isPartner(id vocab.OrgID) bool {
	_, ok := ix.periods[id]
	return ok
}

// PartnersAt implements [vocab.Roster] as [Centre.PartnersAt] does.
func (ix *index) PartnersAt(d vocab.Date) []vocab.OrgID { return ix.c.PartnersAt(d) }

// IsPartnerAt implements [vocab.Roster] as [Centre.IsPartnerAt] does, with
// one map lookup and a scan of that partner's memberships.
func (ix *index) IsPartnerAt(id vocab.OrgID, d vocab.Date) bool {
	for _, p := range ix.periods[id] {
		if p.Contains(d) {
			return true
		}
	}
	return false
}

var _ vocab.Roster = (*index)(nil)

// successionsByPredecessor maps an organisation ID to the successions in
// which it is the predecessor, in document order.
type successionsByPredecessor struct {
	all  []Succession
	from map[vocab.OrgID][]int
}

func indexSuccessions(ss []Succession) successionsByPredecessor {
	from := make(map[vocab.OrgID][]int, len(ss))
	for i, s := range ss {
		from[s.Predecessor] = append(from[s.Predecessor], i)
	}
	return successionsByPredecessor{all: ss, from: from}
}

// closedAt is [Centre.ClosedAt] through the index.
func (x successionsByPredecessor) closedAt(id vocab.OrgID, d vocab.Date) (Succession, bool) {
	for _, i := range x.from[id] {
		if s := x.all[i]; !s.Date.IsZero() && !d.Before(s.Date) {
			return s, true
		}
	}
	return Succession{}, false
}

// currentSuccessor is [Centre.CurrentSuccessor] through the index: linear
// in the length of the chain it follows.
func (x successionsByPredecessor) currentSuccessor(id vocab.OrgID, d vocab.Date) vocab.OrgID {
	seen := map[vocab.OrgID]bool{id: true}
	for {
		s, ok := x.closedAt(id, d)
		if !ok || seen[s.Successor] {
			return id
		}
		id = s.Successor
		seen[id] = true
	}
}
