package governance

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Ballot is one person's vote on a motion (a Popolo Vote).
type Ballot struct {
	// Voter cast the ballot; required.
	Voter vocab.PersonID `json:"voter"`
	// Option is yes, no, abstain, "not voting" or paired.
	Option VoteOption `json:"option" jsonschema:"exclude=absent"`
	// Pair is the person the voter is paired with (Popolo Vote.pair_id):
	// required when Option is paired, and forbidden otherwise. Both
	// members of a pair record a paired ballot naming the other; see
	// [VoteOptionPaired].
	Pair vocab.PersonID `json:"pair,omitempty"`
	// Casting marks the chair's casting vote, used only on a tie and only
	// when the terms of reference give the chair one. It is separate from
	// the chair's own ballot.
	Casting bool `json:"casting,omitempty"`
}

// ballotAt returns the path of member of ballots[i], for a problem found.
func ballotAt(i int, member string) *vocab.Path {
	return vocab.NewPath("ballots").Index(i).Child(member)
}

// checkPairOption checks that a ballot names a pair exactly when it is
// paired, and that the pair is a well-formed person ID.
func checkPairOption(i int, b Ballot) *vocab.Problem {
	switch {
	case b.Option == VoteOptionPaired && b.Pair == "":
		return vocab.Required(ballotAt(i, "pair"), "a paired ballot names the member the voter is paired with")
	case b.Option != VoteOptionPaired && b.Pair != "":
		return vocab.Invalid(ballotAt(i, "pair"), string(b.Pair), fmt.Sprintf("pair is only for a paired ballot, and this ballot is %q", b.Option))
	case b.Pair != "":
		if q := vocab.CheckID(nil, b.Pair, true); q != nil {
			return q.WithPath(ballotAt(i, "pair"))
		}
	}
	return nil
}

// checkPair checks the paired ballot ballots[i], already accepted on its
// own, against the other accepted ballots (first maps each voter to their
// first accepted ballot): the voter may not pair with themselves or with a
// recused member, and the partner must have recorded a paired ballot
// naming the voter, so that each member has at most one pair.
func (m *meeting) checkPair(ballots []Ballot, i int, first map[vocab.PersonID]int) *vocab.Problem {
	b := ballots[i]
	if b.Pair == b.Voter {
		return vocab.Invalid(ballotAt(i, "pair"), string(b.Pair), "a member cannot pair with themselves")
	}
	if sv, ok := m.byActor[b.Pair]; m.hard[b.Pair] || ok && sv.recused {
		return vocab.Forbidden(ballotAt(i, "pair"), fmt.Sprintf("%s is recused (hard conflict), and a pair cannot cross a recusal", b.Pair))
	}
	j, ok := first[b.Pair]
	if !ok || ballots[j].Option != VoteOptionPaired {
		return vocab.Invalid(ballotAt(i, "pair"), string(b.Pair), fmt.Sprintf("%s recorded no paired ballot naming %s; both members of a pair record one", b.Pair, b.Voter))
	}
	if partner := ballots[j].Pair; partner != b.Voter {
		return vocab.Invalid(ballotAt(i, "pair"), string(b.Pair), fmt.Sprintf("%s is paired with %s (ballots[%d]); a member has one pair", b.Pair, partner, j))
	}
	return nil
}
