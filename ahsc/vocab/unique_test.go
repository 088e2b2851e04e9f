package vocab_test

import (
	"errors"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

type item struct{ id vocab.OrgID }

func TestCheckUniqueIDsOfAgreesWithCheckUniqueIDs(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ids := rapid.SliceOfN(rapid.SampledFrom([]vocab.OrgID{"", "kcl", "gstt", "kch"}), 0, 8).Draw(t, "ids")
		items := make([]item, len(ids))
		for i, id := range ids {
			items[i] = item{id}
		}
		list := vocab.NewPath("partners")
		got := vocab.CheckUniqueIDsOf(list, "id", items, func(it *item) vocab.OrgID { return it.id })
		want := vocab.CheckUniqueIDs(ids, func(i int) *vocab.Path { return list.Index(i).Child("id") })
		if len(got) != len(want) {
			t.Fatalf("%v: %d problems, want %d", ids, len(got), len(want))
		}
		seen := map[vocab.OrgID]bool{}
		k := 0
		for i, id := range ids {
			if id == "" {
				continue
			}
			if seen[id] {
				p := got[k]
				if !p.Path.Equal(list.Index(i).Child("id")) || !errors.Is(p, vocab.ErrDuplicate) || p.Detail != want[k].Detail {
					t.Fatalf("%v: problem %d = %v, want %v", ids, k, p, want[k])
				}
				k++
			}
			seen[id] = true
		}
	})
}
