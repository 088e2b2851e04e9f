package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// TermsOfReference are a body's decision rules. The zero value means the
// body takes no votes; [Decide] refuses motions put to it.
type TermsOfReference struct {
	// Quorum is how many eligible voting members must be present (or,
	// on its members-voting basis, vote yes or no).
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

// problems checks the terms of reference at p; the zero value has none.
func (r TermsOfReference) problems(ps *vocab.Collector, p vocab.LazyPath) *vocab.Collector {
	if r.IsZero() {
		return ps
	}
	ps = ps.Add(p.LocateAllChild("quorum", r.Quorum.problems(nil))...)
	ps = ps.Add(p.LocateAllChild("threshold", r.Threshold.problems(nil))...)
	return r.Reserved.problems(ps, p.Child("reserved"))
}

// meets reports whether part/whole satisfies share (strictly when
// moreThan), exactly. whole must be positive.
func meets(part, whole int64, share vocab.Ratio, moreThan bool) bool {
	c := vocab.CompareFractions(part, whole, share.Num(), share.Den())
	if moreThan {
		return c > 0
	}
	return c >= 0
}

// moreThanOrAtLeast names the comparison for minutes.
func moreThanOrAtLeast(moreThan bool) string {
	if moreThan {
		return "more than"
	}
	return "at least"
}
