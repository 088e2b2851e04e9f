package governance

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Outcome is what [Decide] makes of a motion, with everything a secretary
// needs to minute it. Every field is computed from the body, motion,
// attendance and ballots; [Outcome.Explanation] renders them.
type Outcome struct {
	// Motion is the motion decided.
	Motion MotionID `json:"motion"`
	// Body decided it.
	Body vocab.BodyID `json:"body"`
	// Date of the meeting.
	Date vocab.Date `json:"date"`
	// Result is passed, failed, inquorate, referred or undecidable.
	Result Result `json:"result"`
	// ReferredTo is the body the motion goes to when Result is referred.
	ReferredTo vocab.BodyID `json:"referredTo,omitempty"`
	// Members is the number of filled voting seats on the date.
	Members int `json:"members"`
	// Eligible is Members less the seats recused by hard conflicts: the
	// denominator of quorum and of the eligible-members threshold.
	Eligible int `json:"eligible"`
	// Present is the number of eligible members present (in person or by
	// their alternate), paired members included: the head count of a
	// quorum of members present.
	Present int `json:"present"`
	// Counts tally the eligible members' votes.
	Counts Counts `json:"counts"`
	// Pairs lists the pairs recorded ([VoteOptionPaired]), each as the two
	// members' IDs in order, sorted by the first.
	Pairs [][2]vocab.PersonID `json:"pairs,omitempty"`
	// Recused lists the members whose hard conflicts took them out of the
	// vote, sorted.
	Recused []vocab.PersonID `json:"recused,omitempty"`
	// Conflicts are the declarations for the motion, hard and soft.
	Conflicts []Declaration `json:"conflicts,omitempty"`
	// CastingVote is the chair's casting vote when a tie was decided by it.
	CastingVote VoteOption `json:"castingVote,omitempty"`
	// Reason says why the motion has its result, in one sentence such as
	// "Failed: reserved matter vetoed by slam (slam-1 voted no)."
	Reason string `json:"reason"`
}

// Quorate reports whether the quorum was met: the motion was put to the
// vote, so it passed or failed.
func (o Outcome) Quorate() bool { return o.Result == ResultPassed || o.Result == ResultFailed }

// Explanation renders a minute-ready account of the decision: motion,
// body, date and result; attendance; counts (paired members only when
// there are any, and the weighted yes and no when they differ from the
// head counts); pairs; recusals; soft conflicts declared; then the
// Reason. For example:
//
//	Motion m1 before board on 2025-01-15: PASSED. Members 4, eligible 4,
//	present 3. Votes: 2 yes, 1 no, 0 abstain, 0 not voting, 1 absent.
//	Passed: 2 yes, 1 no; the threshold is more than 1/2 of votes cast.
func (o Outcome) Explanation() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Motion %s before %s on %s: %s. ", o.Motion, o.Body, o.Date, strings.ToUpper(string(o.Result)))
	fmt.Fprintf(&b, "Members %d, eligible %d, present %d. ", o.Members, o.Eligible, o.Present)
	c := o.Counts
	fmt.Fprintf(&b, "Votes: %d yes, %d no, %d abstain, %d not voting, ", c.Yes, c.No, c.Abstain, c.NotVoting)
	if c.Paired > 0 {
		fmt.Fprintf(&b, "%d paired, ", c.Paired)
	}
	fmt.Fprintf(&b, "%d absent", c.Absent)
	if c.YesWeight != int64(c.Yes) || c.NoWeight != int64(c.No) {
		fmt.Fprintf(&b, " (weighted: %d yes, %d no)", c.YesWeight, c.NoWeight)
	}
	b.WriteString(". ")
	if len(o.Pairs) > 0 {
		pairs := make([]string, len(o.Pairs))
		for i, p := range o.Pairs {
			pairs[i] = string(p[0]) + " with " + string(p[1])
		}
		fmt.Fprintf(&b, "Paired (neither voted): %s. ", strings.Join(pairs, "; "))
	}
	if len(o.Recused) > 0 {
		fmt.Fprintf(&b, "Recused (hard conflict): %s. ", joinIDs(o.Recused))
	}
	var soft []vocab.PersonID
	for _, d := range o.Conflicts {
		if d.Severity == ConflictSeveritySoft {
			soft = append(soft, d.Person)
		}
	}
	slices.Sort(soft)
	if len(soft) > 0 {
		fmt.Fprintf(&b, "Soft conflicts declared and recorded: %s. ", joinIDs(slices.Compact(soft)))
	}
	b.WriteString(o.Reason)
	return b.String()
}

// Counts tally the votes of the eligible members, by head: one entry per
// eligible seat, so Yes+No+Abstain+NotVoting+Paired+Absent == Eligible.
type Counts struct {
	// Yes is the number of yes votes.
	Yes int `json:"yes"`
	// No is the number of no votes.
	No int `json:"no"`
	// Abstain is the number of abstentions.
	Abstain int `json:"abstain"`
	// NotVoting is the number of eligible members present who did not
	// vote (a "not voting" ballot or none).
	NotVoting int `json:"notVoting"`
	// Paired is the number of eligible members present who were paired
	// ([VoteOptionPaired]): twice the number of pairs.
	Paired int `json:"paired"`
	// Absent is the number of eligible members absent, with no alternate
	// present.
	Absent int `json:"absent"`
	// YesWeight is the weighted sum of the yes votes when the body's rules
	// weight votes; otherwise it equals Yes. A casting vote is not included.
	YesWeight int64 `json:"yesWeight"`
	// NoWeight is the weighted sum of the no votes, like YesWeight.
	NoWeight int64 `json:"noWeight"`
}
