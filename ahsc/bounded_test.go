package ahsc_test

import (
	"bytes"
	"os"
	"reflect"
	"runtime"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// The inputs of issue 10 through the public path, decoding and validation
// together: memory stays within a small multiple of the input plus the
// centre decoded, however many problems the input has, because problems
// past DecodeOptions.MaxProblems are counted, not kept. Memory is measured
// with runtime.ReadMemStats, never timed: the growth of HeapSys (heap
// memory obtained from the OS, which the runtime rarely gives back) is the
// growth of the peak heap, and TotalAlloc counts every byte allocated,
// garbage included.

// repeat returns head, then n copies of item separated by commas, then tail.
func repeat(head, item string, n int, tail string) []byte {
	var b bytes.Buffer
	b.Grow(len(head) + n*(len(item)+1) + len(tail))
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

// memory runs f and returns the growth of the heap's address space (a bound
// on the peak heap beyond what the process already had) and the bytes f
// allocated.
func memory(f func()) (peak, allocated uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return uint64(max(0, int64(after.HeapSys)-int64(before.HeapSys))), after.TotalAlloc - before.TotalAlloc
}

func TestDecodeMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes and validates 1,000,000 partners")
	}
	sizes := []int{1_000_000 / raceScale}
	if os.Getenv("AHSCKIT_LARGE") != "" {
		// 33 MB, just under the 32 MiB limit: about 45 s and 4 GB.
		sizes = append(sizes, 11_000_000/raceScale)
	}
	partner := uint64(reflect.TypeFor[ahsc.Partner]().Size())
	for _, n := range sizes {
		t.Run(strconv.Itoa(n)+" empty partners", func(t *testing.T) {
			in := repeat(`{"version":"1.0","id":"khp","name":"KHP","partners":[`, "{}", n, `]}`)
			var c *ahsc.Centre
			var ps vocab.Problems
			var err error
			peak, allocated := memory(func() { c, ps, err = ahsc.Decode(bytes.NewReader(in), vocab.DecodeOptions{}) })
			// The input plus the partners decoded (each "{}" becomes a
			// Partner of 144 bytes).
			size := uint64(len(in)) + uint64(n)*partner
			t.Logf("input %d bytes, centre %d bytes; peak heap growth %d bytes (%.2f×), allocated %d bytes (%.2f×)",
				len(in), uint64(n)*partner, peak, float64(peak)/float64(size), allocated, float64(allocated)/float64(size))
			// Validation keeps an index of the organisations beside the
			// centre; the garbage collector lets the heap grow to twice
			// what is live.
			assert.LessOrEqual(t, peak, 3*size, "peak heap")
			// Every problem past the cap is built, counted and dropped:
			// five per partner (id, name, kind, sources, memberships), each with
			// its path.
			assert.LessOrEqual(t, allocated, 12*size, "bytes allocated")

			require.Error(t, err)
			assert.Nil(t, c)
			require.Len(t, ps, vocab.DefaultMaxProblems+1)
			for _, p := range ps[:vocab.DefaultMaxProblems] {
				assert.True(t, p.Position.IsValid(), "%v has no position", p)
			}
			assert.Equal(t, "/partners/19/memberships", ps[99].Pointer())
			last := ps[vocab.DefaultMaxProblems]
			assert.True(t, last.Path.IsRoot())
			assert.Equal(t, vocab.ErrOutOfRange, last.Type)
			assert.False(t, last.IsWarning())
			assert.Equal(t, "stopped listing after 100 problems; "+strconv.Itoa(5*n-100)+" more found", last.Detail)
		})
	}

	t.Run("unknown key holding 32 MB", func(t *testing.T) {
		in := repeat(`{"version":"1.0","id":"khp","name":"KHP","junk":[`, "0", 16_500_000/raceScale, `],"partners":[]}`)
		var ps vocab.Problems
		peak, allocated := memory(func() { _, ps, _ = ahsc.Decode(bytes.NewReader(in), vocab.DecodeOptions{}) })
		t.Logf("input %d bytes; peak heap growth %d bytes, allocated %d bytes", len(in), peak, allocated)
		assert.LessOrEqual(t, allocated, uint64(len(in))*5/4, "the input is read into one buffer; nothing else is kept")
		require.Len(t, ps, 1)
		assert.Equal(t, "/junk", ps[0].Pointer())
		assert.Equal(t, "line 1, column 42", ps[0].Position.String())
	})
}
