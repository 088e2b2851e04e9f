package governance_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
)

// fourSeats is a body of four voting seats, one per partner; kcl's holder
// has an alternate, and the independent chair does not vote.
func fourSeats(rules governance.TermsOfReference) *governance.Body {
	since := vocab.PeriodFrom(vocab.MustParseDate("2024-01-01"))
	b := &governance.Body{ID: "board", Name: "Board", Kind: governance.BodyKindBoard, ReportsTo: "council",
		Period: vocab.PeriodFrom(vocab.MustParseDate("2020-01-01")), Rules: rules,
		Seats: []governance.Seat{{ID: "chair", Label: "Chair", Independent: true, Chair: true,
			Terms: []governance.Term{{Person: "chair", Period: since}}}}}
	for _, org := range []vocab.OrgID{"kcl", "gstt", "kch", "slam"} {
		t := governance.Term{Person: vocab.PersonID(org + "-1"), Period: since}
		if org == "kcl" {
			t.Alternate = "kcl-alt"
		}
		b.Seats = append(b.Seats, governance.Seat{ID: governance.SeatID(org), Label: string(org), NominatedBy: org, Voting: true,
			Terms: []governance.Term{t}})
	}
	return b
}

var motion = governance.Motion{ID: "m1", Text: "Adopt", Date: vocab.MustParseDate("2025-01-15")}

func yes(p vocab.PersonID) governance.Ballot {
	return governance.Ballot{Voter: p, Option: governance.VoteOptionYes}
}
func no(p vocab.PersonID) governance.Ballot {
	return governance.Ballot{Voter: p, Option: governance.VoteOptionNo}
}

func TestDecideAlternateVotesOnlyWhenPrincipalAbsent(t *testing.T) {
	b := fourSeats(governance.TermsOfReference{Quorum: governance.Quorum{Share: vocab.MustRatio(1, 2)}, Threshold: governance.Majority()})
	m := motion
	o, err := governance.Decide(b, &m, []vocab.PersonID{"kcl-alt", "gstt-1", "kch-1"}, []governance.Ballot{yes("kcl-alt"), yes("gstt-1"), no("kch-1")})
	require.NoError(t, err)
	assert.Equal(t, governance.ResultPassed, o.Result)
	assert.Equal(t, 3, o.Present)

	_, err = governance.Decide(b, &m, []vocab.PersonID{"kcl-1", "kcl-alt"}, []governance.Ballot{yes("kcl-alt")})
	ps := vocab.ProblemsOf(err)
	require.Len(t, ps, 1)
	assert.Equal(t, "ballots[0].voter", ps[0].Field())
	assert.ErrorIs(t, ps[0], vocab.ErrForbidden)
	assert.Contains(t, ps[0].Detail, "alternate for kcl-1")
}

func TestDecideQuorumMoreThanHalfAndEachPartner(t *testing.T) {
	rules := governance.TermsOfReference{Quorum: governance.Quorum{Share: vocab.MustRatio(1, 2), MoreThan: true}, Threshold: governance.Majority()}
	m := motion
	o, err := governance.Decide(fourSeats(rules), &m, []vocab.PersonID{"kcl-1", "gstt-1"}, nil)
	require.NoError(t, err)
	assert.Equal(t, governance.ResultInquorate, o.Result, "2 of 4 is not more than half")
	assert.Equal(t, "Inquorate: 2 eligible members present; the quorum is more than 1/2 of 4 eligible.", o.Reason)

	rules.Quorum = governance.Quorum{Share: vocab.MustRatio(1, 2), EachPartner: true}
	o, err = governance.Decide(fourSeats(rules), &m, []vocab.PersonID{"kcl-1", "gstt-1", "kch-1"}, nil)
	require.NoError(t, err)
	assert.Equal(t, governance.ResultInquorate, o.Result)
	assert.Contains(t, o.Reason, "slam")
}

func TestDecideHardConflictLeavesQuorumAndDenominator(t *testing.T) {
	rules := governance.TermsOfReference{Quorum: governance.Quorum{Share: vocab.MustRatio(1, 2), MoreThan: true},
		Threshold: governance.Threshold{Rule: governance.ThresholdRuleEligibleMembers, Share: vocab.MustRatio(2, 3)}}
	m := motion
	m.Declarations = []governance.Declaration{{Person: "slam-1", Severity: governance.ConflictSeverityHard}, {Person: "kch-1", Severity: governance.ConflictSeveritySoft}}
	o, err := governance.Decide(fourSeats(rules), &m, []vocab.PersonID{"kcl-1", "gstt-1", "slam-1"}, []governance.Ballot{yes("kcl-1"), yes("gstt-1")})
	require.NoError(t, err)
	assert.Equal(t, 3, o.Eligible)
	assert.Equal(t, []vocab.PersonID{"slam-1"}, o.Recused)
	assert.Equal(t, governance.ResultPassed, o.Result, "2 of 3 eligible meets at least 2/3")
	assert.Contains(t, o.Explanation(), "Soft conflicts declared and recorded: kch-1.")

	_, err = governance.Decide(fourSeats(rules), &m, []vocab.PersonID{"slam-1"}, []governance.Ballot{yes("slam-1")})
	assert.ErrorIs(t, err, vocab.ErrForbidden)
}

func TestDecideReferredAndUndecidable(t *testing.T) {
	rules := governance.TermsOfReference{Threshold: governance.Majority()}
	m := motion
	m.Declarations = []governance.Declaration{{Person: "slam-1", Severity: governance.ConflictSeverityHard}, {Person: "kch-1", Severity: governance.ConflictSeverityHard}}
	b := fourSeats(rules)
	o, err := governance.Decide(b, &m, nil, nil)
	require.NoError(t, err)
	assert.Equal(t, governance.ResultReferred, o.Result)
	assert.Equal(t, vocab.BodyID("council"), o.ReferredTo)
	b.ReportsTo = ""
	o, _ = governance.Decide(b, &m, nil, nil)
	assert.Equal(t, governance.ResultUndecidable, o.Result)
	assert.Contains(t, o.Reason, "reports to no other body")
}

func TestDecideWeightedThresholdHeadCountQuorum(t *testing.T) {
	rules := governance.TermsOfReference{Quorum: governance.Quorum{Share: vocab.MustRatio(1, 2)}, Threshold: governance.Majority(), Weighted: true}
	b := fourSeats(rules)
	b.Seats[1].Weight = 5 // kcl
	m := motion
	o, err := governance.Decide(b, &m, []vocab.PersonID{"kcl-1", "gstt-1"}, []governance.Ballot{yes("kcl-1"), no("gstt-1")})
	require.NoError(t, err)
	assert.Equal(t, governance.ResultPassed, o.Result)
	assert.Equal(t, governance.Counts{Yes: 1, No: 1, Absent: 2, YesWeight: 5, NoWeight: 1}, o.Counts)
}

func TestDecideVetoAndCastingRules(t *testing.T) {
	rules := governance.TermsOfReference{Threshold: governance.Majority(), Reserved: governance.ReservedMatters{Vetoes: []vocab.OrgID{"slam"}}}
	m := motion
	m.Reserved = true
	all := []vocab.PersonID{"chair", "kcl-1", "gstt-1", "kch-1", "slam-1"}
	o, err := governance.Decide(fourSeats(rules), &m, all, []governance.Ballot{yes("kcl-1"), yes("gstt-1"), yes("kch-1"), no("slam-1")})
	require.NoError(t, err)
	assert.Equal(t, governance.ResultFailed, o.Result)
	assert.Equal(t, "Failed: reserved matter vetoed by slam (slam-1 voted no).", o.Reason)

	// A casting vote without the rule, and from someone not the chair.
	cast := governance.Ballot{Voter: "chair", Option: governance.VoteOptionYes, Casting: true}
	_, err = governance.Decide(fourSeats(rules), &motion, all, []governance.Ballot{cast})
	assert.ErrorIs(t, err, vocab.ErrForbidden)
	rules.CastingVote = true
	_, err = governance.Decide(fourSeats(rules), &motion, all, []governance.Ballot{{Voter: "kcl-1", Option: governance.VoteOptionYes, Casting: true}})
	assert.ErrorIs(t, err, vocab.ErrForbidden)
	// A tie without a casting vote fails and says so.
	o, err = governance.Decide(fourSeats(rules), &motion, all, []governance.Ballot{yes("kcl-1"), no("gstt-1")})
	require.NoError(t, err)
	assert.Equal(t, governance.ResultFailed, o.Result)
	assert.True(t, strings.HasSuffix(o.Reason, "the chair did not use the casting vote."), o.Reason)
}

func TestDecideRejectsBadInputWithoutPanicking(t *testing.T) {
	_, err := governance.Decide(nil, &motion, nil, nil)
	assert.ErrorIs(t, err, vocab.ErrRequired)
	_, err = governance.Decide(fourSeats(governance.TermsOfReference{}), nil, nil, nil)
	assert.ErrorIs(t, err, vocab.ErrRequired)
	_, err = governance.Decide(fourSeats(governance.TermsOfReference{}), &motion, nil, nil)
	require.Error(t, err)
	assert.Equal(t, "body.rules", vocab.ProblemsOf(err)[0].Field())
	bad := fourSeats(governance.TermsOfReference{Threshold: governance.Threshold{Rule: "plurality"}})
	_, err = governance.Decide(bad, &motion, nil, nil)
	assert.True(t, errors.Is(err, vocab.ErrNotSupported), "%v", err)
}

func TestOutcomeExplanation(t *testing.T) {
	b := fourSeats(governance.TermsOfReference{Threshold: governance.Majority()})
	m := motion
	o, err := governance.Decide(b, &m, []vocab.PersonID{"kcl-1", "gstt-1", "kch-1"}, []governance.Ballot{yes("kcl-1"), yes("gstt-1"), no("kch-1")})
	require.NoError(t, err)
	assert.Equal(t, "Motion m1 before board on 2025-01-15: PASSED. Members 4, eligible 4, present 3. "+
		"Votes: 2 yes, 1 no, 0 abstain, 0 not voting, 1 absent. Passed: 2 yes, 1 no; the threshold is more than 1/2 of votes cast.", o.Explanation())
	assert.True(t, o.Quorate())

	b.Rules.Weighted = true
	b.Seats[1].Weight = 3 // kcl
	m.Declarations = []governance.Declaration{{Person: "kch-1", Severity: governance.ConflictSeveritySoft}, {Person: "slam-1", Severity: governance.ConflictSeverityHard}}
	o, err = governance.Decide(b, &m, []vocab.PersonID{"kcl-1", "gstt-1", "kch-1"}, []governance.Ballot{yes("kcl-1"), no("gstt-1"), no("kch-1")})
	require.NoError(t, err)
	assert.Equal(t, "Motion m1 before board on 2025-01-15: PASSED. Members 4, eligible 3, present 3. "+
		"Votes: 1 yes, 2 no, 0 abstain, 0 not voting, 0 absent (weighted: 3 yes, 2 no). Recused (hard conflict): slam-1. "+
		"Soft conflicts declared and recorded: kch-1. Passed: 3 yes, 2 no; the threshold is more than 1/2 of votes cast.", o.Explanation())
}
