package governance_test

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
)

// committee returns an illustrative committee of n voting members m1…mn
// with the given rules.
func committee(n int, rules governance.TermsOfReference) *governance.Body {
	b := &governance.Body{ID: "committee", Name: "Committee", Kind: governance.BodyKindCommittee,
		Period: vocab.PeriodFrom(vocab.MustParseDate("2020-01-01")), Rules: rules}
	for i := 1; i <= n; i++ {
		id := fmt.Sprintf("m%d", i)
		b.Seats = append(b.Seats, governance.Seat{ID: governance.SeatID(id), Label: id, Independent: true, Voting: true,
			Terms: []governance.Term{{Person: vocab.PersonID(id), Period: vocab.PeriodFrom(vocab.MustParseDate("2024-01-01"))}}})
	}
	return b
}

// ExampleThresholdRule compares "a majority of votes cast" with "a
// majority of the members present" (illustrative meeting): 5 members
// present vote 2 yes, 1 no and 2 abstain. The abstentions are neutral on
// votes cast and count against on members present.
func ExampleThresholdRule() {
	present := []vocab.PersonID{"m1", "m2", "m3", "m4", "m5"}
	ballots := []governance.Ballot{
		{Voter: "m1", Option: governance.VoteOptionYes}, {Voter: "m2", Option: governance.VoteOptionYes},
		{Voter: "m3", Option: governance.VoteOptionNo},
		{Voter: "m4", Option: governance.VoteOptionAbstain}, {Voter: "m5", Option: governance.VoteOptionAbstain},
	}
	motion := &governance.Motion{ID: "m-2025-1", Text: "Adopt the research strategy", Date: vocab.MustParseDate("2025-03-01")}
	for _, rule := range []governance.ThresholdRule{governance.ThresholdRuleVotesCast, governance.ThresholdRuleMembersPresent} {
		rules := governance.TermsOfReference{Threshold: governance.Threshold{Rule: rule, Share: vocab.MustRatio(1, 2), MoreThan: true}}
		o, err := governance.Decide(committee(5, rules), motion, present, ballots)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(o.Reason)
	}
	// Output:
	// Passed: 2 yes, 1 no; the threshold is more than 1/2 of votes cast.
	// Failed: 2 yes, 1 no of 5 eligible members present; the threshold is more than 1/2 of members present.
}

// ExampleQuorumBasis compares a quorum of members present with a quorum
// of members voting (illustrative meeting): a committee of 9 with a
// quorum of 5, where 6 attend, 3 vote and 3 abstain.
func ExampleQuorumBasis() {
	present := []vocab.PersonID{"m1", "m2", "m3", "m4", "m5", "m6"}
	ballots := []governance.Ballot{
		{Voter: "m1", Option: governance.VoteOptionYes}, {Voter: "m2", Option: governance.VoteOptionYes},
		{Voter: "m3", Option: governance.VoteOptionNo},
		{Voter: "m4", Option: governance.VoteOptionAbstain}, {Voter: "m5", Option: governance.VoteOptionAbstain},
		{Voter: "m6", Option: governance.VoteOptionAbstain},
	}
	motion := &governance.Motion{ID: "m-2025-2", Text: "Approve the budget", Date: vocab.MustParseDate("2025-03-01")}
	for _, basis := range []governance.QuorumBasis{governance.QuorumBasisMembersPresent, governance.QuorumBasisMembersVoting} {
		rules := governance.TermsOfReference{Quorum: governance.Quorum{Basis: basis, Minimum: 5}, Threshold: governance.Majority()}
		o, err := governance.Decide(committee(9, rules), motion, present, ballots)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: %s\n", basis, o.Reason)
	}
	// Output:
	// members-present: Passed: 2 yes, 1 no; the threshold is more than 1/2 of votes cast.
	// members-voting: Inquorate: 3 eligible members voted yes or no (6 present); the quorum is at least 5, counted on members voting.
}

// ExampleDecide_paired records a pair (illustrative meeting): m4 and m5,
// on opposite sides, agree that neither will vote, and each records a
// paired ballot naming the other. They count as present for the quorum
// (here more than half of 7), not in votes cast, and the minute shows the
// pair. A pair whose partner did not also pair is rejected at its ballot.
func ExampleDecide_paired() {
	rules := governance.TermsOfReference{Quorum: governance.Quorum{Share: vocab.MustRatio(1, 2), MoreThan: true}, Threshold: governance.Majority()}
	motion := &governance.Motion{ID: "m-2025-3", Text: "Open the new clinical research facility", Date: vocab.MustParseDate("2025-03-01")}
	present := []vocab.PersonID{"m1", "m2", "m3", "m4", "m5"}
	o, err := governance.Decide(committee(7, rules), motion, present, []governance.Ballot{
		{Voter: "m1", Option: governance.VoteOptionYes}, {Voter: "m2", Option: governance.VoteOptionYes},
		{Voter: "m3", Option: governance.VoteOptionNo},
		{Voter: "m4", Option: governance.VoteOptionPaired, Pair: "m5"}, {Voter: "m5", Option: governance.VoteOptionPaired, Pair: "m4"},
	})
	fmt.Println(o.Explanation(), err)

	_, err = governance.Decide(committee(7, rules), motion, present, []governance.Ballot{
		{Voter: "m4", Option: governance.VoteOptionPaired, Pair: "m5"}, {Voter: "m5", Option: governance.VoteOptionNo},
	})
	fmt.Println(err)
	// Output:
	// Motion m-2025-3 before committee on 2025-03-01: PASSED. Members 7, eligible 7, present 5. Votes: 2 yes, 1 no, 0 abstain, 0 not voting, 2 paired, 2 absent. Paired (neither voted): m4 with m5. Passed: 2 yes, 1 no; the threshold is more than 1/2 of votes cast. <nil>
	// ballots[0].pair: invalid value: "m5": m5 recorded no paired ballot naming m4; both members of a pair record one
}
