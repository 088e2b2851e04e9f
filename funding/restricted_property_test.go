package funding_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/funding/fundingtest"
)

// someOf draws a subset of pool, in pool order.
func someOf[T any](t *rapid.T, pool []T, label string) []T {
	var out []T
	for _, v := range pool {
		if rapid.Bool().Draw(t, label) {
			out = append(out, v)
		}
	}
	return out
}

// TestRestrictedPurposeAgreesWithAllows: on generated ledgers whose awards
// carry a random mix of restricted conditions (programmes, HRCS categories
// or both, among other kinds) and whose disbursements name random
// programmes and categories, in a portfolio that gives programmes random
// categories, the rule's findings are exactly the allocations and
// disbursements that some restricted condition's Allows refuses (asked
// condition by condition, with the programme's categories and the spend's
// own), plus the unrecorded-purpose warnings.
func TestRestrictedPurposeAgreesWithAllows(t *testing.T) {
	policy := &funding.Policy{Version: vocab.CurrentVersion, Rules: funding.Rules{funding.RestrictedPurpose{}}}
	// A few categories, so that conditions and programmes share some.
	catPool := vocab.HealthCategories().Values()[:5]
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		progs := fundingtest.ProgrammeIDs()
		env := portfolio{}
		for _, p := range progs {
			if rapid.IntRange(0, 4).Draw(t, "known") > 0 {
				env[p] = someOf(t, catPool, "programmeCategory")
			}
		}
		for i := range l.Awards {
			a := &l.Awards[i]
			a.Conditions = nil
			for range rapid.IntRange(0, 6).Draw(t, "conditions") {
				c := funding.Condition{Kind: rapid.SampledFrom(funding.ConditionKinds().Values()).Draw(t, "kind")}
				if c.Kind == funding.ConditionKindRestricted {
					for len(c.Programmes)+len(c.HealthCategories) == 0 {
						c.Programmes = someOf(t, progs, "conditionProgramme")
						c.HealthCategories = someOf(t, catPool, "conditionCategory")
					}
				}
				a.Conditions = append(a.Conditions, c)
			}
		}
		for i := range l.Transactions {
			if tx := &l.Transactions[i]; tx.Kind == funding.TransactionKindDisbursement {
				tx.Programme = rapid.SampledFrom(append([]vocab.ProgrammeID{""}, progs...)).Draw(t, "spendProgramme")
				tx.HealthCategory = rapid.SampledFrom(append([]vocab.HealthCategory{""}, catPool...)).Draw(t, "spendCategory")
			}
		}
		at := rapid.SampledFrom([]vocab.Date{{}, vocab.MustParseDate("2020-03-31"), asOf}).Draw(t, "asOf")
		ev, err := funding.Evaluate(l, policy, at, funding.Env{Programmes: env})
		if err != nil {
			t.Fatalf("Evaluate: %v", err)
		}
		got := map[string]vocab.Severity{}
		for _, f := range ev.Findings {
			got[f.Path.JSONPointer()] = f.Severity
		}

		// The naive answer: every restricted condition asked in turn.
		allows := func(a *funding.Award, p vocab.ProgrammeID, hc vocab.HealthCategory) bool {
			var cats []vocab.HealthCategory
			if p != "" {
				cats = append(cats, env[p]...)
			}
			if hc != "" {
				cats = append(cats, hc)
			}
			for _, c := range a.Restrictions() {
				if !c.Allows(p, cats) {
					return false
				}
			}
			return true
		}
		included := func(d vocab.Date) bool { return at.IsZero() || !d.After(at) }
		want := map[string]vocab.Severity{}
		for i := range l.Awards {
			a := &l.Awards[i]
			if len(a.Restrictions()) == 0 || !included(a.AwardDate) {
				continue
			}
			for j, al := range a.Allocations {
				if !allows(a, al.Programme, "") {
					want[vocab.NewPath("awards").Index(i).Child("allocations").Index(j).Child("programme").JSONPointer()] = vocab.SeverityError
				}
			}
		}
		for i, tx := range l.Transactions {
			a, _ := l.Award(tx.Award)
			if tx.Kind != funding.TransactionKindDisbursement || len(a.Restrictions()) == 0 || !included(tx.Date) {
				continue
			}
			p := vocab.NewPath("transactions").Index(i).JSONPointer()
			switch {
			case tx.Programme != "" || tx.HealthCategory != "":
				if !allows(a, tx.Programme, tx.HealthCategory) {
					want[p] = vocab.SeverityError
				}
			case len(a.Allocations) == 0:
				want[p] = vocab.SeverityWarning
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("findings differ from asking each condition (-want +got):\n%s", diff)
		}
	})
}

// TestRestrictedPurposeExplainsFirstPurposes: a breach of an award
// restricted to ten purposes lists all ten in its Limit and names the
// first eight in its explanation, counting the other two.
func TestRestrictedPurposeExplainsFirstPurposes(t *testing.T) {
	l := &funding.Ledger{Version: vocab.CurrentVersion, Currency: funding.GBP,
		Funders: []funding.Funder{{ID: "wellcome", Class: funding.FunderClassPhilanthropic}},
		Awards: []funding.Award{{ID: "r", Recipient: "kcl", Funders: []funding.FunderShare{{Funder: "wellcome", Share: vocab.IntRatio(1)}},
			AmountAwarded: funding.Pounds(10), AmountDisbursed: funding.Pounds(1), AwardDate: vocab.MustParseDate("2024-01-01"),
			Conditions: []funding.Condition{{Kind: funding.ConditionKindRestricted,
				Programmes:       []vocab.ProgrammeID{"p1", "p2", "p3", "p4", "p5", "p6"},
				HealthCategories: vocab.HealthCategories().Values()[:4]}}}},
		Transactions: []funding.Transaction{{ID: "t", Award: "r", Kind: funding.TransactionKindDisbursement,
			Date: vocab.MustParseDate("2024-02-01"), Amount: funding.Pounds(1), Programme: "other"}},
	}
	ev, err := funding.Evaluate(l, &funding.Policy{Version: vocab.CurrentVersion, Rules: funding.Rules{funding.RestrictedPurpose{}}}, asOf, funding.Env{})
	if err != nil || len(ev.Findings) != 1 {
		t.Fatalf("want one finding, got %v, %v", ev, err)
	}
	f := ev.Findings[0]
	wantLimit := "programme p1, programme p2, programme p3, programme p4, programme p5, programme p6, blood, cancer-and-neoplasms, cardiovascular, congenital-disorders"
	if f.Limit != wantLimit {
		t.Errorf("limit %q, want %q", f.Limit, wantLimit)
	}
	wantExpl := "GBP 1.00 of restricted award r was disbursed to programme other, outside its restriction to programme p1, programme p2, programme p3, programme p4, programme p5, programme p6, blood, cancer-and-neoplasms and 2 more."
	if f.Explanation != wantExpl {
		t.Errorf("explanation %q, want %q", f.Explanation, wantExpl)
	}
}
