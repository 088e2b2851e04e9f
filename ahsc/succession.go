package ahsc

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/graph"
)

// SuccessionKind says how one organisation succeeded another.
//
// Codes: "merger", "replacement".
type SuccessionKind string

// The succession kinds.
const (
	// SuccessionMerger: the predecessor merged into (or with others formed)
	// the successor.
	SuccessionMerger SuccessionKind = "merger"
	// SuccessionReplacement: the predecessor closed and the successor took
	// over its work (NHS ODS "succession"; ROR predecessor/successor).
	SuccessionReplacement SuccessionKind = "replacement"
)

var successionKinds = vocab.NewEnum(SuccessionMerger, SuccessionReplacement)

// SuccessionKinds returns the enum of every succession kind, for listing,
// parsing and checking.
func SuccessionKinds() vocab.Enum[SuccessionKind] { return successionKinds }

// EnumValues lists the allowed codes (for schema export).
func (SuccessionKind) EnumValues() []string { return successionKinds.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// ErrNotSupported problem listing the allowed ones.
func (k *SuccessionKind) UnmarshalText(b []byte) error { return successionKinds.Unmarshal(k, b) }

// Succession records, once, that Successor took over from Predecessor on
// Date. Like NHS ODS successions it is never end-dated, and it is queried
// both ways ([Centre.Successors], [Centre.Predecessors]). The predecessor is
// closed from Date on; when Date is a month or a year, possibly closed from
// its first day and certainly closed from its last.
type Succession struct {
	// Predecessor is the organisation that closed; required, and a known
	// partner or organisation.
	Predecessor vocab.OrgID `json:"predecessor"`
	// Successor is the organisation that took over its work; required, a
	// known partner or organisation, and not the predecessor.
	Successor vocab.OrgID `json:"successor"`
	// Kind says how the successor took over; required.
	Kind SuccessionKind `json:"kind"`
	// Date is the first day the predecessor is closed, or the month or
	// year it falls in; required.
	Date vocab.Date `json:"date"`
	// Sources cite the succession; at least one is required.
	Sources []vocab.Source `json:"sources,omitempty" jsonschema:"required"`
}

// Successors returns the successions in which id is the predecessor, in
// document order.
func (c *Centre) Successors(id vocab.OrgID) []Succession {
	var out []Succession
	for _, s := range c.Successions {
		if s.Predecessor == id {
			out = append(out, s)
		}
	}
	return out
}

// Predecessors returns the successions in which id is the successor, in
// document order.
func (c *Centre) Predecessors(id vocab.OrgID) []Succession {
	var out []Succession
	for _, s := range c.Successions {
		if s.Successor == id {
			out = append(out, s)
		}
	}
	return out
}

// ClosedAt reports whether id had certainly been succeeded by d, and by
// whom: the first succession in document order, among those with id as
// predecessor, whose date is certainly on or before every day d may be. It
// scans the successions once.
func (c *Centre) ClosedAt(id vocab.OrgID, d vocab.Date) (Succession, bool) {
	for _, s := range c.Successions {
		if s.Predecessor == id && closedBy(s.Date, d) {
			return s, true
		}
	}
	return Succession{}, false
}

// closedBy reports whether a succession dated on is certainly in force on
// every day d may be: on's last day is no later than d's first.
func closedBy(on, d vocab.Date) bool {
	return !on.IsZero() && !d.IsZero() && on.Last().Compare(d.First()) <= 0
}

// mayBeClosedBy reports whether a succession dated on may be in force on
// some day d may be: on's first day is no later than d's last.
func mayBeClosedBy(on, d vocab.Date) bool {
	return !on.IsZero() && !d.IsZero() && on.First().Compare(d.Last()) <= 0
}

// CurrentSuccessor follows successions from id as of d and returns the
// organisation that certainly carries id's work on d (id itself when not
// certainly closed),
// taking at each step the succession [Centre.ClosedAt] returns. Cycles,
// which validation reports, end the walk. It indexes the successions once,
// so it is linear in their number however long the chain.
func (c *Centre) CurrentSuccessor(id vocab.OrgID, d vocab.Date) vocab.OrgID {
	nodes := newOrgNodes(len(c.Successions))
	x := indexSuccessions(c.Successions, &nodes)
	return x.currentSuccessor(id, d)
}

// successionProblems checks each succession at p: IDs, kind, date, at
// least one source, that both ends are known organisations, no pair
// recorded twice, and no cycles.
func (ix *index) successionProblems(ps *vocab.Collector, p *vocab.Path) *vocab.Collector {
	type pair struct{ from, to vocab.OrgID }
	var seen map[pair]int
	if ix.closures.repeats {
		seen = make(map[pair]int, len(ix.c.Successions))
	}
	for i, s := range ix.c.Successions {
		ip := vocab.LazyAt(p).Index(i)
		ps = ps.Add(ip.LocateChild("predecessor", vocab.CheckID(nil, s.Predecessor, true)),
			ip.LocateChild("successor", vocab.CheckID(nil, s.Successor, true)),
			ip.LocateChild("kind", successionKinds.Check(nil, s.Kind, true)))
		if s.Date.IsZero() {
			ps = ps.Add(vocab.Required(ip.Child("date").Path(), "the date the predecessor closed"))
		}
		ps = ps.Add(ip.LocateAllChild("sources", vocab.CheckSourced(nil, s.Sources))...)
		if s.Predecessor != "" && s.Predecessor == s.Successor {
			ps = ps.Add(vocab.Invalid(ip.Child("successor").Path(), string(s.Successor), "an organisation cannot succeed itself"))
			continue
		}
		if n := ix.closures.pred[i]; n >= 0 && !ix.known(n) {
			ps = ps.Add(vocab.NotFound(ip.Child("predecessor").Path(), string(s.Predecessor), "no partner or organisation has this ID"))
		}
		if n := ix.closures.succ[i]; n >= 0 && !ix.known(n) {
			ps = ps.Add(vocab.NotFound(ip.Child("successor").Path(), string(s.Successor), "no partner or organisation has this ID"))
		}
		if !ix.closures.repeats {
			continue // no predecessor twice, so no pair twice
		}
		k := pair{s.Predecessor, s.Successor}
		if j, ok := seen[k]; ok {
			ps = ps.Add(vocab.Duplicate(ip.Path(), fmt.Sprintf("%s -> %s", k.from, k.to), "already recorded at "+p.Index(j).String()))
		}
		seen[k] = i
	}
	return successionCycles(ps, p, &ix.closures)
}

// successionCycles reports, once per group of organisations whose
// successions form cycles (a strongly connected component of the
// succession graph), the succession with the highest index in the group:
// the one that closes a cycle of successions listed before it. The detail
// names the group's organisations, sorted. Self-successions and empty IDs,
// reported elsewhere, are left out. It is linear in the number of
// successions, plus sorting each group's names.
func successionCycles(ps *vocab.Collector, p *vocab.Path, x *successionsByPredecessor) *vocab.Collector {
	ss, ids := x.all, x.nodes.ids
	edges := make([][2]int, 0, len(ss))
	at := make([]int, 0, len(ss)) // at[k] is the succession of edges[k]
	for i := range ss {
		if u, v := x.pred[i], x.succ[i]; u >= 0 && v >= 0 && u != v {
			edges = append(edges, [2]int{int(u), int(v)})
			at = append(at, i)
		}
	}
	if len(edges) == 0 {
		return ps
	}
	comp, cyclic := graph.Components(len(ids), edges)
	last := map[int]int{} // component -> highest edge index inside it
	for k, e := range edges {
		if c := comp[e[0]]; c == comp[e[1]] && cyclic[e[0]] {
			last[c] = k // edges are in succession order
		}
	}
	if len(last) == 0 {
		return ps
	}
	members := map[int][]string{}
	for n, o := range ids {
		if _, ok := last[comp[n]]; ok {
			members[comp[n]] = append(members[comp[n]], string(o))
		}
	}
	closing := make([]int, 0, len(last))
	for _, k := range last {
		closing = append(closing, k)
	}
	slices.Sort(closing)
	for _, k := range closing {
		s := ss[at[k]]
		names := members[comp[edges[k][0]]]
		slices.Sort(names)
		ps = ps.Add(vocab.Invalid(p.Index(at[k]), fmt.Sprintf("%s -> %s", s.Predecessor, s.Successor),
			"closes a cycle of successions among "+strings.Join(names, ", ")+"; successions must be acyclic"))
	}
	return ps
}
