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

// LazySteps builds the path the same steps taken one by one build, and
// steps taken after it too.
func TestLazyStepsIsTheStepsTaken(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var names [3]string
		var idx [3]int
		var eager *vocab.Path
		for k := range 3 {
			names[k] = rapid.SampledFrom([]string{"", "awards", "programme", "x"}).Draw(t, "name")
			idx[k] = rapid.IntRange(-1, 1<<40).Draw(t, "index")
			if names[k] != "" {
				eager = eager.Child(names[k])
			}
			if idx[k] >= 0 {
				eager = eager.Index(idx[k])
			}
		}
		lazy := vocab.LazySteps(names[0], idx[0], names[1], idx[1], names[2], idx[2])
		if got := lazy.Path(); !got.Equal(eager) {
			t.Fatalf("LazySteps built %q, the steps %q", got, eager)
		}
		lazy, eager = lazy.Index(7).Child("more"), eager.Index(7).Child("more")
		if got := lazy.Path(); !got.Equal(eager) {
			t.Fatalf("then %q, want %q", got, eager)
		}
	})
}

// LocateAllChild places problems exactly as Child then LocateAll do.
func TestLazyPathLocateAllChild(t *testing.T) {
	l := vocab.LazyPathOf("awards").Index(2)
	got := l.LocateAllChild("amount", vocab.Problems{vocab.Invalid(vocab.NewPath("minor"), 1, "x"), vocab.Invalid(nil, 2, "y")})
	want := l.Child("amount").LocateAll(vocab.Problems{vocab.Invalid(vocab.NewPath("minor"), 1, "x"), vocab.Invalid(nil, 2, "y")})
	if len(got) != 2 || got[0].Pointer() != want[0].Pointer() || got[1].Pointer() != want[1].Pointer() || got[1].Pointer() != "/awards/2/amount" {
		t.Fatalf("LocateAllChild %v, Child+LocateAll %v", got, want)
	}
	if ps := l.LocateAllChild("amount", nil); ps != nil {
		t.Fatalf("no problems stay none: %v", ps)
	}
}
