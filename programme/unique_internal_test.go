package programme

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// TestFewUniqueAgreesWithIndex: the pairwise shortcut validators take for
// short lists says "no duplicates" exactly when the indexed check
// (vocab.CheckUniqueIDs) finds none, and defers every longer list to it.
func TestFewUniqueAgreesWithIndex(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ids := rapid.SliceOfN(rapid.SampledFrom([]vocab.OrgID{"", "kcl", "gstt", "kch", "slam"}), 0, 7).Draw(t, "ids")
		indexed := len(vocab.CheckUniqueIDs(ids, vocab.NewPath("ids").Index)) == 0
		switch got := fewUnique(ids); {
		case len(ids) > 4 && got:
			t.Fatalf("fewUnique(%q) decided a list of %d", ids, len(ids))
		case len(ids) <= 4 && got != indexed:
			t.Fatalf("fewUnique(%q) = %v, the indexed check finds duplicates: %v", ids, got, !indexed)
		}
	})
}
