package governance_test

import (
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/governance/governancetest"
)

// rulesWith draws terms of reference from governancetest.TermsOfReference
// and lets change adjust them.
func rulesWith(change func(t *rapid.T, r *governance.TermsOfReference)) *rapid.Generator[governance.TermsOfReference] {
	return rapid.Custom(func(t *rapid.T) governance.TermsOfReference {
		r := governancetest.TermsOfReference().Draw(t, "rules")
		change(t, &r)
		return r
	})
}

// effectiveWeight is what a voter's ballot weighs under the body's rules.
func effectiveWeight(b governance.Body, p vocab.PersonID) int64 {
	w := seatOf(b, p).Weight
	if !b.Rules.Weighted || w == 0 {
		return 1
	}
	return w
}

// A pair is two members on opposite sides who agree that neither will
// vote, so under "more than half of votes cast" (and, because paired
// members count as absent, under "more than half of members present")
// replacing a yes and a no of equal weight by a pair never changes the
// outcome: yes > no exactly when yes-w > no-w. The quorum counts members
// present (a pair takes two members voting away from a quorum of members
// voting) and the motion is not reserved (a pair takes a vote away from
// concurrence or a veto). One exception is real and asserted: when the
// pair takes the last two votes, a tie the chair's casting vote carried
// becomes a vote with nothing cast, which fails.
func TestDecideAPairNeverChangesASimpleMajority(t *testing.T) {
	rules := rulesWith(func(t *rapid.T, r *governance.TermsOfReference) {
		r.Threshold = rapid.SampledFrom([]governance.Threshold{governance.Majority(),
			{Rule: governance.ThresholdRuleMembersPresent, Share: vocab.MustRatio(1, 2), MoreThan: true}}).Draw(t, "threshold")
		r.Quorum.Basis = rapid.SampledFrom([]governance.QuorumBasis{"", governance.QuorumBasisMembersPresent}).Draw(t, "basis")
	})
	rapid.Check(t, func(t *rapid.T) {
		s := governancetest.DecisionWith(rules).Draw(t, "scenario")
		s.Motion.Reserved = false
		// Two unpaired voters of equal weight vote yes and no (before) or
		// pair (after); everyone else votes as drawn.
		var unpaired []vocab.PersonID
		for _, v := range governancetest.Voters(s.Body, s.Motion, s.Present) {
			if !slices.ContainsFunc(s.Ballots, func(b governance.Ballot) bool { return b.Voter == v && b.Option == governance.VoteOptionPaired }) {
				unpaired = append(unpaired, v)
			}
		}
		var candidates [][2]vocab.PersonID
		for _, y := range unpaired {
			for _, n := range unpaired {
				if y != n && effectiveWeight(s.Body, y) == effectiveWeight(s.Body, n) {
					candidates = append(candidates, [2]vocab.PersonID{y, n})
				}
			}
		}
		if len(candidates) == 0 {
			t.Skip("no two unpaired voters of equal weight")
		}
		c := rapid.SampledFrom(candidates).Draw(t, "yesAndNo")
		others := slices.DeleteFunc(slices.Clone(s.Ballots), func(b governance.Ballot) bool { return !b.Casting && (b.Voter == c[0] || b.Voter == c[1]) })
		s.Ballots = append(slices.Clip(others), ballot(c[0], governance.VoteOptionYes), ballot(c[1], governance.VoteOptionNo))
		before := mustDecide(t, s)
		s.Ballots = append(slices.Clip(others), governancetest.PairBallots(c[0], c[1])...)
		after := mustDecide(t, s)
		if after.Counts.Paired != before.Counts.Paired+2 || after.Present != before.Present {
			t.Fatalf("the pair is not counted as paired and present:\nbefore: %s\nafter: %s", before.Explanation(), after.Explanation())
		}
		lastVotes := after.Counts.YesWeight+after.Counts.NoWeight == 0
		if before.Result != after.Result && !(lastVotes && before.CastingVote == governance.VoteOptionYes) {
			t.Fatalf("pairing a yes with a no changed %s into %s:\nbefore: %s\nafter: %s",
				before.Result, after.Result, before.Explanation(), after.Explanation())
		}
	})
}

// The members-present threshold never passes a motion that the same share
// of votes cast would fail: every vote cast comes from a member present,
// so yes/present >= share implies yes/(yes+no) >= share; and a casting
// vote never decides a members-present threshold.
func TestDecideMembersPresentNeverPassesWhatVotesCastFails(t *testing.T) {
	rules := rulesWith(func(t *rapid.T, r *governance.TermsOfReference) {
		share := rapid.SampledFrom([]vocab.Ratio{vocab.MustRatio(1, 3), vocab.MustRatio(1, 2), vocab.MustRatio(2, 3), vocab.IntRatio(1)}).Draw(t, "share")
		moreThan := share.Compare(vocab.IntRatio(1)) < 0 && rapid.Bool().Draw(t, "moreThan")
		r.Threshold = governance.Threshold{Rule: governance.ThresholdRuleMembersPresent, Share: share, MoreThan: moreThan}
	})
	rapid.Check(t, func(t *rapid.T) {
		s := governancetest.DecisionWith(rules).Draw(t, "scenario")
		present := mustDecide(t, s)
		s.Body.Rules.Threshold.Rule = governance.ThresholdRuleVotesCast
		cast := mustDecide(t, s)
		if present.Result == governance.ResultPassed && cast.Result != governance.ResultPassed {
			t.Fatalf("passed on members present, %s on votes cast:\n%s\n%s", cast.Result, present.Explanation(), cast.Explanation())
		}
	})
}

// Under a members-present threshold an abstention counts against the
// motion exactly like a no: turning an abstention into a no changes
// nothing when the quorum counts members present and the motion is not
// reserved (where a no may be a veto).
func TestDecideMembersPresentCountsAnAbstentionAsANo(t *testing.T) {
	rules := rulesWith(func(t *rapid.T, r *governance.TermsOfReference) {
		r.Threshold = governance.Threshold{Rule: governance.ThresholdRuleMembersPresent, Share: vocab.MustRatio(1, 2), MoreThan: rapid.Bool().Draw(t, "moreThan")}
		r.Quorum.Basis = ""
	})
	rapid.Check(t, func(t *rapid.T) {
		s := governancetest.DecisionWith(rules).Draw(t, "scenario")
		s.Motion.Reserved = false
		var abstentions []int
		for i, b := range s.Ballots {
			if b.Option == governance.VoteOptionAbstain {
				abstentions = append(abstentions, i)
			}
		}
		if len(abstentions) == 0 {
			t.Skip("no abstention")
		}
		before := mustDecide(t, s)
		s.Ballots = append([]governance.Ballot(nil), s.Ballots...)
		s.Ballots[rapid.SampledFrom(abstentions).Draw(t, "abstention")].Option = governance.VoteOptionNo
		after := mustDecide(t, s)
		if before.Result != after.Result {
			t.Fatalf("an abstention and a no differ under members present:\nbefore: %s\nafter: %s", before.Explanation(), after.Explanation())
		}
	})
}

// Every member voting is present, so a quorum of members voting is never
// met when the same quorum of members present is not; and once both are
// met the quorum plays no further part, so the results agree.
func TestDecideMembersVotingQuorumNeverMetWithoutAttendance(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := governancetest.Decision().Draw(t, "scenario")
		s.Body.Rules.Quorum.Basis = governance.QuorumBasisMembersPresent
		attendance := mustDecide(t, s)
		s.Body.Rules.Quorum.Basis = governance.QuorumBasisMembersVoting
		voting := mustDecide(t, s)
		if voting.Quorate() && !attendance.Quorate() {
			t.Fatalf("quorate on members voting but %s on members present:\n%s\n%s", attendance.Result, voting.Explanation(), attendance.Explanation())
		}
		if voting.Quorate() && voting.Result != attendance.Result {
			t.Fatalf("both quorate but %s on members voting and %s on members present", voting.Result, attendance.Result)
		}
		if voting.Quorate() && voting.Counts.Yes+voting.Counts.No == 0 {
			t.Fatalf("quorate on members voting with nobody voting: %s", voting.Explanation())
		}
	})
}
