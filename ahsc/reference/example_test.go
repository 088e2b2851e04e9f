package reference_test

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// A reference centre in three lines, picked by ID: UCLPartners' partners on
// 1 May 2012, after Barts and The London merged into Barts Health.
func Example() {
	c, _ := reference.Centre("uclpartners")
	for _, id := range c.PartnersAt(vocab.MustParseDate("2012-05-01")) {
		fmt.Println(id)
	}
	// Output:
	// barts-health
	// bhrut
	// gosh
	// moorfields
	// qmul
	// royal-free
	// ucl
	// uclh
}

// Who was a partner of Imperial College AHSC when Royal Brompton &
// Harefield merged into Guy's and St Thomas', and what that merger means
// for King's Health Partners.
func ExampleImperialCollegeAHSC() {
	c := reference.ImperialCollegeAHSC()
	fmt.Println(c.PartnersAt(vocab.MustParseDate("2021-01-31")))
	fmt.Println(c.PartnersAt(vocab.MustParseDate("2021-02-01")))
	k := reference.KingsHealthPartners()
	fmt.Println(k.CurrentSuccessor("rbht", vocab.MustParseDate("2021-02-01")))
	// Output:
	// [chelwest icht icl rbht royal-marsden]
	// [chelwest icht icl royal-marsden]
	// gstt
}
