package networktest_test

import (
	"fmt"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/network/networktest"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// A property test of code that reads networks draws valid networks and
// broken ones; here the drawing is done with fixed seeds outside
// rapid.Check so the example can print. In a test, call Draw inside
// rapid.Check instead.
func Example() {
	n := networktest.Network().Example(1)
	fmt.Println("valid network validates:", n.Validate() == nil)

	m := networktest.MutatedNetwork("organisation name differs between centres").Example(1)
	reported := slices.ContainsFunc(m.Value.Problems(), func(p *vocab.Problem) bool {
		return p.Path.Equal(m.Path) && p.Type == m.Type
	})
	fmt.Println(m.Kind, "reported as", string(m.Type), reported)
	fmt.Println(len(networktest.NetworkMutationKinds()), "kinds of defect")
	// Output:
	// valid network validates: true
	// organisation name differs between centres reported as invalid true
	// 8 kinds of defect
}
