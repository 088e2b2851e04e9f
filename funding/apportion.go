package funding

import (
	"errors"
	"slices"

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
func Apportion(total Money, shares []vocab.Ratio) (parts []Money, rest Money, err error) {
	sum, err := vocab.SumRatios(shares...)
	if err != nil {
		return nil, Money{}, ErrBadShares
	}
	for _, s := range shares {
		if !s.InUnitInterval() {
			return nil, Money{}, ErrBadShares
		}
	}
	restShare, err := vocab.IntRatio(1).Sub(sum)
	if err != nil || restShare.Sign() < 0 {
		return nil, Money{}, ErrBadShares
	}
	units := apportionUnits(absU64(total.Minor), append(slices.Clone(shares), restShare))
	parts = make([]Money, len(shares))
	for i := range parts {
		parts[i] = signed(total, units[i])
	}
	return parts, signed(total, units[len(shares)]), nil
}

// signed returns u minor units in total's currency with total's sign.
func signed(total Money, u uint64) Money {
	m := Money{Currency: total.Currency, Minor: int64(u)}
	if total.Minor < 0 {
		m.Minor = -int64(u)
	}
	return m
}

// apportionUnits splits total by shares that lie in [0, 1] and sum to
// exactly one, by largest remainder with ties to the lower index.
func apportionUnits(total uint64, shares []vocab.Ratio) []uint64 {
	units := make([]uint64, len(shares))
	rems := make([]int64, len(shares))
	var given uint64
	for i, s := range shares {
		q, r := mulDivFloor(total, s.Num(), s.Den())
		units[i], rems[i] = q, int64(r)
		given += q
	}
	order := make([]int, len(shares))
	for i := range order {
		order[i] = i
	}
	// Remainder i as a fraction of a unit is rems[i]/den(i); compare exactly.
	slices.SortStableFunc(order, func(a, b int) int {
		return vocab.CompareFractions(rems[b], shares[b].Den(), rems[a], shares[a].Den())
	})
	for _, i := range order[:total-given] {
		units[i]++
	}
	return units
}
