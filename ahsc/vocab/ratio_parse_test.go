package vocab_test

import (
	"runtime"
	"strings"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Decimals with many digits parse when their value is a Ratio and are
// refused early otherwise, allocating little more than the input.
func TestParseRatioLongDecimals(t *testing.T) {
	zeros := strings.Repeat("0", 1<<20)
	for in, want := range map[string]vocab.Ratio{
		zeros + "1.5" + zeros:    vocab.MustRatio(3, 2),
		"-" + zeros + "0.25":     vocab.MustRatio(-1, 4),
		"0." + zeros + "%":       {},
		"12.5" + zeros + "%":     vocab.MustRatio(1, 8),
		"0.0000000000000001":     vocab.MustRatio(1, 10_000_000_000_000_000),
		"9223372036854775807":    vocab.IntRatio(9223372036854775807),
		"922337203685477580700%": vocab.IntRatio(9223372036854775807),
		// 5^-26 = 2^26/10^26: 26 fraction digits, denominator 5^26 < 2^63.
		"0.00000000000000000067108864": vocab.MustRatio(1, 1490116119384765625),
	} {
		got, err := vocab.ParseRatio(in)
		if err != nil || got != want {
			t.Errorf("ParseRatio(%.40q…) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{
		"0." + strings.Repeat("3", 4_000_000),
		strings.Repeat("9", 4_000_000),
		"1" + zeros + ".5",
		"0." + strings.Repeat("0", 61) + "1", // 10^-62 needs a denominator beyond int64
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := vocab.ParseRatio(in)
		runtime.ReadMemStats(&after)
		if err == nil {
			t.Errorf("ParseRatio(%.40q…) accepted", in)
		}
		// The ParseError keeps the input; parsing itself must not allocate
		// in proportion to the square of its length.
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > uint64(4*len(in)+1<<16) {
			t.Errorf("ParseRatio(%.40q…) allocated %d bytes for %d bytes of input", in, alloc, len(in))
		}
	}
}
