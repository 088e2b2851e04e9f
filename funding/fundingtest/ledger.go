package fundingtest

import (
	"fmt"
	"time"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/funding"
)

// ProgrammeIDs returns the programme IDs generated ledgers allocate,
// disburse, restrict and draw to, so that a test can build a portfolio
// that defines them.
func ProgrammeIDs() []vocab.ProgrammeID {
	return []vocab.ProgrammeID{"cancer", "mental-health", "cardio", "neuro", "data"}
}

// TrustIDs returns the partner IDs generated budget lines belong to.
func TrustIDs() []vocab.OrgID { return []vocab.OrgID{"gstt", "kch", "slam"} }

// RecipientIDs returns the partner IDs generated awards are made to.
func RecipientIDs() []vocab.OrgID { return []vocab.OrgID{"kcl", "gstt", "kch", "slam"} }

// firstDate and lastDate bound generated award dates.
var (
	firstDate = vocab.MustDate(2018, time.April, 1)
	lastDate  = vocab.MustDate(2025, time.March, 31)
)

// Ledger generates valid GBP ledgers: up to five funders of every class,
// up to six co-funded awards with exact shares, allocations, reviews and
// conditions, disbursement and commitment transactions that reconcile, and
// budget lines with draws inside their year.
func Ledger() *rapid.Generator[*funding.Ledger] {
	return rapid.Custom(func(t *rapid.T) *funding.Ledger {
		l := &funding.Ledger{Version: vocab.CurrentVersion, Currency: funding.GBP}
		fids := vocabtest.DistinctIDs[vocab.OrgID](1, 5).Draw(t, "funderIDs")
		for _, id := range fids {
			l.Funders = append(l.Funders, funding.Funder{ID: "f-" + id,
				Class: rapid.SampledFrom(funding.FunderClasses().Values()).Draw(t, "class")})
		}
		aids := vocabtest.DistinctIDs[vocab.AwardID](0, 6).Draw(t, "awardIDs")
		for _, id := range aids {
			a := award(t, l, id)
			l.Awards = append(l.Awards, a)
			l.Transactions = append(l.Transactions, transactions(t, &l.Awards[len(l.Awards)-1])...)
		}
		for i := range rapid.IntRange(0, 3).Draw(t, "budgets") {
			l.Budgets = append(l.Budgets, budgetLine(t, fmt.Sprintf("line-%d", i)))
		}
		return l
	})
}

func award(t *rapid.T, l *funding.Ledger, id vocab.AwardID) funding.Award {
	fs := rapid.Permutation(l.Funders).Draw(t, "funders")
	fs = fs[:rapid.IntRange(1, min(3, len(fs))).Draw(t, "nFunders")]
	shares := vocabtest.Shares(len(fs)).Draw(t, "shares")
	a := funding.Award{
		ID: id, Recipient: rapid.SampledFrom(RecipientIDs()).Draw(t, "recipient"),
		AmountAwarded: funding.Amount(funding.GBP, rapid.Int64Range(1, 1_000_000_000).Draw(t, "awarded")),
		AwardDate:     vocabtest.DateIn(vocab.PeriodOf(firstDate, lastDate)).Draw(t, "awardDate"),
		Call:          rapid.SampledFrom(append(funding.CallTypes().Values(), "")).Draw(t, "call"),
	}
	for i, f := range fs {
		a.Funders = append(a.Funders, funding.FunderShare{Funder: f.ID, Share: shares[i]})
	}
	a.PlannedPeriod = vocab.PeriodOf(a.AwardDate, a.AwardDate.AddDays(rapid.IntRange(0, 1500).Draw(t, "days")))
	if rapid.Bool().Draw(t, "reviewed") {
		a.PeerReview = funding.PeerReview{Panel: "Panel", Independent: rapid.Bool().Draw(t, "independent"),
			Outcome:   rapid.SampledFrom(funding.ReviewOutcomes().Values()).Draw(t, "outcome"),
			Reviewers: vocabtest.DistinctIDs[vocab.PersonID](0, 3).Draw(t, "reviewers")}
	}
	a.DecisionMakers = vocabtest.DistinctIDs[vocab.PersonID](0, 3).Draw(t, "decisionMakers")
	progs := rapid.Permutation(ProgrammeIDs()).Draw(t, "programmes")
	progs = progs[:rapid.IntRange(0, 3).Draw(t, "nAllocations")]
	if len(progs) > 0 {
		shares := vocabtest.Shares(len(progs)+1).Draw(t, "allocationShares")
		if rapid.Bool().Draw(t, "fullyAllocated") {
			shares = vocabtest.Shares(len(progs)).Draw(t, "fullShares")
		}
		for i, p := range progs {
			a.Allocations = append(a.Allocations, funding.Allocation{Programme: p, Share: shares[i]})
		}
	}
	if rapid.IntRange(0, 3).Draw(t, "restricted") == 0 {
		a.Conditions = append(a.Conditions, funding.Condition{Kind: funding.ConditionKindRestricted,
			Programmes: []vocab.ProgrammeID{rapid.SampledFrom(ProgrammeIDs()).Draw(t, "restrictedTo")}})
	}
	return a
}

// transactions generates a commitment of the whole award (sometimes) and
// disbursements summing to at most the award, and sets AmountDisbursed to
// their sum.
func transactions(t *rapid.T, a *funding.Award) []funding.Transaction {
	var out []funding.Transaction
	if rapid.Bool().Draw(t, "committed") {
		out = append(out, funding.Transaction{ID: string(a.ID) + "-c", Award: a.ID, Kind: funding.TransactionKindCommitment,
			Date: a.AwardDate, Amount: a.AmountAwarded})
	}
	left := a.AmountAwarded.Minor
	var paid int64
	for i := range rapid.IntRange(0, 3).Draw(t, "disbursements") {
		if left == 0 {
			break
		}
		m := rapid.Int64Range(1, left).Draw(t, "amount")
		left -= m
		paid += m
		tx := funding.Transaction{ID: fmt.Sprintf("%s-d%d", a.ID, i), Award: a.ID, Kind: funding.TransactionKindDisbursement,
			Date: a.AwardDate.AddDays(rapid.IntRange(0, 1000).Draw(t, "after")), Amount: funding.Amount(funding.GBP, m)}
		if len(a.Allocations) > 0 && rapid.Bool().Draw(t, "toProgramme") {
			tx.Programme = rapid.SampledFrom(a.Allocations).Draw(t, "allocation").Programme
		}
		out = append(out, tx)
	}
	if paid > 0 {
		a.AmountDisbursed = funding.Amount(funding.GBP, paid)
	}
	return out
}

func budgetLine(t *rapid.T, id string) funding.BudgetLine {
	y := rapid.SampledFrom([]vocab.FinancialYear{2021, 2022, 2023, 2024}).Draw(t, "year")
	b := funding.BudgetLine{ID: id, Trust: rapid.SampledFrom(TrustIDs()).Draw(t, "trust"), Year: y, Purpose: "Front-line care",
		Amount: funding.Amount(funding.GBP, rapid.Int64Range(1, 10_000_000_000).Draw(t, "budget")), RingFenced: rapid.Bool().Draw(t, "ringFenced")}
	for range rapid.IntRange(0, 3).Draw(t, "draws") {
		b.Draws = append(b.Draws, funding.Draw{Date: vocabtest.DateIn(y.Period()).Draw(t, "drawDate"),
			Amount:    funding.Amount(funding.GBP, rapid.Int64Range(1, b.Amount.Minor).Draw(t, "drawn")),
			Programme: rapid.SampledFrom(ProgrammeIDs()).Draw(t, "drawProgramme")})
	}
	return b
}
