package governance

import (
	"cmp"
	"math"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// overlappingPairs returns the index pairs (i<j) whose valid, started
// periods overlap ([vocab.Period.Overlaps]), ordered by j then i. It runs
// in O(n log n + pairs) time (see overlapping).
func overlappingPairs(n int, period func(int) vocab.Period) [][2]int {
	if n < 2 {
		return nil // one term, seat or chair overlaps nothing; nothing to allocate
	}
	idx := make([]int, 0, n)
	for i := range n {
		if p := period(i); p.IsValid() && !p.Start.IsZero() {
			idx = append(idx, i)
		}
	}
	return overlapping(idx, period)
}

// certainSpan returns the first and last day numbers p certainly covers,
// as vocab computes them for [vocab.Period.Overlaps]: from the latest day
// it may start (no later than the latest day it may end) to the earliest
// day it may end (no earlier than the earliest day it may start), with 0
// and MaxInt64 for open ends. lo > hi when no day is certain.
func certainSpan(p vocab.Period) (lo, hi int64) {
	day := func(d vocab.Date) int64 { return int64(d.DaysSince(vocab.Date{})) }
	s0, s1 := int64(0), int64(0)
	if !p.Start.IsZero() {
		s0, s1 = day(p.Start.First()), day(p.Start.Last())
	}
	e0, e1 := int64(math.MaxInt64), int64(math.MaxInt64)
	if !p.End.IsZero() {
		e0, e1 = day(p.End.First()), day(p.End.Last())
	}
	return min(s1, e1), max(e0, s0)
}

// overlapping returns the pairs (i<j) of the indexes idx, whose periods
// must be valid, that overlap ([vocab.Period.Overlaps]: each certainly
// starts no later than the other certainly ends), ordered by j then i.
//
// A sweep: the spans in order of their certain start; a span is active
// until a later span starts after it ends (a heap by end finds those); each
// span overlaps exactly the active spans that start no later than it ends,
// a prefix of the active ones in start order. So it runs in O(n log n +
// pairs) time, not O(n²).
func overlapping(idx []int, period func(int) vocab.Period) [][2]int {
	if len(idx) < 2 {
		return nil
	}
	type span struct {
		lo, hi int64
		i      int
	}
	spans := make([]span, len(idx))
	for k, i := range idx {
		lo, hi := certainSpan(period(i))
		spans[k] = span{lo, hi, i}
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Or(cmp.Compare(a.lo, b.lo), cmp.Compare(a.i, b.i)) })
	// The active spans: a list in start order (next, prev by position in
	// spans; -1 ends it) and a heap of their positions by end.
	next, prev := make([]int, len(spans)), make([]int, len(spans))
	head, tail := -1, -1
	ends := spanHeap{hi: func(k int) int64 { return spans[k].hi }}
	var out [][2]int
	for k, s := range spans {
		for len(ends.ks) > 0 && spans[ends.ks[0]].hi < s.lo {
			q := ends.pop()
			if prev[q] >= 0 {
				next[prev[q]] = next[q]
			} else {
				head = next[q]
			}
			if next[q] >= 0 {
				prev[next[q]] = prev[q]
			} else {
				tail = prev[q]
			}
		}
		for q := head; q >= 0 && spans[q].lo <= s.hi; q = next[q] {
			out = append(out, [2]int{min(spans[q].i, s.i), max(spans[q].i, s.i)})
		}
		prev[k], next[k] = tail, -1
		if tail >= 0 {
			next[tail] = k
		} else {
			head = k
		}
		tail = k
		ends.push(k)
	}
	slices.SortFunc(out, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[1], b[1]), cmp.Compare(a[0], b[0])) })
	return out
}

// spanHeap is a binary min-heap of span positions by their end.
type spanHeap struct {
	ks []int
	hi func(int) int64
}

func (h *spanHeap) push(k int) {
	h.ks = append(h.ks, k)
	for c := len(h.ks) - 1; c > 0; {
		p := (c - 1) / 2
		if h.hi(h.ks[p]) <= h.hi(h.ks[c]) {
			break
		}
		h.ks[p], h.ks[c] = h.ks[c], h.ks[p]
		c = p
	}
}

func (h *spanHeap) pop() int {
	top, last := h.ks[0], len(h.ks)-1
	h.ks[0] = h.ks[last]
	h.ks = h.ks[:last]
	for p := 0; ; {
		c := 2*p + 1
		if c >= last {
			break
		}
		if c+1 < last && h.hi(h.ks[c+1]) < h.hi(h.ks[c]) {
			c++
		}
		if h.hi(h.ks[p]) <= h.hi(h.ks[c]) {
			break
		}
		h.ks[p], h.ks[c] = h.ks[c], h.ks[p]
		p = c
	}
	return top
}
