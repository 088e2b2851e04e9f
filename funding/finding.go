package funding

import (
	"cmp"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Finding is one breach (or warning) of a policy rule, explained.
type Finding struct {
	// Rule is the rule's index in the policy; [Evaluate] sets it.
	Rule int
	// Kind is the rule's code, such as "ring-fence"; [Evaluate] sets it.
	Kind string
	// Subject names what the finding is about in terms that do not depend
	// on the order of the ledger: "award cruk-1", "centre 2024-25".
	Subject string
	// Path locates the subject in the ledger.
	Path *vocab.Path
	// Measured is the measured value, as text: "GBP 300.00 of GBP
	// 1,000.00 (30.0%)".
	Measured string
	// Limit is the rule's limit, as text: "25.0%".
	Limit string
	// Severity is error (a breach) or warning; [Evaluate] makes an empty
	// severity an error.
	Severity vocab.Severity
	// Explanation is one sentence saying what is wrong.
	Explanation string
}

// compareFindings orders findings by rule, subject, path and explanation.
func compareFindings(a, b Finding) int {
	return cmp.Or(cmp.Compare(a.Rule, b.Rule), strings.Compare(a.Subject, b.Subject),
		strings.Compare(a.Path.JSONPointer(), b.Path.JSONPointer()), strings.Compare(a.Explanation, b.Explanation))
}
