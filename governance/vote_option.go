package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// VoteOption is a ballot choice, using Popolo's Vote.option codes.
type VoteOption string

// The options. A ballot cast at a meeting is yes, no, abstain or "not
// voting"; absence is recorded by attendance, and OptionAbsent appears only
// in counts.
const (
	OptionYes       VoteOption = "yes"
	OptionNo        VoteOption = "no"
	OptionAbstain   VoteOption = "abstain"
	OptionAbsent    VoteOption = "absent"
	OptionNotVoting VoteOption = "not voting"
)

var voteOptions = vocab.NewEnum(OptionYes, OptionNo, OptionAbstain, OptionAbsent, OptionNotVoting)

// castable are the options a ballot may carry.
var castable = []VoteOption{OptionYes, OptionNo, OptionAbstain, OptionNotVoting}

// VoteOptions returns every option.
func VoteOptions() []VoteOption { return voteOptions.Values() }

// ParseVoteOption returns text as a VoteOption, or an error listing the allowed codes.
func ParseVoteOption(text string) (VoteOption, error) { return voteOptions.Parse(text) }

// IsValid reports whether o is a known option.
func (o VoteOption) IsValid() bool { return voteOptions.Contains(o) }

// String returns the code.
func (o VoteOption) String() string { return string(o) }

// EnumValues lists the allowed codes (for schema export).
func (VoteOption) EnumValues() []string { return voteOptions.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (o VoteOption) MarshalText() ([]byte, error) { return []byte(o), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *VoteOption) UnmarshalText(b []byte) error { return voteOptions.Unmarshal(o, b) }
