package ahsctest_test

import (
	"fmt"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/ahsctest"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// A property test of a validator draws valid centres and broken ones; here
// the drawing is done with fixed seeds outside rapid.Check so the example
// can print. In a test, call Draw inside rapid.Check instead.
func Example() {
	c := ahsctest.Centre().Example(1)
	fmt.Println("valid centre validates:", c.Validate() == nil)

	m := ahsctest.MutatedCentre("missing partner name").Example(1)
	reported := slices.ContainsFunc(m.Value.Problems(), func(p *vocab.Problem) bool {
		return p.Path.Equal(m.Path) && p.Type == m.Type
	})
	fmt.Println(m.Kind, "reported as", string(m.Type), reported)
	fmt.Println(len(ahsctest.CentreMutationKinds()), "kinds of defect")
	// Output:
	// valid centre validates: true
	// missing partner name reported as required true
	// 27 kinds of defect
}
