package funding_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

var day = vocab.MustParseDate("2024-06-01")

// twoAwardLedger has a public award disbursing public and a private award
// disbursing private on day, both allocated wholly to programme "prog".
func twoAwardLedger(public, private int64) *funding.Ledger {
	award := func(id vocab.AwardID, funder vocab.OrgID, amount int64) funding.Award {
		return funding.Award{ID: id, Recipient: "kcl", AwardDate: day,
			Funders:         []funding.FunderShare{{Funder: funder, Share: vocab.IntRatio(1)}},
			AmountAwarded:   funding.Amount(funding.GBP, amount),
			AmountDisbursed: funding.Amount(funding.GBP, amount),
			Allocations:     []funding.Allocation{{Programme: "prog", Share: vocab.IntRatio(1)}}}
	}
	tx := func(id string, a vocab.AwardID, amount int64) funding.Transaction {
		return funding.Transaction{ID: id, Award: a, Kind: funding.TransactionKindDisbursement, Date: day, Amount: funding.Amount(funding.GBP, amount)}
	}
	return &funding.Ledger{Version: vocab.CurrentVersion, Currency: funding.GBP,
		Funders:      []funding.Funder{{ID: "nihr", Class: funding.FunderClassPublic}, {ID: "pharma", Class: funding.FunderClassPrivate}},
		Awards:       []funding.Award{award("pub", "nihr", public), award("priv", "pharma", private)},
		Transactions: []funding.Transaction{tx("pub-1", "pub", public), tx("priv-1", "priv", private)}}
}

func policyOf(rules ...funding.Rule) *funding.Policy {
	return &funding.Policy{Version: vocab.CurrentVersion, Rules: rules}
}

func TestPrivateShareExactlyAtTheCapPassesAndOneUnitAboveFails(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		den := rapid.Int64Range(2, 100).Draw(t, "den")
		num := rapid.Int64Range(1, den-1).Draw(t, "num")
		k := rapid.Int64Range(1, 1_000_000_000).Draw(t, "k")
		scope := rapid.SampledFrom(funding.Scopes().Values()).Draw(t, "scope")
		p := policyOf(funding.PrivateShareCap{Scope: scope, Cap: vocab.MustRatio(num, den)})
		if n := len(evaluate(t, twoAwardLedger((den-num)*k, num*k), p).Findings); n != 0 {
			t.Fatalf("share exactly %d/%d: %d findings, want none", num, den, n)
		}
		rep := evaluate(t, twoAwardLedger((den-num)*k, num*k+1), p)
		if len(rep.Findings) != 1 || rep.Findings[0].Kind != "private-share-cap" {
			t.Fatalf("one minor unit above %d/%d: findings %+v, want one", num, den, rep.Findings)
		}
	})
}

func TestRingFenceExactlyAtTheCapPassesAndOneUnitAboveFails(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		den := rapid.Int64Range(1, 100).Draw(t, "den")
		num := rapid.Int64Range(0, den-1).Draw(t, "num")
		k := rapid.Int64Range(1, 1_000_000_000).Draw(t, "k")
		line := funding.BudgetLine{ID: "ed", Trust: "kch", Year: 2024, Amount: funding.Amount(funding.GBP, den*k), RingFenced: true}
		if num > 0 {
			line.Draws = []funding.Draw{{Date: day, Amount: funding.Amount(funding.GBP, num*k)}}
		}
		l := &funding.Ledger{Version: vocab.CurrentVersion, Currency: funding.GBP, Budgets: []funding.BudgetLine{line}}
		p := policyOf(funding.RingFence{Cap: vocab.MustRatio(num, den)})
		if n := len(evaluate(t, l, p).Findings); n != 0 {
			t.Fatalf("draws exactly at %d/%d: %d findings", num, den, n)
		}
		l.Budgets[0].Draws = append(l.Budgets[0].Draws, funding.Draw{Date: day, Amount: funding.Amount(funding.GBP, 1)})
		if n := len(evaluate(t, l, p).Findings); n != 1 {
			t.Fatalf("one unit above %d/%d: %d findings, want 1", num, den, n)
		}
		l.Budgets[0].RingFenced = false
		assert.Empty(t, evaluate(t, l, p).Findings, "lines that are not ring-fenced are not capped")
	})
}

func TestPeerReviewThresholds(t *testing.T) {
	l := twoAwardLedger(500_00, 500_00)
	rule := funding.PeerReviewRequired{PrivateAbove: funding.Pounds(500), AllAbove: funding.Pounds(1000)}
	assert.Empty(t, evaluate(t, l, policyOf(rule)).Findings, "awards exactly at the thresholds need no review")

	l.Awards[1].AmountAwarded.Minor++ // the private award, one penny above
	rep := evaluate(t, l, policyOf(rule))
	require.Len(t, rep.Findings, 1)
	f := rep.Findings[0]
	assert.Equal(t, "award priv", f.Subject)
	assert.Equal(t, "/awards/1/peerReview", f.Path.JSONPointer())
	assert.Equal(t, "Award priv of GBP 500.01 has no recorded peer review, but a privately funded award above GBP 500.00 needs independent peer review.", f.Explanation)

	l.Awards[1].PeerReview = funding.PeerReview{Outcome: funding.ReviewOutcomeFund, Reviewers: []vocab.PersonID{"rev"}}
	assert.Contains(t, evaluate(t, l, policyOf(rule)).Findings[0].Explanation, "was not reviewed independently")
	l.Awards[1].PeerReview.Independent = true
	assert.Empty(t, evaluate(t, l, policyOf(rule)).Findings)
	l.Awards[1].PeerReview.Outcome = funding.ReviewOutcomeDoNotFund
	assert.Contains(t, evaluate(t, l, policyOf(rule)).Findings[0].Explanation, "recommended against funding")

	l.Awards[0].AmountAwarded = funding.Pounds(1001) // the public award is above the threshold for all
	l.Awards[1].PeerReview.Outcome = funding.ReviewOutcomeFund
	rep = evaluate(t, l, policyOf(rule))
	require.Len(t, rep.Findings, 1)
	assert.Equal(t, "award pub", rep.Findings[0].Subject)

	usd := policyOf(funding.PeerReviewRequired{AllAbove: funding.Amount(funding.USD, 1)})
	rep = evaluate(t, l, usd)
	require.Len(t, rep.Findings, 1)
	assert.Equal(t, vocab.SeverityWarning, rep.Findings[0].Severity, "a threshold in another currency is not compared")
}

// conflicts is an interests register of (person, organisation) hard conflicts.
type conflicts map[[2]string]bool

func (c conflicts) HardConflictAt(p vocab.PersonID, o vocab.OrgID, _ vocab.Date) bool {
	return c[[2]string{string(p), string(o)}]
}

func TestConflictOfInterest(t *testing.T) {
	l := twoAwardLedger(100, 100)
	l.Awards[0].DecisionMakers = []vocab.PersonID{"ann", "bob"}
	l.Awards[1].DecisionMakers = []vocab.PersonID{"ann", "bob"}
	l.Awards[1].PeerReview = funding.PeerReview{Outcome: funding.ReviewOutcomeFund, Independent: true, Reviewers: []vocab.PersonID{"cat"}}
	env := funding.Env{Interests: conflicts{{"bob", "pharma"}: true, {"cat", "pharma"}: true, {"ann", "nihr"}: true}}
	rep, err := funding.Evaluate(l, policyOf(funding.ConflictOfInterest{}), asOf, env)
	require.NoError(t, err)
	var got []string
	for _, f := range rep.Findings {
		got = append(got, f.Path.JSONPointer()+" "+f.Explanation)
	}
	assert.Equal(t, []string{
		"/awards/1/decisionMakers/1 Decision-maker bob of award priv held a hard conflict of interest with its private funder pharma on 2024-06-01.",
		"/awards/1/peerReview/reviewers/0 Reviewer cat of award priv held a hard conflict of interest with its private funder pharma on 2024-06-01.",
	}, got, "ann's conflict with the public funder is outside the rule's classes")
	assert.Equal(t, 2, rep.Summary[0].Errors)

	rep, err = funding.Evaluate(l, policyOf(funding.ConflictOfInterest{Classes: []funding.FunderClass{funding.FunderClassPublic}}), asOf, env)
	require.NoError(t, err)
	require.Len(t, rep.Findings, 1)
	assert.Equal(t, "/awards/0/decisionMakers/0", rep.Findings[0].Path.JSONPointer())

	rep, err = funding.Evaluate(l, policyOf(funding.ConflictOfInterest{}), asOf, funding.Env{})
	require.NoError(t, err)
	require.Len(t, rep.Findings, 1)
	assert.Equal(t, vocab.SeverityWarning, rep.Findings[0].Severity, "without a register the rule warns that it could not check")
	assert.True(t, rep.Passed())
}

type categories map[vocab.ProgrammeID][]vocab.HealthCategory

func (c categories) HealthCategories(id vocab.ProgrammeID) []vocab.HealthCategory { return c[id] }

func TestRestrictedPurpose(t *testing.T) {
	l := twoAwardLedger(100, 100)
	l.Awards[1].Conditions = []funding.Condition{{Kind: funding.ConditionKindRestricted, HealthCategories: []vocab.HealthCategory{vocab.HealthCancer}}}
	env := funding.Env{Programmes: categories{"prog": {vocab.HealthCancer}}}
	rep, err := funding.Evaluate(l, policyOf(funding.RestrictedPurpose{}), asOf, env)
	require.NoError(t, err)
	assert.Empty(t, rep.Findings, "programme prog works on cancer")

	l.Transactions[1].Programme = "other"
	rep, err = funding.Evaluate(l, policyOf(funding.RestrictedPurpose{}), asOf, env)
	require.NoError(t, err)
	require.Len(t, rep.Findings, 1)
	assert.Equal(t, "/transactions/1", rep.Findings[0].Path.JSONPointer())
	assert.Equal(t, "GBP 1.00 of restricted award priv was disbursed to programme other, outside its restriction to cancer-and-neoplasms.", rep.Findings[0].Explanation)

	l.Transactions[1].HealthCategory = vocab.HealthCancer
	rep, err = funding.Evaluate(l, policyOf(funding.RestrictedPurpose{}), asOf, env)
	require.NoError(t, err)
	assert.Empty(t, rep.Findings, "a disbursement recorded as cancer spending meets the restriction")

	l.Awards[1].Conditions[0] = funding.Condition{Kind: funding.ConditionKindRestricted, Programmes: []vocab.ProgrammeID{"other"}}
	rep, err = funding.Evaluate(l, policyOf(funding.RestrictedPurpose{}), asOf, env)
	require.NoError(t, err)
	require.Len(t, rep.Findings, 1)
	assert.Equal(t, "/awards/1/allocations/0/programme", rep.Findings[0].Path.JSONPointer(), "the allocation to prog breaks the restriction")
}

func TestFunderConcentration(t *testing.T) {
	l := twoAwardLedger(60, 40)
	rep := evaluate(t, l, policyOf(funding.FunderConcentrationCap{Cap: vocab.Percent(60)}))
	assert.Empty(t, rep.Findings, "60% exactly at the cap")
	rep = evaluate(t, l, policyOf(funding.FunderConcentrationCap{Cap: vocab.Percent(59)}))
	require.Len(t, rep.Findings, 1)
	f := rep.Findings[0]
	assert.Equal(t, "/funders/0", f.Path.JSONPointer())
	assert.Equal(t, "GBP 0.60 of GBP 1.00 (60.0%)", f.Measured)
	assert.Equal(t, "59.0%", f.Limit)
}

func TestEvaluateIgnoresLaterRecords(t *testing.T) {
	l := twoAwardLedger(0, 100)
	l.Awards = l.Awards[1:]
	l.Transactions = l.Transactions[1:]
	p := policyOf(funding.PrivateShareCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(50)})
	rep, err := funding.Evaluate(l, p, day.AddDays(-1), funding.Env{})
	require.NoError(t, err)
	assert.Empty(t, rep.Findings, "the disbursement is after the evaluation date")
	rep, err = funding.Evaluate(l, p, day, funding.Env{})
	require.NoError(t, err)
	assert.Len(t, rep.Findings, 1)
}

func TestEvaluateRejectsInvalidInput(t *testing.T) {
	_, err := funding.Evaluate(nil, policyOf(), asOf, funding.Env{})
	assert.Error(t, err)
	l := twoAwardLedger(1, 1)
	l.Currency = ""
	_, err = funding.Evaluate(l, policyOf(), asOf, funding.Env{})
	assert.ErrorIs(t, err, vocab.ErrRequired)
	_, err = funding.Evaluate(twoAwardLedger(1, 1), policyOf(funding.RingFence{Cap: vocab.Percent(101)}, nil), asOf, funding.Env{})
	ps := vocab.ProblemsOf(err)
	require.Len(t, ps, 2)
	assert.Equal(t, "/rules/0/cap", ps[0].Pointer())
	assert.Equal(t, "/rules/1", ps[1].Pointer())
}

// Allocations whose sum (just under one) is not a vocab.Ratio, its
// denominator being about 2^124: validation accepts them, and evaluation
// splits every disbursement among the programmes to the last minor unit.
func TestAllocationsWithHugeCommonDenominator(t *testing.T) {
	const p, q = 4611686018427387847, 4611686018427387817 // primes below 2^62
	shares := []vocab.Ratio{vocab.MustRatio(p/2, p), vocab.MustRatio(q/2, q)}
	_, err := vocab.SumRatios(shares...)
	require.Error(t, err, "the test needs allocations whose sum is not a vocab.Ratio")

	l := twoAwardLedger(1, 987_654_321)
	l.Awards[1].Allocations = []funding.Allocation{{Programme: "prog", Share: shares[0]}, {Programme: "other", Share: shares[1]}}
	require.NoError(t, l.Validate())
	flows, err := l.FlowsAt(day)
	require.NoError(t, err)
	byProgramme := map[vocab.ProgrammeID]int64{}
	for _, f := range flows {
		byProgramme[f.Programme] += f.Amount.Minor
	}
	// Each programme gets its share of 987,654,321 rounded down, 493,827,160
	// (just under half); the one unit left is unallocated.
	assert.Equal(t, map[vocab.ProgrammeID]int64{"prog": 1 + 493_827_160, "other": 493_827_160, "": 1}, byProgramme)
	_, err = funding.Evaluate(l, policyOf(funding.PrivateShareCap{Scope: funding.ScopeProgramme, Cap: vocab.Percent(30)}), asOf, funding.Env{})
	require.NoError(t, err)
}
