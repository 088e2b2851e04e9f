// Package days holds closed ranges of civil days as integers, for the
// sweeps over membership and seat periods that ahsc and governance make:
// converting periods to day numbers once, merging, and finding gaps.
package days

import (
	"cmp"
	"math"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Range is a closed range of days counted from 0001-01-01 (day 0), with
// math.MinInt and math.MaxInt for open ends; Lo > Hi is empty.
type Range struct{ Lo, Hi int }

var (
	first = vocab.MustParseDate("0001-01-01")
	last  = vocab.MustParseDate("9999-12-31")
)

// Of returns the days of a period with exact or open bounds, a partial
// bound read at its widest (a start's first day, an end's last). The
// supported dates begin on 0001-01-01 and end on 9999-12-31, so a period
// starting on the first day is open at the start and one ending on the
// last day is open-ended (a membership that ends then lasts as long as any
// open-ended period).
func Of(p vocab.Period) Range {
	r := Range{math.MinInt, math.MaxInt}
	if !p.Start.IsZero() && p.Start.First() != first {
		r.Lo = Number(p.Start.First())
	}
	if !p.End.IsZero() && p.End.Last() != last {
		r.Hi = Number(p.End.Last())
	}
	return r
}

// Period returns r as a period with exact bounds, or none for an open end.
func (r Range) Period() vocab.Period {
	var p vocab.Period
	if r.Lo != math.MinInt {
		p.Start = Date(r.Lo)
	}
	if r.Hi != math.MaxInt {
		p.End = Date(r.Hi)
	}
	return p
}

// Merge sorts rs by start and joins those that overlap or touch, in place,
// returning the merged ranges: sorted, disjoint and not adjacent.
func Merge(rs []Range) []Range {
	slices.SortFunc(rs, func(a, b Range) int { return cmp.Compare(a.Lo, b.Lo) })
	out := rs[:0]
	for _, r := range rs {
		if n := len(out); n > 0 && (out[n-1].Hi == math.MaxInt || r.Lo <= out[n-1].Hi+1) {
			out[n-1].Hi = max(out[n-1].Hi, r.Hi)
			continue
		}
		out = append(out, r)
	}
	return out
}

// Gaps returns the days of within that no range of cover (merged, as
// Merge returns) holds, in order.
func Gaps(within Range, cover []Range) []Range {
	var out []Range
	at := within.Lo // first day not yet accounted for
	for _, c := range cover {
		if c.Hi < at {
			continue
		}
		if c.Lo > within.Hi {
			break
		}
		if c.Lo > at {
			out = append(out, Range{at, c.Lo - 1})
		}
		if c.Hi >= within.Hi {
			return out
		}
		at = c.Hi + 1
	}
	return append(out, Range{at, within.Hi})
}

// Number returns the day number of d, a day (0 for 0001-01-01); pass a
// partial date's First or Last.
func Number(d vocab.Date) int { return d.DaysSince(first) }

// Date returns the day numbered n, as Number counts.
func Date(n int) vocab.Date { return first.AddDays(n) }
