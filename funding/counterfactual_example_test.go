package funding_test

import (
	"fmt"
	"os"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

// trialsLedger is the worked examples' ledger (illustrative figures): the
// programme "trials" receives GBP 700,000 from NIHR and GBP 600,000 from a
// pharmaceutical company in 2024-25, and GBP publicNext from NIHR and GBP
// 100,000 from the company in 2025-26.
func trialsLedger(publicNext int64) *funding.Ledger {
	l := &funding.Ledger{Version: vocab.CurrentVersion, Currency: funding.GBP,
		Funders: []funding.Funder{{ID: "nihr", Class: funding.FunderClassPublic}, {ID: "pharma", Class: funding.FunderClassPrivate}}}
	for _, a := range []struct {
		funder vocab.OrgID
		date   string
		pounds int64
	}{{"nihr", "2024-05-01", 700_000}, {"pharma", "2024-10-01", 600_000}, {"nihr", "2025-05-01", publicNext}, {"pharma", "2025-10-01", 100_000}} {
		id := vocab.AwardID(string(a.funder) + "-" + a.date[:4])
		l.Awards = append(l.Awards, funding.Award{ID: id, Recipient: "kcl", AwardDate: vocab.MustParseDate(a.date),
			Funders:       []funding.FunderShare{{Funder: a.funder, Share: vocab.IntRatio(1)}},
			AmountAwarded: funding.Pounds(a.pounds), AmountDisbursed: funding.Pounds(a.pounds),
			Allocations: []funding.Allocation{{Programme: "trials", Share: vocab.IntRatio(1)}}})
		l.Transactions = append(l.Transactions, funding.Transaction{ID: string(id), Award: id,
			Kind: funding.TransactionKindDisbursement, Date: vocab.MustParseDate(a.date), Amount: funding.Pounds(a.pounds)})
	}
	return l
}

// Decline: a 30% cap on the programme's private share in 2024-25 refuses
// the least private money that meets it. Refusing x of the GBP 600,000
// also shrinks the whole, so x = (600,000 − 30%×1,300,000)/(1 − 30%) =
// 300,000, leaving GBP 300,000 of GBP 1,000,000: exactly 30%. With the
// university's own (academic) money backfilling all that is refused, the
// whole stays GBP 1,300,000 and only 600,000 − 390,000 = 210,000 need be
// refused.
func ExampleApplyChange_decline() {
	cap30 := funding.PrivateShareCap{Scope: funding.ScopeProgramme, Cap: vocab.Percent(30), Year: 2024}
	for _, c := range []funding.Change{
		{Rule: cap30, Mode: funding.ChangeModeDecline},
		{Rule: cap30, Mode: funding.ChangeModeDecline, Backfill: funding.FunderClassAcademic, BackfillShare: vocab.IntRatio(1)},
	} {
		cf, err := funding.ApplyChange(trialsLedger(1_000_000), nil, c, vocab.Date{}, funding.Env{})
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, m := range cf.Moves {
			fmt.Printf("%s %s: %s from %s in %s\n", m.Kind, m.Amount, m.Class, m.Funder, m.Year)
		}
		for _, f := range cf.FindingsAfter.Measures {
			if f.Subject == "programme trials 2024-25" {
				fmt.Println("after:", f.Measured)
			}
		}
	}
	// Output:
	// declined GBP 300,000.00: private from pharma in 2024-25
	// after: GBP 300,000.00 of GBP 1,000,000.00 (30.0%)
	// declined GBP 210,000.00: private from pharma in 2024-25
	// backfilled GBP 210,000.00: academic from backfill-academic in 2024-25
	// after: GBP 390,000.00 of GBP 1,300,000.00 (30.0%)
}

// Defer: the GBP 300,000 above the cap in 2024-25 moves to 2025-26, where
// the cap applies again: GBP 400,000 of GBP 1,400,000 is 28.6%, within
// it, so it is disbursed there. Had NIHR given only GBP 500,000 in
// 2025-26, 400,000 of 900,000 would be 44.4%: GBP 185,714.29 must go,
// latest first, so the company's own GBP 100,000 of 2025-26 moves to
// 2026-27 and GBP 85,714.29 of the money deferred from 2024-25, which may
// be deferred only once, expires; in 2026-27 the GBP 100,000 is all the
// programme has (100% private), so it is deferred no further and expires
// too.
func ExampleApplyChange_defer() {
	c := funding.Change{Rule: funding.PrivateShareCap{Scope: funding.ScopeProgramme, Cap: vocab.Percent(30)},
		Mode: funding.ChangeModeDefer, ExpiresAfter: 1}
	for _, publicNext := range []int64{1_000_000, 500_000} {
		cf, err := funding.ApplyChange(trialsLedger(publicNext), nil, c, vocab.Date{}, funding.Env{})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("NIHR gives GBP %d in 2025-26:\n", publicNext)
		for _, m := range cf.Moves {
			fmt.Printf("  %s %s from %s in %s\n", m.Kind, m.Amount, m.Transaction, m.Year)
		}
		t := cf.Total()
		fmt.Printf("  before %s = after %s + expired %s\n", t.Before, t.After, t.Expired)
	}
	// Output:
	// NIHR gives GBP 1000000 in 2025-26:
	//   deferred GBP 300,000.00 from pharma-2024 in 2024-25
	//   before GBP 2,400,000.00 = after GBP 2,400,000.00 + expired 0
	// NIHR gives GBP 500000 in 2025-26:
	//   deferred GBP 300,000.00 from pharma-2024 in 2024-25
	//   deferred GBP 100,000.00 from pharma-2025 in 2025-26
	//   expired GBP 85,714.29 from pharma-2024 in 2025-26
	//   expired GBP 100,000.00 from pharma-2025 in 2026-27
	//   before GBP 1,900,000.00 = after GBP 1,714,285.71 + expired GBP 185,714.29
}

// The counterfactual's Markdown summary.
func ExampleCounterfactual_Report() {
	c := funding.Change{Rule: funding.PrivateShareCap{Scope: funding.ScopeProgramme, Cap: vocab.Percent(30), Year: 2024},
		Mode: funding.ChangeModeDecline}
	cf, err := funding.ApplyChange(trialsLedger(1_000_000), nil, c, vocab.MustParseDate("2025-03-31"), funding.Env{})
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = cf.Report(os.Stdout)
	// Output:
	// # What if: private share at most 30.0% of disbursements per programme per financial year \(2024-25 only\); money above the cap is declined
	//
	// Disbursements as of 2025-03-31; amounts are exact.
	//
	// ## Money moved
	//
	// | Year | Programme | Class | Before | Declined | Backfilled | Deferred out | Deferred in | Expired | After | Change |
	// | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
	// | 2024-25 | trials | private | GBP 600,000.00 | GBP 300,000.00 | — | — | — | — | GBP 300,000.00 | GBP -300,000.00 |
	// | **total** |  |  | GBP 1,300,000.00 | GBP 300,000.00 | — | — | — | — | GBP 1,000,000.00 | GBP -300,000.00 |
	//
	// ## Rules before and after
	//
	// | # | Rule | Before | After |
	// | --- | --- | --- | --- |
	// | 1 | private-share-cap: private share at most 30.0% of disbursements per programme per financial year \(2024-25 only\) | **fail**: 1 error, 0 warnings | pass: 0 errors, 0 warnings |
	//
	// ## Measures before and after
	//
	// | # | Subject | Limit | Before | After |
	// | --- | --- | --- | --- | --- |
	// | 1 | programme trials 2024-25 | 30.0% | GBP 600,000.00 of GBP 1,300,000.00 \(46.2%\) **error** | GBP 300,000.00 of GBP 1,000,000.00 \(30.0%\) pass |
}
