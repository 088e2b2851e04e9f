package governance_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/governance/governancetest"
)

// nSeats is a body of n voting seats p1…pn, nominated by kcl, gstt, kch
// and slam in turn, with a non-voting independent chair "chair".
func nSeats(n int, rules governance.TermsOfReference) *governance.Body {
	since := vocab.PeriodFrom(vocab.MustParseDate("2024-01-01"))
	b := &governance.Body{ID: "board", Name: "Board", Kind: governance.BodyKindBoard, ReportsTo: "council",
		Period: vocab.PeriodFrom(vocab.MustParseDate("2020-01-01")), Rules: rules,
		Seats: []governance.Seat{{ID: "chair", Label: "Chair", Independent: true, Chair: true,
			Terms: []governance.Term{{Person: "chair", Period: since}}}}}
	partners := []vocab.OrgID{"kcl", "gstt", "kch", "slam"}
	for i := 1; i <= n; i++ {
		b.Seats = append(b.Seats, governance.Seat{ID: governance.SeatID(fmt.Sprintf("p%d", i)), Label: fmt.Sprintf("P%d", i),
			NominatedBy: partners[(i-1)%len(partners)], Voting: true,
			Terms: []governance.Term{{Person: vocab.PersonID(fmt.Sprintf("p%d", i)), Period: since}}})
	}
	return b
}

// people returns p1…pn.
func people(n int) []vocab.PersonID {
	out := make([]vocab.PersonID, n)
	for i := range out {
		out[i] = vocab.PersonID(fmt.Sprintf("p%d", i+1))
	}
	return out
}

func ballot(p vocab.PersonID, o governance.VoteOption) governance.Ballot {
	return governance.Ballot{Voter: p, Option: o}
}

func paired(p, with vocab.PersonID) governance.Ballot {
	return governance.Ballot{Voter: p, Option: governance.VoteOptionPaired, Pair: with}
}

var (
	majorityOfPresent = governance.Threshold{Rule: governance.ThresholdRuleMembersPresent, Share: vocab.MustRatio(1, 2), MoreThan: true}
	unanimity         = governance.Threshold{Rule: governance.ThresholdRuleUnanimity}
	casting           = func(o governance.VoteOption) governance.Ballot {
		return governance.Ballot{Voter: "chair", Option: o, Casting: true}
	}
)

// The known answer: 5 present, 2 yes, 1 no, 2 abstain passes on
// votes cast (2 of 3 is more than half) and fails on members present (2
// of 5 is not).
func TestDecideMembersPresentKnownAnswer(t *testing.T) {
	ballots := []governance.Ballot{ballot("p1", governance.VoteOptionYes), ballot("p2", governance.VoteOptionYes),
		ballot("p3", governance.VoteOptionNo), ballot("p4", governance.VoteOptionAbstain), ballot("p5", governance.VoteOptionAbstain)}
	m := motion
	o, err := governance.Decide(nSeats(5, governance.TermsOfReference{Threshold: governance.Majority()}), &m, people(5), ballots)
	require.NoError(t, err)
	assert.Equal(t, governance.ResultPassed, o.Result)
	assert.Equal(t, "Passed: 2 yes, 1 no; the threshold is more than 1/2 of votes cast.", o.Reason)

	o, err = governance.Decide(nSeats(5, governance.TermsOfReference{Threshold: majorityOfPresent}), &m, people(5), ballots)
	require.NoError(t, err)
	assert.Equal(t, governance.ResultFailed, o.Result)
	assert.Equal(t, "Failed: 2 yes, 1 no of 5 eligible members present; the threshold is more than 1/2 of members present.", o.Reason)

	// A third yes (an abstainer changing their mind) carries it: 3 of 5.
	ballots[3].Option = governance.VoteOptionYes
	o, err = governance.Decide(nSeats(5, governance.TermsOfReference{Threshold: majorityOfPresent}), &m, people(5), ballots)
	require.NoError(t, err)
	assert.Equal(t, governance.ResultPassed, o.Result)

	// Members present who cast no ballot count against too: 3 yes of 7.
	ballots[3].Option = governance.VoteOptionYes
	o, err = governance.Decide(nSeats(7, governance.TermsOfReference{Threshold: majorityOfPresent}), &m, people(7), ballots)
	require.NoError(t, err)
	assert.Equal(t, governance.ResultFailed, o.Result)
	assert.Equal(t, 2, o.Counts.NotVoting)
}

// The known answer: a body of 9 with a quorum of 5, where 6 attend,
// 3 vote and 3 abstain, is quorate on members present and inquorate on
// members voting.
func TestDecideMembersVotingQuorumKnownAnswer(t *testing.T) {
	present := people(6)
	ballots := []governance.Ballot{ballot("p1", governance.VoteOptionYes), ballot("p2", governance.VoteOptionYes),
		ballot("p3", governance.VoteOptionNo), ballot("p4", governance.VoteOptionAbstain),
		ballot("p5", governance.VoteOptionAbstain), ballot("p6", governance.VoteOptionAbstain)}
	rules := governance.TermsOfReference{Quorum: governance.Quorum{Minimum: 5}, Threshold: governance.Majority()}
	m := motion
	o, err := governance.Decide(nSeats(9, rules), &m, present, ballots)
	require.NoError(t, err)
	assert.Equal(t, governance.ResultPassed, o.Result, o.Explanation())
	assert.Equal(t, 6, o.Present)

	rules.Quorum.Basis = governance.QuorumBasisMembersVoting
	o, err = governance.Decide(nSeats(9, rules), &m, present, ballots)
	require.NoError(t, err)
	assert.Equal(t, governance.ResultInquorate, o.Result)
	assert.Equal(t, "Inquorate: 3 eligible members voted yes or no (6 present); the quorum is at least 5, counted on members voting.", o.Reason)
	assert.False(t, o.Quorate())

	// Two abstainers voting instead make it quorate: 5 members voting.
	ballots[3].Option, ballots[4].Option = governance.VoteOptionNo, governance.VoteOptionYes
	o, err = governance.Decide(nSeats(9, rules), &m, present, ballots)
	require.NoError(t, err)
	assert.Equal(t, governance.ResultPassed, o.Result, o.Explanation())

	// Nobody voting: the minute says so.
	o, err = governance.Decide(nSeats(9, rules), &m, present, nil)
	require.NoError(t, err)
	assert.Equal(t, "Inquorate: no eligible member voted yes or no (6 present); the quorum counts members voting.", o.Reason)

	// Each partner must have a member voting: slam (p4, p8) abstains.
	rules.Quorum = governance.Quorum{Basis: governance.QuorumBasisMembersVoting, EachPartner: true}
	ballots[3].Option = governance.VoteOptionAbstain
	o, err = governance.Decide(nSeats(9, rules), &m, present, ballots)
	require.NoError(t, err)
	assert.Equal(t, governance.ResultInquorate, o.Result)
	assert.Equal(t, "Inquorate: no eligible member nominated by slam voted yes or no; the quorum needs one member voting from each partner.", o.Reason)
}

// Paired members count as present for a quorum of members present, and
// not for a quorum of members voting, nor in votes cast.
func TestDecidePairsInQuorumAndCounts(t *testing.T) {
	// 9 seats, quorum 5: p1–p3 vote, p4 and p5 are paired.
	present := people(5)
	ballots := []governance.Ballot{ballot("p1", governance.VoteOptionYes), ballot("p2", governance.VoteOptionYes),
		ballot("p3", governance.VoteOptionNo), paired("p5", "p4"), paired("p4", "p5")}
	rules := governance.TermsOfReference{Quorum: governance.Quorum{Minimum: 5}, Threshold: governance.Majority()}
	m := motion
	o, err := governance.Decide(nSeats(9, rules), &m, present, ballots)
	require.NoError(t, err)
	assert.Equal(t, governance.ResultPassed, o.Result)
	assert.Equal(t, 5, o.Present)
	assert.Equal(t, governance.Counts{Yes: 2, No: 1, Paired: 2, Absent: 4, YesWeight: 2, NoWeight: 1}, o.Counts)
	assert.Equal(t, [][2]vocab.PersonID{{"p4", "p5"}}, o.Pairs)
	assert.Equal(t, "Motion m1 before board on 2025-01-15: PASSED. Members 9, eligible 9, present 5. "+
		"Votes: 2 yes, 1 no, 0 abstain, 0 not voting, 2 paired, 4 absent. Paired (neither voted): p4 with p5. "+
		"Passed: 2 yes, 1 no; the threshold is more than 1/2 of votes cast.", o.Explanation())

	rules.Quorum.Basis = governance.QuorumBasisMembersVoting
	o, err = governance.Decide(nSeats(9, rules), &m, present, ballots)
	require.NoError(t, err)
	assert.Equal(t, governance.ResultInquorate, o.Result)

	// Members present leaves paired members out: 2 yes of 3 is more than
	// half, as 3 yes of 5 would be had the pair voted yes and no.
	rules = governance.TermsOfReference{Threshold: majorityOfPresent}
	o, err = governance.Decide(nSeats(9, rules), &m, present, ballots)
	require.NoError(t, err)
	assert.Equal(t, governance.ResultPassed, o.Result)
	assert.Equal(t, "Passed: 2 yes, 1 no of 3 eligible members present (2 paired, not counted); the threshold is more than 1/2 of members present.", o.Reason)

	// Two pairs, and their JSON.
	ballots = append(ballots, paired("p6", "p7"), paired("p7", "p6"))
	o, err = governance.Decide(nSeats(9, rules), &m, people(7), ballots)
	require.NoError(t, err)
	assert.Equal(t, [][2]vocab.PersonID{{"p4", "p5"}, {"p6", "p7"}}, o.Pairs)
	j, err := json.Marshal(o)
	require.NoError(t, err)
	assert.Contains(t, string(j), `"counts":{"yes":2,"no":1,"abstain":0,"notVoting":0,"paired":4,"absent":2,"yesWeight":2,"noWeight":1},"pairs":[["p4","p5"],["p6","p7"]]`)
}

// A tie under each rule, with and without the chair's casting vote. Four
// members present vote 2 yes and 2 no (or 1 and 1 with 2 abstaining); a
// casting vote settles a tie under votes cast and eligible members, and
// never under members present or unanimity.
func TestDecideTiesAndCastingVoteUnderEachRule(t *testing.T) {
	allVote := []governance.Ballot{ballot("p1", governance.VoteOptionYes), ballot("p2", governance.VoteOptionNo),
		ballot("p3", governance.VoteOptionYes), ballot("p4", governance.VoteOptionNo)}
	twoAbstain := []governance.Ballot{ballot("p1", governance.VoteOptionYes), ballot("p2", governance.VoteOptionNo),
		ballot("p3", governance.VoteOptionAbstain), ballot("p4", governance.VoteOptionAbstain)}
	atLeastHalfEligible := governance.Threshold{Rule: governance.ThresholdRuleEligibleMembers, Share: vocab.MustRatio(1, 2)}
	atLeastHalfPresent := governance.Threshold{Rule: governance.ThresholdRuleMembersPresent, Share: vocab.MustRatio(1, 2)}
	for _, c := range []struct {
		name      string
		threshold governance.Threshold
		ballots   []governance.Ballot
		cast      governance.VoteOption // the chair's casting vote, or none
		want      governance.Result
		reason    string
	}{
		{"votes cast, tie, no casting vote", governance.Majority(), allVote, "", governance.ResultFailed,
			"Failed: 2 yes, 2 no; the threshold is more than 1/2 of votes cast; the vote was tied and the chair did not use the casting vote."},
		{"votes cast, tie, casting yes", governance.Majority(), allVote, governance.VoteOptionYes, governance.ResultPassed,
			"Passed: the vote was tied (2 yes, 2 no; the threshold is more than 1/2 of votes cast) and the chair, chair, gave a casting vote yes; 3 yes, 2 no; the threshold is more than 1/2 of votes cast."},
		{"votes cast, tie, casting no", governance.Majority(), allVote, governance.VoteOptionNo, governance.ResultFailed,
			"Failed: the vote was tied (2 yes, 2 no; the threshold is more than 1/2 of votes cast) and the chair, chair, gave a casting vote no; 2 yes, 3 no; the threshold is more than 1/2 of votes cast."},
		{"eligible members, tie with abstentions, no casting vote", atLeastHalfEligible, twoAbstain, "", governance.ResultFailed,
			"Failed: 1 yes of 4 eligible; the threshold is at least 1/2 of eligible members; the vote was tied and the chair did not use the casting vote."},
		{"eligible members, tie with abstentions, casting yes", atLeastHalfEligible, twoAbstain, governance.VoteOptionYes, governance.ResultPassed,
			"Passed: the vote was tied (1 yes of 4 eligible; the threshold is at least 1/2 of eligible members) and the chair, chair, gave a casting vote yes; 2 yes of 4 eligible; the threshold is at least 1/2 of eligible members."},
		{"members present, tie, no casting vote", majorityOfPresent, allVote, "", governance.ResultFailed,
			"Failed: 2 yes, 2 no of 4 eligible members present; the threshold is more than 1/2 of members present."},
		{"members present, tie, casting yes does not count", majorityOfPresent, allVote, governance.VoteOptionYes, governance.ResultFailed,
			"Failed: 2 yes, 2 no of 4 eligible members present; the threshold is more than 1/2 of members present; the vote was tied, and the chair's casting vote does not decide a members-present threshold."},
		{"members present, at least half, tie passes without the chair", atLeastHalfPresent, allVote, "", governance.ResultPassed,
			"Passed: 2 yes, 2 no of 4 eligible members present; the threshold is at least 1/2 of members present."},
		{"members present, at least half, tie with abstentions fails", atLeastHalfPresent, twoAbstain, governance.VoteOptionYes, governance.ResultFailed,
			"Failed: 1 yes, 1 no of 4 eligible members present; the threshold is at least 1/2 of members present; the vote was tied, and the chair's casting vote does not decide a members-present threshold."},
		{"unanimity, tie, no casting vote", unanimity, allVote, "", governance.ResultFailed,
			"Failed: 2 of 4 eligible members present voted yes; unanimity needs all."},
		{"unanimity, tie, casting yes does not count", unanimity, allVote, governance.VoteOptionYes, governance.ResultFailed,
			"Failed: 2 of 4 eligible members present voted yes; unanimity needs all; the vote was tied, and the chair's casting vote does not decide a unanimity threshold."},
	} {
		t.Run(c.name, func(t *testing.T) {
			ballots := c.ballots
			if c.cast != "" {
				ballots = append(append([]governance.Ballot(nil), ballots...), casting(c.cast))
			}
			m := motion
			o, err := governance.Decide(nSeats(4, governance.TermsOfReference{Threshold: c.threshold, CastingVote: true}), &m,
				append(people(4), "chair"), ballots)
			require.NoError(t, err)
			assert.Equal(t, c.want, o.Result)
			assert.Equal(t, c.reason, o.Reason)
			if applies := c.threshold.Rule == governance.ThresholdRuleVotesCast || c.threshold.Rule == governance.ThresholdRuleEligibleMembers; applies {
				assert.Equal(t, c.cast, o.CastingVote, "the casting vote settled the tie")
			} else {
				assert.Empty(t, o.CastingVote, "a casting vote does not decide %s", c.threshold.Rule)
			}
		})
	}
}

// Unanimity counts paired members as absent: a pair does not block it (as
// if both had left the room), but an abstention still does.
func TestDecideUnanimityWithAPair(t *testing.T) {
	rules := governance.TermsOfReference{Threshold: unanimity, CastingVote: true}
	m := motion
	ballots := []governance.Ballot{ballot("p1", governance.VoteOptionYes), ballot("p2", governance.VoteOptionYes),
		paired("p3", "p4"), paired("p4", "p3")}
	o, err := governance.Decide(nSeats(4, rules), &m, people(4), ballots)
	require.NoError(t, err)
	assert.Equal(t, governance.ResultPassed, o.Result)
	assert.Equal(t, "Passed: 2 of 2 eligible members present (2 paired, not counted) voted yes; unanimity needs all.", o.Reason)
	assert.Equal(t, 4, o.Present)

	o, err = governance.Decide(nSeats(5, rules), &m, people(5), append(ballots, ballot("p5", governance.VoteOptionAbstain)))
	require.NoError(t, err)
	assert.Equal(t, governance.ResultFailed, o.Result)
	assert.Equal(t, "Failed: 2 of 3 eligible members present (2 paired, not counted) voted yes; unanimity needs all.", o.Reason)

	// Everyone paired: nobody is left to agree, and unanimity of nobody
	// is never met.
	o, err = governance.Decide(nSeats(2, rules), &m, people(2), []governance.Ballot{paired("p1", "p2"), paired("p2", "p1")})
	require.NoError(t, err)
	assert.Equal(t, governance.ResultFailed, o.Result)
	assert.Equal(t, "Failed: 0 of 0 eligible members present (2 paired, not counted) voted yes; unanimity needs all.", o.Reason)
}

// A pair takes no part in reserved matters: a paired veto holder does not
// veto, and a partner whose only member present is paired does not concur.
func TestDecidePairsInReservedMatters(t *testing.T) {
	rules := governance.TermsOfReference{Threshold: governance.Majority(), Reserved: governance.ReservedMatters{Vetoes: []vocab.OrgID{"slam"}}}
	m := motion
	m.Reserved = true
	// p4 is slam's member.
	ballots := []governance.Ballot{ballot("p1", governance.VoteOptionYes), ballot("p2", governance.VoteOptionYes),
		paired("p3", "p4"), paired("p4", "p3")}
	o, err := governance.Decide(nSeats(4, rules), &m, people(4), ballots)
	require.NoError(t, err)
	assert.Equal(t, governance.ResultPassed, o.Result)

	rules.Reserved = governance.ReservedMatters{Concurrence: true}
	o, err = governance.Decide(nSeats(4, rules), &m, people(4), ballots)
	require.NoError(t, err)
	assert.Equal(t, governance.ResultFailed, o.Result)
	assert.Equal(t, "Failed: reserved matter without the concurrence of kch (0 of its 0 eligible members present voted yes; more than half needed).", o.Reason)
}

// Each way a pair can be wrong is a problem at ballots[i].pair (or .voter
// for a second ballot), the rejected
// ballot is not counted, and the problems come in ballot order.
func TestDecideRejectsInconsistentPairs(t *testing.T) {
	m := motion
	m.Declarations = []governance.Declaration{{Person: "p6", Severity: governance.ConflictSeverityHard}}
	body := nSeats(8, governance.TermsOfReference{Threshold: governance.Majority()})
	present := append(people(8), "observer")
	for _, c := range []struct {
		name    string
		ballots []governance.Ballot
		at      string
		typ     vocab.ProblemType
		detail  string
	}{
		{"paired without a pair", []governance.Ballot{{Voter: "p1", Option: governance.VoteOptionPaired}}, "ballots[0].pair", vocab.ErrRequired,
			"a paired ballot names the member the voter is paired with"},
		{"a pair on a yes", []governance.Ballot{{Voter: "p1", Option: governance.VoteOptionYes, Pair: "p2"}, paired("p2", "p1")}, "ballots[0].pair", vocab.ErrInvalid,
			`pair is only for a paired ballot, and this ballot is "yes"`},
		{"a malformed pair", []governance.Ballot{paired("p1", "P 2")}, "ballots[0].pair", vocab.ErrInvalid, ""},
		{"paired with oneself", []governance.Ballot{paired("p1", "p1")}, "ballots[0].pair", vocab.ErrInvalid,
			"a member cannot pair with themselves"},
		{"partner did not pair", []governance.Ballot{paired("p1", "p2"), ballot("p2", governance.VoteOptionNo)}, "ballots[0].pair", vocab.ErrInvalid,
			"p2 recorded no paired ballot naming p1; both members of a pair record one"},
		{"partner cast no ballot", []governance.Ballot{ballot("p3", governance.VoteOptionNo), paired("p1", "p2")}, "ballots[1].pair", vocab.ErrInvalid,
			"p2 recorded no paired ballot naming p1; both members of a pair record one"},
		{"partner not a member", []governance.Ballot{paired("p1", "observer")}, "ballots[0].pair", vocab.ErrInvalid,
			"observer recorded no paired ballot naming p1; both members of a pair record one"},
		{"across a recusal", []governance.Ballot{paired("p1", "p6")}, "ballots[0].pair", vocab.ErrForbidden,
			"p6 is recused (hard conflict), and a pair cannot cross a recusal"},
		{"two pairs on one member", []governance.Ballot{paired("p1", "p2"), paired("p2", "p1"), paired("p3", "p2")}, "ballots[2].pair", vocab.ErrInvalid,
			"p2 is paired with p1 (ballots[1]); a member has one pair"},
		{"two pairs from one member", []governance.Ballot{paired("p1", "p2"), paired("p2", "p1"), paired("p1", "p3"), paired("p3", "p1")}, "ballots[2].voter", vocab.ErrDuplicate,
			"a second ballot from this person; the first is ballots[0]"},
	} {
		t.Run(c.name, func(t *testing.T) {
			o, err := governance.Decide(body, &m, present, c.ballots)
			ps := vocab.ProblemsOf(err)
			require.NotEmpty(t, ps, "no problem")
			assert.Equal(t, c.at, ps[0].Field())
			assert.ErrorIs(t, ps[0], c.typ)
			if c.detail != "" {
				assert.Equal(t, c.detail, ps[0].Detail)
			}
			assert.Equal(t, 2*len(o.Pairs), o.Counts.Paired)
		})
	}

	// A partner who paired with someone else rejects both ends that do not
	// match, in ballot order, and the outcome counts neither.
	o, err := governance.Decide(body, &m, present, []governance.Ballot{paired("p3", "p1"), paired("p1", "p2"), paired("p2", "p3"),
		ballot("p4", governance.VoteOptionYes)})
	ps := vocab.ProblemsOf(err)
	require.Len(t, ps, 3)
	assert.Equal(t, []string{"ballots[0].pair", "ballots[1].pair", "ballots[2].pair"}, []string{ps[0].Field(), ps[1].Field(), ps[2].Field()})
	assert.Equal(t, governance.Counts{Yes: 1, NotVoting: 6, YesWeight: 1}, o.Counts, "p6 is recused; the other seven are present")
	assert.Empty(t, o.Pairs)
	assert.Equal(t, governance.ResultPassed, o.Result)
}

// The new codes in JSON: what a document states and how it reads back,
// with unknown codes rejected by the strict text decoders.
func TestDecisionRulesJSON(t *testing.T) {
	rules := governance.TermsOfReference{
		Quorum:    governance.Quorum{Basis: governance.QuorumBasisMembersVoting, Minimum: 5},
		Threshold: majorityOfPresent,
	}
	dec := governance.Decision{Body: "board", Motion: motion, Present: []vocab.PersonID{"p1", "p2"},
		Ballots: []governance.Ballot{paired("p1", "p2"), paired("p2", "p1")}}
	j, err := json.Marshal(struct {
		Rules    governance.TermsOfReference `json:"rules"`
		Decision governance.Decision         `json:"decision"`
	}{rules, dec})
	require.NoError(t, err)
	want := `{"rules":{"quorum":{"basis":"members-voting","minimum":5},"threshold":{"rule":"members-present","share":"1/2","moreThan":true}},` +
		`"decision":{"body":"board","motion":{"id":"m1","text":"Adopt","date":"2025-01-15"},"present":["p1","p2"],` +
		`"ballots":[{"voter":"p1","option":"paired","pair":"p2"},{"voter":"p2","option":"paired","pair":"p1"}]}}`
	assert.Equal(t, want, string(j))

	var back struct {
		Rules    governance.TermsOfReference `json:"rules"`
		Decision governance.Decision         `json:"decision"`
	}
	require.NoError(t, json.Unmarshal(j, &back))
	if diff := cmp.Diff(rules, back.Rules, cmp.Comparer(func(a, b vocab.Ratio) bool { return a.Compare(b) == 0 })); diff != "" {
		t.Errorf("rules round trip (-want +got):\n%s", diff)
	}
	assert.Equal(t, dec.Ballots, back.Decision.Ballots)

	for _, bad := range []string{`{"basis":"members-in-the-room"}`, `{"basis":"members voting"}`} {
		var q governance.Quorum
		assert.ErrorIs(t, json.Unmarshal([]byte(bad), &q), vocab.ErrNotSupported, bad)
	}
	var th governance.Threshold
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"rule":"those-present"}`), &th), vocab.ErrNotSupported)
	var b governance.Ballot
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"voter":"p1","option":"pair"}`), &b), vocab.ErrNotSupported)
}

// Each decision mutation kind involving pairs applies and is reported
// where it says; and every generated pair is mutual.
func TestGeneratedPairsAreMutual(t *testing.T) {
	for _, k := range []string{"paired ballot without a pair", "pair on a ballot that is not paired", "ballot paired with oneself",
		"paired ballot whose partner did not pair", "second pair on a paired member", "ballot paired with a recused member"} {
		assert.Contains(t, governancetest.DecisionMutationKinds(), k)
	}
	found := 0
	for range 200 {
		s := governancetest.Decision().Example()
		for _, b := range s.Ballots {
			if b.Option != governance.VoteOptionPaired {
				continue
			}
			found++
			assert.Contains(t, s.Ballots, paired(b.Pair, b.Voter))
		}
	}
	assert.Positive(t, found, "the generator never pairs")
}

// A recorded pair is valid in a document, decided as Decide decides it,
// and reported in the Paired column.
func TestDocumentWithAPair(t *testing.T) {
	b := nSeats(4, governance.TermsOfReference{Quorum: governance.Quorum{Basis: governance.QuorumBasisMembersPresent, Minimum: 4},
		Threshold: majorityOfPresent})
	b.ReportsTo = ""
	d := &governance.Document{Version: vocab.CurrentVersion, Bodies: []governance.Body{*b},
		Decisions: []governance.Decision{{Body: "board", Motion: governance.Motion{ID: "m-1", Text: "Adopt", Date: vocab.MustParseDate("2025-02-01")},
			Present: people(4), Ballots: []governance.Ballot{ballot("p1", governance.VoteOptionYes), ballot("p2", governance.VoteOptionNo),
				paired("p3", "p4"), paired("p4", "p3")}}}}
	require.NoError(t, d.Validate())
	o, err := d.Decide(&d.Decisions[0])
	require.NoError(t, err)
	assert.Equal(t, governance.ResultFailed, o.Result, "1 yes of 2 members present (the pair not counted) is not more than half")
	var out strings.Builder
	require.NoError(t, d.Report(&out, vocab.MustParsePeriod("2024-04-01/2025-03-31"), governance.ReportOptions{}))
	assert.Contains(t, out.String(), "| Yes | No | Abstain | Not voting | Paired | Absent |")
	assert.Contains(t, out.String(), "| failed | 1 | 1 | 0 | 0 | 2 | 0 | 0 |")

	// The partner's ballot lost: the unmatched pair is reported at
	// decisions[0].ballots[2].pair.
	d.Decisions[0].Ballots = d.Decisions[0].Ballots[:3]
	ps := vocab.ProblemsOf(d.Validate())
	require.Len(t, ps, 1)
	assert.Equal(t, "decisions[0].ballots[2].pair", ps[0].Field())
	assert.Equal(t, "/decisions/0/ballots/2/pair", ps[0].Pointer())
}

// A decision's motion, present list and ballots are checked with paths
// built only for what fails: each problem still names its own member.
func TestDecisionProblemsNameTheirMember(t *testing.T) {
	b := nSeats(4, governance.TermsOfReference{Quorum: governance.Quorum{Basis: governance.QuorumBasisMembersPresent, Minimum: 1},
		Threshold: governance.Majority()})
	b.ReportsTo = ""
	d := &governance.Document{Version: vocab.CurrentVersion, Bodies: []governance.Body{*b},
		Decisions: []governance.Decision{
			{Body: "board", Motion: governance.Motion{ID: "m-1", Text: "Adopt", Date: vocab.MustParseDate("2025-02-01")},
				Present: people(4), Ballots: []governance.Ballot{ballot("p1", governance.VoteOptionYes)}},
			{Body: "board", Motion: governance.Motion{ID: "m-2", Date: vocab.MustParseDate("2025-02-01"),
				Concerns: []vocab.OrgID{"kcl", "Not An ID"},
				Declarations: []governance.Declaration{{Person: "p1", Severity: governance.ConflictSeverityHard},
					{Person: "p2", Severity: "grave"}}},
				Present: []vocab.PersonID{"p1", "p2", "P 3"},
				Ballots: []governance.Ballot{ballot("p2", governance.VoteOptionYes), {Voter: "p3", Option: "maybe"}}},
		}}
	var got []string
	for _, q := range vocab.ProblemsOf(d.Validate()) {
		got = append(got, q.Pointer())
	}
	assert.ElementsMatch(t, []string{
		"/decisions/1/motion/text",
		"/decisions/1/motion/concerns/1",
		"/decisions/1/motion/declarations/1/severity",
		"/decisions/1/present/2",
		"/decisions/1/ballots/1/option",
	}, got, "the motion's errors stop its ballots being counted, not checked for their shape")

	d.Decisions[1].Motion = governance.Motion{ID: "m-2", Text: "Adopt", Date: vocab.MustParseDate("2025-02-01")}
	d.Decisions[1].Present = people(3)
	got = got[:0]
	for _, q := range vocab.ProblemsOf(d.Validate()) {
		got = append(got, q.Pointer())
	}
	assert.Equal(t, []string{"/decisions/1/ballots/1/option"}, got)
}
