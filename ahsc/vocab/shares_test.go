package vocab_test

import (
	"errors"
	"math"
	"math/big"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// anyRatio draws ratios across the whole int64 range, including values whose
// sums overflow a common int64 denominator.
func anyRatio() *rapid.Generator[vocab.Ratio] {
	return rapid.Custom(func(t *rapid.T) vocab.Ratio {
		den := rapid.OneOf(rapid.Int64Range(1, 12), rapid.Int64Range(1, math.MaxInt64),
			rapid.SampledFrom([]int64{4294967291, 4294967279})).Draw(t, "den")
		num := rapid.OneOf(rapid.Int64Range(-3, 12), int64s()).Draw(t, "num")
		if num == math.MinInt64 {
			num++
		}
		return vocab.MustRatio(num, den)
	})
}

func bigSum(rs []vocab.Ratio) *big.Rat {
	s := new(big.Rat)
	for _, r := range rs {
		s.Add(s, r.Big())
	}
	return s
}

func TestSumsAreExact(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rs := rapid.SliceOfN(anyRatio(), 0, 6).Draw(t, "rs")
		r := anyRatio().Draw(t, "r")
		want := bigSum(rs)
		if got := vocab.CompareSum(rs, r); got != want.Cmp(r.Big()) {
			t.Fatalf("CompareSum(%v, %s) = %d, want %d (sum %s)", rs, r, got, want.Cmp(r.Big()), want.RatString())
		}
		sum, err := vocab.SumRatios(rs...)
		fits := want.Num().IsInt64() && want.Denom().IsInt64() && want.Num().Int64() != math.MinInt64
		switch {
		case fits && (err != nil || sum.Big().Cmp(want) != 0):
			t.Fatalf("SumRatios(%v) = %s, %v; want %s", rs, sum, err, want.RatString())
		case !fits && !errors.Is(err, vocab.ErrOverflow):
			t.Fatalf("SumRatios(%v) = %s, %v; want ErrOverflow", rs, sum, err)
		}
	})
}

func TestCheckShares(t *testing.T) {
	at := func(i int) *vocab.Path { return vocab.NewPath("shares").Index(i) }
	p := vocab.NewPath("shares")
	// Two shares whose common denominator overflows an int64 but whose sum
	// is well below 1 (the input of a reported bug).
	tiny := []vocab.Ratio{vocab.MustRatio(1, 4294967291), vocab.MustRatio(1, 4294967279)}
	if ps := vocab.CheckSharesAtMostOne(p, tiny, at); len(ps) != 0 {
		t.Errorf("tiny shares: %v", ps)
	}
	if ps := vocab.CheckSharesSumToOne(p, tiny, at); len(ps) != 1 || !ps[0].Path.Equal(p) || !errors.Is(ps[0], vocab.ErrInvalid) {
		t.Errorf("tiny shares as a whole: %v", ps)
	}
	thirds := []vocab.Ratio{vocab.MustRatio(1, 3), vocab.MustRatio(1, 3), vocab.MustRatio(1, 3)}
	if ps := vocab.CheckSharesSumToOne(p, thirds, at); len(ps) != 0 {
		t.Errorf("thirds: %v", ps)
	}
	over := []vocab.Ratio{vocab.MustRatio(2, 3), vocab.MustRatio(1, 2), vocab.IntRatio(0)}
	ps := vocab.CheckSharesAtMostOne(p, over, at)
	if len(ps) != 2 || !ps[0].Path.Equal(at(2)) || !errors.Is(ps[0], vocab.ErrOutOfRange) ||
		!ps[1].Path.Equal(p) || ps[1].Value != "sum 7/6" {
		t.Errorf("over: %v", ps)
	}
	rapid.Check(t, func(t *rapid.T) {
		rs := rapid.SliceOfN(anyRatio(), 0, 5).Draw(t, "shares")
		sum := bigSum(rs).Cmp(big.NewRat(1, 1))
		bad := 0
		for _, r := range rs {
			if r.Sign() <= 0 || !r.InUnitInterval() {
				bad++
			}
		}
		if got, want := len(vocab.CheckSharesSumToOne(p, rs, at)), bad+map[bool]int{true: 1}[sum != 0]; got != want {
			t.Fatalf("SumToOne(%v): %d problems, want %d", rs, got, want)
		}
		if got, want := len(vocab.CheckSharesAtMostOne(p, rs, at)), bad+map[bool]int{true: 1}[sum > 0]; got != want {
			t.Fatalf("AtMostOne(%v): %d problems, want %d", rs, got, want)
		}
	})
}

func BenchmarkSumRatios(b *testing.B) {
	rs := []vocab.Ratio{vocab.MustRatio(1, 3), vocab.MustRatio(1, 6), vocab.MustRatio(1, 4), vocab.MustRatio(1, 4)}
	b.ReportAllocs()
	for b.Loop() {
		if vocab.CompareSum(rs, vocab.IntRatio(1)) != 0 {
			b.Fatal("sum")
		}
	}
}
