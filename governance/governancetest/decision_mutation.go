package governancetest

import (
	"slices"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/governance"
)

// MutatedDecision generates a scenario from [Decision] with one invalid
// ballot appended after its valid ones, with the path (ballots[n]) and
// problem type [governance.Decide] must report; dropping that last ballot
// gives back the valid scenario. It uses the named kinds
// ([DecisionMutationKinds]), or all of them when none is named, and panics
// on an unknown kind.
func MutatedDecision(kinds ...string) *rapid.Generator[vocabtest.Mutation[*Scenario]] {
	valid := rapid.Map(Decision(), func(s Scenario) *Scenario { return &s })
	return vocabtest.Mutated(valid, decisionMutators(), kinds...)
}

// DecisionMutationKinds returns the kinds of defect [MutatedDecision]
// makes, sorted.
func DecisionMutationKinds() []string { return vocabtest.MutationKinds(decisionMutators()) }

// decisionMutators are the invalid ballots: each appends one ballot to a
// valid scenario from [Decision], when it applies.
func decisionMutators() []vocabtest.Mutator[*Scenario] {
	yes, paired := governance.VoteOptionYes, governance.VoteOptionPaired
	always := func(b governance.Ballot, member string, typ vocab.ProblemType) func(*rapid.T, *Scenario) (*vocab.Path, vocab.ProblemType, bool) {
		return func(_ *rapid.T, s *Scenario) (*vocab.Path, vocab.ProblemType, bool) {
			return s.appendBallot(b).Child(member), typ, true
		}
	}
	return []vocabtest.Mutator[*Scenario]{
		{Kind: "ballot from someone not present", Apply: always(governance.Ballot{Voter: "nobody", Option: yes}, "voter", vocab.ErrInvalid)},
		{Kind: "ballot without a voter", Apply: always(governance.Ballot{Option: yes}, "voter", vocab.ErrRequired)},
		{Kind: "ballot marked absent", Apply: always(governance.Ballot{Voter: "m0", Option: governance.VoteOptionAbsent}, "option", vocab.ErrNotSupported)},
		{Kind: "ballot with an unknown option", Apply: always(governance.Ballot{Voter: "m0", Option: "maybe"}, "option", vocab.ErrNotSupported)},
		{Kind: "ballot from a non-member present", Apply: func(_ *rapid.T, s *Scenario) (*vocab.Path, vocab.ProblemType, bool) {
			if !slices.Contains(s.Present, "observer") {
				return nil, "", false
			}
			return s.appendBallot(governance.Ballot{Voter: "observer", Option: yes}).Child("voter"), vocab.ErrForbidden, true
		}},
		{Kind: "second ballot from a voter", Apply: func(t *rapid.T, s *Scenario) (*vocab.Path, vocab.ProblemType, bool) {
			var voters []vocab.PersonID
			for _, b := range s.Ballots {
				if !b.Casting {
					voters = append(voters, b.Voter)
				}
			}
			if len(voters) == 0 {
				return nil, "", false
			}
			v := rapid.SampledFrom(voters).Draw(t, "voter")
			return s.appendBallot(governance.Ballot{Voter: v, Option: governance.VoteOptionNo}).Child("voter"), vocab.ErrDuplicate, true
		}},
		{Kind: "ballot from a recused member", Apply: func(t *rapid.T, s *Scenario) (*vocab.Path, vocab.ProblemType, bool) {
			var recused []vocab.PersonID
			for _, seat := range s.Body.Seats {
				if p := seat.Terms[0].Person; seat.Voting && s.present(p) && HardConflicted(s.Motion, p) {
					recused = append(recused, p)
				}
			}
			if len(recused) == 0 {
				return nil, "", false
			}
			v := rapid.SampledFrom(recused).Draw(t, "voter")
			return s.appendBallot(governance.Ballot{Voter: v, Option: yes}).Child("voter"), vocab.ErrForbidden, true
		}},
		{Kind: "ballot from an alternate whose principal is present", Apply: func(t *rapid.T, s *Scenario) (*vocab.Path, vocab.ProblemType, bool) {
			var alternates []vocab.PersonID
			for _, seat := range s.Body.Seats {
				if tm := seat.Terms[0]; seat.Voting && tm.Alternate != "" && s.present(tm.Alternate) && s.present(tm.Person) {
					alternates = append(alternates, tm.Alternate)
				}
			}
			if len(alternates) == 0 {
				return nil, "", false
			}
			v := rapid.SampledFrom(alternates).Draw(t, "voter")
			return s.appendBallot(governance.Ballot{Voter: v, Option: yes}).Child("voter"), vocab.ErrForbidden, true
		}},
		{Kind: "casting vote the rules do not give", Apply: func(_ *rapid.T, s *Scenario) (*vocab.Path, vocab.ProblemType, bool) {
			if s.Body.Rules.CastingVote {
				return nil, "", false
			}
			return s.appendBallot(governance.Ballot{Voter: "chair", Option: yes, Casting: true}).Child("casting"), vocab.ErrForbidden, true
		}},
		{Kind: "paired ballot without a pair", Apply: always(governance.Ballot{Voter: "m0", Option: paired}, "pair", vocab.ErrRequired)},
		{Kind: "pair on a ballot that is not paired", Apply: always(governance.Ballot{Voter: "m0", Option: yes, Pair: "m1"}, "pair", vocab.ErrInvalid)},
		{Kind: "ballot paired with oneself", Apply: func(t *rapid.T, s *Scenario) (*vocab.Path, vocab.ProblemType, bool) {
			v, ok := s.drawSilentVoter(t)
			if !ok {
				return nil, "", false
			}
			return s.appendBallot(governance.Ballot{Voter: v, Option: paired, Pair: v}).Child("pair"), vocab.ErrInvalid, true
		}},
		{Kind: "paired ballot whose partner did not pair", Apply: func(t *rapid.T, s *Scenario) (*vocab.Path, vocab.ProblemType, bool) {
			v, ok := s.drawSilentVoter(t)
			if !ok {
				return nil, "", false
			}
			var partners []vocab.PersonID
			for _, w := range Voters(s.Body, s.Motion, s.Present) {
				if w != v && s.pairOf(w) == "" {
					partners = append(partners, w)
				}
			}
			if len(partners) == 0 {
				return nil, "", false
			}
			w := rapid.SampledFrom(partners).Draw(t, "partner")
			return s.appendBallot(governance.Ballot{Voter: v, Option: paired, Pair: w}).Child("pair"), vocab.ErrInvalid, true
		}},
		{Kind: "second pair on a paired member", Apply: func(t *rapid.T, s *Scenario) (*vocab.Path, vocab.ProblemType, bool) {
			v, ok := s.drawSilentVoter(t)
			if !ok {
				return nil, "", false
			}
			var taken []vocab.PersonID
			for _, b := range s.Ballots {
				if b.Option == paired {
					taken = append(taken, b.Voter)
				}
			}
			if len(taken) == 0 {
				return nil, "", false
			}
			w := rapid.SampledFrom(taken).Draw(t, "partner")
			return s.appendBallot(governance.Ballot{Voter: v, Option: paired, Pair: w}).Child("pair"), vocab.ErrInvalid, true
		}},
		{Kind: "ballot paired with a recused member", Apply: func(t *rapid.T, s *Scenario) (*vocab.Path, vocab.ProblemType, bool) {
			v, ok := s.drawSilentVoter(t)
			if !ok {
				return nil, "", false
			}
			var recused []vocab.PersonID
			for _, seat := range s.Body.Seats {
				if p := seat.Terms[0].Person; seat.Voting && HardConflicted(s.Motion, p) {
					recused = append(recused, p)
				}
			}
			if len(recused) == 0 {
				return nil, "", false
			}
			w := rapid.SampledFrom(recused).Draw(t, "partner")
			return s.appendBallot(governance.Ballot{Voter: v, Option: paired, Pair: w}).Child("pair"), vocab.ErrForbidden, true
		}},
	}
}

// drawSilentVoter draws an entitled voter ([Voters]) who has cast no
// ballot, so that a ballot from them fails only for what it says.
func (s *Scenario) drawSilentVoter(t *rapid.T) (vocab.PersonID, bool) {
	var silent []vocab.PersonID
	for _, v := range Voters(s.Body, s.Motion, s.Present) {
		if !slices.ContainsFunc(s.Ballots, func(b governance.Ballot) bool { return b.Voter == v && !b.Casting }) {
			silent = append(silent, v)
		}
	}
	if len(silent) == 0 {
		return "", false
	}
	return rapid.SampledFrom(silent).Draw(t, "voter"), true
}

// pairOf returns the member v is paired with in the scenario's ballots, or
// "".
func (s *Scenario) pairOf(v vocab.PersonID) vocab.PersonID {
	for _, b := range s.Ballots {
		if b.Voter == v && b.Option == governance.VoteOptionPaired {
			return b.Pair
		}
	}
	return ""
}

// appendBallot appends b to the scenario's ballots (in a new array) and
// returns its path; the mutators add the member their problem is at.
func (s *Scenario) appendBallot(b governance.Ballot) *vocab.Path {
	s.Ballots = append(slices.Clip(s.Ballots), b)
	return vocab.NewPath("ballots").Index(len(s.Ballots) - 1)
}

func (s *Scenario) present(p vocab.PersonID) bool { return slices.Contains(s.Present, p) }
