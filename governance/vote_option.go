package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// VoteOption is a ballot choice, using Popolo's Vote.option codes. A ballot
// cast at a meeting is yes, no, abstain or "not voting"; absence is
// recorded by attendance, and "absent" appears only in counts.
//
// Codes: "yes", "no", "abstain", "absent", "not voting".
type VoteOption string

// The vote options.
const (
	// VoteOptionYes is a vote for the motion.
	VoteOptionYes VoteOption = "yes"
	// VoteOptionNo is a vote against the motion.
	VoteOptionNo VoteOption = "no"
	// VoteOptionAbstain is a recorded abstention.
	VoteOptionAbstain VoteOption = "abstain"
	// VoteOptionAbsent marks a member not present; it is never cast.
	VoteOptionAbsent VoteOption = "absent"
	// VoteOptionNotVoting is a member present who does not vote.
	VoteOptionNotVoting VoteOption = "not voting"
)

var voteOptions = vocab.NewEnum(VoteOptionYes, VoteOptionNo, VoteOptionAbstain, VoteOptionAbsent, VoteOptionNotVoting)

// castable are the options a ballot may carry.
var castable = []VoteOption{VoteOptionYes, VoteOptionNo, VoteOptionAbstain, VoteOptionNotVoting}

// VoteOptions returns the vote options: list, parse and check codes with
// it.
func VoteOptions() vocab.Enum[VoteOption] { return voteOptions }

// EnumValues lists the codes, for schema export.
func (VoteOption) EnumValues() []string { return voteOptions.Strings() }

// UnmarshalText decodes a code strictly: anything but a listed code (or
// "", the zero value) is a vocab.ErrNotSupported problem naming the codes.
func (o *VoteOption) UnmarshalText(b []byte) error { return voteOptions.Unmarshal(o, b) }
