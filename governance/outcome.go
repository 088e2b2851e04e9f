package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Outcome is the result of a motion, with everything a secretary needs to
// minute it.
type Outcome struct {
	// Motion is the motion decided.
	Motion MotionID `json:"motion"`
	// Body decided it.
	Body vocab.BodyID `json:"body"`
	// Date of the meeting.
	Date vocab.Date `json:"date"`
	// Status is passed, failed, inquorate, referred or undecidable.
	Status Status `json:"status"`
	// ReferredTo is the body the motion goes to when Status is referred.
	ReferredTo vocab.BodyID `json:"referredTo,omitempty"`
	// Members is the number of filled voting seats on the date.
	Members int `json:"members"`
	// Eligible is Members less the seats recused by hard conflicts: the
	// denominator of quorum and of the eligible-members threshold.
	Eligible int `json:"eligible"`
	// Present is the number of eligible members present (in person or by
	// their alternate): the quorum head count.
	Present int `json:"present"`
	// Quorate reports whether the quorum was met (false when referred).
	Quorate bool `json:"quorate"`
	// Counts tally the eligible members' votes.
	Counts Counts `json:"counts"`
	// Recused lists the members whose hard conflicts took them out of the
	// vote, sorted.
	Recused []vocab.PersonID `json:"recused,omitempty"`
	// Conflicts are the declarations for the motion, hard and soft.
	Conflicts []Declaration `json:"conflicts,omitempty"`
	// CastingVote is the chair's casting vote when a tie was decided by it.
	CastingVote VoteOption `json:"castingVote,omitempty"`
	// Reason says why the motion has its status, in one or two sentences.
	Reason string `json:"reason"`
	// Explanation is a minute-ready account of the decision: status,
	// attendance, counts, recusals and conflicts, then Reason.
	Explanation string `json:"explanation"`
}

// Counts tally the votes of the eligible members: one entry per eligible
// seat (Yes+No+Abstain+NotVoting+Absent == Eligible). With weighted votes,
// YesWeight and NoWeight carry the weighted sums; otherwise they equal Yes
// and No.
type Counts struct {
	Yes       int   `json:"yes"`
	No        int   `json:"no"`
	Abstain   int   `json:"abstain"`
	NotVoting int   `json:"notVoting"`
	Absent    int   `json:"absent"`
	YesWeight int64 `json:"yesWeight"`
	NoWeight  int64 `json:"noWeight"`
}
