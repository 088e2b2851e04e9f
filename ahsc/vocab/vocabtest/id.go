package vocabtest

import (
	"strconv"
	"strings"

	"pgregory.net/rapid"
)

// idWords are the readable parts most generated IDs are built from.
var idWords = []string{"kcl", "gstt", "kch", "slam", "khp", "board", "trust", "lab", "cancer", "mind",
	"heart", "data", "nihr", "brc", "crf", "group", "unit", "north", "south", "a1"}

// ID generates valid IDs (matching [vocab.IDPattern]) of the ID type I.
// Most are readable words joined by hyphens ("kcl", "khp-board-2"); some are
// arbitrary slugs of up to 16 characters.
func ID[I ~string]() *rapid.Generator[I] {
	words := rapid.Custom(func(t *rapid.T) string {
		parts := rapid.SliceOfN(rapid.SampledFrom(idWords), 1, 3).Draw(t, "words")
		s := strings.Join(parts, "-")
		if n := rapid.IntRange(0, 99).Draw(t, "suffix"); n > 0 {
			s += "-" + strconv.Itoa(n)
		}
		return s
	})
	slug := rapid.StringMatching(`[a-z][a-z0-9-]{0,15}`)
	return rapid.Map(rapid.OneOf(words, slug), func(s string) I { return I(s) })
}

// DistinctIDs generates between min and max pairwise distinct valid IDs.
func DistinctIDs[I ~string](min, max int) *rapid.Generator[[]I] {
	return rapid.SliceOfNDistinct(ID[I](), min, max, func(id I) I { return id })
}
