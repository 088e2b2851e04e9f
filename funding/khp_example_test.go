package funding_test

import (
	"fmt"
	"io"
	"os"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

// register is an illustrative interests register: reviewer-d holds a hard
// conflict with the pharmaceutical funder.
type register struct{}

func (register) HardConflictAt(p vocab.PersonID, o vocab.OrgID, _ vocab.Date) bool {
	return p == "reviewer-d" && o == "illustrative-pharma"
}

// portfolio gives the HRCS categories of KHP's programmes, as the Centre
// does from the programme portfolio.
type portfolio map[vocab.ProgrammeID][]vocab.HealthCategory

func (p portfolio) HealthCategories(id vocab.ProgrammeID) []vocab.HealthCategory { return p[id] }

// decodeFile opens a document and decodes it with decode, which validates it.
func decodeFile[T any](name string, decode func(io.Reader, vocab.DecodeOptions) (*T, vocab.Problems, error)) (*T, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, _, err := decode(f, vocab.DecodeOptions{})
	return d, err
}

// decodePolicy is funding.DecodePolicy with the built-in rule kinds only.
func decodePolicy(r io.Reader, opts vocab.DecodeOptions) (*funding.Policy, vocab.Problems, error) {
	return funding.DecodePolicy(r, opts)
}

// Evaluate King's Health Partners' illustrative funding mix
// (testdata/khp-ledger.json) against its illustrative policy
// (testdata/khp-policy.json) and print the Markdown report.
func Example_khp() {
	l, err := decodeFile("testdata/khp-ledger.json", funding.DecodeLedger)
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := decodeFile("testdata/khp-policy.json", decodePolicy)
	if err != nil {
		fmt.Println(err)
		return
	}
	ev, err := funding.Evaluate(l, p, vocab.MustParseDate("2025-03-31"), funding.Env{Interests: register{},
		Programmes: portfolio{"neuroscience-mental-health": {vocab.HealthMentalHealth, vocab.HealthNeurological}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = ev.Report(os.Stdout)
	// Output:
	// # Funding safeguards report, as of 2025-03-31
	//
	// ## Summary
	//
	// | # | Rule | Status | Errors | Warnings |
	// | --- | --- | --- | ---: | ---: |
	// | 1 | private-share-cap: private share at most 25.0% of disbursements for the whole centre per financial year | pass | 0 | 0 |
	// | 2 | private-share-cap: private share at most 50.0% of disbursements per programme per financial year | **fail** | 1 | 0 |
	// | 3 | funder-concentration-cap: no single funder above 60.0% of the centre's disbursements per financial year | pass | 0 | 0 |
	// | 4 | peer-review-required: independent peer review for private awards above GBP 1,000,000.00 and every award above GBP 5,000,000.00 | pass | 0 | 0 |
	// | 5 | conflict-of-interest: no decision-maker or reviewer with a hard conflict with a private funder of the award | **fail** | 1 | 0 |
	// | 6 | ring-fence: research draws at most 2.0% of each ring-fenced clinical budget line | **fail** | 1 | 0 |
	// | 7 | restricted-purpose: restricted funds spent only on their purpose | pass | 0 | 0 |
	//
	// ## Findings
	//
	// | # | Severity | Subject | Where | Measured | Limit | Explanation |
	// | --- | --- | --- | --- | --- | --- | --- |
	// | 2 | error | programme precision-medicine 2024-25 | /transactions | GBP 1,200,000.00 of GBP 2,100,000.00 \(57.1%\) | 50.0% | In 2024-25, private funders provided 57.1% of the GBP 2,100,000.00 disbursed to programme precision-medicine, above the 50.0% cap; refusing GBP 300,000.00 of their money would meet it. |
	// | 5 | error | award pharma-precision reviewer reviewer-d funder illustrative-pharma | /awards/5/peerReview/reviewers/1 | hard conflict with illustrative-pharma | no hard conflict | Reviewer reviewer-d of award pharma-precision held a hard conflict of interest with its private funder illustrative-pharma on 2024-07-01. |
	// | 6 | error | budget slam-inpatient-2024 | /budgets/1/draws | GBP 200,000.00 of GBP 8,000,000.00 \(2.5%\) | 2.0% | Research drew 2.5% of slam's ring-fenced 2024-25 budget line slam-inpatient-2024 for GBP 8,000,000.00, above the 2.0% ring-fence by GBP 40,000.00. |
}
