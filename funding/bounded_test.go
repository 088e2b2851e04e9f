package funding_test

import (
	"bytes"
	"reflect"
	"runtime"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

// A policy whose rules are 16,000,000 numbers, and one with 500,000 rules
// each out of range, through the public DecodePolicy: the problem limit
// holds in decoding and in validation, and memory stays within a small
// multiple of the input and the rules decoded (runtime.ReadMemStats,
// never timed).
func TestDecodePolicyMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes 32 MB and 16 MB policies")
	}
	repeat := func(head, item string, n int, tail string) []byte {
		var b bytes.Buffer
		b.WriteString(head)
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(item)
		}
		b.WriteString(tail)
		return b.Bytes()
	}
	memory := func(f func()) (peak, allocated uint64) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		f()
		runtime.ReadMemStats(&after)
		return uint64(max(0, int64(after.HeapSys)-int64(before.HeapSys))), after.TotalAlloc - before.TotalAlloc
	}

	t.Run("500,000 rules out of range", func(t *testing.T) {
		n := 500_000 / raceScale
		in := repeat(`{"version":"1.0","rules":[`, `{"kind":"ring-fence","cap":"2"}`, n, `]}`)
		var ps vocab.Problems
		var err error
		peak, allocated := memory(func() { _, ps, err = funding.DecodePolicy(bytes.NewReader(in), vocab.DecodeOptions{}) })
		t.Logf("input %d bytes; peak heap growth %d bytes, allocated %d bytes", len(in), peak, allocated)
		// Each rule of 32 bytes is a RingFence (a ratio and a severity) in
		// an interface; its problem, with its paths and value, is built,
		// counted and dropped.
		size := uint64(len(in)) + uint64(n)*(16+uint64(reflect.TypeFor[funding.RingFence]().Size()))
		assert.LessOrEqual(t, peak, 3*size, "peak heap: the input and the rules decoded")
		assert.LessOrEqual(t, allocated, 40*uint64(len(in)))
		require.Error(t, err)
		require.Len(t, ps, vocab.DefaultMaxProblems+1)
		assert.Equal(t, "/rules/99/cap", ps[99].Pointer())
		assert.True(t, ps[99].Position.IsValid())
		assert.Equal(t, "stopped listing after 100 problems; "+strconv.Itoa(n-100)+" more found", ps[100].Detail)
	})

	t.Run("16,000,000 numbers as rules", func(t *testing.T) {
		n := 16_000_000 / raceScale
		in := repeat(`{"version":"1.0","rules":[`, "0", n, `]}`)
		var ps vocab.Problems
		var err error
		_, allocated := memory(func() { _, ps, err = funding.DecodePolicy(bytes.NewReader(in), vocab.DecodeOptions{}) })
		t.Logf("input %d bytes, allocated %d bytes", len(in), allocated)
		assert.LessOrEqual(t, allocated, uint64(len(in))*5/4)
		require.Error(t, err)
		require.Len(t, ps, vocab.DefaultMaxProblems+1)
		assert.Equal(t, "stopped listing after 100 problems; "+strconv.Itoa(n-100)+" more found", ps[100].Detail)
	})
}
