package governance_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/governance/governancetest"
)

func mustDecide(t *rapid.T, s governancetest.Scenario) governance.Outcome {
	o, err := s.Decide()
	if err != nil {
		t.Fatalf("valid scenario rejected: %v", err)
	}
	return o
}

func TestDecideOrderOfBallotsIrrelevant(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := governancetest.Decision().Draw(t, "scenario")
		want := mustDecide(t, s)
		s.Ballots = rapid.Permutation(s.Ballots).Draw(t, "shuffled")
		if diff := cmp.Diff(want, mustDecide(t, s)); diff != "" {
			t.Fatalf("outcome depends on ballot order (-before +after):\n%s", diff)
		}
	})
}

func TestDecideNoToYesNeverTurnsPassIntoFail(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := governancetest.Decision().Draw(t, "scenario")
		var nos []int
		for i, b := range s.Ballots {
			if b.Option == governance.VoteOptionNo && !b.Casting {
				nos = append(nos, i)
			}
		}
		if len(nos) == 0 {
			t.Skip("no no votes")
		}
		before := mustDecide(t, s)
		s.Ballots = slices.Clone(s.Ballots)
		s.Ballots[rapid.SampledFrom(nos).Draw(t, "flip")].Option = governance.VoteOptionYes
		after := mustDecide(t, s)
		if before.Result == governance.ResultPassed && after.Result != governance.ResultPassed {
			t.Fatalf("turning a no into a yes changed passed into %s:\nbefore: %s\nafter: %s", after.Result, before.Explanation(), after.Explanation())
		}
	})
}

func TestDecideInquorateNeverPasses(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := governancetest.Decision().Draw(t, "scenario")
		o := mustDecide(t, s)
		q := s.Body.Rules.Quorum
		counted := o.Present
		if q.Basis == governance.QuorumBasisMembersVoting {
			counted = o.Counts.Yes + o.Counts.No
		}
		enough := counted >= 1 && counted >= q.Minimum &&
			vocab.CompareFractions(int64(counted), int64(o.Eligible), q.Share.Num(), q.Share.Den()) >= map[bool]int{true: 1, false: 0}[q.MoreThan]
		if o.Result == governance.ResultPassed && (!o.Quorate() || !enough) {
			t.Fatalf("passed without quorum: %s", o.Explanation())
		}
		if o.Result == governance.ResultInquorate && o.Quorate() {
			t.Fatalf("inquorate but marked quorate: %s", o.Explanation())
		}
		if !enough && (o.Result == governance.ResultPassed || o.Result == governance.ResultFailed) {
			t.Fatalf("head count %d of %d below quorum %+v but status %s", counted, o.Eligible, q, o.Result)
		}
	})
}

func TestDecideUnanimityPassesIffEveryPresentEligibleVotesYes(t *testing.T) {
	unanimity := rapid.Map(governancetest.TermsOfReference(), func(r governance.TermsOfReference) governance.TermsOfReference {
		r.Threshold = governance.Threshold{Rule: governance.ThresholdRuleUnanimity}
		return r
	})
	rapid.Check(t, func(t *rapid.T) {
		s := governancetest.DecisionWith(unanimity).Draw(t, "scenario")
		s.Motion.Reserved = false
		o := mustDecide(t, s)
		if !o.Quorate() {
			return
		}
		// Paired members count as absent: every other voter must vote yes.
		voters := slices.DeleteFunc(governancetest.Voters(s.Body, s.Motion, s.Present), func(v vocab.PersonID) bool {
			return slices.ContainsFunc(s.Ballots, func(b governance.Ballot) bool { return b.Voter == v && b.Option == governance.VoteOptionPaired })
		})
		allYes := len(voters) > 0 && !slices.ContainsFunc(voters, func(v vocab.PersonID) bool {
			return !slices.Contains(s.Ballots, governance.Ballot{Voter: v, Option: governance.VoteOptionYes})
		})
		if (o.Result == governance.ResultPassed) != allYes {
			t.Fatalf("all yes = %v but status %s: %s", allYes, o.Result, o.Explanation())
		}
	})
}

func TestDecideVetoHoldersNoFailsReservedMatter(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := governancetest.Decision().Draw(t, "scenario")
		s.Motion.Reserved = true
		var holders []int
		for i, b := range s.Ballots {
			if b.Casting || b.Option == governance.VoteOptionPaired {
				continue
			}
			seat := seatOf(s.Body, b.Voter)
			if slices.Contains(s.Body.Rules.Reserved.Vetoes, seat.NominatedBy) {
				holders = append(holders, i)
			}
		}
		if len(holders) == 0 {
			t.Skip("no veto holder voted")
		}
		s.Ballots[rapid.SampledFrom(holders).Draw(t, "vetoer")].Option = governance.VoteOptionNo
		o := mustDecide(t, s)
		if o.Result == governance.ResultPassed {
			t.Fatalf("a veto holder's no did not stop a reserved matter: %s", o.Explanation())
		}
		if o.Quorate() && o.Result != governance.ResultFailed {
			t.Fatalf("quorate vetoed matter has status %s", o.Result)
		}
	})
}

func seatOf(b governance.Body, p vocab.PersonID) governance.Seat {
	for _, s := range b.Seats {
		if t := s.Terms[0]; t.Person == p || t.Alternate == p {
			return s
		}
	}
	return governance.Seat{}
}

func TestDecideHalfHardConflictedRefers(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := governancetest.Decision().Draw(t, "scenario")
		var members []vocab.PersonID
		for _, seat := range s.Body.Seats {
			if seat.Voting {
				members = append(members, seat.Terms[0].Person)
			}
		}
		k := rapid.IntRange((len(members)+1)/2, len(members)).Draw(t, "conflicted")
		s.Motion.Declarations = nil
		for _, p := range rapid.Permutation(members).Draw(t, "who")[:k] {
			s.Motion.Declarations = append(s.Motion.Declarations, governance.Declaration{Person: p, Severity: governance.ConflictSeverityHard})
		}
		s.Ballots = governancetest.BallotsFor(s.Body, s.Motion, s.Present).Draw(t, "ballots")
		o := mustDecide(t, s)
		want := governance.ResultReferred
		if s.Body.ReportsTo == "" {
			want = governance.ResultUndecidable
		}
		if o.Result != want || o.ReferredTo != s.Body.ReportsTo || len(o.Recused) != k {
			t.Fatalf("%d of %d hard-conflicted: got %s (referred to %q, %d recused), want %s: %s",
				k, len(members), o.Result, o.ReferredTo, len(o.Recused), want, o.Explanation())
		}
	})
}

func TestDecideReportsAnInvalidBallotAndNeverCountsIt(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := governancetest.MutatedDecision().Draw(t, "mutation")
		valid := *m.Value
		valid.Ballots = valid.Ballots[:len(valid.Ballots)-1]
		want := mustDecide(t, valid)
		got, err := m.Value.Decide()
		ps := vocab.ProblemsOf(err)
		if len(ps) != 1 || !ps[0].Path.Equal(m.Path) || !errors.Is(ps[0], m.Type) {
			t.Fatalf("%s: want one %s problem at %s, got %v", m.Kind, m.Type, m.Path, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("%s: the invalid ballot changed the outcome (-want +got):\n%s", m.Kind, diff)
		}
	})
}

func TestDecideCountsAddUpToEligible(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		o := mustDecide(t, governancetest.Decision().Draw(t, "scenario"))
		c := o.Counts
		if c.Yes+c.No+c.Abstain+c.NotVoting+c.Paired+c.Absent != o.Eligible || o.Eligible+len(o.Recused) != o.Members ||
			o.Present != o.Eligible-c.Absent || c.Paired != 2*len(o.Pairs) {
			t.Fatalf("counts do not add up: %+v, members %d eligible %d present %d recused %v pairs %v", c, o.Members, o.Eligible, o.Present, o.Recused, o.Pairs)
		}
	})
}
