package vocabtest

import (
	"fmt"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Ratio generates ratios in [0, 1] with denominators up to 100.
func Ratio() *rapid.Generator[vocab.Ratio] {
	return rapid.Custom(func(t *rapid.T) vocab.Ratio {
		den := rapid.Int64Range(1, 100).Draw(t, "den")
		num := rapid.Int64Range(0, den).Draw(t, "num")
		return vocab.MustRatio(num, den)
	})
}

// Shares generates n positive ratios that sum exactly to 1, such as the
// partners' shares of a pooled fund. It panics when n < 1, as no positive
// shares sum to 1 then. Shrinks towards equal shares of 1/n.
func Shares(n int) *rapid.Generator[[]vocab.Ratio] {
	if n < 1 {
		panic(fmt.Sprintf("vocabtest: Shares(%d): need at least one share", n))
	}
	return rapid.Custom(func(t *rapid.T) []vocab.Ratio {
		weights := rapid.SliceOfN(rapid.Int64Range(1, 20), n, n).Draw(t, "weights")
		var total int64
		for _, w := range weights {
			total += w
		}
		shares := make([]vocab.Ratio, n)
		for i, w := range weights {
			shares[i] = vocab.MustRatio(w, total)
		}
		return shares
	})
}
