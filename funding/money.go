package funding

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"strconv"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// ErrCurrencyMismatch reports arithmetic or comparison between amounts in
// different currencies.
var ErrCurrencyMismatch = errors.New("funding: currency mismatch")

// Money is an exact amount: a whole number of minor units (pence for GBP)
// in an ISO 4217 currency. It is never a float. Arithmetic is checked: it
// reports [vocab.ErrOverflow] or [ErrCurrencyMismatch] instead of wrapping.
// The zero Money is "no amount".
type Money struct {
	// Minor is the amount in minor units: 150000 is £1,500.00 in GBP.
	Minor int64 `json:"minor" jsonschema:"minimum=0"`
	// Currency is the ISO 4217 code.
	Currency Currency `json:"currency"`
}

// Amount returns minor units of currency c.
func Amount(c Currency, minor int64) Money { return Money{Minor: minor, Currency: c} }

// Pounds returns n whole pounds sterling, for literals: Pounds(1_500) is
// GBP 1,500.00. Like [vocab.MustRatio] it panics when the amount does not
// fit: n×100 pence must fit in int64, so |n| is at most
// 92,233,720,368,547,758. For amounts that come from input use [Whole],
// which reports [vocab.ErrOverflow] instead.
func Pounds(n int64) Money {
	m, err := Whole(GBP, n)
	if err != nil {
		panic(fmt.Sprintf("funding: Pounds(%d): %v", n, err))
	}
	return m
}

// Whole returns n whole units of currency c (pounds, euros, yen) as Money:
// n×10^e minor units, where e is c's minor-unit exponent
// ([Currency.Exponent]). It reports [vocab.ErrOverflow] when that does not
// fit in int64, instead of wrapping around: Whole(GBP,
// 922337203685477580) is an error, not −80 pence.
func Whole(c Currency, n int64) (Money, error) {
	scale := int64(1)
	for range c.Exponent() {
		scale *= 10
	}
	if n > math.MaxInt64/scale || n < math.MinInt64/scale {
		return Money{}, fmt.Errorf("%w: %d whole units of %s do not fit in int64 minor units", vocab.ErrOverflow, n, c)
	}
	return Money{Minor: n * scale, Currency: c}, nil
}

// IsZero reports whether m is the zero Money.
func (m Money) IsZero() bool { return m == Money{} }

// Sign returns -1, 0 or +1.
func (m Money) Sign() int {
	switch {
	case m.Minor < 0:
		return -1
	case m.Minor > 0:
		return 1
	}
	return 0
}

// same returns the common currency of m and o. A zero amount with no
// currency takes the other's currency.
func (m Money) same(o Money) (Currency, error) {
	switch {
	case m.Currency == o.Currency, o.Currency == "" && o.Minor == 0:
		return m.Currency, nil
	case m.Currency == "" && m.Minor == 0:
		return o.Currency, nil
	}
	return "", fmt.Errorf("%w: %s and %s", ErrCurrencyMismatch, m.Currency, o.Currency)
}

// Add returns m+o, or an error on currency mismatch or overflow.
func (m Money) Add(o Money) (Money, error) {
	c, err := m.same(o)
	if err != nil {
		return Money{}, err
	}
	s, ok := add64(m.Minor, o.Minor)
	if !ok {
		return Money{}, vocab.ErrOverflow
	}
	return Money{Minor: s, Currency: c}, nil
}

// Sub returns m−o, or an error on currency mismatch or overflow.
func (m Money) Sub(o Money) (Money, error) {
	c, err := m.same(o)
	if err != nil {
		return Money{}, err
	}
	d := m.Minor - o.Minor
	if (o.Minor > 0 && d > m.Minor) || (o.Minor < 0 && d < m.Minor) {
		return Money{}, vocab.ErrOverflow
	}
	return Money{Minor: d, Currency: c}, nil
}

// CompareAmount compares the amounts of m and o: -1, 0 or +1 as m is less
// than, equal to or more than o. Amounts in different currencies do not
// compare: it reports [ErrCurrencyMismatch] (unlike a cmp-style Compare,
// it can fail, hence the name). A zero Money compares with any currency.
func (m Money) CompareAmount(o Money) (int, error) {
	if _, err := m.same(o); err != nil {
		return 0, err
	}
	return cmp.Compare(m.Minor, o.Minor), nil
}

// CompareShare compares m with the share r of whole exactly, with no
// rounding and no overflow (128-bit cross-multiplication): it returns the
// sign of m − r×whole, so an amount exactly at a cap compares 0 and one
// minor unit above compares +1. It reports [ErrCurrencyMismatch] when m
// and whole are in different currencies.
func (m Money) CompareShare(whole Money, r vocab.Ratio) (int, error) {
	if _, err := m.same(whole); err != nil {
		return 0, err
	}
	return vocab.CompareFractions(m.Minor, whole.Minor, r.Num(), r.Den()), nil
}

// Total returns the sum of ms, or an error on currency mismatch
// ([ErrCurrencyMismatch]) or when a partial sum does not fit in int64
// minor units ([vocab.ErrOverflow]). The total of nothing is the zero
// Money. (vocab.SumRatios sums ratios; Total sums money.)
func Total(ms ...Money) (Money, error) {
	var total Money
	for _, m := range ms {
		var err error
		if total, err = total.Add(m); err != nil {
			return Money{}, err
		}
	}
	return total, nil
}

// String renders m as "GBP 1,500.00": thousands separated by commas, as
// many decimals as the currency's minor unit. The zero Money is "0".
func (m Money) String() string {
	if m.IsZero() {
		return "0"
	}
	digits := strconv.FormatUint(absU64(m.Minor), 10)
	e := m.Currency.Exponent()
	for len(digits) <= e {
		digits = "0" + digits
	}
	whole, frac := digits[:len(digits)-e], digits[len(digits)-e:]
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	digits = whole
	if frac != "" {
		digits += "." + frac
	}
	if m.Minor < 0 {
		digits = "-" + digits
	}
	if m.Currency == "" {
		return digits
	}
	return string(m.Currency) + " " + digits
}

func add64(a, b int64) (int64, bool) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, false
	}
	return s, true
}

func absU64(x int64) uint64 {
	if x < 0 {
		return uint64(-(x + 1)) + 1
	}
	return uint64(x)
}

// mulDivFloor returns ⌊a×n/d⌋ and the remainder for 0 ≤ a, 0 ≤ n ≤ d, d > 0,
// exactly in 128 bits.
func mulDivFloor(a uint64, n, d int64) (q, r uint64) {
	hi, lo := bits.Mul64(a, uint64(n))
	return bits.Div64(hi, lo, uint64(d))
}
