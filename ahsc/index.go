package ahsc

import (
	"iter"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// index holds a centre's lookups by ID. It is built once per validation in
// time linear in the centre's size, so resolving n references costs n map
// lookups rather than a scan of every organisation per reference. It reads
// the centre as it is when built; it is not kept.
type index struct {
	c *Centre
	// orgs numbers every non-empty organisation ID the centre mentions:
	// the partners' and organisations' first, then succession ends that
	// name neither. One map serves every lookup of an organisation by ID
	// (holders, successions, cycles), so each ID is hashed into one table.
	orgs orgNodes
	// held[n] is the position of the first holder of ID n among the
	// partners and then the other organisations; −1 for an ID only
	// successions name.
	held []int32
	// dupOrgs lists each partner or organisation whose ID an earlier one
	// holds, by position (partners, then organisations), with the first.
	dupOrgs []dupOrg
	// partners maps a partner ID to what the index knows of it, in
	// partnerInfo: one lookup per reference to a partner.
	partners    map[vocab.OrgID]int32
	partnerInfo []partnerInfo
	// closures lists each organisation's successions as predecessor.
	closures successionsByPredecessor
	// defined holds [Centre.definedIDs] by kind, each built on first use.
	defined map[vocab.RefKind]definedSet
	// lastKind is the kind of the last reference resolved against
	// defined, lastIDs and lastOK what defined holds for it (none for
	// the zero kind, which no document defines).
	lastKind vocab.RefKind
	lastIDs  map[string]bool
	lastOK   bool
	// current memoises currentSuccessor by organisation and epoch.
	current map[orgAt]vocab.OrgID
}

// definedSet is what [Centre.definedIDs] returns for one kind.
type definedSet struct {
	ids map[string]bool
	ok  bool
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

// dupOrg is a partner or organisation, by position among the partners and
// then the organisations, whose ID the one at first holds.
type dupOrg struct{ at, first int }

// orgNodes numbers organisation IDs 0, 1, ... in the order first added.
type orgNodes struct {
	of  map[vocab.OrgID]int32
	ids []vocab.OrgID
}

func newOrgNodes(size int) orgNodes { return orgNodes{of: make(map[vocab.OrgID]int32, size)} }

// add returns id's number, numbering it when new.
func (o *orgNodes) add(id vocab.OrgID) (n int32, added bool) {
	if n, ok := o.of[id]; ok {
		return n, false
	}
	n = int32(len(o.ids))
	o.of[id] = n
	o.ids = append(o.ids, id)
	return n, true
}

// find returns id's number, if numbered.
func (o *orgNodes) find(id vocab.OrgID) (int32, bool) {
	n, ok := o.of[id]
	return n, ok
}

func newIndex(c *Centre) *index {
	ix := &index{
		c:        c,
		orgs:     newOrgNodes(len(c.Partners) + len(c.Organisations)),
		held:     make([]int32, 0, len(c.Partners)+len(c.Organisations)),
		partners: make(map[vocab.OrgID]int32, len(c.Partners)),
	}
	hold := func(at int, id vocab.OrgID) {
		if id == "" {
			return
		}
		if n, added := ix.orgs.add(id); !added {
			ix.dupOrgs = append(ix.dupOrgs, dupOrg{at: at, first: int(ix.held[n])})
			return
		}
		ix.held = append(ix.held, int32(at))
	}
	for i := range c.Partners {
		p := &c.Partners[i]
		hold(i, p.ID)
		k, ok := ix.partners[p.ID]
		if !ok {
			k = int32(len(ix.partnerInfo))
			ix.partners[p.ID] = k
			n, _ := ix.orgs.find(p.ID)
			ix.partnerInfo = append(ix.partnerInfo, partnerInfo{node: n})
		}
		for _, m := range p.Memberships {
			ix.partnerInfo[k].periods = append(ix.partnerInfo[k].periods, m.Period())
		}
	}
	for i := range c.Organisations {
		hold(len(c.Partners)+i, c.Organisations[i].ID)
	}
	ix.closures = indexSuccessions(c.Successions, &ix.orgs)
	for len(ix.held) < len(ix.orgs.ids) {
		ix.held = append(ix.held, -1)
	}
	return ix
}

// isOrg reports whether a partner or organisation has ID id.
func (ix *index) isOrg(id vocab.OrgID) bool {
	n, ok := ix.orgs.find(id)
	return ok && ix.known(n)
}

// known reports whether node n is the ID of a partner or organisation.
func (ix *index) known(n int32) bool { return n >= 0 && ix.held[n] >= 0 }

// partnerInfo is what the index knows of a partner ID: the membership
// periods of every partner with that ID, and the days they certainly and
// possibly cover, merged, built on first use.
type partnerInfo struct {
	node    int32 // the partner's number in the index's orgs
	periods []vocab.Period
	cover   coverage
	covered bool
}

// partner returns what the index knows of partner id, or nil when no
// partner has that ID (at any time).
func (ix *index) partner(id vocab.OrgID) *partnerInfo {
	if k, ok := ix.partners[id]; ok {
		return &ix.partnerInfo[k]
	}
	return nil
}

// PartnersAt implements [vocab.Roster] as [Centre.PartnersAt] does.
func (ix *index) PartnersAt(d vocab.Date) []vocab.OrgID { return ix.c.PartnersAt(d) }

// IsPartnerAt implements [vocab.Roster] as [Centre.IsPartnerAt] does (a
// partner for certain), with one map lookup and a scan of that partner's
// memberships.
func (ix *index) IsPartnerAt(id vocab.OrgID, d vocab.Date) bool {
	pi := ix.partner(id)
	if pi == nil {
		return false
	}
	for _, p := range pi.periods {
		if p.Contains(d) {
			return true
		}
	}
	return false
}

var _ vocab.Roster = (*index)(nil)

// successionsByPredecessor lists, for each organisation, the successions
// in which it is the predecessor, in document order.
type successionsByPredecessor struct {
	all []Succession
	// nodes numbers the organisations; pred[i] and succ[i] are the
	// numbers of succession i's ends (−1 for an empty ID).
	nodes      *orgNodes
	pred, succ []int32
	// first[n] is organisation n's first succession as predecessor;
	// next[i] is the next succession after i with the same predecessor,
	// or −1: lists without a slice per organisation.
	first []int32
	next  []int32
	// repeats reports whether some organisation (or the empty ID) is the
	// predecessor in more than one succession.
	repeats bool
	// dates are the last days of the successions' distinct non-zero
	// dates, sorted: the days on which a succession becomes certain.
	dates []vocab.Date
}

// indexSuccessions indexes ss, numbering their ends in nodes (which may
// already number other organisations).
func indexSuccessions(ss []Succession, nodes *orgNodes) successionsByPredecessor {
	x := successionsByPredecessor{all: ss, nodes: nodes, pred: make([]int32, len(ss)), succ: make([]int32, len(ss)), next: make([]int32, len(ss))}
	node := func(id vocab.OrgID) int32 {
		if id == "" {
			return -1
		}
		n, _ := nodes.add(id)
		return n
	}
	for i := range ss {
		x.pred[i], x.succ[i] = node(ss[i].Predecessor), node(ss[i].Successor)
	}
	x.first = make([]int32, len(nodes.ids))
	for i := range x.first {
		x.first[i] = -1
	}
	var dates []vocab.Date
	emptyPred := false
	for i := len(ss) - 1; i >= 0; i-- {
		x.next[i] = -1
		if ss[i].Predecessor == "" { // no organisation, but a pair can repeat
			x.repeats = x.repeats || emptyPred
			emptyPred = true
		}
		if n := x.pred[i]; n >= 0 {
			if j := x.first[n]; j >= 0 {
				x.next[i] = j
				x.repeats = true
			}
			x.first[n] = int32(i)
		}
		if !ss[i].Date.IsZero() {
			dates = append(dates, ss[i].Date.Last())
		}
	}
	slices.SortFunc(dates, vocab.Date.Compare)
	x.dates = slices.Compact(dates)
	return x
}

// from yields the indexes of the successions with id as predecessor, in
// document order.
func (x *successionsByPredecessor) from(id vocab.OrgID) iter.Seq[int] {
	n, ok := x.nodes.find(id)
	if !ok {
		n = -1
	}
	return x.fromNode(n)
}

// fromNode is from for the organisation numbered n (none when −1).
func (x *successionsByPredecessor) fromNode(n int32) iter.Seq[int] {
	return func(yield func(int) bool) {
		if n < 0 || int(n) >= len(x.first) {
			return
		}
		for i := x.first[n]; i >= 0; i = x.next[i] {
			if !yield(int(i)) {
				return
			}
		}
	}
}

// closedAt is [Centre.ClosedAt] through the index.
func (x *successionsByPredecessor) closedAt(id vocab.OrgID, d vocab.Date) (Succession, bool) {
	for i := range x.from(id) {
		if s := x.all[i]; closedBy(s.Date, d) {
			return s, true
		}
	}
	return Succession{}, false
}

// mayBeClosedAt returns the first succession, in document order, with the
// organisation numbered n as predecessor that may be in force on some day
// d may be.
func (x *successionsByPredecessor) mayBeClosedAt(n int32, d vocab.Date) (Succession, bool) {
	for i := range x.fromNode(n) {
		if s := x.all[i]; mayBeClosedBy(s.Date, d) {
			return s, true
		}
	}
	return Succession{}, false
}

// currentSuccessor is [Centre.CurrentSuccessor] through the index: linear
// in the length of the chain it follows.
func (x *successionsByPredecessor) currentSuccessor(id vocab.OrgID, d vocab.Date) vocab.OrgID {
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
