package governancetest

import (
	"slices"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
)

// BadBallot is an invalid ballot and the problem type Decide must report
// at its path.
type BadBallot struct {
	Ballot governance.Ballot
	Type   vocab.ProblemType
}

// InvalidBallot generates a ballot that is invalid when appended after s's
// ballots: from someone absent, from a present non-member, from a recused
// member, from an alternate whose principal is present, a second ballot
// from someone who voted, an unsupported option, a missing voter, or a
// casting vote the rules do not allow.
func InvalidBallot(s Scenario) *rapid.Generator[BadBallot] {
	return rapid.Custom(func(t *rapid.T) BadBallot {
		cands := invalidBallots(s)
		return cands[rapid.IntRange(0, len(cands)-1).Draw(t, "kind")]
	})
}

func invalidBallots(s Scenario) []BadBallot {
	yes := governance.OptionYes
	out := []BadBallot{
		{governance.Ballot{Voter: "nobody", Option: yes}, vocab.ErrInvalid},
		{governance.Ballot{Voter: "", Option: yes}, vocab.ErrRequired},
		{governance.Ballot{Voter: "m0", Option: governance.OptionAbsent}, vocab.ErrNotSupported},
		{governance.Ballot{Voter: "m0", Option: "maybe"}, vocab.ErrNotSupported},
	}
	present := func(p vocab.PersonID) bool { return slices.Contains(s.Present, p) }
	if present("observer") {
		out = append(out, BadBallot{governance.Ballot{Voter: "observer", Option: yes}, vocab.ErrForbidden})
	}
	for _, b := range s.Ballots {
		if !b.Casting {
			out = append(out, BadBallot{governance.Ballot{Voter: b.Voter, Option: governance.OptionNo}, vocab.ErrDuplicate})
		}
	}
	for _, seat := range s.Body.Seats {
		tm := seat.Terms[0]
		if seat.Voting && present(tm.Person) && HardConflicted(s.Motion, tm.Person) {
			out = append(out, BadBallot{governance.Ballot{Voter: tm.Person, Option: yes}, vocab.ErrForbidden})
		}
		if seat.Voting && tm.Alternate != "" && present(tm.Alternate) && present(tm.Person) {
			out = append(out, BadBallot{governance.Ballot{Voter: tm.Alternate, Option: yes}, vocab.ErrForbidden})
		}
	}
	if !s.Body.Rules.CastingVote {
		out = append(out, BadBallot{governance.Ballot{Voter: "chair", Option: yes, Casting: true}, vocab.ErrForbidden})
	}
	return out
}
