package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Decision records a motion put to a body: who attended and how they voted
// (a Popolo VoteEvent). Its outcome is computed, never stored, so a
// document cannot claim a result its own votes do not support.
type Decision struct {
	// Body the motion was put to, in this document; required. The body
	// must have terms of reference and exist on the motion's date.
	Body vocab.BodyID `json:"body"`
	// Motion put.
	Motion Motion `json:"motion"`
	// Present lists everyone recorded as present: members, alternates and
	// attendees.
	Present []vocab.PersonID `json:"present,omitempty"`
	// Ballots cast.
	Ballots []Ballot `json:"ballots,omitempty"`
}
