package funding_test

import (
	"errors"
	"math"
	"math/big"
	"slices"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/funding"
)

// anyMinor draws int64 values, often near the limits.
func anyMinor(label string) *rapid.Generator[int64] {
	return rapid.OneOf(rapid.Int64(), rapid.Int64Range(math.MaxInt64-1000, math.MaxInt64),
		rapid.Int64Range(math.MinInt64, math.MinInt64+1000), rapid.Int64Range(-1000, 1000))
}

func TestMoneySumsNeverWrap(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		xs := rapid.SliceOfN(anyMinor("x"), 0, 6).Draw(t, "xs")
		ms := make([]funding.Money, len(xs))
		exact := new(big.Int)
		fits := true
		for i, x := range xs {
			ms[i] = funding.Amount(funding.GBP, x)
			exact.Add(exact, big.NewInt(x))
			fits = fits && exact.IsInt64()
		}
		got, err := funding.Total(ms...)
		if !fits {
			if !errors.Is(err, vocab.ErrOverflow) {
				t.Fatalf("Sum(%v) = %v, %v; want ErrOverflow (a partial sum does not fit)", xs, got, err)
			}
			return
		}
		if err != nil || got.Minor != exact.Int64() {
			t.Fatalf("Sum(%v) = %v, %v; want %s", xs, got, err, exact)
		}
		a, b := rapid.Int64().Draw(t, "a"), anyMinor("b").Draw(t, "b")
		diff := new(big.Int).Sub(big.NewInt(a), big.NewInt(b))
		d, err := funding.Amount(funding.GBP, a).Sub(funding.Amount(funding.GBP, b))
		if diff.IsInt64() != (err == nil) || (err == nil && d.Minor != diff.Int64()) {
			t.Fatalf("%d - %d = %v, %v; want %s", a, b, d, err, diff)
		}
	})
}

func TestCompareShareIsExact(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		part, whole := anyMinor("part").Draw(t, "part"), anyMinor("whole").Draw(t, "whole")
		r := vocabtest.Ratio().Draw(t, "r")
		got, err := funding.Amount(funding.GBP, part).CompareShare(funding.Amount(funding.GBP, whole), r)
		require.NoError(t, err)
		want := new(big.Rat).SetInt64(part).Cmp(new(big.Rat).Mul(r.Big(), new(big.Rat).SetInt64(whole)))
		if got != want {
			t.Fatalf("CompareShare(%d, %d, %s) = %d, want %d", part, whole, r, got, want)
		}
	})
}

func TestApportionSumsToTheWholeWithinOneUnit(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		total := anyMinor("total").Draw(t, "total")
		n := rapid.IntRange(1, 6).Draw(t, "n")
		shares := vocabtest.Shares(n).Draw(t, "shares")
		if rapid.Bool().Draw(t, "partial") {
			shares = shares[:n-1]
		}
		parts, rest, err := funding.Apportion(funding.Amount(funding.GBP, total), shares)
		require.NoError(t, err)
		sum := big.NewInt(rest.Minor)
		for i, p := range parts {
			sum.Add(sum, big.NewInt(p.Minor))
			exact := new(big.Rat).Mul(shares[i].Big(), new(big.Rat).SetInt64(total))
			off := new(big.Rat).Sub(exact, new(big.Rat).SetInt64(p.Minor))
			if off.Abs(off).Cmp(big.NewRat(1, 1)) >= 0 {
				t.Fatalf("part %d = %d, exact %s", i, p.Minor, exact.FloatString(3))
			}
		}
		if sum.Cmp(big.NewInt(total)) != 0 {
			t.Fatalf("parts %v + rest %v = %s, want %d", parts, rest, sum, total)
		}
	})
}

func TestApportionLargestRemainder(t *testing.T) {
	third := vocab.MustRatio(1, 3)
	parts, rest, err := funding.Apportion(funding.Pounds(1), []vocab.Ratio{third, third, third})
	require.NoError(t, err)
	assert.Equal(t, []int64{34, 33, 33}, minors(parts), "the leftover penny goes to the first of equal remainders")
	assert.Zero(t, rest.Minor)

	parts, rest, err = funding.Apportion(funding.Amount(funding.GBP, 10), []vocab.Ratio{vocab.MustRatio(1, 4), vocab.MustRatio(2, 3)})
	require.NoError(t, err)
	// Exact parts 2.5 and 6.67 and rest 0.83: the two leftover units go to
	// the largest remainders, the rest's 5/6 and the second part's 2/3.
	assert.Equal(t, []int64{2, 7}, minors(parts))
	assert.Equal(t, int64(1), rest.Minor)

	_, _, err = funding.Apportion(funding.Pounds(1), []vocab.Ratio{vocab.MustRatio(2, 3), vocab.MustRatio(2, 3)})
	assert.ErrorIs(t, err, funding.ErrBadShares)
}

func minors(ms []funding.Money) []int64 {
	out := make([]int64, len(ms))
	for i, m := range ms {
		out[i] = m.Minor
	}
	return out
}

func TestMoneyCurrencyMismatch(t *testing.T) {
	_, err := funding.Pounds(1).Add(funding.Amount(funding.EUR, 1))
	assert.ErrorIs(t, err, funding.ErrCurrencyMismatch)
	_, err = funding.Pounds(1).CompareAmount(funding.Amount(funding.USD, 1))
	assert.ErrorIs(t, err, funding.ErrCurrencyMismatch)
	got, err := funding.Money{}.Add(funding.Amount(funding.EUR, 5))
	require.NoError(t, err, "the zero Money adds to any currency")
	assert.Equal(t, funding.Amount(funding.EUR, 5), got)
}

func TestMoneyString(t *testing.T) {
	for _, tc := range []struct {
		m    funding.Money
		want string
	}{
		{funding.Pounds(1500), "GBP 1,500.00"},
		{funding.Amount(funding.GBP, 5), "GBP 0.05"},
		{funding.Amount(funding.GBP, -123), "GBP -1.23"},
		{funding.Amount("JPY", 1500), "JPY 1,500"},
		{funding.Amount("KWD", 1), "KWD 0.001"},
		{funding.Amount(funding.GBP, math.MinInt64), "GBP -92,233,720,368,547,758.08"},
		{funding.Amount(funding.GBP, 100_000), "GBP 1,000.00"},
		{funding.Amount(funding.GBP, 99_999), "GBP 999.99"},
		{funding.Money{}, "0"},
	} {
		assert.Equal(t, tc.want, tc.m.String())
	}
}

func TestParseCurrency(t *testing.T) {
	c, err := funding.ParseCurrency("GBP")
	require.NoError(t, err)
	assert.Equal(t, funding.GBP, c)
	for _, bad := range []string{"", "gbp", "GB", "GBPX", "G1P"} {
		_, err := funding.ParseCurrency(bad)
		assert.ErrorIs(t, err, vocab.ErrInvalid, bad)
	}
}

// hamilton is the reference largest-remainder apportionment in big
// rationals: shares plus the unshared rest as a final share, floors first,
// then one unit each to the largest remainders, ties to the lower index.
func hamilton(total int64, shares []vocab.Ratio) (parts []int64, rest int64) {
	all := make([]*big.Rat, 0, len(shares)+1)
	left := big.NewRat(1, 1)
	for _, s := range shares {
		all = append(all, s.Big())
		left.Sub(left, s.Big())
	}
	all = append(all, left)
	tot := new(big.Rat).SetInt64(total)
	floors := make([]*big.Int, len(all))
	rems := make([]*big.Rat, len(all))
	given := new(big.Int)
	for i, s := range all {
		exact := new(big.Rat).Mul(tot, s)
		floors[i] = new(big.Int).Quo(exact.Num(), exact.Denom()) // total ≥ 0: truncation is floor
		rems[i] = new(big.Rat).Sub(exact, new(big.Rat).SetInt(floors[i]))
		given.Add(given, floors[i])
	}
	order := make([]int, len(all))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rems[order[a]].Cmp(rems[order[b]]) > 0 })
	leftover := new(big.Int).Sub(big.NewInt(total), given).Int64()
	for _, i := range order[:leftover] {
		floors[i].Add(floors[i], big.NewInt(1))
	}
	for _, f := range floors[:len(shares)] {
		parts = append(parts, f.Int64())
	}
	return parts, floors[len(shares)].Int64()
}

// Apportion agrees with the big-rational Hamilton method, also for shares
// whose common denominator overflows int64 many times over, where summing
// them as vocab.Ratio fails.
func TestApportionMatchesExactHamilton(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 8).Draw(t, "n")
		shares := make([]vocab.Ratio, n)
		for i := range shares {
			den := rapid.OneOf(rapid.Int64Range(1, 12), rapid.Int64Range(1<<40, math.MaxInt64)).Draw(t, "den")
			shares[i] = vocab.MustRatio(rapid.Int64Range(0, den/int64(n)).Draw(t, "num"), den)
		}
		if rapid.Bool().Draw(t, "whole") && vocab.CompareSum(shares, vocab.IntRatio(1)) < 0 {
			// Make the shares sum to exactly one by topping up the last, when
			// the top-up is representable.
			if sum, err := vocab.SumRatios(shares[:n-1]...); err == nil {
				if last, err := vocab.IntRatio(1).Sub(sum); err == nil {
					shares[n-1] = last
				}
			}
		}
		total := rapid.OneOf(rapid.Int64Range(0, 1000), rapid.Int64Range(0, math.MaxInt64)).Draw(t, "total")
		parts, rest, err := funding.Apportion(funding.Amount(funding.GBP, total), shares)
		require.NoError(t, err)
		wantParts, wantRest := hamilton(total, shares)
		if got := minors(parts); !slices.Equal(got, wantParts) || rest.Minor != wantRest {
			t.Fatalf("Apportion(%d, %v) = %v + %d, want %v + %d", total, shares, got, rest.Minor, wantParts, wantRest)
		}
		neg, negRest, err := funding.Apportion(funding.Amount(funding.GBP, -total), shares)
		require.NoError(t, err)
		for i := range neg {
			if neg[i].Minor != -parts[i].Minor {
				t.Fatalf("a negative total is apportioned by magnitude: %v vs %v", neg, parts)
			}
		}
		assert.Equal(t, -rest.Minor, negRest.Minor)
	})
}

// Shares of huge coprime denominators that sum to less than one by less
// than any int64 fraction can express: known answer by hand.
func TestApportionHugeDenominators(t *testing.T) {
	const p, q = 4611686018427387847, 4611686018427387817 // two large primes below 2^62
	shares := []vocab.Ratio{vocab.MustRatio(p/2, p), vocab.MustRatio(q/2, q)}
	if _, err := vocab.SumRatios(shares...); err == nil {
		t.Fatal("the test needs shares whose sum overflows a vocab.Ratio")
	}
	// Each share is just under 1/2, so £1.00 gives 49p each by floor, and
	// the two units left go to the larger remainders: both shares' (just
	// under 1/2 each) beat the rest's (just above 0).
	parts, rest, err := funding.Apportion(funding.Pounds(1), shares)
	require.NoError(t, err)
	assert.Equal(t, []int64{50, 50}, minors(parts))
	assert.Zero(t, rest.Minor)
	wantParts, wantRest := hamilton(100, shares)
	assert.Equal(t, wantParts, minors(parts))
	assert.Equal(t, wantRest, rest.Minor)
}
