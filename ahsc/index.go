package ahsc

import (
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

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
	// cover maps a partner ID to the days its memberships certainly and
	// possibly cover, merged; built on first use.
	cover map[vocab.OrgID]coverage
	// closures maps an organisation ID to its successions as predecessor.
	closures successionsByPredecessor
	// defined is [Centre.definedIDs], built on first use.
	defined map[vocab.RefKind]map[string]bool
	// current memoises currentSuccessor by organisation and epoch.
	current map[orgAt]vocab.OrgID
}

// orgAt is an organisation in an epoch: the number of distinct succession
// dates whose last day is on or before a date's first day. Dates in one
// epoch see the same successions certainly in force, so they have the same
// current successors.
type orgAt struct {
	id    vocab.OrgID
	epoch int
}

// currentSuccessor is [Centre.CurrentSuccessor], memoised: a walk that ends
// at an organisation not closed on d records its answer for every
// organisation it passed, so within one epoch each organisation is walked
// through once, however many references name it. (A walk that ends in a
// cycle records nothing, since its answer depends on where it started.)
func (ix *index) currentSuccessor(id vocab.OrgID, d vocab.Date) vocab.OrgID {
	if ix.current == nil {
		ix.current = map[orgAt]vocab.OrgID{}
	}
	epoch, found := slices.BinarySearchFunc(ix.closures.dates, d.First(), vocab.Date.Compare)
	if found {
		epoch++
	}
	var path []vocab.OrgID
	seen := map[vocab.OrgID]bool{id: true}
	for {
		if to, ok := ix.current[orgAt{id, epoch}]; ok {
			id = to
			break
		}
		path = append(path, id)
		s, ok := ix.closures.closedAt(id, d)
		if !ok {
			break
		}
		if seen[s.Successor] {
			return id // a cycle: no memo
		}
		id = s.Successor
		seen[id] = true
	}
	for _, p := range path {
		ix.current[orgAt{p, epoch}] = id
	}
	return id
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

// IsPartnerAt implements [vocab.Roster] as [Centre.IsPartnerAt] does (a
// partner for certain), with one map lookup and a scan of that partner's
// memberships.
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
	// dates are the last days of the successions' distinct non-zero
	// dates, sorted: the days on which a succession becomes certain.
	dates []vocab.Date
}

func indexSuccessions(ss []Succession) successionsByPredecessor {
	from := make(map[vocab.OrgID][]int, len(ss))
	var dates []vocab.Date
	for i, s := range ss {
		from[s.Predecessor] = append(from[s.Predecessor], i)
		if !s.Date.IsZero() {
			dates = append(dates, s.Date.Last())
		}
	}
	slices.SortFunc(dates, vocab.Date.Compare)
	return successionsByPredecessor{all: ss, from: from, dates: slices.Compact(dates)}
}

// closedAt is [Centre.ClosedAt] through the index.
func (x successionsByPredecessor) closedAt(id vocab.OrgID, d vocab.Date) (Succession, bool) {
	for _, i := range x.from[id] {
		if s := x.all[i]; closedBy(s.Date, d) {
			return s, true
		}
	}
	return Succession{}, false
}

// mayBeClosedAt returns the first succession, in document order, with id
// as predecessor that may be in force on some day d may be.
func (x successionsByPredecessor) mayBeClosedAt(id vocab.OrgID, d vocab.Date) (Succession, bool) {
	for _, i := range x.from[id] {
		if s := x.all[i]; mayBeClosedBy(s.Date, d) {
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
