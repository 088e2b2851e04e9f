package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// VoteOption is a ballot choice, using Popolo's Vote.option codes
// (https://www.popoloproject.com/specs/vote.html, "Code lists"). A ballot
// cast at a meeting is yes, no, abstain, "not voting" or paired; absence
// is recorded by attendance, and "absent" appears only in counts.
//
// Codes: "yes", "no", "abstain", "absent", "not voting", "paired".
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
	// VoteOptionPaired is a member present who does not vote under a
	// pair: two members on opposite sides agree that neither will vote, so
	// their votes cancel out (Popolo Vote.pair, "a reciprocal agreement
	// between two voters by which a voter abstains if the other is unable
	// to vote"; UK Parliament glossary, "Pairing",
	// https://www.parliament.uk/site-information/glossary/pairing/). Both
	// members record a paired ballot naming the other in [Ballot.Pair].
	// A paired member counts as present for a quorum of members present,
	// and as absent everywhere after it: not for a quorum of members
	// voting, not in votes cast, not among the members present of a
	// members-present or unanimity threshold, not in reserved-matter
	// concurrence or vetoes. So a pair between seats of equal weight leaves
	// a simple majority (of votes cast, or of members present) exactly as
	// if both had voted on opposite sides; under a larger share, such as
	// two-thirds of votes cast, it is not neutral. Which side each would
	// have taken is not recorded: only that the pair is mutual is checked.
	//
	// Worked example: a committee of 7 with a quorum of more than half;
	// 5 attend, 2 vote yes, 1 votes no, and the other 2 pair. The meeting
	// is quorate on members present (5 of 7) and the motion passes on
	// votes cast (2 yes, 1 no); on members voting (3 of 7) it is inquorate.
	VoteOptionPaired VoteOption = "paired"
)

var voteOptions = vocab.NewEnum(VoteOptionYes, VoteOptionNo, VoteOptionAbstain, VoteOptionAbsent, VoteOptionNotVoting, VoteOptionPaired)

// castable are the options a ballot may carry.
var castable = []VoteOption{VoteOptionYes, VoteOptionNo, VoteOptionAbstain, VoteOptionNotVoting, VoteOptionPaired}

// VoteOptions returns the vote options: list, parse and check codes with
// it.
func VoteOptions() vocab.Enum[VoteOption] { return voteOptions }

// EnumValues lists the codes, for schema export.
func (VoteOption) EnumValues() []string { return voteOptions.Strings() }

// UnmarshalText decodes a code strictly: anything but a listed code (or
// "", the zero value) is a vocab.ErrNotSupported problem naming the codes.
func (o *VoteOption) UnmarshalText(b []byte) error { return voteOptions.Unmarshal(o, b) }
