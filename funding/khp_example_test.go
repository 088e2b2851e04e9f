package funding_test

import (
	"fmt"
	"os"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

// khpLedger is King's Health Partners' funding mix. The funders and their
// classes are real; every award, amount, date, person and budget line is
// ILLUSTRATIVE, not KHP's actual accounts.
func khpLedger() *funding.Ledger {
	gbp := funding.Pounds
	d := vocab.MustParseDate
	only := func(p vocab.ProgrammeID) []funding.Allocation {
		return []funding.Allocation{{Programme: p, Share: vocab.One()}}
	}
	sole := func(f vocab.OrgID) []funding.FunderShare {
		return []funding.FunderShare{{Funder: f, Share: vocab.One()}}
	}
	pay := func(id string, award vocab.AwardID, date string, pounds int64) funding.Transaction {
		return funding.Transaction{ID: id, Award: award, Kind: funding.TransactionDisbursement, Date: d(date), Amount: gbp(pounds)}
	}
	crossref := func(id string) []vocab.Identifier {
		return []vocab.Identifier{{Scheme: vocab.SchemeCrossrefFunder, Value: "10.13039/" + id}}
	}
	return &funding.Ledger{
		Version:  vocab.CurrentVersion,
		Currency: funding.GBP,
		Funders: []funding.Funder{
			{ID: "nihr", Class: funding.FunderPublic, Identifiers: crossref("501100000272")},
			{ID: "mrc", Class: funding.FunderPublic, Identifiers: crossref("501100000265")},
			{ID: "wellcome", Class: funding.FunderPhilanthropic},
			{ID: "cruk", Class: funding.FunderPhilanthropic, Identifiers: crossref("501100000289")},
			{ID: "gstt-foundation", Class: funding.FunderPhilanthropic},
			{ID: "illustrative-pharma", Class: funding.FunderPrivate},
		},
		Awards: []funding.Award{
			{ID: "nihr-brc", Title: "Biomedical research centre (illustrative)", Recipient: "gstt", Funders: sole("nihr"),
				AmountAwarded: gbp(10_000_000), AmountDisbursed: gbp(4_000_000), AwardDate: d("2022-04-01"),
				PlannedPeriod: vocab.MustParsePeriod("2022-12-01/2027-11-30"), Call: funding.CallOpen,
				PeerReview: funding.PeerReview{Panel: "International review panel (illustrative)", Independent: true,
					Reviewers: []vocab.PersonID{"reviewer-a", "reviewer-b"}, Outcome: funding.ReviewFund},
				DecisionMakers: []vocab.PersonID{"funder-board-chair"},
				Allocations: []funding.Allocation{{Programme: "translational-cancer", Share: vocab.MustRatio(2, 5)},
					{Programme: "neuroscience-mental-health", Share: vocab.MustRatio(2, 5)},
					{Programme: "cardiovascular", Share: vocab.MustRatio(1, 5)}}},
			{ID: "mrc-precision", Title: "Precision medicine partnership (illustrative)", Recipient: "kcl", Funders: sole("mrc"),
				AmountAwarded: gbp(2_000_000), AmountDisbursed: gbp(1_000_000), AwardDate: d("2023-01-16"), Call: funding.CallOpen,
				Allocations: only("precision-medicine")},
			{ID: "wellcome-neuro", Title: "Neuroscience and mental health award (illustrative)", Recipient: "kcl", Funders: sole("wellcome"),
				AmountAwarded: gbp(3_000_000), AmountDisbursed: gbp(1_000_000), AwardDate: d("2024-03-01"), Call: funding.CallOpen,
				Conditions: []funding.Condition{{Kind: funding.ConditionRestricted,
					HealthCategories: []vocab.HealthCategory{vocab.HealthMentalHealth, vocab.HealthNeurological},
					Text:             "for mental health and neurological research only"}},
				Allocations: only("neuroscience-mental-health")},
			{ID: "cruk-centre", Title: "Cancer research centre (illustrative)", Recipient: "kcl", Funders: sole("cruk"),
				AmountAwarded: gbp(4_000_000), AmountDisbursed: gbp(2_000_000), AwardDate: d("2023-04-03"), Call: funding.CallOpen,
				Allocations: only("translational-cancer")},
			{ID: "gstt-foundation-cardio", Title: "Cardiovascular programme grant (illustrative)", Recipient: "gstt",
				Funders: sole("gstt-foundation"), AmountAwarded: gbp(1_500_000), AmountDisbursed: gbp(750_000),
				AwardDate: d("2024-06-03"), Call: funding.CallInvited, Allocations: only("cardiovascular")},
			{ID: "pharma-precision", Title: "Industry-partnered precision medicine study (illustrative)", Recipient: "kcl",
				Funders:          []funding.FunderShare{{Funder: "illustrative-pharma", Share: vocab.MustRatio(3, 4)}, {Funder: "nihr", Share: vocab.MustRatio(1, 4)}},
				AmountAppliedFor: gbp(4_500_000), AmountAwarded: gbp(4_000_000), AmountDisbursed: gbp(1_600_000),
				AwardDate: d("2024-07-01"), Call: funding.CallInvited,
				PeerReview: funding.PeerReview{Panel: "Independent scientific review (illustrative)", Independent: true,
					Reviewers: []vocab.PersonID{"reviewer-c", "reviewer-d"}, Outcome: funding.ReviewFundWithConditions},
				DecisionMakers: []vocab.PersonID{"research-director"},
				Conditions: []funding.Condition{{Kind: funding.ConditionPerformance,
					Text: "second tranche released on recruitment milestones (illustrative)"}},
				Allocations: only("precision-medicine")},
		},
		Transactions: []funding.Transaction{
			pay("brc-2023", "nihr-brc", "2023-06-01", 2_000_000), pay("brc-2024", "nihr-brc", "2024-06-03", 2_000_000),
			pay("mrc-2023", "mrc-precision", "2023-05-02", 500_000), pay("mrc-2024", "mrc-precision", "2024-05-01", 500_000),
			pay("wellcome-2024", "wellcome-neuro", "2024-04-15", 1_000_000),
			pay("cruk-2023", "cruk-centre", "2023-07-03", 1_000_000), pay("cruk-2024", "cruk-centre", "2024-07-01", 1_000_000),
			pay("foundation-2024", "gstt-foundation-cardio", "2024-09-02", 750_000),
			pay("pharma-2024", "pharma-precision", "2024-10-01", 1_600_000),
		},
		Budgets: []funding.BudgetLine{
			{ID: "kch-ed-2024", Trust: "kch", Year: 2024, Purpose: "Emergency department nursing (illustrative)",
				Amount: gbp(20_000_000), RingFenced: true,
				Draws: []funding.Draw{{Date: d("2024-11-01"), Amount: gbp(300_000), Programme: "cancer-trials",
					Description: "research nurse time (illustrative)"}}},
			{ID: "slam-inpatient-2024", Trust: "slam", Year: 2024, Purpose: "Adult inpatient wards (illustrative)",
				Amount: gbp(8_000_000), RingFenced: true,
				Draws: []funding.Draw{{Date: d("2024-12-02"), Amount: gbp(200_000), Programme: "neuroscience-mental-health",
					Description: "ward time for an observational study (illustrative)"}}},
		},
		Sources: []vocab.Source{
			{URL: "https://api.crossref.org/funders/501100000272", Title: "Crossref Funder Registry: National Institute for Health and Care Research",
				Publisher: "Crossref", Note: "Crossref Funder ID of NIHR"},
			{URL: "https://api.crossref.org/funders/501100000265", Title: "Crossref Funder Registry: Medical Research Council",
				Publisher: "Crossref", Note: "Crossref Funder ID of the MRC"},
			{URL: "https://api.crossref.org/funders/501100000289", Title: "Crossref Funder Registry: Cancer Research UK",
				Publisher: "Crossref", Note: "Crossref Funder ID of Cancer Research UK"},
		},
	}
}

// khpPolicy is an ILLUSTRATIVE set of funding safeguards for KHP: the caps
// and thresholds are examples, not KHP policy.
func khpPolicy() *funding.Policy {
	return &funding.Policy{
		Version: vocab.CurrentVersion,
		Rules: funding.Rules{
			funding.PrivateShareCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(25)},
			funding.PrivateShareCap{Scope: funding.ScopeProgramme, Cap: vocab.Percent(50)},
			funding.FunderConcentrationCap{Cap: vocab.Percent(60)},
			funding.PeerReviewRequired{PrivateAbove: funding.Pounds(1_000_000), AllAbove: funding.Pounds(5_000_000)},
			funding.ConflictOfInterest{},
			funding.RingFence{Cap: vocab.Percent(2)},
			funding.RestrictedPurpose{},
		},
	}
}

// register is an illustrative interests register: reviewer-d holds a hard
// conflict with the pharmaceutical funder.
type register struct{}

func (register) HardConflict(p vocab.PersonID, o vocab.OrgID, _ vocab.Date) bool {
	return p == "reviewer-d" && o == "illustrative-pharma"
}

// portfolio gives the HRCS categories of KHP's programmes, as the Centre
// does from the programme portfolio.
type portfolio map[vocab.ProgrammeID][]vocab.HealthCategory

func (p portfolio) HealthCategories(id vocab.ProgrammeID) []vocab.HealthCategory { return p[id] }

// Evaluate KHP's illustrative funding mix against its illustrative policy
// and print the Markdown report.
func Example_khp() {
	l, p := khpLedger(), khpPolicy()
	if err := l.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	rep, err := funding.Evaluate(l, p, vocab.MustParseDate("2025-03-31"), funding.Env{Interests: register{},
		Programmes: portfolio{"neuroscience-mental-health": {vocab.HealthMentalHealth, vocab.HealthNeurological}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = rep.Markdown(os.Stdout)
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
	// | 2 | error | programme precision-medicine 2024-25 | /transactions | GBP 1,200,000.00 of GBP 2,100,000.00 \(57.1%\) | 50.0% | In 2024-25, private funders provided 57.1% of the GBP 2,100,000.00 disbursed to programme precision-medicine, above the 50.0% cap. |
	// | 5 | error | award pharma-precision reviewer reviewer-d funder illustrative-pharma | /awards/5/peerReview/reviewers/1 | hard conflict with illustrative-pharma | no hard conflict | Reviewer reviewer-d of award pharma-precision held a hard conflict of interest with its private funder illustrative-pharma on 2024-07-01. |
	// | 6 | error | budget slam-inpatient-2024 | /budgets/1/draws | GBP 200,000.00 of GBP 8,000,000.00 \(2.5%\) | 2.0% | Research drew 2.5% of slam's ring-fenced 2024-25 budget line slam-inpatient-2024 for GBP 8,000,000.00, above the 2.0% ring-fence. |
}
