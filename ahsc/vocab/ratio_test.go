package vocab_test

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

// int64s generates int64 values, often the extremes and values next to them.
func int64s() *rapid.Generator[int64] {
	return rapid.OneOf(rapid.Int64(), rapid.Int64Range(-5, 5),
		rapid.SampledFrom([]int64{math.MinInt64, math.MinInt64 + 1, math.MaxInt64, math.MaxInt64 - 1, 1 << 32, -1 << 32}))
}

func TestRatioExact(t *testing.T) {
	two3 := vocab.MustRatio(2, 3)
	if two3.Num() != 2 || two3.Den() != 3 || two3.String() != "2/3" {
		t.Errorf("2/3 = %d/%d %q", two3.Num(), two3.Den(), two3)
	}
	if sum, _ := vocab.MustParseRatio("0.1").Add(vocab.MustParseRatio("0.2")); sum != vocab.MustParseRatio("0.3") {
		t.Errorf("0.1 + 0.2 = %s", sum)
	}
	for s, want := range map[string]vocab.Ratio{
		"85%": vocab.MustRatio(17, 20), "12.5%": vocab.MustRatio(1, 8), "0.875": vocab.MustRatio(7, 8),
		"4/6": two3, "-4/6": vocab.MustRatio(-2, 3), "1": vocab.IntRatio(1), "0": {}, "0/5": {}, "-0.5": vocab.MustRatio(-1, 2),
		"150%": vocab.MustRatio(3, 2), "+1/2": vocab.MustRatio(1, 2), ".5": vocab.MustRatio(1, 2),
	} {
		if got, err := vocab.ParseRatio(s); err != nil || got != want {
			t.Errorf("ParseRatio(%q) = %s, %v; want %s", s, got, err, want)
		}
	}
	if vocab.Percent(85) != vocab.MustRatio(17, 20) || vocab.BasisPoints(150) != vocab.MustRatio(3, 200) || vocab.IntRatio(4).String() != "4" {
		t.Error("Percent/BasisPoints/Int wrong")
	}
	if got := vocab.MustRatio(849, 1000).PercentString(1); got != "84.9%" {
		t.Errorf("PercentString = %q", got)
	}
	if got := vocab.MustRatio(1, 8).PercentString(1); got != "12.5%" {
		t.Errorf("PercentString(1/8) = %q", got)
	}
	if got := vocab.MustRatio(1, 3).Float64(); got != 1.0/3 {
		t.Errorf("Float64 = %v", got)
	}
}

func TestParseRatioRejects(t *testing.T) {
	for _, s := range []string{"1/0", "1/-2", "1/+2", "abc", "1e3", "1E3", "", "/", "1/", "/2", "1/2/3", "1.5/2",
		"0x10", "0b1", "0o17", "0x1p-2", "1_000", "Inf", "NaN", " 1", "1 ", "%", "85%%", "1/2%",
		"0.00000000000000000001", "9223372036854775808", "-9223372036854775808/1"} {
		if r, err := vocab.ParseRatio(s); err == nil {
			t.Errorf("ParseRatio(%q) = %s, want error", s, r)
		}
	}
}

func TestRatioTextRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, err := vocab.NewRatio(int64s().Draw(t, "num"), int64s().Draw(t, "den"))
		if err != nil {
			t.Skip(err)
		}
		got, err := vocab.ParseRatio(r.String())
		if err != nil || got != r {
			t.Fatalf("ParseRatio(%q) = %s, %v", r, got, err)
		}
		b, _ := json.Marshal(r)
		var back vocab.Ratio
		if err := json.Unmarshal(b, &back); err != nil || back != r {
			t.Fatalf("JSON %s -> %s, %v", b, back, err)
		}
		if r.Den() <= 0 || new(big.Int).GCD(nil, nil, big.NewInt(r.Num()), big.NewInt(r.Den())).Int64() != 1 && r.Num() != 0 {
			t.Fatalf("%s not in lowest terms", r)
		}
	})
}

func TestNewRatioMatchesBig(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n, d := int64s().Draw(t, "num"), int64s().Draw(t, "den")
		r, err := vocab.NewRatio(n, d)
		if d == 0 {
			if err == nil {
				t.Fatal("zero denominator accepted")
			}
			return
		}
		want := new(big.Rat).SetFrac(big.NewInt(n), big.NewInt(d))
		fits := want.Num().IsInt64() && want.Denom().IsInt64() && want.Num().Int64() != math.MinInt64
		if fits != (err == nil) {
			t.Fatalf("NewRatio(%d, %d) = %s, %v; big says %s", n, d, r, err, want)
		}
		if err == nil && r.Big().Cmp(want) != 0 {
			t.Fatalf("NewRatio(%d, %d) = %s, want %s", n, d, r, want)
		}
		if err != nil && !errors.Is(err, vocab.ErrOverflow) {
			t.Fatalf("overflow reported as %v", err)
		}
	})
}

func TestRatioCmpMatchesBig(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, err1 := vocab.NewRatio(int64s().Draw(t, "a"), int64s().Draw(t, "b"))
		s, err2 := vocab.NewRatio(int64s().Draw(t, "c"), int64s().Draw(t, "d"))
		if err1 != nil || err2 != nil {
			t.Skip("not representable")
		}
		if got, want := r.Compare(s), r.Big().Cmp(s.Big()); got != want {
			t.Fatalf("%s.Compare(%s) = %d, want %d", r, s, got, want)
		}
		if r.Less(s) != (r.Compare(s) < 0) || r.Equal(s) != (r.Compare(s) == 0) || r.Sign() != r.Big().Sign() {
			t.Fatalf("Less/Equal/Sign disagree with Cmp for %s, %s", r, s)
		}
	})
}

func TestCompareFractionsMatchesBig(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, c := int64s().Draw(t, "a"), int64s().Draw(t, "c")
		b := rapid.Int64Range(1, math.MaxInt64).Draw(t, "b")
		d := rapid.Int64Range(1, math.MaxInt64).Draw(t, "d")
		want := new(big.Rat).SetFrac64(a, b).Cmp(new(big.Rat).SetFrac64(c, d))
		if got := vocab.CompareFractions(a, b, c, d); got != want {
			t.Fatalf("CompareFractions(%d, %d, %d, %d) = %d, want %d", a, b, c, d, got, want)
		}
	})
}

func TestRatioArithmeticMatchesBig(t *testing.T) {
	ops := map[string]struct {
		vocab func(r, s vocab.Ratio) (vocab.Ratio, error)
		big   func(z, x, y *big.Rat) *big.Rat
	}{
		"Add": {vocab.Ratio.Add, (*big.Rat).Add},
		"Sub": {vocab.Ratio.Sub, (*big.Rat).Sub},
		"Mul": {vocab.Ratio.Mul, (*big.Rat).Mul},
	}
	rapid.Check(t, func(t *rapid.T) {
		r, err1 := vocab.NewRatio(int64s().Draw(t, "a"), int64s().Draw(t, "b"))
		s, err2 := vocab.NewRatio(int64s().Draw(t, "c"), int64s().Draw(t, "d"))
		if err1 != nil || err2 != nil {
			t.Skip("not representable")
		}
		for name, op := range ops {
			got, err := op.vocab(r, s)
			want := op.big(new(big.Rat), r.Big(), s.Big())
			_, wantErr := vocab.RatioFromBig(want)
			if (err != nil) != (wantErr != nil) || err == nil && got.Big().Cmp(want) != 0 {
				t.Fatalf("%s %s %s = %s, %v; want %s", r, name, s, got, err, want)
			}
			if err != nil && !errors.Is(err, vocab.ErrOverflow) {
				t.Fatalf("%s: overflow reported as %v", name, err)
			}
		}
	})
}

func TestRatioOverflowReported(t *testing.T) {
	maxR := vocab.IntRatio(math.MaxInt64)
	if _, err := maxR.Add(vocab.IntRatio(1)); !errors.Is(err, vocab.ErrOverflow) {
		t.Errorf("MaxInt64 + 1: %v", err)
	}
	if _, err := maxR.Mul(vocab.IntRatio(2)); !errors.Is(err, vocab.ErrOverflow) {
		t.Errorf("MaxInt64 * 2: %v", err)
	}
	if _, err := vocab.SumRatios(maxR, maxR); !errors.Is(err, vocab.ErrOverflow) {
		t.Errorf("Sum: %v", err)
	}
	if _, err := vocab.NewRatio(math.MinInt64, 1); !errors.Is(err, vocab.ErrOverflow) {
		t.Errorf("MinInt64/1: %v", err)
	}
	if r, err := vocab.NewRatio(math.MinInt64, math.MinInt64); err != nil || r != vocab.IntRatio(1) {
		t.Errorf("MinInt64/MinInt64 = %s, %v", r, err)
	}
	if r, err := vocab.NewRatio(1, -2); err != nil || r.String() != "-1/2" {
		t.Errorf("1/-2 = %s, %v", r, err)
	}
}

func TestRatioUnitIntervalAndSum(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 10).Draw(t, "n")
		shares := vocabtest.Shares(n).Draw(t, "shares")
		sum, err := vocab.SumRatios(shares...)
		if err != nil || sum != vocab.IntRatio(1) || !sum.InUnitInterval() {
			t.Fatalf("Sum(%v) = %s, %v", shares, sum, err)
		}
		for _, s := range shares {
			if !s.InUnitInterval() {
				t.Fatalf("share %s outside [0,1]", s)
			}
		}
	})
	for _, r := range []vocab.Ratio{vocab.MustRatio(-1, 100), vocab.MustRatio(101, 100)} {
		if r.InUnitInterval() {
			t.Errorf("%s in [0,1]", r)
		}
	}
}

func TestRatioZeroValue(t *testing.T) {
	var z vocab.Ratio
	if z.Den() != 1 || z.String() != "0" || !z.IsZero() || z != vocab.MustRatio(0, -7) || z.Compare(vocab.IntRatio(0)) != 0 {
		t.Errorf("zero Ratio = %d/%d %q", z.Num(), z.Den(), z)
	}
	if err := z.UnmarshalText([]byte("x")); err == nil {
		t.Error("UnmarshalText accepted x")
	}
}
