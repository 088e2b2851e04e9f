package vocab_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// TestLazyPathBuildsTheSamePath: any sequence of steps taken on a lazy path
// builds the path the same steps build eagerly, from any base and at any
// length (past the steps a LazyPath holds by value too).
func TestLazyPathBuildsTheSamePath(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		base := vocab.NewPath(rapid.SampledFrom([]string{"ledger", "portfolio", "governance"}).Draw(t, "base"))
		if rapid.Bool().Draw(t, "root") {
			base = nil
		}
		eager, lazy := base, vocab.LazyAt(base)
		for i := range rapid.IntRange(0, 15).Draw(t, "steps") {
			if rapid.Bool().Draw(t, "index") {
				n := rapid.IntRange(0, 1000).Draw(t, "i")
				if rapid.IntRange(0, 9).Draw(t, "huge") == 0 { // beyond what a step holds
					n = rapid.IntRange(1<<32-2, 1<<40).Draw(t, "large")
				}
				eager, lazy = eager.Index(n), lazy.Index(n)
			} else {
				name := rapid.StringMatching(`[a-z]{1,8}`).Draw(t, "name")
				eager, lazy = eager.Child(name), lazy.Child(name)
			}
			if got := lazy.Path(); !got.Equal(eager) || got.JSONPointer() != eager.JSONPointer() {
				t.Fatalf("after %d steps: lazy %q, eager %q", i+1, got, eager)
			}
		}
	})
}

func TestLazyPathAllocatesNothingUntilBuilt(t *testing.T) {
	var sink vocab.LazyPath
	allocs := testing.AllocsPerRun(100, func() {
		sink = vocab.LazyPathOf("awards").Index(3).Child("allocations").Index(1).Child("programme")
	})
	if allocs != 0 {
		t.Fatalf("%v allocations", allocs)
	}
	if got := sink.Path().String(); got != "awards[3].allocations[1].programme" {
		t.Fatalf("built %q", got)
	}
}

// LocateChild places a problem exactly as Child then Locate do, and a nil
// problem stays nil.
func TestLazyPathLocateChild(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := vocab.LazyPathOf("awards")
		for range rapid.IntRange(0, 6).Draw(t, "steps") {
			l = l.Index(rapid.IntRange(0, 9).Draw(t, "i")).Child(rapid.StringMatching(`[a-z]{1,4}`).Draw(t, "name"))
		}
		name := rapid.StringMatching(`[a-z]{1,4}`).Draw(t, "child")
		var rel *vocab.Path
		if rapid.Bool().Draw(t, "relative") {
			rel = vocab.NewPath("minor")
		}
		got := l.LocateChild(name, vocab.Invalid(rel, "x", "detail"))
		want := l.Child(name).Locate(vocab.Invalid(rel, "x", "detail"))
		if got.Pointer() != want.Pointer() || got.Error() != want.Error() {
			t.Fatalf("LocateChild %s, Child+Locate %s", got.Pointer(), want.Pointer())
		}
		if l.LocateChild(name, nil) != nil {
			t.Fatal("a nil problem must stay nil")
		}
	})
}
