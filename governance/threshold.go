package governance

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// This file is the one home of threshold rules: the codes, their
// validation and their evaluation. Adding a rule means adding its constant,
// listing it in thresholdRules and giving it a case in ThresholdRule.spec
// (a test fails when a listed rule has no case).

// ThresholdRule is what a motion's yes votes are measured against. The
// codes follow the bases for determining a voting result in Robert's Rules
// of Order Newly Revised (12th ed., 2020, §44; RONR): votes cast, the
// members present, or the entire membership (here the eligible members).
//
// Codes: "votes-cast", "eligible-members", "unanimity", "members-present".
type ThresholdRule string

// The threshold rules.
const (
	// ThresholdRuleVotesCast compares yes with yes+no (weighted when the
	// body weights votes); abstentions and "not voting" are neutral.
	ThresholdRuleVotesCast ThresholdRule = "votes-cast"
	// ThresholdRuleEligibleMembers compares yes with every eligible
	// (non-recused) voting member, present or not (weighted when the body
	// weights votes).
	ThresholdRuleEligibleMembers ThresholdRule = "eligible-members"
	// ThresholdRuleUnanimity passes only when every eligible member present
	// votes yes, counted by head; an abstention blocks it. Paired members
	// count as absent, so a pair does not block it (as if both had left
	// the room). A casting vote never decides it.
	ThresholdRuleUnanimity ThresholdRule = "unanimity"
	// ThresholdRuleMembersPresent compares yes with every eligible member
	// present, in person or by their alternate (weighted when the body
	// weights votes), so an abstention, a "not voting" ballot or no ballot
	// from a member present counts against the motion: "a majority of the
	// members present", under which an abstention has the effect of a no
	// vote (RONR 12th ed. 44:9, as cited on the official RONR Q&A forum,
	// https://robertsrules.forumflash.com/topic/36865-counting-abstentions/).
	// Paired members count as absent, so a pair of equal weights leaves
	// "more than half" unchanged. It counts members, not votes, so a
	// casting vote never decides it.
	//
	// Worked example: 5 members present vote 2 yes, 1 no and 2 abstain.
	// "More than half of votes cast" passes (2 of 3); "more than half of
	// members present" fails (2 of 5 is not more than half).
	ThresholdRuleMembersPresent ThresholdRule = "members-present"
)

var thresholdRules = vocab.NewEnum(ThresholdRuleVotesCast, ThresholdRuleEligibleMembers, ThresholdRuleUnanimity, ThresholdRuleMembersPresent)

// ThresholdRules returns the threshold rules: list, parse and check codes
// with it.
func ThresholdRules() vocab.Enum[ThresholdRule] { return thresholdRules }

// EnumValues lists the codes, for schema export.
func (ThresholdRule) EnumValues() []string { return thresholdRules.Strings() }

// UnmarshalText decodes a code strictly: anything but a listed code (or
// "", the zero value) is a vocab.ErrNotSupported problem naming the codes.
func (r *ThresholdRule) UnmarshalText(b []byte) error { return thresholdRules.Unmarshal(r, b) }

// Threshold is the yes vote a motion needs.
type Threshold struct {
	// Rule is what yes votes are measured against; required.
	Rule ThresholdRule `json:"rule"`
	// Share is the fraction of that base needed, such as 1/2 or 2/3: above
	// 0 and at most 1. Unused for unanimity.
	Share vocab.Ratio `json:"share,omitzero"`
	// MoreThan requires strictly more than Share ("a majority" is more
	// than 1/2); otherwise at least Share ("two-thirds").
	MoreThan bool `json:"moreThan,omitempty"`
}

// Majority is a simple majority of votes cast: more than half of yes+no.
func Majority() Threshold {
	return Threshold{Rule: ThresholdRuleVotesCast, Share: vocab.MustRatio(1, 2), MoreThan: true}
}

// TwoThirds is at least two-thirds of votes cast.
func TwoThirds() Threshold {
	return Threshold{Rule: ThresholdRuleVotesCast, Share: vocab.MustRatio(2, 3)}
}

// thresholdSpec is what a threshold rule means.
type thresholdSpec struct {
	// usesShare: the rule compares the part with the whole by Share and
	// MoreThan; otherwise it needs the whole (part == whole), and Share and
	// MoreThan must be unset.
	usesShare bool
	// casting: a tie may be settled by the chair's casting vote.
	casting bool
	// measure returns the part compared with the whole, and describes the
	// comparison for the minute; whole 0 is never met.
	measure func(t Threshold, v tally) (part, whole int64, desc string)
}

// spec returns what r means, and false for a code this package does not
// define. It is the one switch over threshold rules.
func (r ThresholdRule) spec() (thresholdSpec, bool) {
	switch r {
	case ThresholdRuleVotesCast:
		return thresholdSpec{usesShare: true, casting: true, measure: func(t Threshold, v tally) (int64, int64, string) {
			if v.yes+v.no == 0 {
				return 0, 0, "no votes were cast for or against"
			}
			return v.yes, v.yes + v.no, fmt.Sprintf("%d yes, %d no; the threshold is %s %s of votes cast",
				v.yes, v.no, moreThanOrAtLeast(t.MoreThan), t.Share)
		}}, true
	case ThresholdRuleEligibleMembers:
		return thresholdSpec{usesShare: true, casting: true, measure: func(t Threshold, v tally) (int64, int64, string) {
			return v.yes, v.eligibleWeight, fmt.Sprintf("%d yes of %d eligible; the threshold is %s %s of eligible members",
				v.yes, v.eligibleWeight, moreThanOrAtLeast(t.MoreThan), t.Share)
		}}, true
	case ThresholdRuleUnanimity:
		return thresholdSpec{measure: func(_ Threshold, v tally) (int64, int64, string) {
			return int64(v.yesHeads), int64(v.presentHeads),
				fmt.Sprintf("%d of %d eligible members present%s voted yes; unanimity needs all", v.yesHeads, v.presentHeads, v.pairedNote())
		}}, true
	case ThresholdRuleMembersPresent:
		return thresholdSpec{usesShare: true, measure: func(t Threshold, v tally) (int64, int64, string) {
			return v.yes, v.presentWeight, fmt.Sprintf("%d yes, %d no of %d eligible members present%s; the threshold is %s %s of members present",
				v.yes, v.no, v.presentWeight, v.pairedNote(), moreThanOrAtLeast(t.MoreThan), t.Share)
		}}, true
	}
	return thresholdSpec{}, false
}

// problems checks the threshold at p (terms of reference .threshold).
func (t Threshold) problems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	ps = ps.Add(vocab.LazyAt(p).LocateChild("rule", thresholdRules.Check(nil, t.Rule, true)))
	spec, ok := t.Rule.spec()
	switch {
	case !ok:
	case spec.usesShare && (t.Share.Sign() <= 0 || t.Share.Compare(vocab.IntRatio(1)) > 0):
		ps = ps.Add(vocab.OutOfRange(p.Child("share"), t.Share, "must be above 0 and at most 1"))
	case spec.usesShare && t.MoreThan && t.Share.Compare(vocab.IntRatio(1)) == 0:
		ps = ps.Add(vocab.Invalid(p.Child("moreThan"), true, "more than all votes can never be reached"))
	case !spec.usesShare && (!t.Share.IsZero() || t.MoreThan):
		ps = ps.Add(vocab.Invalid(p.Child("share"), t.Share, "unused for "+string(t.Rule)).AsWarning())
	}
	return ps
}

// tally is what thresholds are measured on.
type tally struct {
	// yes and no are the (weighted) yes and no votes, a casting vote
	// included.
	yes, no int64
	// yesHeads and presentHeads count eligible members by head;
	// presentHeads leaves out paired members.
	yesHeads, presentHeads int
	// pairedHeads counts the paired members, left out of every base but
	// the eligible members.
	pairedHeads int
	// presentWeight is the (weighted) total of the eligible members present
	// and not paired.
	presentWeight int64
	// eligibleWeight is the (weighted) total of the eligible members,
	// present or not.
	eligibleWeight int64
}

// tallyOf returns the meeting's tally from its counts.
func (m *meeting) tallyOf(c Counts) tally {
	v := tally{yes: c.YesWeight, no: c.NoWeight, yesHeads: c.Yes, presentHeads: c.Yes + c.No + c.Abstain + c.NotVoting, pairedHeads: c.Paired}
	for _, sv := range m.seats {
		if sv.recused {
			continue
		}
		w := sv.seat.weight(m.body.Rules.Weighted)
		v.eligibleWeight += w
		if sv.counted() {
			v.presentWeight += w
		}
	}
	return v
}

// pairedNote qualifies "members present" in a minute when pairs left some
// members out.
func (v tally) pairedNote() string {
	if v.pairedHeads == 0 {
		return ""
	}
	return fmt.Sprintf(" (%d paired, not counted)", v.pairedHeads)
}

// met reports whether v meets t, and describes the comparison for the
// minute. A rule the package does not define is never met.
func (t Threshold) met(v tally) (bool, string) {
	spec, ok := t.Rule.spec()
	if !ok {
		return false, fmt.Sprintf("the threshold rule %q is not supported", t.Rule)
	}
	part, whole, desc := spec.measure(t, v)
	if whole <= 0 {
		return false, desc
	}
	if !spec.usesShare {
		return part == whole, desc
	}
	return meets(part, whole, t.Share, t.MoreThan), desc
}

// castingVoteApplies reports whether the chair's casting vote may settle a
// tie under t.
func (t Threshold) castingVoteApplies() bool {
	spec, _ := t.Rule.spec()
	return spec.casting
}
