package governance

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// This file is the one home of quorum rules: their fields, validation and
// evaluation.

// Quorum is the attendance a body needs to decide: distinct eligible
// (non-recused) voting members present, in person or by their alternate,
// counted by head, never by weight. Abstainers and members who do not vote
// count as present. The zero Quorum needs one eligible member present.
type Quorum struct {
	// Share of the eligible members that must be present, such as 1/2;
	// between 0 and 1.
	Share vocab.Ratio `json:"share,omitzero" jsonschema:"minimum=0,maximum=1"`
	// MoreThan requires strictly more than Share; otherwise at least Share.
	MoreThan bool `json:"moreThan,omitempty"`
	// Minimum is an absolute head count that must also be present; not
	// negative.
	Minimum int `json:"minimum,omitempty" jsonschema:"minimum=0"`
	// EachPartner requires at least one eligible member present from each
	// partner that nominates an eligible voting seat.
	EachPartner bool `json:"eachPartner,omitempty"`
}

// problems checks the quorum at p (terms of reference .quorum).
func (q Quorum) problems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	if !q.Share.InUnitInterval() {
		ps = ps.Add(vocab.OutOfRange(p.Child("share"), q.Share, "must be between 0 and 1"))
	}
	if q.MoreThan && q.Share.Compare(vocab.IntRatio(1)) == 0 {
		ps = ps.Add(vocab.Invalid(p.Child("moreThan"), true, "more than all members can never be present"))
	}
	if q.Minimum < 0 {
		ps = ps.Add(vocab.OutOfRange(p.Child("minimum"), q.Minimum, "must not be negative"))
	}
	return ps
}

// met reports whether the meeting is quorate given o's head counts, and
// the reason for the minute when it is not.
func (q Quorum) met(m *meeting, o *Outcome) (bool, string) {
	need := fmt.Sprintf("%s %s of %d eligible", moreThanOrAtLeast(q.MoreThan), q.Share, o.Eligible)
	if q.Minimum > 0 {
		need += fmt.Sprintf(" and at least %d", q.Minimum)
	}
	switch {
	case o.Present == 0:
		return false, "Inquorate: no eligible member was present."
	case o.Present < q.Minimum, !meets(int64(o.Present), int64(o.Eligible), q.Share, q.MoreThan):
		return false, fmt.Sprintf("Inquorate: %d eligible members present; the quorum is %s.", o.Present, need)
	}
	if q.EachPartner {
		present := map[vocab.OrgID]bool{}
		for _, sv := range m.seats {
			if sv.acting != "" {
				present[sv.seat.NominatedBy] = true
			}
		}
		for _, org := range m.partners {
			if !present[org] {
				return false, fmt.Sprintf("Inquorate: no eligible member nominated by %s was present; the quorum needs one from each partner.", org)
			}
		}
	}
	return true, ""
}
