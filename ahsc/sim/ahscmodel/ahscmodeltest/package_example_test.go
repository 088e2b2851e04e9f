package ahscmodeltest_test

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/sim/ahscmodel"
	"github.com/ahsckit/ahsckit/ahsc/sim/ahscmodel/ahscmodeltest"
)

// A property test draws a centre's inputs with a scenario valid for them,
// and cases broken in one way; outside a test, Example(seed) draws one.
// ahscmodel.Check must report each defect at its path with its type.
func Example() {
	c := ahscmodeltest.Cases().Example(1)
	fmt.Println("valid:", !ahscmodel.Check(c.Scenario, c.Inputs).HasErrors())

	m := ahscmodeltest.MutatedScenario().Example(1)
	reported := false
	for _, p := range ahscmodel.Check(m.Value.Scenario, m.Value.Inputs) {
		reported = reported || p.Type == m.Type && p.Path.Equal(m.Path)
	}
	fmt.Println("defect reported at its path:", reported)
	fmt.Println("kinds of defect:", len(ahscmodeltest.ScenarioMutationKinds()))
	// Output:
	// valid: true
	// defect reported at its path: true
	// kinds of defect: 8
}
