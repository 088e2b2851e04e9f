package funding_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/funding/fundingtest"
)

// parityInterests declares a hard conflict when the person's and the
// organisation's IDs have lengths of equal parity: arbitrary but
// deterministic, so conflicts occur often.
type parityInterests struct{}

func (parityInterests) HardConflictAt(p vocab.PersonID, o vocab.OrgID, _ vocab.Date) bool {
	return len(p)%2 == len(o)%2
}

// firstCategory gives every programme one HRCS category chosen by its name.
type firstCategory struct{}

func (firstCategory) HealthCategories(id vocab.ProgrammeID) []vocab.HealthCategory {
	all := vocab.HealthCategories().Values()
	return all[len(id)%len(all) : len(id)%len(all)+1]
}

var testEnv = funding.Env{Interests: parityInterests{}, Programmes: firstCategory{}}

var asOf = vocab.MustParseDate("2030-03-31")

func evaluate(t interface {
	Helper()
	Fatalf(string, ...any)
}, l *funding.Ledger, p *funding.Policy) *funding.Evaluation {
	t.Helper()
	rep, err := funding.Evaluate(l, p, asOf, testEnv)
	if err != nil {
		t.Fatalf("Evaluate: %v", err)
	}
	return rep
}

// privateCapPolicy generates policies of private-share caps at both scopes.
func privateCapPolicy() *rapid.Generator[*funding.Policy] {
	return rapid.Custom(func(t *rapid.T) *funding.Policy {
		p := &funding.Policy{Version: vocab.CurrentVersion}
		for _, s := range funding.Scopes().Values() {
			p.Rules = append(p.Rules, funding.PrivateShareCap{Scope: s, Cap: vocabtest.Ratio().Draw(t, "cap")})
		}
		return p
	})
}

func subjects(rep *funding.Evaluation, kind string) []string {
	var out []string
	for _, f := range rep.Findings {
		if f.Kind == kind {
			out = append(out, f.Subject)
		}
	}
	return out
}

// A private award here is wholly private: lowering a co-funded award whose
// private share is below the year's can raise the year's private share, so
// the property cannot hold for it. The test makes the lowered award's only
// funder private.
func TestLoweringAPrivateAwardCreatesNoPrivateCapFinding(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		p := privateCapPolicy().Draw(t, "policy")
		var candidates []int // disbursements of more than one minor unit
		for j, tx := range l.Transactions {
			if tx.Kind == funding.TransactionKindDisbursement && tx.Amount.Minor > 1 {
				candidates = append(candidates, j)
			}
		}
		if len(candidates) == 0 {
			t.Skip("no disbursement to lower")
		}
		j := rapid.SampledFrom(candidates).Draw(t, "transaction")
		tx := &l.Transactions[j]
		a, _ := l.Award(tx.Award)
		l.Funders = append(l.Funders, funding.Funder{ID: "private-co", Class: funding.FunderClassPrivate})
		a.Funders = []funding.FunderShare{{Funder: "private-co", Share: vocab.IntRatio(1)}}
		before := subjects(evaluate(t, l, p), "private-share-cap")

		k := rapid.Int64Range(1, tx.Amount.Minor-1).Draw(t, "lowerBy")
		tx.Amount.Minor -= k
		a.AmountDisbursed.Minor -= k
		after := subjects(evaluate(t, l, p), "private-share-cap")
		for _, s := range after {
			if !slices.Contains(before, s) {
				t.Fatalf("lowering %s by %d created finding %q (before: %v)", tx.ID, k, s, before)
			}
		}
	})
}

func TestRemovingPrivateAwardsRemovesPrivateCapFindings(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		p := privateCapPolicy().Draw(t, "policy")
		classes := l.ClassByFunder()
		l.Awards = slices.DeleteFunc(l.Awards, func(a funding.Award) bool {
			return a.HasClass(classes, []funding.FunderClass{funding.FunderClassPrivate})
		})
		l.Transactions = slices.DeleteFunc(l.Transactions, func(tx funding.Transaction) bool {
			_, ok := l.Award(tx.Award)
			return !ok
		})
		if got := subjects(evaluate(t, l, p), "private-share-cap"); len(got) > 0 {
			t.Fatalf("private-cap findings without private awards: %v", got)
		}
	})
}

func shuffled[T any](t *rapid.T, xs []T, label string) []T {
	if len(xs) == 0 {
		return xs
	}
	return rapid.Permutation(xs).Draw(t, label)
}

func TestEvaluationIgnoresInputOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		p := fundingtest.Policy().Draw(t, "policy")
		want := evaluate(t, l, p)

		m := *l
		m.Funders = shuffled(t, l.Funders, "funders")
		m.Transactions = shuffled(t, l.Transactions, "transactions")
		m.Awards = shuffled(t, l.Awards, "awards")
		for i := range m.Awards {
			a := &m.Awards[i]
			a.Funders = shuffled(t, a.Funders, "shares")
			a.Allocations = shuffled(t, a.Allocations, "allocations")
			a.DecisionMakers = shuffled(t, a.DecisionMakers, "decisionMakers")
		}
		m.Budgets = shuffled(t, l.Budgets, "budgets")
		for i := range m.Budgets {
			m.Budgets[i].Draws = shuffled(t, m.Budgets[i].Draws, "draws")
		}
		got := evaluate(t, &m, p)
		ignorePaths := cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".Path" }, cmp.Ignore())
		if diff := cmp.Diff(want, got, ignorePaths); diff != "" {
			t.Fatalf("permuting the ledger changed the report (-want +got):\n%s", diff)
		}
	})
}

func TestAllocatedNeverExceedsAwarded(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		for _, a := range l.Awards {
			parts, rest, err := a.Allocated()
			if err != nil {
				t.Fatalf("Allocated(%s): %v", a.ID, err)
			}
			total, err := funding.Total(parts...)
			if err != nil {
				t.Fatal(err)
			}
			if total.Minor > a.AmountAwarded.Minor || total.Minor+rest.Minor != a.AmountAwarded.Minor || rest.Minor < 0 {
				t.Fatalf("award %s of %s: allocated %s, rest %s", a.ID, a.AmountAwarded, total, rest)
			}
		}
	})
}

func TestGeneratedLedgersAreValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		if err := l.Validate(); err != nil {
			t.Fatalf("generated ledger is invalid: %v", err)
		}
		p := fundingtest.Policy().Draw(t, "policy")
		if err := p.Validate(); err != nil {
			t.Fatalf("generated policy is invalid: %v", err)
		}
	})
}

// Every kind of ledger defect is reported where and as the mutation says.
func TestLedgerMutationsAreReportedAtTheirPath(t *testing.T) {
	for _, kind := range fundingtest.LedgerMutationKinds() {
		t.Run(kind, func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) {
				m := fundingtest.MutatedLedger(kind).Draw(t, "mutation")
				ps := vocab.ProblemsOf(m.Value.Validate())
				if !slices.ContainsFunc(ps, func(p *vocab.Problem) bool { return p.Path.Equal(m.Path) && p.Type == m.Type }) {
					t.Fatalf("%s: want %s at %s, got:\n%v", m.Kind, m.Type, m.Path, ps)
				}
			})
		})
	}
}

// Every kind of policy defect is reported where and as the mutation says.
func TestPolicyMutationsAreReportedAtTheirPath(t *testing.T) {
	for _, kind := range fundingtest.PolicyMutationKinds() {
		t.Run(kind, func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) {
				m := fundingtest.MutatedPolicy(kind).Draw(t, "mutation")
				ps := vocab.ProblemsOf(m.Value.Validate())
				if !slices.ContainsFunc(ps, func(p *vocab.Problem) bool { return p.Path.Equal(m.Path) && p.Type == m.Type }) {
					t.Fatalf("%s: want %s at %s, got:\n%v", m.Kind, m.Type, m.Path, ps)
				}
			})
		})
	}
}

// fundingtest generates valid rules of every registered kind, which
// round-trip through JSON.
func TestRuleOfEveryKind(t *testing.T) {
	for _, k := range funding.RuleKinds() {
		t.Run(k.Code(), func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) {
				r := fundingtest.RuleOf(k).Draw(t, "rule")
				if r.Kind() != k.Code() {
					t.Fatalf("RuleOf(%s) drew a %s", k.Code(), r.Kind())
				}
				data, err := json.Marshal(funding.Rules{r})
				if err != nil {
					t.Fatal(err)
				}
				var back funding.Rules
				if err := json.Unmarshal(data, &back); err != nil {
					t.Fatalf("%s: %v", data, err)
				}
				if diff := cmp.Diff(funding.Rules{r}, back); diff != "" {
					t.Fatalf("%s (-drawn +decoded):\n%s", data, diff)
				}
			})
		})
	}
}
