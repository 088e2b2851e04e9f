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
			if b.Option == governance.OptionNo && !b.Casting {
				nos = append(nos, i)
			}
		}
		if len(nos) == 0 {
			t.Skip("no no votes")
		}
		before := mustDecide(t, s)
		s.Ballots = slices.Clone(s.Ballots)
		s.Ballots[rapid.SampledFrom(nos).Draw(t, "flip")].Option = governance.OptionYes
		after := mustDecide(t, s)
		if before.Status == governance.StatusPassed && after.Status != governance.StatusPassed {
			t.Fatalf("turning a no into a yes changed passed into %s:\nbefore: %s\nafter: %s", after.Status, before.Explanation, after.Explanation)
		}
	})
}

func TestDecideInquorateNeverPasses(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := governancetest.Decision().Draw(t, "scenario")
		o := mustDecide(t, s)
		q := s.Body.Rules.Quorum
		enough := o.Present >= 1 && o.Present >= q.Minimum &&
			vocab.CompareFractions(int64(o.Present), int64(o.Eligible), q.Share.Num(), q.Share.Den()) >= map[bool]int{true: 1, false: 0}[q.MoreThan]
		if o.Status == governance.StatusPassed && (!o.Quorate || !enough) {
			t.Fatalf("passed without quorum: %s", o.Explanation)
		}
		if o.Status == governance.StatusInquorate && o.Quorate {
			t.Fatalf("inquorate but marked quorate: %s", o.Explanation)
		}
		if !enough && (o.Status == governance.StatusPassed || o.Status == governance.StatusFailed) {
			t.Fatalf("head count %d of %d below quorum %+v but status %s", o.Present, o.Eligible, q, o.Status)
		}
	})
}

func TestDecideUnanimityPassesIffEveryPresentEligibleVotesYes(t *testing.T) {
	unanimity := rapid.Map(governancetest.Rules(), func(r governance.TermsOfReference) governance.TermsOfReference {
		r.Threshold = governance.Threshold{Rule: governance.Unanimity}
		return r
	})
	rapid.Check(t, func(t *rapid.T) {
		s := governancetest.DecisionWith(unanimity).Draw(t, "scenario")
		s.Motion.Reserved = false
		o := mustDecide(t, s)
		if !o.Quorate {
			return
		}
		voters := governancetest.Voters(s.Body, s.Motion, s.Present)
		allYes := len(voters) > 0 && !slices.ContainsFunc(voters, func(v vocab.PersonID) bool {
			return !slices.Contains(s.Ballots, governance.Ballot{Voter: v, Option: governance.OptionYes})
		})
		if (o.Status == governance.StatusPassed) != allYes {
			t.Fatalf("all yes = %v but status %s: %s", allYes, o.Status, o.Explanation)
		}
	})
}

func TestDecideVetoHoldersNoFailsReservedMatter(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := governancetest.Decision().Draw(t, "scenario")
		s.Motion.Reserved = true
		var holders []int
		for i, b := range s.Ballots {
			if b.Casting {
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
		s.Ballots[rapid.SampledFrom(holders).Draw(t, "vetoer")].Option = governance.OptionNo
		o := mustDecide(t, s)
		if o.Status == governance.StatusPassed {
			t.Fatalf("a veto holder's no did not stop a reserved matter: %s", o.Explanation)
		}
		if o.Quorate && o.Status != governance.StatusFailed {
			t.Fatalf("quorate vetoed matter has status %s", o.Status)
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
			s.Motion.Declarations = append(s.Motion.Declarations, governance.Declaration{Person: p, Severity: governance.Hard})
		}
		s.Ballots = governancetest.BallotsFor(s.Body, s.Motion, s.Present).Draw(t, "ballots")
		o := mustDecide(t, s)
		want := governance.StatusReferred
		if s.Body.ReportsTo == "" {
			want = governance.StatusUndecidable
		}
		if o.Status != want || o.ReferredTo != s.Body.ReportsTo || len(o.Recused) != k {
			t.Fatalf("%d of %d hard-conflicted: got %s (referred to %q, %d recused), want %s: %s",
				k, len(members), o.Status, o.ReferredTo, len(o.Recused), want, o.Explanation)
		}
	})
}

func TestDecideReportsEveryInvalidBallotAndNeverCountsIt(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := governancetest.Decision().Draw(t, "scenario")
		want := mustDecide(t, s)
		bad := rapid.SliceOfN(governancetest.InvalidBallot(s), 1, 4).Draw(t, "bad")
		n := len(s.Ballots)
		wantAt := map[string]vocab.ProblemType{}
		for i, b := range bad {
			s.Ballots = append(s.Ballots, b.Ballot)
			wantAt[vocab.NewPath("ballots").Index(n+i).String()] = b.Type
		}
		got, err := s.Decide()
		ps := vocab.ProblemsOf(err)
		if len(ps) != len(bad) {
			t.Fatalf("got %d problems for %d invalid ballots: %v", len(ps), len(bad), err)
		}
		for _, p := range ps {
			if typ, ok := wantAt[p.Field()]; !ok || !errors.Is(p, typ) {
				t.Fatalf("problem %v: want type %q at one of %v", p, typ, wantAt)
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("invalid ballots changed the outcome (-want +got):\n%s", diff)
		}
	})
}

func TestDecideCountsAddUpToEligible(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		o := mustDecide(t, governancetest.Decision().Draw(t, "scenario"))
		c := o.Counts
		if c.Yes+c.No+c.Abstain+c.NotVoting+c.Absent != o.Eligible || o.Eligible+len(o.Recused) != o.Members ||
			o.Present != o.Eligible-c.Absent {
			t.Fatalf("counts do not add up: %+v, members %d eligible %d present %d recused %v", c, o.Members, o.Eligible, o.Present, o.Recused)
		}
	})
}
