package fundingtest

import (
	"math"
	"reflect"
	"strings"

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

// MutatedPolicy generates policies from [Policy] broken in exactly one way,
// each with the path and problem type [funding.Policy.Validate] must
// report. Only the named kinds of defect are used, or every kind
// ([PolicyMutationKinds]) when none is named; an unknown kind panics. The
// defects inside a rule find their fields by type and JSON name, so they
// apply to every registered rule kind that has such a field.
func MutatedPolicy(kinds ...string) *rapid.Generator[vocabtest.Mutation[*funding.Policy]] {
	return vocabtest.Mutated(Policy(), policyMutators(), kinds...)
}

// PolicyMutationKinds returns the kinds of defect [MutatedPolicy] makes,
// sorted.
func PolicyMutationKinds() []string { return vocabtest.MutationKinds(policyMutators()) }

// policyMutators returns every kind of defect [MutatedPolicy] draws from.
func policyMutators() []vocabtest.Mutator[*funding.Policy] {
	type p = funding.Policy
	return []vocabtest.Mutator[*p]{
		{Kind: "missing version", Apply: func(_ *rapid.T, p *p) (*vocab.Path, vocab.ProblemType, bool) {
			p.Version = ""
			return vocab.NewPath("version"), vocab.ErrRequired, true
		}},
		{Kind: "nil rule", Apply: func(t *rapid.T, p *p) (*vocab.Path, vocab.ProblemType, bool) {
			i := rapid.IntRange(0, len(p.Rules)-1).Draw(t, "rule")
			p.Rules[i] = nil
			return vocab.NewPath("rules").Index(i), vocab.ErrRequired, true
		}},
		{Kind: "unsupported severity", Apply: func(t *rapid.T, p *p) (*vocab.Path, vocab.ProblemType, bool) {
			return setRuleField(t, p, func(f reflect.StructField) bool { return f.Type == severityType },
				reflect.ValueOf(vocab.Severity("fatal")), vocab.ErrNotSupported)
		}},
		{Kind: "unsupported code", Apply: func(t *rapid.T, p *p) (*vocab.Path, vocab.ProblemType, bool) {
			return setRuleField(t, p, func(f reflect.StructField) bool {
				return f.Type != severityType && f.Type.Kind() == reflect.String && f.Type.Implements(enumType)
			}, reflect.ValueOf("no-such-code"), vocab.ErrNotSupported)
		}},
		{Kind: "cap above one", Apply: func(t *rapid.T, p *p) (*vocab.Path, vocab.ProblemType, bool) {
			return setRuleField(t, p, func(f reflect.StructField) bool { return f.Type == ratioType && jsonName(f) == "cap" },
				reflect.ValueOf(vocab.MustRatio(3, 2)), vocab.ErrOutOfRange)
		}},
	}
}

// setRuleField sets to v a field, matching match, of a rule of p that has
// one, and returns its path and the problem type typ; ok is false when no
// rule has such a field, and p is left unchanged.
func setRuleField(t *rapid.T, p *funding.Policy, match func(reflect.StructField) bool, v reflect.Value, typ vocab.ProblemType) (*vocab.Path, vocab.ProblemType, bool) {
	type target struct {
		rule, field int
	}
	var targets []target
	for i, r := range p.Rules {
		rt := reflect.TypeOf(r)
		if rt == nil || rt.Kind() != reflect.Struct {
			continue
		}
		for j := range rt.NumField() {
			if f := rt.Field(j); f.IsExported() && match(f) {
				targets = append(targets, target{i, j})
			}
		}
	}
	if len(targets) == 0 {
		return nil, "", false
	}
	tg := rapid.SampledFrom(targets).Draw(t, "field")
	rv := reflect.New(reflect.TypeOf(p.Rules[tg.rule])).Elem()
	rv.Set(reflect.ValueOf(p.Rules[tg.rule]))
	f := rv.Type().Field(tg.field)
	rv.Field(tg.field).Set(v.Convert(f.Type))
	p.Rules[tg.rule] = rv.Interface().(funding.Rule)
	return vocab.NewPath("rules").Index(tg.rule).Child(jsonName(f)), typ, true
}

// jsonName returns the JSON member name of a struct field.
func jsonName(f reflect.StructField) string {
	if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); name != "" {
		return name
	}
	return f.Name
}
