package fundingtest_test

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding/fundingtest"
)

// A property test draws valid documents and documents broken in one way;
// outside a test, Example(seed) draws one. Validation must report each
// defect at its path with its type.
func Example() {
	valid := fundingtest.Ledger().Example(1)
	fmt.Println("valid:", valid.Validate() == nil)

	m := fundingtest.MutatedLedger().Example(1)
	reported := false
	for _, p := range vocab.ProblemsOf(m.Value.Validate()) {
		reported = reported || p.Type == m.Type && p.Path.Equal(m.Path)
	}
	fmt.Println("defect reported at its path:", reported)
	fmt.Println("kinds of defect:", len(fundingtest.LedgerMutationKinds()) > 5)
	// Output:
	// valid: true
	// defect reported at its path: true
	// kinds of defect: true
}
