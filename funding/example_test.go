package funding_test

import (
	"fmt"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

// A ledger and a policy read from JSON, evaluated as of a date: the one
// private award supplies 60% of the year's disbursements, above the 50%
// cap. (The figures are illustrative.)
func Example() {
	ledger, _, err := funding.DecodeLedger(strings.NewReader(`{
		"version": "1.0",
		"currency": "GBP",
		"funders": [
			{"id": "nihr", "class": "public"},
			{"id": "pharma", "class": "private"}
		],
		"awards": [
			{"id": "brc", "recipient": "gstt", "awardDate": "2024-04-01",
			 "funders": [{"funder": "nihr", "share": "1"}],
			 "amountAwarded": {"minor": 40000000, "currency": "GBP"},
			 "amountDisbursed": {"minor": 40000000, "currency": "GBP"}},
			{"id": "trial", "recipient": "kcl", "awardDate": "2024-05-01",
			 "funders": [{"funder": "pharma", "share": "1"}],
			 "amountAwarded": {"minor": 60000000, "currency": "GBP"},
			 "amountDisbursed": {"minor": 60000000, "currency": "GBP"}}
		],
		"transactions": [
			{"id": "brc-1", "award": "brc", "kind": "disbursement", "date": "2024-06-01",
			 "amount": {"minor": 40000000, "currency": "GBP"}},
			{"id": "trial-1", "award": "trial", "kind": "disbursement", "date": "2024-06-01",
			 "amount": {"minor": 60000000, "currency": "GBP"}}
		]
	}`), vocab.DecodeOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	policy, _, err := funding.DecodePolicy(strings.NewReader(`{"version": "1.0", "rules": [
		{"kind": "private-share-cap", "scope": "centre", "cap": "50%"}]}`), vocab.DecodeOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	ev, err := funding.Evaluate(ledger, policy, vocab.MustParseDate("2025-03-31"), funding.Env{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("passed:", ev.Passed())
	for _, f := range ev.Findings {
		fmt.Println(f.Measured, "above", f.Limit)
	}
	// Output:
	// passed: false
	// GBP 600,000.00 of GBP 1,000,000.00 (60.0%) above 50.0%
}

// Money is exact and checked: sums report overflow and currency mismatch
// instead of wrapping.
func ExampleMoney() {
	a := funding.Pounds(1_250_000)
	b := funding.Amount(funding.GBP, 99)
	sum, _ := a.Add(b)
	fmt.Println(sum)
	_, err := a.Add(funding.Amount(funding.EUR, 1))
	fmt.Println(err)
	// Output:
	// GBP 1,250,000.99
	// funding: currency mismatch: GBP and EUR
}

// CompareShare compares an amount with a share of another exactly: a private
// amount exactly at a 30% cap passes, one penny more does not.
func ExampleMoney_CompareShare() {
	total := funding.Pounds(1000)
	fmt.Println(funding.Pounds(300).CompareShare(total, vocab.Percent(30)))
	fmt.Println(funding.Amount(funding.GBP, 30001).CompareShare(total, vocab.Percent(30)))
	// Output:
	// 0 <nil>
	// 1 <nil>
}

// Apportion splits £100 three ways by largest remainder: the parts sum to
// the whole, and the odd penny goes to the first share.
func ExampleApportion() {
	third := vocab.MustRatio(1, 3)
	parts, rest, _ := funding.Apportion(funding.Pounds(100), []vocab.Ratio{third, third, third})
	fmt.Println(parts, rest)
	// Output:
	// [GBP 33.34 GBP 33.33 GBP 33.33] GBP 0.00
}

// Validate reports every problem with its path.
func ExampleLedger_Validate() {
	l := &funding.Ledger{Version: vocab.CurrentVersion, Currency: funding.GBP,
		Funders: []funding.Funder{{ID: "nihr", Class: funding.FunderClassPublic}},
		Awards: []funding.Award{{ID: "brc", Recipient: "gstt", AwardDate: vocab.MustParseDate("2024-04-01"),
			Funders:         []funding.FunderShare{{Funder: "nihr", Share: vocab.MustRatio(9, 10)}},
			AmountAwarded:   funding.Pounds(100),
			AmountDisbursed: funding.Amount(funding.EUR, 200_00)}}}
	for _, p := range vocab.ProblemsOf(l.Validate()) {
		fmt.Println(p)
	}
	// Output:
	// awards[0].funders: invalid value: "sum 9/10": the shares must sum to exactly 1
	// awards[0].amountDisbursed.currency: invalid value: "EUR": the ledger's currency is GBP; one ledger holds one currency
}

// Evaluate checks a ledger against a policy and explains every finding.
func ExampleEvaluate() {
	day := vocab.MustParseDate("2024-06-03")
	l := &funding.Ledger{Version: vocab.CurrentVersion, Currency: funding.GBP,
		Funders: []funding.Funder{{ID: "pharma", Class: funding.FunderClassPrivate}, {ID: "mrc", Class: funding.FunderClassPublic}},
		Awards: []funding.Award{{ID: "study", Recipient: "kcl", AwardDate: day,
			Funders:       []funding.FunderShare{{Funder: "pharma", Share: vocab.MustRatio(1, 2)}, {Funder: "mrc", Share: vocab.MustRatio(1, 2)}},
			AmountAwarded: funding.Pounds(200_000), AmountDisbursed: funding.Pounds(100_000)}},
		Transactions: []funding.Transaction{{ID: "t1", Award: "study", Kind: funding.TransactionKindDisbursement, Date: day,
			Amount: funding.Pounds(100_000)}},
	}
	p := &funding.Policy{Version: vocab.CurrentVersion, Rules: funding.Rules{
		funding.PrivateShareCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(40)},
		funding.PeerReviewRequired{PrivateAbove: funding.Pounds(150_000)},
	}}
	ev, err := funding.Evaluate(l, p, vocab.MustParseDate("2025-03-31"), funding.Env{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range ev.Findings {
		fmt.Printf("%s at %s: %s\n", f.Kind, f.Path, f.Explanation)
	}
	// Output:
	// private-share-cap at transactions: In 2024-25, private funders provided 50.0% of the GBP 100,000.00 disbursed to the centre, above the 40.0% cap; refusing GBP 16,666.67 of their money would meet it.
	// peer-review-required at awards[0].peerReview: Award study of GBP 200,000.00 has no recorded peer review, but a privately funded award above GBP 150,000.00 needs independent peer review.
}

// DecodePolicy reads rules by their "kind"; other kinds than the built-in
// ones are added with WithRuleKind.
func ExampleDecodePolicy() {
	p, _, err := funding.DecodePolicy(strings.NewReader(`{"version": "1.0", "rules": [
		{"kind": "private-share-cap", "scope": "programme", "cap": "30%"},
		{"kind": "ring-fence", "cap": "0.02", "severity": "warning"}]}`), vocab.DecodeOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range p.Rules {
		fmt.Println(r.Kind()+":", r.Describe())
	}
	// Output:
	// private-share-cap: private share at most 30.0% of disbursements per programme per financial year
	// ring-fence: research draws at most 2.0% of each ring-fenced clinical budget line
}

// maxAwards is a rule of our own: at most Max awards in the ledger.
type maxAwardsRule struct {
	Max int `json:"max"`
}

func (maxAwardsRule) Kind() string                        { return "max-awards" }
func (r maxAwardsRule) Describe() string                  { return fmt.Sprintf("at most %d awards", r.Max) }
func (maxAwardsRule) Problems(*vocab.Path) vocab.Problems { return nil }
func (r maxAwardsRule) Evaluate(in *funding.Input) []funding.Finding {
	if n := len(in.Ledger.Awards); n > r.Max {
		return []funding.Finding{{Subject: "ledger", Measured: fmt.Sprint(n), Limit: fmt.Sprint(r.Max),
			Explanation: fmt.Sprintf("The ledger holds %d awards, more than %d.", n, r.Max)}}
	}
	return nil
}

// A rule of your own decodes beside the built-in ones once its kind is
// passed to DecodePolicy.
func ExampleNewRuleKind() {
	kind := funding.NewRuleKind[maxAwardsRule]("at most a number of awards in the ledger")
	p, _, err := funding.DecodePolicy(strings.NewReader(`{"version": "1.0", "rules": [
		{"kind": "max-awards", "max": 10},
		{"kind": "ring-fence", "cap": "5%"}]}`), vocab.DecodeOptions{}, funding.WithRuleKind(kind))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range p.Rules {
		fmt.Printf("%s: %s\n", r.Kind(), r.Describe())
	}
	// Output:
	// max-awards: at most 10 awards
	// ring-fence: research draws at most 5.0% of each ring-fenced clinical budget line
}
