package ahsc

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
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
// closed from Date on.
type Succession struct {
	Predecessor vocab.OrgID    `json:"predecessor"`
	Successor   vocab.OrgID    `json:"successor"`
	Kind        SuccessionKind `json:"kind"`
	Date        vocab.Date     `json:"date"`
	Sources     []vocab.Source `json:"sources,omitempty"`
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

// ClosedAt reports whether id had been succeeded by d, and by whom (the
// first succession in document order among those dated on or before d).
func (c *Centre) ClosedAt(id vocab.OrgID, d vocab.Date) (Succession, bool) {
	for _, s := range c.Successions {
		if s.Predecessor == id && !s.Date.IsZero() && !d.Before(s.Date) {
			return s, true
		}
	}
	return Succession{}, false
}

// CurrentSuccessor follows successions from id as of d and returns the
// organisation that carries id's work on d (id itself when not closed).
// Cycles, which validation reports, end the walk.
func (c *Centre) CurrentSuccessor(id vocab.OrgID, d vocab.Date) vocab.OrgID {
	seen := map[vocab.OrgID]bool{id: true}
	for {
		s, ok := c.ClosedAt(id, d)
		if !ok || seen[s.Successor] {
			return id
		}
		id = s.Successor
		seen[id] = true
	}
}

func (c *Centre) successionProblems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	type pair struct{ from, to vocab.OrgID }
	seen := map[pair]int{}
	for i, s := range c.Successions {
		ip := p.Index(i)
		ps = ps.Add(vocab.CheckID(ip.Child("predecessor"), s.Predecessor, true),
			vocab.CheckID(ip.Child("successor"), s.Successor, true),
			successionKinds.Check(ip.Child("kind"), s.Kind, true))
		if s.Date.IsZero() {
			ps = ps.Add(vocab.Required(ip.Child("date"), "the date the predecessor closed"))
		}
		if s.Predecessor != "" && s.Predecessor == s.Successor {
			ps = ps.Add(vocab.Invalid(ip.Child("successor"), string(s.Successor), "an organisation cannot succeed itself"))
			continue
		}
		for _, f := range []struct {
			name string
			id   vocab.OrgID
		}{{"predecessor", s.Predecessor}, {"successor", s.Successor}} {
			if f.id != "" && c.organisation(f.id) == nil {
				ps = ps.Add(vocab.NotFound(ip.Child(f.name), string(f.id), "no partner or organisation has this ID"))
			}
		}
		k := pair{s.Predecessor, s.Successor}
		if j, ok := seen[k]; ok {
			ps = ps.Add(vocab.Duplicate(ip, fmt.Sprintf("%s -> %s", k.from, k.to), "already recorded at "+p.Index(j).String()))
		}
		seen[k] = i
	}
	return append(ps, c.successionCycles(p)...)
}

// successionCycles reports each succession that closes a cycle
// (a -> b -> ... -> a), once, at the succession with the highest index.
func (c *Centre) successionCycles(p *vocab.Path) vocab.Problems {
	next := map[vocab.OrgID][]int{}
	for i, s := range c.Successions {
		next[s.Predecessor] = append(next[s.Predecessor], i)
	}
	var ps vocab.Problems
	for i, s := range c.Successions {
		if s.Predecessor == s.Successor {
			continue
		}
		// Is there a path from s.Successor back to s.Predecessor using only
		// successions with index < i? Then i closes a cycle.
		stack, seen := []vocab.OrgID{s.Successor}, map[vocab.OrgID]bool{s.Successor: true}
		for len(stack) > 0 {
			at := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, j := range next[at] {
				to := c.Successions[j].Successor
				if j >= i || seen[to] {
					continue
				}
				if to == s.Predecessor {
					ps = ps.Add(vocab.Invalid(p.Index(i), fmt.Sprintf("%s -> %s", s.Predecessor, s.Successor),
						"closes a cycle of successions; successions must be acyclic"))
					stack = nil
					break
				}
				seen[to] = true
				stack = append(stack, to)
			}
		}
	}
	return ps
}
