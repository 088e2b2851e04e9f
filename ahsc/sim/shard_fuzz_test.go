package sim_test

import (
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/sim"
	"github.com/ahsckit/ahsckit/internal/decodetest"
)

// FuzzParseShard: ParseShard never panics; what it accepts is a shard with
// 0 ≤ index < count (or "0/0", the zero Shard: the whole run) that prints
// as "i/n" and parses back to the same shard; it
// allocates at most a small multiple of its input.
//
//	go test -run XXX -fuzz FuzzParseShard -fuzztime 30s ./ahsc/sim
func FuzzParseShard(f *testing.F) {
	for _, s := range []string{"0/1", "3/4", "4/4", "-1/4", "0/0", "+1/2", "1/", "/", "", "9223372036854775807/9223372036854775807"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		decodetest.CheckParseAlloc(t, len(s), func() { _, _ = sim.ParseShard(s) })
		sh, err := sim.ParseShard(s)
		if err != nil {
			return
		}
		if (sh.Index < 0 || sh.Index >= sh.Count) && sh != (sim.Shard{}) {
			t.Fatalf("ParseShard(%q) = %+v", s, sh)
		}
		back, err := sim.ParseShard(sh.String())
		if err != nil || back.String() != sh.String() || back.IsWhole() != sh.IsWhole() {
			t.Fatalf("round trip of %q via %q: %+v, %v", s, sh.String(), back, err)
		}
	})
}
