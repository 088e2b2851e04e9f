package funding_test

import (
	gocmp "cmp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/funding/fundingtest"
)

func applyChange(t interface {
	Helper()
	Fatalf(string, ...any)
}, l *funding.Ledger, p *funding.Policy, c funding.Change) *funding.Counterfactual {
	t.Helper()
	cf, err := funding.ApplyChange(l, p, c, asOf, testEnv)
	if err != nil {
		t.Fatalf("ApplyChange(%s): %v", c.Describe(), err)
	}
	return cf
}

func sum(fs []funding.Flow) int64 {
	var s int64
	for _, f := range fs {
		s += f.Amount.Minor
	}
	return s
}

func movedOf(cf *funding.Counterfactual, kind funding.MoveKind) int64 {
	var s int64
	for _, m := range cf.Moves {
		if m.Kind == kind {
			s += m.Amount.Minor
		}
	}
	return s
}

// lastRule returns the summary of the change's rule, which ApplyChange
// adds last.
func lastRule(ev *funding.Evaluation) funding.RuleSummary { return ev.Summary[len(ev.Summary)-1] }

// withCap returns c with the cap of its rule replaced by r.
func withCap(c funding.Change, r vocab.Ratio) funding.Change {
	switch rule := c.Rule.(type) {
	case funding.PrivateShareCap:
		rule.Cap = r
		c.Rule = rule
	case funding.FunderConcentrationCap:
		rule.Cap = r
		c.Rule = rule
	}
	return c
}

func sortedFlows(fs []funding.Flow) []funding.Flow {
	out := slices.Clone(fs)
	slices.SortFunc(out, func(a, b funding.Flow) int {
		return gocmp.Or(gocmp.Compare(a.Year, b.Year), strings.Compare(a.Transaction, b.Transaction),
			strings.Compare(string(a.Programme), string(b.Programme)), strings.Compare(string(a.Funder), string(b.Funder)))
	})
	return out
}

func TestACapOfOneHundredPercentChangesNothing(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		c := withCap(fundingtest.Change().Draw(t, "change"), vocab.IntRatio(1))
		cf := applyChange(t, l, fundingtest.Policy().Draw(t, "policy"), c)
		if len(cf.Moves) != 0 {
			t.Fatalf("a 100%% cap moved money: %+v", cf.Moves)
		}
		if diff := cmp.Diff(sortedFlows(cf.Before), cf.After); diff != "" {
			t.Fatalf("a 100%% cap changed the flows (-before +after):\n%s", diff)
		}
		if diff := cmp.Diff(cf.FindingsBefore, cf.FindingsAfter, vocabtest.CmpOptions()...); diff != "" {
			t.Fatalf("a 100%% cap changed the findings (-before +after):\n%s", diff)
		}
	})
}

func TestTheCounterfactualNeverBreachesTheRuleItApplied(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		c := fundingtest.Change().Draw(t, "change")
		cf := applyChange(t, l, nil, c)
		if s := lastRule(cf.FindingsAfter); s.Errors+s.Warnings != 0 {
			t.Fatalf("%s: the counterfactual breaches it: %+v", c.Describe(), cf.FindingsAfter.Findings)
		}
		// Evaluating the rule on the counterfactual's flows by itself
		// agrees: every measured subject passes.
		for _, f := range cf.FindingsAfter.Measures {
			if !f.Passed {
				t.Fatalf("%s: after, %s does not pass: %s", c.Describe(), f.Subject, f.Explanation)
			}
		}
	})
}

func TestDeclineConservesMoneyAsRefusedPlusKept(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		c := fundingtest.Change().Filter(func(c funding.Change) bool { return c.Mode == funding.ChangeModeDecline }).Draw(t, "change")
		cf := applyChange(t, l, nil, c)
		declined, backfilled := movedOf(cf, funding.MoveKindDeclined), movedOf(cf, funding.MoveKindBackfilled)
		if sum(cf.Before) != sum(cf.After)+declined-backfilled {
			t.Fatalf("before %d ≠ after %d + declined %d − backfilled %d", sum(cf.Before), sum(cf.After), declined, backfilled)
		}
		// Flow by flow: what each flow kept plus what it lost is what it had.
		type key struct {
			y      vocab.FinancialYear
			tx     string
			p      vocab.ProgrammeID
			funder vocab.OrgID
		}
		had := map[key]int64{}
		for _, f := range cf.Before {
			had[key{f.Year, f.Transaction, f.Programme, f.Funder}] += f.Amount.Minor
		}
		for _, f := range cf.After {
			if f.Class != c.Backfill || c.Backfill == "" || !strings.HasPrefix(string(f.Funder), "backfill-") {
				had[key{f.Year, f.Transaction, f.Programme, f.Funder}] -= f.Amount.Minor
			}
		}
		for _, m := range cf.Moves {
			if m.Kind == funding.MoveKindDeclined {
				had[key{m.Year, m.Transaction, m.Programme, m.Funder}] -= m.Amount.Minor
			}
		}
		for k, v := range had {
			if v != 0 {
				t.Fatalf("flow %+v: kept and refused differ from what it had by %d", k, v)
			}
		}
		if movedOf(cf, funding.MoveKindDeferred)+movedOf(cf, funding.MoveKindExpired) != 0 {
			t.Fatalf("a decline deferred money: %+v", cf.Moves)
		}
		// Backfill never exceeds its share of what was refused.
		if c.Backfill != "" {
			limit, _ := c.BackfillShare.Mul(vocab.IntRatio(declined))
			if vocab.IntRatio(backfilled).Compare(limit) > 0 {
				t.Fatalf("backfilled %d above %s of declined %d", backfilled, c.BackfillShare, declined)
			}
		}
	})
}

func TestDeferConservesMoneyAcrossYearsUntilExpiry(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		c := fundingtest.Change().Filter(func(c funding.Change) bool { return c.Mode == funding.ChangeModeDefer }).Draw(t, "change")
		cf := applyChange(t, l, nil, c)
		expired := movedOf(cf, funding.MoveKindExpired)
		if sum(cf.Before) != sum(cf.After)+expired {
			t.Fatalf("before %d ≠ after %d + expired %d", sum(cf.Before), sum(cf.After), expired)
		}
		if movedOf(cf, funding.MoveKindDeclined)+movedOf(cf, funding.MoveKindBackfilled) != 0 {
			t.Fatalf("a deferral declined money: %+v", cf.Moves)
		}
		for _, m := range cf.Moves {
			switch m.Kind {
			case funding.MoveKindDeferred:
				if m.To != m.Year.Next() || m.Deferrals >= c.ExpiresAfter {
					t.Fatalf("deferral %+v: expires after %d", m, c.ExpiresAfter)
				}
			case funding.MoveKindExpired:
				if m.Deferrals != c.ExpiresAfter {
					t.Fatalf("money expired after %d deferrals, want %d: %+v", m.Deferrals, c.ExpiresAfter, m)
				}
			}
		}
		// Money is conserved across years: what left one year arrived in
		// the next.
		var out, in int64
		for _, d := range cf.Differences {
			out += d.DeferredOut.Minor
			in += d.DeferredIn.Minor
		}
		if out != in || out != movedOf(cf, funding.MoveKindDeferred) {
			t.Fatalf("deferred out %d, in %d, moved %d", out, in, movedOf(cf, funding.MoveKindDeferred))
		}
	})
}

func TestDifferencesReconcile(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cf := applyChange(t, fundingtest.Ledger().Draw(t, "ledger"), nil, fundingtest.Change().Draw(t, "change"))
		var rows []funding.Difference
		rows = append(rows, cf.Differences...)
		rows = append(rows, cf.Total())
		for _, d := range rows {
			want := d.Before.Minor - d.Declined.Minor + d.Backfilled.Minor - d.DeferredOut.Minor + d.DeferredIn.Minor - d.Expired.Minor
			if d.After.Minor != want || d.Change().Minor != d.After.Minor-d.Before.Minor {
				t.Fatalf("difference %+v does not reconcile (after should be %d)", d, want)
			}
		}
		if cf.Total().Before.Minor != sum(cf.Before) || cf.Total().After.Minor != sum(cf.After) {
			t.Fatalf("totals %+v do not match the flows", cf.Total())
		}
	})
}

// A decline refuses, group by group, exactly the excess the finding
// before reports: the least money whose refusal meets the cap.
func TestDeclineRefusesTheFindingsExcess(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		scope := rapid.SampledFrom(funding.Scopes().Values()).Draw(t, "scope")
		c := funding.Change{Rule: funding.PrivateShareCap{Scope: scope, Cap: vocabtest.Ratio().Draw(t, "cap")}, Mode: funding.ChangeModeDecline}
		cf := applyChange(t, l, nil, c)
		var excess int64
		for _, f := range cf.FindingsBefore.Findings {
			excess += f.Measure.Excess.Minor
		}
		if got := movedOf(cf, funding.MoveKindDeclined); got != excess {
			t.Fatalf("declined %d, the findings' excess is %d", got, excess)
		}
	})
}

func TestApplyChangeIgnoresInputOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		c := fundingtest.Change().Draw(t, "change")
		want := applyChange(t, l, nil, c)
		m := *l
		m.Funders = shuffled(t, l.Funders, "funders")
		m.Awards = shuffled(t, l.Awards, "awards")
		m.Transactions = shuffled(t, l.Transactions, "transactions")
		got := applyChange(t, &m, nil, c)
		if diff := cmp.Diff(want.After, got.After); diff != "" {
			t.Fatalf("order changed the counterfactual flows:\n%s", diff)
		}
		if diff := cmp.Diff(want.Moves, got.Moves); diff != "" {
			t.Fatalf("order changed the moves:\n%s", diff)
		}
		if diff := cmp.Diff(want.Differences, got.Differences); diff != "" {
			t.Fatalf("order changed the differences:\n%s", diff)
		}
	})
}

// moneyLedger disburses, on the given date, wholly to programme prog, one
// award per funder: the amounts are pounds.
func moneyLedger(date string, amounts map[vocab.OrgID]int64, classes map[vocab.OrgID]funding.FunderClass) *funding.Ledger {
	l := &funding.Ledger{Version: vocab.CurrentVersion, Currency: funding.GBP}
	ids := make([]vocab.OrgID, 0, len(amounts))
	for id := range amounts {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	d := vocab.MustParseDate(date)
	for _, id := range ids {
		l.Funders = append(l.Funders, funding.Funder{ID: id, Class: classes[id]})
		addAward(l, id, d, amounts[id])
	}
	return l
}

// addAward adds an award of funder id, disbursed wholly on d to programme
// prog.
func addAward(l *funding.Ledger, id vocab.OrgID, d vocab.Date, pounds int64) {
	aid := vocab.AwardID(string(id) + "-" + d.String())
	l.Awards = append(l.Awards, funding.Award{ID: aid, Recipient: "kcl", AwardDate: d,
		Funders:       []funding.FunderShare{{Funder: id, Share: vocab.IntRatio(1)}},
		AmountAwarded: funding.Pounds(pounds), AmountDisbursed: funding.Pounds(pounds),
		Allocations: []funding.Allocation{{Programme: "prog", Share: vocab.IntRatio(1)}}})
	l.Transactions = append(l.Transactions, funding.Transaction{ID: string(aid), Award: aid,
		Kind: funding.TransactionKindDisbursement, Date: d, Amount: funding.Pounds(pounds)})
}

// Known answers of the funder-concentration cap: lowering the largest
// funder raises the others' shares, so one level L = c×S/(1 − c×k) is
// found for the k funders lowered.
func TestConcentrationCapKnownAnswers(t *testing.T) {
	public := map[vocab.OrgID]funding.FunderClass{"a": funding.FunderClassPublic, "b": funding.FunderClassPublic,
		"c": funding.FunderClassPublic, "d": funding.FunderClassPublic}
	for _, tc := range []struct {
		name     string
		amounts  map[vocab.OrgID]int64
		cap      vocab.Ratio
		declined map[vocab.OrgID]int64 // pounds
	}{
		// 60/30/10 under 50%: a comes down to 40, half of 80.
		{"one funder lowered", map[vocab.OrgID]int64{"a": 60, "b": 30, "c": 10}, vocab.Percent(50), map[vocab.OrgID]int64{"a": 20}},
		// 50/40/10 under 40%: lowering a alone to 40 leaves b at 40 of 90;
		// both come down to L = 0.4×10/(1 − 0.8) = 20: 20 of 50 each.
		{"two funders lowered", map[vocab.OrgID]int64{"a": 50, "b": 40, "c": 10}, vocab.Percent(40), map[vocab.OrgID]int64{"a": 30, "b": 20}},
		// Three funders cannot each hold at most 30%: everything is refused.
		{"infeasible", map[vocab.OrgID]int64{"a": 50, "b": 30, "c": 20}, vocab.Percent(30), map[vocab.OrgID]int64{"a": 50, "b": 30, "c": 20}},
		// Four equal funders are exactly at a 25% cap.
		{"exactly at the cap", map[vocab.OrgID]int64{"a": 25, "b": 25, "c": 25, "d": 25}, vocab.Percent(25), map[vocab.OrgID]int64{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := moneyLedger("2024-06-03", tc.amounts, public)
			cf := applyChange(t, l, nil, funding.Change{Rule: funding.FunderConcentrationCap{Cap: tc.cap}, Mode: funding.ChangeModeDecline})
			got := map[vocab.OrgID]int64{}
			for _, m := range cf.Moves {
				got[m.Funder] += m.Amount.Minor / 100
			}
			assert.Equal(t, tc.declined, got)
			assert.Zero(t, lastRule(cf.FindingsAfter).Errors)
		})
	}
}

// The numbers, on King's Health Partners' illustrative ledger: a
// 30% cap on each programme's private share in 2024-25, declined, refuses
// GBP 814,285.72 of the precision-medicine programme's private money and
// nothing else; the centre's own private share, 17.5% before, is 6.4%
// after.
func TestKHPThirtyPercentCapCounterfactual(t *testing.T) {
	c := funding.Change{Rule: funding.PrivateShareCap{Scope: funding.ScopeProgramme, Cap: vocab.Percent(30), Year: 2024},
		Mode: funding.ChangeModeDecline}
	p := policyOf(funding.PrivateShareCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(30), Year: 2024})
	cf, err := funding.ApplyChange(reference.KHPLedger(), p, c, vocab.MustParseDate("2025-03-31"), funding.Env{})
	require.NoError(t, err)
	require.Len(t, cf.Moves, 1)
	assert.Equal(t, funding.Move{Kind: funding.MoveKindDeclined, Transaction: "pharma-2024", Award: "pharma-precision",
		Funder: "illustrative-pharma", Class: funding.FunderClassPrivate, Programme: "precision-medicine", Year: 2024,
		Amount: funding.Amount(funding.GBP, 81_428_572)}, cf.Moves[0])
	var moved []funding.Difference
	for _, d := range cf.Differences {
		if !d.IsZero() {
			moved = append(moved, d)
		}
	}
	assert.Equal(t, []funding.Difference{{Year: 2024, Programme: "precision-medicine", Class: funding.FunderClassPrivate,
		Before: funding.Pounds(1_200_000), After: funding.Amount(funding.GBP, 38_571_428),
		Declined: funding.Amount(funding.GBP, 81_428_572)}}, moved)

	share := func(ev *funding.Evaluation, subject string) vocab.Ratio {
		for _, f := range ev.Measures {
			if f.Subject == subject {
				return f.Measure.Share
			}
		}
		t.Fatalf("no measure of %s", subject)
		return vocab.Ratio{}
	}
	assert.Equal(t, "17.5%", share(cf.FindingsBefore, "centre 2024-25").PercentString(1))
	assert.Equal(t, vocab.MustRatio(38_571_428, 603_571_428), share(cf.FindingsAfter, "centre 2024-25"))
	assert.Equal(t, "6.4%", share(cf.FindingsAfter, "centre 2024-25").PercentString(1))
	assert.Equal(t, 1, cf.FindingsBefore.Summary[1].Errors)
	assert.Equal(t, 0, cf.FindingsAfter.Summary[1].Errors)

	var b strings.Builder
	require.NoError(t, cf.Report(&b))
	assert.Contains(t, b.String(), "| 2024-25 | precision-medicine | private | GBP 1,200,000.00 | GBP 814,285.72 | — | — | — | — | GBP 385,714.28 | GBP -814,285.72 |")
}

func TestChangeProblems(t *testing.T) {
	private := funding.PrivateShareCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(30)}
	for _, tc := range []struct {
		name   string
		change funding.Change
		path   string
		typ    vocab.ProblemType
	}{
		{"no rule", funding.Change{Mode: funding.ChangeModeDecline}, "change.rule", vocab.ErrRequired},
		{"nil pointer rule", funding.Change{Rule: (*funding.PrivateShareCap)(nil), Mode: funding.ChangeModeDecline}, "change.rule", vocab.ErrRequired},
		{"unsupported rule", funding.Change{Rule: funding.RingFence{Cap: vocab.Percent(5)}, Mode: funding.ChangeModeDecline}, "change.rule.kind", vocab.ErrNotSupported},
		{"invalid rule", funding.Change{Rule: funding.PrivateShareCap{Scope: funding.ScopeCentre, Cap: vocab.MustRatio(3, 2)}, Mode: funding.ChangeModeDecline}, "change.rule.cap", vocab.ErrOutOfRange},
		{"no mode", funding.Change{Rule: private}, "change.mode", vocab.ErrRequired},
		{"unknown mode", funding.Change{Rule: private, Mode: "postpone"}, "change.mode", vocab.ErrNotSupported},
		{"backfill on deferral", funding.Change{Rule: private, Mode: funding.ChangeModeDefer, ExpiresAfter: 1, Backfill: funding.FunderClassPublic, BackfillShare: vocab.IntRatio(1)}, "change.backfill", vocab.ErrForbidden},
		{"backfill of a concentration cap", funding.Change{Rule: funding.FunderConcentrationCap{Cap: vocab.Percent(50)}, Mode: funding.ChangeModeDecline, Backfill: funding.FunderClassPublic, BackfillShare: vocab.IntRatio(1)}, "change.backfill", vocab.ErrForbidden},
		{"backfill by a capped class", funding.Change{Rule: private, Mode: funding.ChangeModeDecline, Backfill: funding.FunderClassPrivate, BackfillShare: vocab.IntRatio(1)}, "change.backfill", vocab.ErrInvalid},
		{"unknown backfill class", funding.Change{Rule: private, Mode: funding.ChangeModeDecline, Backfill: "government", BackfillShare: vocab.IntRatio(1)}, "change.backfill", vocab.ErrNotSupported},
		{"backfill without share", funding.Change{Rule: private, Mode: funding.ChangeModeDecline, Backfill: funding.FunderClassPublic}, "change.backfillShare", vocab.ErrRequired},
		{"share without backfill", funding.Change{Rule: private, Mode: funding.ChangeModeDecline, BackfillShare: vocab.Percent(50)}, "change.backfillShare", vocab.ErrForbidden},
		{"share above one", funding.Change{Rule: private, Mode: funding.ChangeModeDecline, Backfill: funding.FunderClassPublic, BackfillShare: vocab.MustRatio(3, 2)}, "change.backfillShare", vocab.ErrOutOfRange},
		{"deferral without expiry", funding.Change{Rule: private, Mode: funding.ChangeModeDefer}, "change.expiresAfter", vocab.ErrRequired},
		{"expiry too long", funding.Change{Rule: private, Mode: funding.ChangeModeDefer, ExpiresAfter: funding.MaxExpiresAfter + 1}, "change.expiresAfter", vocab.ErrOutOfRange},
		{"expiry on a decline", funding.Change{Rule: private, Mode: funding.ChangeModeDecline, ExpiresAfter: 2}, "change.expiresAfter", vocab.ErrForbidden},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := funding.ApplyChange(twoAwardLedger(100, 100), nil, tc.change, asOf, testEnv)
			ps := vocab.ProblemsOf(err)
			require.Len(t, ps, 1, "%v", ps)
			assert.Equal(t, tc.path, ps[0].Path.String())
			assert.ErrorIs(t, ps[0], tc.typ)
		})
	}
	assert.Empty(t, funding.Change{Rule: &private, Mode: funding.ChangeModeDefer, ExpiresAfter: 3}.Problems(vocab.NewPath("change")))
}

func TestChangesGenerateValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := fundingtest.Change().Draw(t, "change")
		if ps := c.Problems(vocab.NewPath("change")); len(ps) != 0 {
			t.Fatalf("generated change %+v has problems: %v", c, ps)
		}
	})
}
