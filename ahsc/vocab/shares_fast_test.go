package vocab_test

import (
	"math"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// genShare draws a ratio that is often a plausible share (small
// denominators summing near one), sometimes out of range, and sometimes
// with denominators large enough that a sum overflows an int64.
func genShare(t *rapid.T, label string) vocab.Ratio {
	switch rapid.IntRange(0, 3).Draw(t, label+".shape") {
	case 0:
		return vocab.MustRatio(rapid.Int64Range(-1, 13).Draw(t, label+".num"), rapid.Int64Range(1, 12).Draw(t, label+".den"))
	case 1:
		return vocab.MustRatio(1, rapid.Int64Range(1, 4).Draw(t, label+".den"))
	case 2:
		d := rapid.Int64Range(math.MaxInt64/4, math.MaxInt64).Draw(t, label+".bigden")
		return vocab.MustRatio(rapid.Int64Range(1, d).Draw(t, label+".bignum"), d)
	}
	return vocab.MustRatio(rapid.Int64Range(0, 3).Draw(t, label+".whole"), 1)
}

// TestSharesFastChecksAgree: the allocation-free predicates that let
// validators skip building paths agree with the full checks on every list:
// SharesSumToOne is true exactly when CheckSharesSumToOne finds nothing,
// and SharesAtMostOne exactly when CheckSharesAtMostOne finds nothing,
// overflowing sums included.
func TestSharesFastChecksAgree(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var rs []vocab.Ratio
		for i := range rapid.IntRange(0, 6).Draw(t, "n") {
			rs = append(rs, genShare(t, "share"+string(rune('a'+i))))
		}
		at := func(i int) *vocab.Path { return vocab.NewPath("shares").Index(i) }
		if got, want := vocab.SharesSumToOne(rs), len(vocab.CheckSharesSumToOne(nil, rs, at)) == 0; got != want {
			t.Fatalf("SharesSumToOne(%v) = %v, the full check finds problems: %v", rs, got, !want)
		}
		if got, want := vocab.SharesAtMostOne(rs), len(vocab.CheckSharesAtMostOne(nil, rs, at)) == 0; got != want {
			t.Fatalf("SharesAtMostOne(%v) = %v, the full check finds problems: %v", rs, got, !want)
		}
	})
}

func TestSharesFastChecksAllocateNothing(t *testing.T) {
	rs := []vocab.Ratio{vocab.MustRatio(1, 3), vocab.MustRatio(2, 5), vocab.MustRatio(4, 15)}
	if n := testing.AllocsPerRun(100, func() {
		if !vocab.SharesSumToOne(rs) || !vocab.SharesAtMostOne(rs) {
			t.Fatal("1/3 + 2/5 + 4/15 is one")
		}
	}); n != 0 {
		t.Fatalf("%v allocations", n)
	}
}
