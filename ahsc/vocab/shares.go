package vocab

import (
	"math"
	"math/big"
	"math/bits"
)

// ratioSum accumulates an exact sum of ratios: in int64 while it fits (no
// allocation), in a big.Rat from the first term that would overflow.
type ratioSum struct {
	num, den int64 // den > 0 while big is nil
	big      *big.Rat
}

func newRatioSum() ratioSum { return ratioSum{den: 1} }

func (s *ratioSum) add(r Ratio) {
	if s.big == nil {
		if n, d, ok := addFrac(s.num, s.den, r.num, r.Den()); ok {
			s.num, s.den = n, d
			return
		}
		s.big = new(big.Rat).SetFrac64(s.num, s.den)
	}
	s.big.Add(s.big, r.big())
}

// compare compares the sum with r exactly.
func (s *ratioSum) compare(r Ratio) int {
	if s.big == nil {
		return cmpProducts(s.num, r.Den(), r.num, s.den)
	}
	return s.big.Cmp(r.big())
}

// ratio returns the sum, or ErrOverflow when it does not fit a Ratio.
func (s *ratioSum) ratio() (Ratio, error) {
	if s.big == nil {
		return NewRatio(s.num, s.den)
	}
	return fromBig(s.big)
}

// String returns the exact sum as "n/d" or "n", even when it does not fit
// a Ratio.
func (s *ratioSum) String() string {
	if r, err := s.ratio(); err == nil {
		return r.String()
	}
	return s.big.RatString()
}

// addFrac returns a/b + c/d in lowest terms for b, d > 0, or ok=false when
// an intermediate product does not fit an int64.
func addFrac(a, b, c, d int64) (num, den int64, ok bool) {
	g := int64(gcd(uint64(b), uint64(d)))
	bg, dg := b/g, d/g
	den, ok1 := mulInt64(b, dg)
	x, ok2 := mulInt64(a, dg)
	y, ok3 := mulInt64(c, bg)
	if !ok1 || !ok2 || !ok3 {
		return 0, 0, false
	}
	num = x + y
	if (num > x) != (y > 0) || num == math.MinInt64 { // overflow, or a value NewRatio cannot negate
		return 0, 0, false
	}
	if h := int64(gcd(abs64(num), uint64(den))); h > 1 {
		num, den = num/h, den/h
	}
	return num, den, true
}

func mulInt64(x, y int64) (int64, bool) {
	hi, lo := bits.Mul64(abs64(x), abs64(y))
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	if (x < 0) != (y < 0) {
		return -int64(lo), true
	}
	return int64(lo), true
}

// CompareSum compares the exact sum of rs with r and returns -1, 0 or +1.
// It never overflows: sums whose common denominator exceeds an int64 are
// compared with big rationals. Sums that fit an int64 allocate nothing.
func CompareSum(rs []Ratio, r Ratio) int {
	s := newRatioSum()
	for _, x := range rs {
		s.add(x)
	}
	return s.compare(r)
}

// CheckSharesSumToOne checks shares that divide one whole between them
// (a programme's partner shares, an award's funder shares): each share must
// be more than 0 and at most 1, reported at at(i), and together they must
// sum to exactly 1, reported at p with the exact sum. The sum is exact
// however large its common denominator.
func CheckSharesSumToOne(p *Path, shares []Ratio, at func(i int) *Path) Problems {
	return CollectSharesSumToOne(new(Collector), p, shares, at).Problems()
}

// CheckSharesAtMostOne checks shares of one whole that need not use all of
// it (an award's allocations to programmes): each share must be more than 0
// and at most 1, reported at at(i), and together they must sum to at most 1,
// reported at p with the exact sum.
func CheckSharesAtMostOne(p *Path, shares []Ratio, at func(i int) *Path) Problems {
	return CollectSharesAtMostOne(new(Collector), p, shares, at).Problems()
}
