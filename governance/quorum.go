package governance

import (
	"fmt"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// This file is the one home of quorum rules: their fields, codes,
// validation and evaluation.

// QuorumBasis is what a quorum counts. Robert's Rules of Order Newly
// Revised counts members present: the quorum "refers to the number of
// members present, not to the number actually voting on a particular
// question" (12th ed., 2020, 40:1, as quoted on the official RONR Q&A
// forum, https://robertsrules.forumflash.com/topic/39027-meeting-quorum/);
// some bylaws instead require a number of members to vote (for example
// https://robertsrules.forumflash.com/topic/11242-abstention-from-voting/).
//
// Codes: "members-present", "members-voting".
type QuorumBasis string

// The quorum bases.
const (
	// QuorumBasisMembersPresent counts the eligible members present, in
	// person or by their alternate, whether they vote, abstain, do not
	// vote or are paired. An omitted (empty) basis means it.
	QuorumBasisMembersPresent QuorumBasis = "members-present"
	// QuorumBasisMembersVoting counts the eligible members who vote yes or
	// no; abstentions, "not voting" and paired members do not count.
	// Every member voting is present, so it is never met when a quorum of
	// members present with the same numbers is not.
	//
	// Worked example: a body of 9 with a quorum of 5 (Minimum 5); 6
	// attend, 3 vote and 3 abstain. On members present the meeting is
	// quorate (6 of at least 5); on members voting it is inquorate (3).
	QuorumBasisMembersVoting QuorumBasis = "members-voting"
)

var quorumBases = vocab.NewEnum(QuorumBasisMembersPresent, QuorumBasisMembersVoting)

// QuorumBases returns the quorum bases: list, parse and check codes with
// it.
func QuorumBases() vocab.Enum[QuorumBasis] { return quorumBases }

// EnumValues lists the codes, for schema export.
func (QuorumBasis) EnumValues() []string { return quorumBases.Strings() }

// UnmarshalText decodes a code strictly: anything but a listed code (or
// "", the zero value) is a vocab.ErrNotSupported problem naming the codes.
func (b *QuorumBasis) UnmarshalText(t []byte) error { return quorumBases.Unmarshal(b, t) }

// Quorum is the attendance or participation a body needs to decide:
// distinct eligible (non-recused) voting members, counted by head, never
// by weight, on its Basis. On members present (the default) abstainers,
// members who do not vote and paired members count. The zero Quorum needs
// one eligible member present.
type Quorum struct {
	// Basis is what the quorum counts: members present (the default,
	// when omitted) or members voting yes or no.
	Basis QuorumBasis `json:"basis,omitempty"`
	// Share of the eligible members that must be counted, such as 1/2;
	// between 0 and 1.
	Share vocab.Ratio `json:"share,omitzero" jsonschema:"minimum=0,maximum=1"`
	// MoreThan requires strictly more than Share; otherwise at least Share.
	MoreThan bool `json:"moreThan,omitempty"`
	// Minimum is an absolute head count that must also be counted; not
	// negative.
	Minimum int `json:"minimum,omitempty" jsonschema:"minimum=0"`
	// EachPartner requires at least one eligible member counted from each
	// partner that nominates an eligible voting seat.
	EachPartner bool `json:"eachPartner,omitempty"`
}

// problems checks the quorum at p (terms of reference .quorum).
func (q Quorum) problems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	ps = ps.Add(vocab.LazyAt(p).LocateChild("basis", quorumBases.Check(nil, q.Basis, false)))
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

// counts reports whether a seat counts toward q: an eligible member
// present, or (members voting) one who voted yes or no.
func (q Quorum) counts(sv *seatVote) bool {
	if sv.recused || sv.acting == "" {
		return false
	}
	if q.Basis == QuorumBasisMembersVoting {
		return sv.option == VoteOptionYes || sv.option == VoteOptionNo
	}
	return true
}

// met reports whether the meeting is quorate given o's head counts, and
// the reason for the minute when it is not. A basis this package does not
// define is never met.
func (q Quorum) met(m *meeting, o *Outcome) (bool, string) {
	voting := false
	switch q.Basis {
	case "", QuorumBasisMembersPresent:
	case QuorumBasisMembersVoting:
		voting = true
	default:
		return false, fmt.Sprintf("Inquorate: the quorum basis %q is not supported.", q.Basis)
	}
	var need []string
	if !q.Share.IsZero() || q.MoreThan || q.Minimum == 0 {
		need = append(need, fmt.Sprintf("%s %s of %d eligible", moreThanOrAtLeast(q.MoreThan), q.Share, o.Eligible))
	}
	if q.Minimum > 0 {
		need = append(need, fmt.Sprintf("at least %d", q.Minimum))
	}
	counted := o.Present
	if voting {
		counted = o.Counts.Yes + o.Counts.No
	}
	switch {
	case counted == 0 && voting:
		return false, fmt.Sprintf("Inquorate: no eligible member voted yes or no (%d present); the quorum counts members voting.", o.Present)
	case counted == 0:
		return false, "Inquorate: no eligible member was present."
	case (counted < q.Minimum || !meets(int64(counted), int64(o.Eligible), q.Share, q.MoreThan)) && voting:
		return false, fmt.Sprintf("Inquorate: %d eligible members voted yes or no (%d present); the quorum is %s, counted on members voting.",
			counted, o.Present, strings.Join(need, " and "))
	case counted < q.Minimum, !meets(int64(counted), int64(o.Eligible), q.Share, q.MoreThan):
		return false, fmt.Sprintf("Inquorate: %d eligible members present; the quorum is %s.", counted, strings.Join(need, " and "))
	}
	if q.EachPartner {
		found := map[vocab.OrgID]bool{}
		for _, sv := range m.seats {
			if q.counts(sv) {
				found[sv.seat.NominatedBy] = true
			}
		}
		for _, org := range m.partners {
			switch {
			case found[org]:
			case voting:
				return false, fmt.Sprintf("Inquorate: no eligible member nominated by %s voted yes or no; the quorum needs one member voting from each partner.", org)
			default:
				return false, fmt.Sprintf("Inquorate: no eligible member nominated by %s was present; the quorum needs one from each partner.", org)
			}
		}
	}
	return true, ""
}
