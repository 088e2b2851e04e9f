package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// TermsOfReference are a body's decision rules. The zero value means the
// body takes no votes; [Decide] refuses motions put to it.
type TermsOfReference struct {
	// Quorum is how many eligible voting members must be present.
	Quorum Quorum `json:"quorum,omitzero"`
	// Threshold is how many yes votes carry a motion.
	Threshold Threshold `json:"threshold,omitzero"`
	// CastingVote gives the chair a casting vote on a tie.
	CastingVote bool `json:"castingVote,omitempty"`
	// Weighted enables seat weights in the threshold and in ties. Without
	// it every vote counts one.
	Weighted bool `json:"weighted,omitempty"`
	// Reserved are the extra rules for reserved matters.
	Reserved ReservedMatters `json:"reserved,omitzero"`
}

// IsZero reports whether no rules are set.
func (r TermsOfReference) IsZero() bool {
	return r.Quorum == Quorum{} && r.Threshold == Threshold{} && !r.CastingVote && !r.Weighted &&
		!r.Reserved.Concurrence && len(r.Reserved.Vetoes) == 0
}

// Quorum is the attendance a body needs to decide: distinct eligible
// (non-recused) voting members present, counted by head, never by weight.
// Abstainers and members who do not vote count as present.
type Quorum struct {
	// Share of the eligible members that must be present, such as 1/2.
	Share vocab.Ratio `json:"share,omitzero"`
	// MoreThan requires strictly more than Share; otherwise at least Share.
	MoreThan bool `json:"moreThan,omitempty"`
	// Minimum is an absolute head count that must also be present.
	Minimum int `json:"minimum,omitempty"`
	// EachPartner requires at least one eligible member from each partner
	// that nominates an eligible voting seat.
	EachPartner bool `json:"eachPartner,omitempty"`
}

// Threshold is the yes vote a motion needs.
type Threshold struct {
	// Rule is what yes votes are measured against.
	Rule ThresholdRule `json:"rule"`
	// Share is the fraction of that base needed, such as 1/2 or 2/3; unused
	// for unanimity.
	Share vocab.Ratio `json:"share,omitzero"`
	// MoreThan requires strictly more than Share ("a majority" is more
	// than 1/2); otherwise at least Share ("two-thirds").
	MoreThan bool `json:"moreThan,omitempty"`
}

// Majority is a simple majority of votes cast: more than half of yes+no.
func Majority() Threshold {
	return Threshold{Rule: OfVotesCast, Share: vocab.MustRatio(1, 2), MoreThan: true}
}

// TwoThirds is at least two-thirds of votes cast.
func TwoThirds() Threshold { return Threshold{Rule: OfVotesCast, Share: vocab.MustRatio(2, 3)} }

// ReservedMatters are the rules a motion marked reserved must also meet.
//
// Concurrence: every partner that nominates an eligible voting seat must
// concur, which means more than half of that partner's eligible members
// present vote yes (abstentions count against; a partner with nobody
// present does not concur). Veto: a no vote from any eligible member
// nominated by a partner in Vetoes defeats the motion.
type ReservedMatters struct {
	// Concurrence requires each partner to concur.
	Concurrence bool `json:"concurrence,omitempty"`
	// Vetoes lists the partners that hold a veto.
	Vetoes []vocab.OrgID `json:"vetoes,omitempty"`
}

// meets reports whether part/whole satisfies share (strictly when moreThan).
// whole must be positive.
func meets(part, whole int64, share vocab.Ratio, moreThan bool) bool {
	c := vocab.CompareFractions(part, whole, share.Num(), share.Den())
	if moreThan {
		return c > 0
	}
	return c >= 0
}
