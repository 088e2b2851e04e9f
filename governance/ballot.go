package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Ballot is one person's vote on a motion (a Popolo Vote).
type Ballot struct {
	// Voter cast the ballot; required.
	Voter vocab.PersonID `json:"voter"`
	// Option is yes, no, abstain or "not voting".
	Option VoteOption `json:"option" jsonschema:"exclude=absent"`
	// Casting marks the chair's casting vote, used only on a tie and only
	// when the terms of reference give the chair one. It is separate from
	// the chair's own ballot.
	Casting bool `json:"casting,omitempty"`
}
