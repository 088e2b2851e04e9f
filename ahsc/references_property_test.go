package ahsc_test

import (
	"iter"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/ahsctest"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// TestAllReferencesAgreeWithReferences: on generated centres, valid and
// with one defect each, every document's AllReferences yields the
// references References lists, in the same order, and each lazy path
// builds the path References gives. Validation resolves the lazy form and
// References is what callers see, so the two must never disagree.
func TestAllReferencesAgreeWithReferences(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahsctest.FullCentre().Draw(t, "centre")
		if rapid.Bool().Draw(t, "mutate") {
			c = ahsctest.MutatedCentre().Draw(t, "mutation").Value
		}
		type refs struct {
			eager []vocab.Reference
			lazy  iter.Seq2[vocab.Reference, vocab.LazyPath]
		}
		docs := map[string]refs{}
		if c.Governance != nil {
			docs["governance"] = refs{c.Governance.References(), c.Governance.AllReferences()}
		}
		if c.Portfolio != nil {
			docs["portfolio"] = refs{c.Portfolio.References(), c.Portfolio.AllReferences()}
		}
		if c.Ledger != nil {
			docs["ledger"] = refs{c.Ledger.References(), c.Ledger.AllReferences()}
		}
		for name, refs := range docs {
			var lazy []vocab.Reference
			for r, at := range refs.lazy {
				if r.Path != nil {
					t.Fatalf("%s: lazy reference with a built path %s", name, r.Path)
				}
				r.Path = at.Path()
				lazy = append(lazy, r)
			}
			if diff := cmp.Diff(refs.eager, lazy, cmp.Comparer((*vocab.Path).Equal)); diff != "" {
				t.Fatalf("%s: References and AllReferences differ (-eager +lazy):\n%s", name, diff)
			}
		}
	})
}
