package fundingtest

import (
	"math"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

// Mutation is a ledger broken in one way, with the path and problem type
// Validate must report.
type Mutation struct {
	Ledger *funding.Ledger
	Path   *vocab.Path
	Type   vocab.ProblemType
	Name   string
}

// mutator breaks a valid ledger from [Ledger]; it returns false when it
// does not apply.
type mutator struct {
	name  string
	apply func(t *rapid.T, l *funding.Ledger) (*vocab.Path, vocab.ProblemType, bool)
}

func awardPath(i int) *vocab.Path { return vocab.NewPath("awards").Index(i) }

// disbursementOf returns the index of a disbursement of award i, or -1.
func disbursementOf(l *funding.Ledger, i int) int {
	for j, tx := range l.Transactions {
		if tx.Award == l.Awards[i].ID && tx.Kind == funding.TransactionDisbursement {
			return j
		}
	}
	return -1
}

var mutators = []mutator{
	{"malformed ledger currency", func(_ *rapid.T, l *funding.Ledger) (*vocab.Path, vocab.ProblemType, bool) {
		l.Currency = "gbp"
		return vocab.NewPath("currency"), vocab.ErrInvalid, true
	}},
	{"funder without class", func(_ *rapid.T, l *funding.Ledger) (*vocab.Path, vocab.ProblemType, bool) {
		l.Funders[0].Class = ""
		return vocab.NewPath("funders").Index(0).Child("class"), vocab.ErrRequired, true
	}},
	{"shares not summing to one", func(_ *rapid.T, l *funding.Ledger) (*vocab.Path, vocab.ProblemType, bool) {
		if len(l.Awards) == 0 {
			return nil, "", false
		}
		s := &l.Awards[0].Funders[0].Share
		*s = vocab.MustRatio(s.Num(), s.Den()*2)
		return awardPath(0).Child("funders"), vocab.ErrInvalid, true
	}},
	{"disbursed above awarded", func(_ *rapid.T, l *funding.Ledger) (*vocab.Path, vocab.ProblemType, bool) {
		if len(l.Awards) == 0 {
			return nil, "", false
		}
		a := &l.Awards[0]
		a.AmountDisbursed = funding.Amount(funding.GBP, a.AmountAwarded.Minor+1)
		return awardPath(0).Child("amountDisbursed"), vocab.ErrOutOfRange, true
	}},
	{"transactions not reconciling", func(_ *rapid.T, l *funding.Ledger) (*vocab.Path, vocab.ProblemType, bool) {
		for i := range l.Awards {
			if j := disbursementOf(l, i); j >= 0 {
				l.Transactions[j].Amount.Minor++
				return awardPath(i).Child("amountDisbursed"), vocab.ErrInvalid, true
			}
		}
		return nil, "", false
	}},
	{"currency mixing", func(_ *rapid.T, l *funding.Ledger) (*vocab.Path, vocab.ProblemType, bool) {
		if len(l.Awards) == 0 {
			return nil, "", false
		}
		l.Awards[0].AmountAwarded.Currency = funding.EUR
		return awardPath(0).Child("amountAwarded").Child("currency"), vocab.ErrInvalid, true
	}},
	{"transactions overflow", func(_ *rapid.T, l *funding.Ledger) (*vocab.Path, vocab.ProblemType, bool) {
		if len(l.Awards) == 0 {
			return nil, "", false
		}
		a := &l.Awards[0]
		for _, id := range []string{"huge-1", "huge-2"} {
			l.Transactions = append(l.Transactions, funding.Transaction{ID: id, Award: a.ID, Kind: funding.TransactionCommitment,
				Date: a.AwardDate, Amount: funding.Amount(funding.GBP, math.MaxInt64/2+1)})
		}
		return vocab.NewPath("transactions").Index(len(l.Transactions) - 1).Child("amount"), vocab.ErrOutOfRange, true
	}},
	{"unknown funder", func(_ *rapid.T, l *funding.Ledger) (*vocab.Path, vocab.ProblemType, bool) {
		if len(l.Awards) == 0 {
			return nil, "", false
		}
		l.Awards[0].Funders[0].Funder = "no-such-funder"
		return awardPath(0).Child("funders").Index(0).Child("funder"), vocab.ErrNotFound, true
	}},
	{"allocations above the whole", func(_ *rapid.T, l *funding.Ledger) (*vocab.Path, vocab.ProblemType, bool) {
		if len(l.Awards) == 0 {
			return nil, "", false
		}
		a := &l.Awards[0]
		a.Allocations = append(a.Allocations, funding.Allocation{Programme: "extra-a", Share: vocab.IntRatio(1)},
			funding.Allocation{Programme: "extra-b", Share: vocab.MustRatio(1, 100)})
		return awardPath(0).Child("allocations"), vocab.ErrOutOfRange, true
	}},
	{"draw outside its year", func(_ *rapid.T, l *funding.Ledger) (*vocab.Path, vocab.ProblemType, bool) {
		for i := range l.Budgets {
			if b := &l.Budgets[i]; len(b.Draws) > 0 {
				b.Draws[0].Date = b.Year.End().AddDays(1)
				return vocab.NewPath("budgets").Index(i).Child("draws").Index(0).Child("date"), vocab.ErrOutOfRange, true
			}
		}
		return nil, "", false
	}},
	{"duplicate award ID", func(_ *rapid.T, l *funding.Ledger) (*vocab.Path, vocab.ProblemType, bool) {
		if len(l.Awards) < 2 {
			return nil, "", false
		}
		l.Awards[1].ID = l.Awards[0].ID
		return awardPath(1).Child("id"), vocab.ErrDuplicate, true
	}},
	{"negative amount", func(_ *rapid.T, l *funding.Ledger) (*vocab.Path, vocab.ProblemType, bool) {
		if len(l.Budgets) == 0 {
			return nil, "", false
		}
		l.Budgets[0].Amount.Minor = -1
		return vocab.NewPath("budgets").Index(0).Child("amount").Child("minor"), vocab.ErrOutOfRange, true
	}},
}

// LedgerMutation generates a ledger from [Ledger] broken in exactly one
// way, with where and how Validate must report it.
func LedgerMutation() *rapid.Generator[Mutation] {
	return rapid.Custom(func(t *rapid.T) Mutation {
		l := Ledger().Draw(t, "ledger")
		for {
			m := rapid.SampledFrom(mutators).Draw(t, "mutator")
			if p, typ, ok := m.apply(t, l); ok {
				return Mutation{Ledger: l, Path: p, Type: typ, Name: m.name}
			}
		}
	})
}
