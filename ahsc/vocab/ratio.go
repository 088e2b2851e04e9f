package vocab

import (
	"errors"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// Ratio is an exact rational number for shares, weights, caps and
// thresholds: two-thirds is exactly 2/3. It is kept in lowest terms with a
// positive denominator, so == compares values. The zero Ratio is 0.
//
// Its text form is "2/3", "1" or "0"; parsing also accepts decimals ("0.85")
// and percentages ("85%", "12.5%"), which convert exactly.
type Ratio struct {
	num int64
	den int64 // 0 in the zero value, meaning 1
}

// ErrOverflow reports arithmetic whose exact result does not fit a Ratio or
// an int64. Nothing in ahsckit wraps around silently.
var ErrOverflow = errors.New("vocab: arithmetic overflow")

// NewRatio returns num/den in lowest terms. It reports an error when den is
// zero or the value cannot be represented (math.MinInt64 after sign moves).
func NewRatio(num, den int64) (Ratio, error) {
	if den == 0 {
		return Ratio{}, &ParseError{Type: "ratio", Input: strconv.FormatInt(num, 10) + "/0", Msg: "zero denominator"}
	}
	if num == math.MinInt64 || den == math.MinInt64 {
		return fromBig(new(big.Rat).SetFrac(big.NewInt(num), big.NewInt(den)))
	}
	if den < 0 {
		num, den = -num, -den
	}
	g := gcd(abs64(num), uint64(den))
	if g > 1 {
		num /= int64(g)
		den /= int64(g)
	}
	if num == 0 {
		return Ratio{}, nil
	}
	return Ratio{num: num, den: den}, nil
}

// MustRatio is like [NewRatio] but panics on error; for literals.
func MustRatio(num, den int64) Ratio {
	r, err := NewRatio(num, den)
	if err != nil {
		panic(err)
	}
	return r
}

// IntRatio returns the whole number n as a Ratio: IntRatio(1) is the whole
// of something. It panics for math.MinInt64, whose negation does not fit.
func IntRatio(n int64) Ratio { return MustRatio(n, 1) }

// BasisPoints returns n/10000 (150 basis points is 1.5%).
func BasisPoints(n int64) Ratio { return MustRatio(n, 10000) }

// Percent returns n/100.
func Percent(n int64) Ratio { return MustRatio(n, 100) }

// ParseRatio parses "n/d", an integer, a decimal ("0.875") or a percentage
// ("87.5%"). The result is exact.
func ParseRatio(s string) (Ratio, error) {
	bad := func(msg string) (Ratio, error) {
		return Ratio{}, &ParseError{Type: "ratio", Input: s, Msg: msg}
	}
	if s == "" {
		return bad(`want "n/d", a decimal or a percentage`)
	}
	if a, b, ok := strings.Cut(s, "/"); ok {
		n, err1 := strconv.ParseInt(a, 10, 64)
		d, err2 := strconv.ParseInt(b, 10, 64)
		if err1 != nil || err2 != nil || strings.HasPrefix(b, "+") || strings.HasPrefix(b, "-") {
			return bad(`want "n/d" with whole numbers and a positive denominator`)
		}
		if d <= 0 {
			return bad("denominator must be positive")
		}
		return NewRatio(n, d)
	}
	text, scale := s, 1
	if t, ok := strings.CutSuffix(s, "%"); ok {
		text, scale = t, 100
	}
	if !isDecimal(text) {
		return bad(`want "n/d", a decimal or a percentage`)
	}
	// Trim zeros that do not change the value and refuse, before any big
	// arithmetic, decimals too long for a Ratio: parsing stays linear in the
	// length of s.
	text, ok := trimDecimal(text)
	if !ok {
		return bad("too many digits to represent exactly")
	}
	r, ok := new(big.Rat).SetString(text)
	if !ok {
		return bad(`want "n/d", a decimal or a percentage`)
	}
	r.Quo(r, new(big.Rat).SetInt64(int64(scale)))
	out, err := fromBig(r)
	if err != nil {
		return bad("too many digits to represent exactly")
	}
	return out, nil
}

// isDecimal reports whether s is an optionally signed decimal with at least
// one digit and at most one point ("-12.5", ".5"). It keeps out the other
// forms big.Rat accepts: exponents, "0x"/"0b"/"0o" prefixes and underscores.
func isDecimal(s string) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	return (whole != "" || frac != "") && (whole == "" || isDigits(whole)) && (frac == "" || isDigits(frac))
}

// trimDecimal drops the leading zeros of the whole part and the trailing
// zeros of the fraction of a decimal accepted by isDecimal. It reports false
// when what is left cannot be a Ratio: a fraction of k digits ending in a
// non-zero digit has, in lowest terms, a denominator of at least 2^k, so
// k ≤ 62; and the numerator is below 2^63 ≈ 9.2e18, so the whole part has at
// most 19 digits (21 for a percentage, which is divided by 100).
func trimDecimal(s string) (string, bool) {
	sign := ""
	if s[0] == '+' || s[0] == '-' {
		sign, s = s[:1], s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	whole = strings.TrimLeft(whole, "0")
	frac = strings.TrimRight(frac, "0")
	if len(whole) > 21 || len(frac) > 62 {
		return "", false
	}
	if whole == "" {
		whole = "0"
	}
	if frac == "" {
		return sign + whole, true
	}
	return sign + whole + "." + frac, true
}

// MustParseRatio is like [ParseRatio] but panics on error; for literals.
func MustParseRatio(s string) Ratio {
	r, err := ParseRatio(s)
	if err != nil {
		panic(err)
	}
	return r
}

// Num returns the numerator in lowest terms.
func (r Ratio) Num() int64 { return r.num }

// Den returns the (positive) denominator in lowest terms.
func (r Ratio) Den() int64 {
	if r.den == 0 {
		return 1
	}
	return r.den
}

// IsZero reports whether r is 0.
func (r Ratio) IsZero() bool { return r.num == 0 }

// Sign returns -1, 0 or +1.
func (r Ratio) Sign() int {
	switch {
	case r.num < 0:
		return -1
	case r.num > 0:
		return 1
	}
	return 0
}

// Compare compares r and s exactly, without overflow: -1, 0 or +1, as
// [cmp.Compare] does.
func (r Ratio) Compare(s Ratio) int {
	return cmpProducts(r.num, s.Den(), s.num, r.Den())
}

// Less reports whether r < s.
func (r Ratio) Less(s Ratio) bool { return r.Compare(s) < 0 }

// Equal reports whether r == s.
func (r Ratio) Equal(s Ratio) bool { return r == s }

// Add returns r+s, or ErrOverflow when the exact result does not fit. It
// works in int64 while the intermediate products fit (no allocation) and
// falls back to big rationals otherwise.
func (r Ratio) Add(s Ratio) (Ratio, error) {
	if n, d, ok := addFrac(r.num, r.Den(), s.num, s.Den()); ok {
		return NewRatio(n, d)
	}
	return fromBig(new(big.Rat).Add(r.big(), s.big()))
}

// Sub returns r−s, or ErrOverflow when the exact result does not fit; like
// Add it allocates only when int64 intermediates overflow.
func (r Ratio) Sub(s Ratio) (Ratio, error) {
	if n, d, ok := addFrac(r.num, r.Den(), -s.num, s.Den()); ok { // s.num is never MinInt64
		return NewRatio(n, d)
	}
	return fromBig(new(big.Rat).Sub(r.big(), s.big()))
}

// Mul returns r×s, or ErrOverflow when the exact result does not fit; like
// Add it allocates only when int64 intermediates overflow.
func (r Ratio) Mul(s Ratio) (Ratio, error) {
	a, b, c, d := r.num, r.Den(), s.num, s.Den()
	if g := int64(gcd(abs64(a), uint64(d))); g > 1 {
		a, d = a/g, d/g
	}
	if g := int64(gcd(abs64(c), uint64(b))); g > 1 {
		c, b = c/g, b/g
	}
	n, ok1 := mulInt64(a, c)
	m, ok2 := mulInt64(b, d)
	if ok1 && ok2 && n != math.MinInt64 {
		return NewRatio(n, m)
	}
	return fromBig(new(big.Rat).Mul(r.big(), s.big()))
}

// SumRatios returns the exact sum of rs, or ErrOverflow when it does not fit
// a Ratio. Sums whose intermediate terms fit an int64 allocate nothing; to
// compare a sum that may overflow, use [CompareSum].
func SumRatios(rs ...Ratio) (Ratio, error) {
	s := newRatioSum()
	for _, r := range rs {
		s.add(r)
	}
	return s.ratio()
}

// InUnitInterval reports whether 0 ≤ r ≤ 1.
func (r Ratio) InUnitInterval() bool { return r.Sign() >= 0 && r.num <= r.Den() }

// Float64 returns the nearest float64, for display and plotting only.
func (r Ratio) Float64() float64 {
	f, _ := r.big().Float64()
	return f
}

// Big returns r as a new *big.Rat.
func (r Ratio) Big() *big.Rat { return r.big() }

// RatioFromBig returns x as a Ratio, or ErrOverflow when it does not fit.
func RatioFromBig(x *big.Rat) (Ratio, error) { return fromBig(x) }

func (r Ratio) big() *big.Rat { return new(big.Rat).SetFrac64(r.num, r.Den()) }

func fromBig(x *big.Rat) (Ratio, error) {
	if !x.Num().IsInt64() || !x.Denom().IsInt64() || x.Num().Int64() == math.MinInt64 {
		return Ratio{}, ErrOverflow
	}
	if x.Sign() == 0 {
		return Ratio{}, nil
	}
	return Ratio{num: x.Num().Int64(), den: x.Denom().Int64()}, nil
}

// PercentString renders r as a percentage with up to decimals places,
// rounding half away from zero: "84.9%". For display only.
func (r Ratio) PercentString(decimals int) string {
	x := new(big.Rat).Mul(r.big(), big.NewRat(100, 1))
	return x.FloatString(decimals) + "%"
}

// String returns "n/d", or just "n" when the denominator is 1.
func (r Ratio) String() string { return string(r.AppendTo(nil)) }

// AppendTo appends r's text form ("n/d", or "n") to b and returns the
// extended buffer.
func (r Ratio) AppendTo(b []byte) []byte {
	b = strconv.AppendInt(b, r.num, 10)
	if r.Den() != 1 {
		b = append(b, '/')
		b = strconv.AppendInt(b, r.den, 10)
	}
	return b
}

// AppendText implements encoding.TextAppender, as [Ratio.AppendTo]; it
// never fails.
func (r Ratio) AppendText(b []byte) ([]byte, error) { return r.AppendTo(b), nil }

// MarshalText implements encoding.TextMarshaler.
func (r Ratio) MarshalText() ([]byte, error) { return r.AppendTo(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler using [ParseRatio].
func (r *Ratio) UnmarshalText(b []byte) error {
	v, err := ParseRatio(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

func abs64(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// cmpProducts compares a×b with c×d exactly using 128-bit products.
func cmpProducts(a, b, c, d int64) int {
	sl, hl, ll := mul128(a, b)
	sr, hr, lr := mul128(c, d)
	if sl != sr {
		if sl < sr {
			return -1
		}
		return 1
	}
	m := cmpU128(hl, ll, hr, lr)
	if sl < 0 {
		return -m
	}
	return m
}

// mul128 returns the sign (-1, 0, +1) and the magnitude (hi, lo) of x×y.
func mul128(x, y int64) (sign int, hi, lo uint64) {
	if x == 0 || y == 0 {
		return 0, 0, 0
	}
	sign = 1
	if (x < 0) != (y < 0) {
		sign = -1
	}
	hi, lo = bits.Mul64(abs64(x), abs64(y))
	return sign, hi, lo
}

func cmpU128(h1, l1, h2, l2 uint64) int {
	switch {
	case h1 < h2, h1 == h2 && l1 < l2:
		return -1
	case h1 > h2, h1 == h2 && l1 > l2:
		return 1
	}
	return 0
}

// CompareFractions compares the fractions a/b and c/d exactly, without
// overflow, and returns -1, 0 or +1 as [cmp.Compare] does. The denominators
// b and d must be positive; it is the building block for "is part/whole at
// least this share" tests on counts and money: CompareFractions(part,
// whole, share.Num(), share.Den()).
func CompareFractions(a, b, c, d int64) int { return cmpProducts(a, d, c, b) }
