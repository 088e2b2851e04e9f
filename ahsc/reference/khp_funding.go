package reference

import (
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

// KHPLedger is KHP's funding mix. Every amount, date, person and budget
// line is ILLUSTRATIVE; the funders and their Crossref Funder IDs are real.
func KHPLedger() *funding.Ledger {
	gbp := funding.Pounds
	d := vocab.MustParseDate
	only := func(p vocab.ProgrammeID) []funding.Allocation {
		return []funding.Allocation{{Programme: p, Share: vocab.IntRatio(1)}}
	}
	sole := func(f vocab.OrgID) []funding.FunderShare {
		return []funding.FunderShare{{Funder: f, Share: vocab.IntRatio(1)}}
	}
	pay := func(id string, award vocab.AwardID, date string, pounds int64) funding.Transaction {
		return funding.Transaction{ID: id, Award: award, Kind: funding.TransactionKindDisbursement, Date: d(date), Amount: gbp(pounds)}
	}
	crossref := func(id string) []vocab.Identifier {
		return []vocab.Identifier{{Scheme: vocab.SchemeCrossrefFunder, Value: "10.13039/" + id}}
	}
	return &funding.Ledger{
		Version:  vocab.CurrentVersion,
		Currency: funding.GBP,
		Funders: []funding.Funder{
			{ID: "nihr", Class: funding.FunderClassPublic, Identifiers: crossref("501100000272")},
			{ID: "mrc", Class: funding.FunderClassPublic, Identifiers: crossref("501100000265")},
			{ID: "wellcome", Class: funding.FunderClassPhilanthropic},
			{ID: "cruk", Class: funding.FunderClassPhilanthropic, Identifiers: crossref("501100000289")},
			{ID: "gstt-foundation", Class: funding.FunderClassPhilanthropic},
			{ID: "illustrative-pharma", Class: funding.FunderClassPrivate},
		},
		Awards: []funding.Award{
			{ID: "nihr-brc", Title: "Biomedical research centre (illustrative)", Recipient: "gstt", Funders: sole("nihr"),
				AmountAwarded: gbp(10_000_000), AmountDisbursed: gbp(4_000_000), AwardDate: d("2022-04-01"),
				PlannedPeriod: vocab.MustParsePeriod("2022-12-01/2027-11-30"), Call: funding.CallTypeOpen,
				PeerReview: funding.PeerReview{Panel: "International review panel (illustrative)", Independent: true,
					Reviewers: []vocab.PersonID{"reviewer-a", "reviewer-b"}, Outcome: funding.ReviewOutcomeFund},
				DecisionMakers: []vocab.PersonID{"funder-board-chair"},
				Allocations: []funding.Allocation{{Programme: "translational-cancer", Share: vocab.MustRatio(2, 5)},
					{Programme: "neuroscience-mental-health", Share: vocab.MustRatio(2, 5)},
					{Programme: "cardiovascular", Share: vocab.MustRatio(1, 5)}}},
			{ID: "mrc-precision", Title: "Precision medicine partnership (illustrative)", Recipient: "kcl", Funders: sole("mrc"),
				AmountAwarded: gbp(2_000_000), AmountDisbursed: gbp(1_000_000), AwardDate: d("2023-01-16"), Call: funding.CallTypeOpen,
				Allocations: only("precision-medicine")},
			{ID: "wellcome-neuro", Title: "Neuroscience and mental health award (illustrative)", Recipient: "kcl", Funders: sole("wellcome"),
				AmountAwarded: gbp(3_000_000), AmountDisbursed: gbp(1_000_000), AwardDate: d("2024-03-01"), Call: funding.CallTypeOpen,
				Conditions: []funding.Condition{{Kind: funding.ConditionKindRestricted,
					HealthCategories: []vocab.HealthCategory{vocab.HealthMentalHealth, vocab.HealthNeurological},
					Text:             "for mental health and neurological research only"}},
				Allocations: only("neuroscience-mental-health")},
			{ID: "cruk-centre", Title: "Cancer research centre (illustrative)", Recipient: "kcl", Funders: sole("cruk"),
				AmountAwarded: gbp(4_000_000), AmountDisbursed: gbp(2_000_000), AwardDate: d("2023-04-03"), Call: funding.CallTypeOpen,
				Allocations: only("translational-cancer")},
			{ID: "gstt-foundation-cardio", Title: "Cardiovascular programme grant (illustrative)", Recipient: "gstt",
				Funders: sole("gstt-foundation"), AmountAwarded: gbp(1_500_000), AmountDisbursed: gbp(750_000),
				AwardDate: d("2024-06-03"), Call: funding.CallTypeInvited, Allocations: only("cardiovascular")},
			{ID: "pharma-precision", Title: "Industry-partnered precision medicine study (illustrative)", Recipient: "kcl",
				Funders:          []funding.FunderShare{{Funder: "illustrative-pharma", Share: vocab.MustRatio(3, 4)}, {Funder: "nihr", Share: vocab.MustRatio(1, 4)}},
				AmountAppliedFor: gbp(4_500_000), AmountAwarded: gbp(4_000_000), AmountDisbursed: gbp(1_600_000),
				AwardDate: d("2024-07-01"), Call: funding.CallTypeInvited,
				PeerReview: funding.PeerReview{Panel: "Independent scientific review (illustrative)", Independent: true,
					Reviewers: []vocab.PersonID{"reviewer-c", "reviewer-d"}, Outcome: funding.ReviewOutcomeFundWithConditions},
				DecisionMakers: []vocab.PersonID{"research-director"},
				Conditions: []funding.Condition{{Kind: funding.ConditionKindPerformance,
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
			vocab.Illustrative("every award, amount, date, person, condition, transaction and budget line is illustrative; the funders and their Crossref Funder IDs are real"),
			{URL: "https://api.crossref.org/funders/501100000272", Title: "Crossref Funder Registry: National Institute for Health and Care Research",
				Publisher: "Crossref", Accessed: accessed, Note: "Crossref Funder ID of NIHR; corroborated by the fundRef of ISRCTN trial records and Crossref metadata (the registry itself was not read)"},
			{URL: "https://api.crossref.org/funders/501100000265", Title: "Crossref Funder Registry: Medical Research Council",
				Publisher: "Crossref", Accessed: accessed, Note: "Crossref Funder ID of the MRC; corroborated by the fundRef of ISRCTN trial records and Crossref metadata (the registry itself was not read)"},
			{URL: "https://api.crossref.org/funders/501100000289", Title: "Crossref Funder Registry: Cancer Research UK",
				Publisher: "Crossref", Accessed: accessed, Note: "Crossref Funder ID of Cancer Research UK; corroborated by the fundRef of ISRCTN trial records and Crossref metadata (the registry itself was not read)"},
		},
	}
}

// KHPPolicy is an ILLUSTRATIVE set of funding safeguards for KHP: the caps
// and thresholds are examples, not KHP policy.
func KHPPolicy() *funding.Policy {
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
		Sources: []vocab.Source{vocab.Illustrative("the caps and thresholds are examples of safeguards, not KHP policy")},
	}
}
