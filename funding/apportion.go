package funding

import (
	"errors"
	"slices"
	"sort"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// ErrBadShares reports shares for [Apportion] that are negative, above one
// or sum to more than one.
var ErrBadShares = errors.New("funding: shares must lie in [0, 1] and sum to at most 1")

// Apportion splits total exactly into parts proportional to shares, in whole
// minor units, by the largest-remainder (Hamilton) method: each part is first
// rounded down, then the minor units left over go one each to the parts with
// the largest fractional remainders, ties to the earlier share. When the
// shares sum to less than one, the unshared fraction competes as a final
// share and its part is returned as rest. The parts and rest always sum to
// total exactly, and no part differs from its exact value by a whole minor
// unit or more. A negative total is apportioned by magnitude and negated.
// Shares outside [0, 1], or summing to more than one, are [ErrBadShares].
//
// Every comparison is exact, however large the shares' common denominator,
// and it runs in O(n log n) for n shares.
func Apportion(total Money, shares []vocab.Ratio) (parts []Money, rest Money, err error) {
	if !validShares(shares) {
		return nil, Money{}, ErrBadShares
	}
	parts, rest = new(apportioner).apportion(make([]Money, 0, len(shares)), total, shares)
	return parts, rest, nil
}

// apportioner is the scratch space of [Apportion], kept between calls by
// callers that apportion many totals ([Ledger.FlowsAt]), so that they
// allocate nothing per total.
type apportioner struct {
	units []uint64
	fracs []vocab.Ratio
	order []int
	// whole says the shares of the next calls sum to exactly one, which
	// the caller knows once for many totals; false is always correct.
	whole bool
}

// apportion appends to dst the parts of total by valid shares (see
// [Apportion]) and returns them with the rest.
func (ap *apportioner) apportion(dst []Money, total Money, shares []vocab.Ratio) ([]Money, Money) {
	units, restUnits := ap.apportionUnits(absU64(total.Minor), shares)
	for _, u := range units {
		dst = append(dst, signed(total, u))
	}
	return dst, signed(total, restUnits)
}

// validShares reports whether every share lies in [0, 1] and they sum to at
// most one, exactly.
func validShares(shares []vocab.Ratio) bool {
	valid, _ := checkShares(shares)
	return valid
}

// checkShares reports whether the shares are valid ([validShares]) and
// whether they sum to exactly one, with one exact sum.
func checkShares(shares []vocab.Ratio) (valid, whole bool) {
	for _, s := range shares {
		if !s.InUnitInterval() {
			return false, false
		}
	}
	c := vocab.CompareSum(shares, vocab.IntRatio(1))
	return c <= 0, c == 0
}

// signed returns u minor units in total's currency with total's sign.
func signed(total Money, u uint64) Money {
	m := Money{Currency: total.Currency, Minor: int64(u)}
	if total.Minor < 0 {
		m.Minor = -int64(u)
	}
	return m
}

// apportionUnits splits total by valid shares, with the unshared rest as a
// final share, by largest remainder with ties to the lower index (the rest
// last).
//
// With q_i = ⌊total×s_i⌋ and fractional remainders f_i, the rest's exact
// part is L − F, where L = total − Σq_i and F = Σf_i. Its floor is L − C
// with C = ⌈F⌉, its remainder C − F, and C units are left over to hand out
// among the shares and the rest. F is only ever compared with integers
// ([vocab.CompareSum]), so nothing overflows.
// The units returned are the apportioner's, valid until its next use.
func (ap *apportioner) apportionUnits(total uint64, shares []vocab.Ratio) (units []uint64, rest uint64) {
	n := len(shares)
	units = slices.Grow(ap.units[:0], n)[:n]
	fracs := slices.Grow(ap.fracs[:0], n+1)[:n+1] // f_i, and a free slot for a probe
	ap.units, ap.fracs = units, fracs
	var given uint64
	for i, s := range shares {
		q, r := mulDivFloor(total, s.Num(), s.Den())
		units[i], fracs[i] = q, vocab.MustRatio(int64(r), s.Den()) // r < den
		given += q
	}
	f := fracs[:n]
	var c int
	if ap.whole {
		// Σ total×s_i = total, so F = total − Σq_i is a whole number
		// (below n): C = F, the rest's exact part is zero, and every share
		// comes before it.
		c = int(total - given)
		for _, i := range ap.largestRemainders(n, c) {
			units[i]++
		}
		return units, 0
	}
	// C = ⌈F⌉ is the least k in [0, n] with F ≤ k.
	c = sort.Search(n, func(k int) bool { return vocab.CompareSum(f, vocab.IntRatio(int64(k))) <= 0 })
	rest = total - given - uint64(c)
	if c == 0 {
		return units, rest
	}
	order := ap.largestRemainders(n, n)
	// The shares whose remainder is at least the rest's (f_j ≥ C − F, that
	// is F + f_j ≥ C) come before it: a prefix of order.
	ahead := sort.Search(n, func(i int) bool {
		fracs[n] = fracs[order[i]]
		return vocab.CompareSum(fracs, vocab.IntRatio(int64(c))) < 0
	})
	if ahead < c {
		rest++
		c--
	}
	for _, i := range order[:c] {
		units[i]++
	}
	return units, rest
}

// largestRemainders returns the first k of the indexes of the n shares in
// order of their fractional remainders (ap.fracs), largest first, ties to
// the lower index.
func (ap *apportioner) largestRemainders(n, k int) []int {
	if k == 0 {
		return nil
	}
	order := slices.Grow(ap.order[:0], n)[:n]
	ap.order = order
	for i := range order {
		order[i] = i
	}
	fracs := ap.fracs
	slices.SortStableFunc(order, func(a, b int) int { return fracs[b].Compare(fracs[a]) })
	return order[:k]
}
