package ahsc

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Skipping the duplicate-pair check when no organisation is a predecessor
// twice (the index's repeats) finds the same problems as always checking.
func TestSuccessionRepeatsShortcut(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pool := []vocab.OrgID{"a", "b", "c", "d", ""}
		c := &Centre{Organisations: []Organisation{{ID: "a"}, {ID: "b"}, {ID: "c"}}}
		for range rapid.IntRange(0, 6).Draw(t, "successions") {
			c.Successions = append(c.Successions, Succession{Predecessor: rapid.SampledFrom(pool).Draw(t, "from"),
				Successor: rapid.SampledFrom(pool).Draw(t, "to"), Kind: SuccessionMerger, Date: vocab.MustParseDate("2020-01-01")})
		}
		ix := newIndex(c)
		got := ix.successionProblems(new(vocab.Collector), vocab.NewPath("successions")).Problems()
		full := newIndex(c)
		full.closures.repeats = true
		want := full.successionProblems(new(vocab.Collector), vocab.NewPath("successions")).Problems()
		if diff := cmp.Diff(render(want), render(got)); diff != "" {
			t.Fatalf("(-always checked +shortcut):\n%s", diff)
		}
	})
}
