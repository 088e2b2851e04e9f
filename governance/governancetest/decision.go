package governancetest

import (
	"fmt"
	"slices"
	"time"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
)

// MeetingDate returns the date of every generated motion, 2024-06-01;
// generated terms all cover it.
func MeetingDate() vocab.Date { return vocab.MustDate(2024, time.June, 1) }

// Partners returns the partner IDs generated seats are nominated by:
// "kcl", "gstt", "kch" and "slam".
func Partners() []vocab.OrgID { return []vocab.OrgID{"kcl", "gstt", "kch", "slam"} }

// Scenario is one motion put to one body, with attendance and ballots: the
// arguments of [governance.Decide].
type Scenario struct {
	// Body the motion is put to.
	Body governance.Body
	// Motion put, with its declared conflicts.
	Motion governance.Motion
	// Present lists who attended.
	Present []vocab.PersonID
	// Ballots cast, in order.
	Ballots []governance.Ballot
}

// Decide runs governance.Decide on the scenario.
func (s *Scenario) Decide() (governance.Outcome, error) {
	return governance.Decide(&s.Body, &s.Motion, s.Present, s.Ballots)
}

// TermsOfReference generates valid terms of reference: a quorum on
// members present (basis "" or "members-present") or members voting, with
// a share of 0, 1/3, 1/2 or 2/3 ("more than" or "at least"), an optional
// minimum, optional each-partner rule; a threshold of a majority or
// two-thirds of votes cast, a majority of eligible members, a majority or
// two-thirds of members present, or unanimity; optional casting vote,
// weights and reserved-matter rules.
func TermsOfReference() *rapid.Generator[governance.TermsOfReference] {
	return rapid.Custom(func(t *rapid.T) governance.TermsOfReference {
		r := governance.TermsOfReference{
			Quorum: governance.Quorum{
				Basis: rapid.SampledFrom([]governance.QuorumBasis{"", governance.QuorumBasisMembersPresent,
					governance.QuorumBasisMembersVoting}).Draw(t, "quorumBasis"),
				Share:       rapid.SampledFrom([]vocab.Ratio{{}, vocab.MustRatio(1, 3), vocab.MustRatio(1, 2), vocab.MustRatio(2, 3)}).Draw(t, "quorumShare"),
				MoreThan:    rapid.Bool().Draw(t, "quorumMoreThan"),
				Minimum:     rapid.IntRange(0, 2).Draw(t, "quorumMinimum"),
				EachPartner: rapid.Bool().Draw(t, "quorumEachPartner"),
			},
			Threshold: rapid.SampledFrom([]governance.Threshold{
				governance.Majority(), governance.TwoThirds(),
				{Rule: governance.ThresholdRuleEligibleMembers, Share: vocab.MustRatio(1, 2), MoreThan: true},
				{Rule: governance.ThresholdRuleMembersPresent, Share: vocab.MustRatio(1, 2), MoreThan: true},
				{Rule: governance.ThresholdRuleMembersPresent, Share: vocab.MustRatio(2, 3)},
				{Rule: governance.ThresholdRuleUnanimity},
			}).Draw(t, "threshold"),
			CastingVote: rapid.Bool().Draw(t, "casting"),
			Weighted:    rapid.Bool().Draw(t, "weighted"),
		}
		r.Reserved.Concurrence = rapid.Bool().Draw(t, "concurrence")
		r.Reserved.Vetoes = rapid.SliceOfDistinct(rapid.SampledFrom(Partners()), func(o vocab.OrgID) vocab.OrgID { return o }).Draw(t, "vetoes")
		slices.Sort(r.Reserved.Vetoes)
		return r
	})
}

// BodyWith generates a valid body "board" with rules drawn from rules:
// one to nine voting seats "seat-0"… held by "m0"…, each nominated by one
// of [Partners] or independent, filled on [MeetingDate], some with
// alternates "alt0"…; and a chair seat (one of them, or a non-voting
// independent "chair" held by "chair"). It reports to "council" or to no
// body.
func BodyWith(rules *rapid.Generator[governance.TermsOfReference]) *rapid.Generator[governance.Body] {
	partners := Partners()
	return rapid.Custom(func(t *rapid.T) governance.Body {
		b := governance.Body{ID: "board", Name: "Board", Kind: governance.BodyKindBoard,
			Period: vocab.PeriodFrom(vocab.MustDate(2009, time.April, 1)), Rules: rules.Draw(t, "rules")}
		if rapid.Bool().Draw(t, "reports") {
			b.ReportsTo = "council"
		}
		n := rapid.IntRange(1, 9).Draw(t, "voting")
		term := vocab.PeriodOf(vocab.MustDate(2023, time.January, 1), vocab.MustDate(2025, time.December, 31))
		for i := range n {
			s := governance.Seat{ID: governance.SeatID(fmt.Sprintf("seat-%d", i)), Label: fmt.Sprintf("Seat %d", i), Voting: true,
				Terms: []governance.Term{{Person: vocab.PersonID(fmt.Sprintf("m%d", i)), Period: term}}}
			if org := rapid.IntRange(-1, len(partners)-1).Draw(t, "nominator"); org < 0 {
				s.Independent = true
			} else {
				s.NominatedBy = partners[org]
			}
			if b.Rules.Weighted {
				s.Weight = rapid.Int64Range(0, 5).Draw(t, "weight")
			}
			if rapid.IntRange(0, 3).Draw(t, "hasAlternate") == 0 {
				s.Terms[0].Alternate = vocab.PersonID(fmt.Sprintf("alt%d", i))
			}
			b.Seats = append(b.Seats, s)
		}
		if rapid.Bool().Draw(t, "chairVotes") {
			b.Seats[rapid.IntRange(0, n-1).Draw(t, "chairSeat")].Chair = true
		} else {
			b.Seats = append(b.Seats, governance.Seat{ID: "chair", Label: "Independent Chair", Independent: true, Chair: true,
				Terms: []governance.Term{{Person: "chair", Period: term}}})
		}
		return b
	})
}

// Decision generates a valid decision scenario with any valid terms of
// reference (see [DecisionWith]).
func Decision() *rapid.Generator[Scenario] { return DecisionWith(TermsOfReference()) }

// DecisionWith generates a valid decision scenario whose body ([BodyWith])
// has rules drawn from rules: random attendance (members, alternates, an observer), random
// declared conflicts (fewer than half of them hard, usually), and one
// ballot or none from every member entitled to vote, in random order;
// sometimes the acting chair's casting vote when the rules allow one.
func DecisionWith(rules *rapid.Generator[governance.TermsOfReference]) *rapid.Generator[Scenario] {
	return rapid.Custom(func(t *rapid.T) Scenario {
		s := Scenario{Body: BodyWith(rules).Draw(t, "body")}
		s.Motion = governance.Motion{ID: "m-1", Text: "Approve the strategy", Date: MeetingDate(),
			Reserved: rapid.Bool().Draw(t, "reserved")}
		var people []vocab.PersonID
		for _, seat := range s.Body.Seats {
			people = append(people, seat.Terms[0].Person)
			if a := seat.Terms[0].Alternate; a != "" {
				people = append(people, a)
			}
		}
		for _, p := range people {
			if rapid.IntRange(0, 3).Draw(t, "present") > 0 {
				s.Present = append(s.Present, p)
			}
			if c := rapid.IntRange(0, 9).Draw(t, "conflict"); c < 2 {
				s.Motion.Declarations = append(s.Motion.Declarations, governance.Declaration{Person: p, Organisation: "acme",
					Kind: governance.InterestKindFinancial, Severity: []governance.ConflictSeverity{governance.ConflictSeverityHard, governance.ConflictSeveritySoft}[c]})
			}
		}
		if rapid.Bool().Draw(t, "observer") {
			s.Present = append(s.Present, "observer")
		}
		s.Ballots = BallotsFor(s.Body, s.Motion, s.Present).Draw(t, "ballots")
		return s
	})
}

// BallotsFor generates valid ballots for a meeting: half the time one or
// more pairs among the entitled voters (see [Voters]), each recorded by
// two paired ballots naming each other, leaving at least one of three or
// more voters unpaired; for every other entitled voter a yes, no, abstain
// or "not voting" ballot, or (one time in four) none; and sometimes a
// casting vote from the acting chair; in random order.
func BallotsFor(b governance.Body, m governance.Motion, present []vocab.PersonID) *rapid.Generator[[]governance.Ballot] {
	return rapid.Custom(func(t *rapid.T) []governance.Ballot {
		var out []governance.Ballot
		voters := Voters(b, m, present)
		if len(voters) >= 2 && rapid.Bool().Draw(t, "pairing") {
			voters = rapid.Permutation(voters).Draw(t, "pairedFirst")
			most := len(voters) / 2
			if len(voters) >= 3 {
				most = (len(voters) - 1) / 2 // leave someone unpaired
			}
			k := rapid.IntRange(1, most).Draw(t, "pairs")
			for i := 0; i < 2*k; i += 2 {
				out = append(out, PairBallots(voters[i], voters[i+1])...)
			}
			voters = voters[2*k:]
		}
		for _, v := range voters {
			if rapid.IntRange(0, 3).Draw(t, "votes") > 0 {
				out = append(out, governance.Ballot{Voter: v, Option: rapid.SampledFrom([]governance.VoteOption{
					governance.VoteOptionYes, governance.VoteOptionNo, governance.VoteOptionAbstain, governance.VoteOptionNotVoting}).Draw(t, "option")})
			}
		}
		if chair := ActingChair(b, m, present); chair != "" && b.Rules.CastingVote && rapid.Bool().Draw(t, "casts") {
			out = append(out, governance.Ballot{Voter: chair, Casting: true,
				Option: rapid.SampledFrom([]governance.VoteOption{governance.VoteOptionYes, governance.VoteOptionNo}).Draw(t, "castingOption")})
		}
		return rapid.Permutation(out).Draw(t, "order")
	})
}

// PairBallots returns the two paired ballots that record a pair between a
// and b.
func PairBallots(a, b vocab.PersonID) []governance.Ballot {
	return []governance.Ballot{{Voter: a, Option: governance.VoteOptionPaired, Pair: b}, {Voter: b, Option: governance.VoteOptionPaired, Pair: a}}
}

// Voters returns, in seat order, who may vote on m: for each voting seat
// filled on m's date whose holder has no hard conflict, the holder when
// present, else the alternate when present and not hard-conflicted.
func Voters(b governance.Body, m governance.Motion, present []vocab.PersonID) []vocab.PersonID {
	var out []vocab.PersonID
	for i := range b.Seats {
		if b.Seats[i].Voting {
			if v := acting(&b.Seats[i], m, present); v != "" {
				out = append(out, v)
			}
		}
	}
	return out
}

// ActingChair returns who chairs the meeting, or "" when nobody can.
func ActingChair(b governance.Body, m governance.Motion, present []vocab.PersonID) vocab.PersonID {
	for i := range b.Seats {
		if b.Seats[i].Chair {
			return acting(&b.Seats[i], m, present)
		}
	}
	return ""
}

func acting(s *governance.Seat, m governance.Motion, present []vocab.PersonID) vocab.PersonID {
	t, ok := s.HolderAt(m.Date)
	if !ok || HardConflicted(m, t.Person) {
		return ""
	}
	if slices.Contains(present, t.Person) {
		return t.Person
	}
	if t.Alternate != "" && slices.Contains(present, t.Alternate) && !HardConflicted(m, t.Alternate) {
		return t.Alternate
	}
	return ""
}

// HardConflicted reports whether m declares a hard conflict for p.
func HardConflicted(m governance.Motion, p vocab.PersonID) bool {
	return slices.ContainsFunc(m.Declarations, func(d governance.Declaration) bool {
		return d.Person == p && d.Severity == governance.ConflictSeverityHard
	})
}
