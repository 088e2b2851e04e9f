package days

import (
	"math"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// rangeGen draws a range within days 0..60, open ends included.
func rangeGen() *rapid.Generator[Range] {
	return rapid.Custom(func(t *rapid.T) Range {
		lo := rapid.IntRange(0, 60).Draw(t, "lo")
		hi := rapid.IntRange(lo, 60).Draw(t, "hi")
		if rapid.IntRange(0, 5).Draw(t, "openLo") == 0 {
			lo = math.MinInt
		}
		if rapid.IntRange(0, 5).Draw(t, "openHi") == 0 {
			hi = math.MaxInt
		}
		return Range{lo, hi}
	})
}

func (r Range) has(d int) bool { return r.Lo <= d && d <= r.Hi }

func anyHas(rs []Range, d int) bool {
	for _, r := range rs {
		if r.has(d) {
			return true
		}
	}
	return false
}

// Merge keeps exactly the days of its input, as sorted, disjoint,
// non-adjacent ranges; Gaps holds exactly the days of within that no
// merged range holds.
func TestMergeAndGaps(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rs := rapid.SliceOf(rangeGen()).Draw(t, "ranges")
		in := append([]Range(nil), rs...)
		m := Merge(rs)
		for i := 1; i < len(m); i++ {
			if m[i-1].Hi == math.MaxInt || m[i].Lo <= m[i-1].Hi+1 {
				t.Fatalf("merged ranges %v touch or overlap at %d", m, i)
			}
		}
		within := rangeGen().Draw(t, "within")
		g := Gaps(within, m)
		for d := -2; d <= 62; d++ {
			if anyHas(in, d) != anyHas(m, d) {
				t.Fatalf("day %d: input %v, merged %v", d, in, m)
			}
			if want := within.has(d) && !anyHas(m, d); anyHas(g, d) != want {
				t.Fatalf("day %d: gaps %v of %v in %v", d, g, within, m)
			}
		}
	})
}

// Of and Period convert exact periods both ways, with 0001-01-01 and
// 9999-12-31 as open ends, and Number and Date count days both ways.
func TestOfPeriodNumberDate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := rapid.IntRange(1, 3_000_000).Draw(t, "a")
		b := rapid.IntRange(a, 3_000_000).Draw(t, "b")
		p := vocab.Period{Start: Date(a), End: Date(b)}
		if Number(Date(a)) != a {
			t.Fatalf("Number(Date(%d)) = %d", a, Number(Date(a)))
		}
		if got := Of(p); got != (Range{a, b}) || got.Period() != p {
			t.Fatalf("Of(%v) = %v, back %v", p, got, got.Period())
		}
	})
	open := vocab.Period{Start: vocab.MustParseDate("0001-01-01"), End: vocab.MustParseDate("9999-12-31")}
	if got := Of(open); got != (Range{math.MinInt, math.MaxInt}) || got.Period() != (vocab.Period{}) {
		t.Fatalf("the first and last days are open ends: %v", got)
	}
	if got := Of(vocab.Period{Start: vocab.MustParseDate("2020-02"), End: vocab.MustParseDate("2021")}); got != (Range{Number(vocab.MustParseDate("2020-02-01")), Number(vocab.MustParseDate("2021-12-31"))}) {
		t.Fatalf("partial bounds at their widest: %v", got)
	}
}
