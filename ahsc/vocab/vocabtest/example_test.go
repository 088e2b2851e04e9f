package vocabtest_test

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

// Generators are valid by construction and compose into larger ones; in a
// property test draw with Draw(t, label), elsewhere with Example(seed).
func Example() {
	round := vocab.FinancialYear(2024).Period()
	d := vocabtest.DateIn(round).Example(1)
	fmt.Println(round.Contains(d))

	ids := vocabtest.DistinctIDs[vocab.OrgID](2, 5).Example(1)
	fmt.Println(len(ids) >= 2, len(vocab.CheckUniqueIDs(ids, vocab.NewPath("ids").Index)) == 0)

	shares := vocabtest.Shares(3).Example(1)
	fmt.Println(vocab.CompareSum(shares, vocab.IntRatio(1)) == 0)
	// Output:
	// true
	// true true
	// true
}
