package fundingtest

import (
	"math"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/funding"
)

// MutatedLedger generates ledgers from [Ledger] broken in exactly one way,
// each with the path and problem type [funding.Ledger.Validate] must
// report. Only the named kinds of defect are used, or every kind
// ([LedgerMutationKinds]) when none is named; an unknown kind panics.
func MutatedLedger(kinds ...string) *rapid.Generator[vocabtest.Mutation[*funding.Ledger]] {
	return vocabtest.Mutated(Ledger(), ledgerMutators(), kinds...)
}

// LedgerMutationKinds returns the kinds of defect [MutatedLedger] makes,
// sorted.
func LedgerMutationKinds() []string { return vocabtest.MutationKinds(ledgerMutators()) }

func awardPath(i int) *vocab.Path { return vocab.NewPath("awards").Index(i) }

// disbursementOf returns the index of a disbursement of award i, or -1.
func disbursementOf(l *funding.Ledger, i int) int {
	for j, tx := range l.Transactions {
		if tx.Award == l.Awards[i].ID && tx.Kind == funding.TransactionKindDisbursement {
			return j
		}
	}
	return -1
}

// ledgerMutators returns every kind of defect [MutatedLedger] draws from.
// Those that need an award, a second award, a disbursement or a budget
// line the ledger lacks do not apply, and leave it unchanged.
func ledgerMutators() []vocabtest.Mutator[*funding.Ledger] {
	type l = funding.Ledger
	return []vocabtest.Mutator[*l]{
		{Kind: "malformed ledger currency", Apply: func(_ *rapid.T, l *l) (*vocab.Path, vocab.ProblemType, bool) {
			l.Currency = "gbp"
			return vocab.NewPath("currency"), vocab.ErrInvalid, true
		}},
		{Kind: "funder without class", Apply: func(_ *rapid.T, l *l) (*vocab.Path, vocab.ProblemType, bool) {
			l.Funders[0].Class = ""
			return vocab.NewPath("funders").Index(0).Child("class"), vocab.ErrRequired, true
		}},
		{Kind: "shares not summing to one", Apply: func(_ *rapid.T, l *l) (*vocab.Path, vocab.ProblemType, bool) {
			if len(l.Awards) == 0 {
				return nil, "", false
			}
			s := &l.Awards[0].Funders[0].Share
			*s = vocab.MustRatio(s.Num(), s.Den()*2)
			return awardPath(0).Child("funders"), vocab.ErrInvalid, true
		}},
		{Kind: "disbursed above awarded", Apply: func(_ *rapid.T, l *l) (*vocab.Path, vocab.ProblemType, bool) {
			if len(l.Awards) == 0 {
				return nil, "", false
			}
			a := &l.Awards[0]
			a.AmountDisbursed = funding.Amount(funding.GBP, a.AmountAwarded.Minor+1)
			return awardPath(0).Child("amountDisbursed"), vocab.ErrOutOfRange, true
		}},
		{Kind: "transactions not reconciling", Apply: func(_ *rapid.T, l *l) (*vocab.Path, vocab.ProblemType, bool) {
			for i := range l.Awards {
				if j := disbursementOf(l, i); j >= 0 {
					l.Transactions[j].Amount.Minor++
					return awardPath(i).Child("amountDisbursed"), vocab.ErrInvalid, true
				}
			}
			return nil, "", false
		}},
		{Kind: "currency mixing", Apply: func(_ *rapid.T, l *l) (*vocab.Path, vocab.ProblemType, bool) {
			if len(l.Awards) == 0 {
				return nil, "", false
			}
			l.Awards[0].AmountAwarded.Currency = funding.EUR
			return awardPath(0).Child("amountAwarded").Child("currency"), vocab.ErrInvalid, true
		}},
		{Kind: "transactions overflow", Apply: func(_ *rapid.T, l *l) (*vocab.Path, vocab.ProblemType, bool) {
			if len(l.Awards) == 0 {
				return nil, "", false
			}
			a := &l.Awards[0]
			for _, id := range []string{"huge-1", "huge-2"} {
				l.Transactions = append(l.Transactions, funding.Transaction{ID: id, Award: a.ID, Kind: funding.TransactionKindCommitment,
					Date: a.AwardDate, Amount: funding.Amount(funding.GBP, math.MaxInt64/2+1)})
			}
			return vocab.NewPath("transactions").Index(len(l.Transactions) - 1).Child("amount"), vocab.ErrOutOfRange, true
		}},
		{Kind: "unknown funder", Apply: func(_ *rapid.T, l *l) (*vocab.Path, vocab.ProblemType, bool) {
			if len(l.Awards) == 0 {
				return nil, "", false
			}
			l.Awards[0].Funders[0].Funder = "no-such-funder"
			return awardPath(0).Child("funders").Index(0).Child("funder"), vocab.ErrNotFound, true
		}},
		{Kind: "allocations above the whole", Apply: func(_ *rapid.T, l *l) (*vocab.Path, vocab.ProblemType, bool) {
			if len(l.Awards) == 0 {
				return nil, "", false
			}
			a := &l.Awards[0]
			a.Allocations = append(a.Allocations, funding.Allocation{Programme: "extra-a", Share: vocab.IntRatio(1)},
				funding.Allocation{Programme: "extra-b", Share: vocab.MustRatio(1, 100)})
			return awardPath(0).Child("allocations"), vocab.ErrOutOfRange, true
		}},
		{Kind: "share above one", Apply: func(_ *rapid.T, l *l) (*vocab.Path, vocab.ProblemType, bool) {
			if len(l.Awards) == 0 {
				return nil, "", false
			}
			l.Awards[0].Funders[0].Share = vocab.MustRatio(3, 2)
			return awardPath(0).Child("funders").Index(0).Child("share"), vocab.ErrOutOfRange, true
		}},
		{Kind: "draw outside its year", Apply: func(_ *rapid.T, l *l) (*vocab.Path, vocab.ProblemType, bool) {
			for i := range l.Budgets {
				if b := &l.Budgets[i]; len(b.Draws) > 0 {
					b.Draws[0].Date = b.Year.End().AddDays(1)
					return vocab.NewPath("budgets").Index(i).Child("draws").Index(0).Child("date"), vocab.ErrOutOfRange, true
				}
			}
			return nil, "", false
		}},
		{Kind: "duplicate award ID", Apply: func(_ *rapid.T, l *l) (*vocab.Path, vocab.ProblemType, bool) {
			if len(l.Awards) < 2 {
				return nil, "", false
			}
			l.Awards[1].ID = l.Awards[0].ID
			return awardPath(1).Child("id"), vocab.ErrDuplicate, true
		}},
		{Kind: "negative amount", Apply: func(_ *rapid.T, l *l) (*vocab.Path, vocab.ProblemType, bool) {
			if len(l.Budgets) == 0 {
				return nil, "", false
			}
			l.Budgets[0].Amount.Minor = -1
			return vocab.NewPath("budgets").Index(0).Child("amount").Child("minor"), vocab.ErrOutOfRange, true
		}},
	}
}
