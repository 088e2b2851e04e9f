package governance

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Decide evaluates motion before body at a meeting attended by present,
// with the given ballots. It reads no clock: the motion's Date decides who
// holds which seat. Conflicts come from the motion's declarations (use
// [Document.Conflicts] or [Document.Decide] to add the interests register).
//
// A ballot is rejected, with a problem at the member of ballots[i] that is
// wrong (voter, option, pair or casting), when it comes from
// someone not recorded as present, from someone with no voting seat on the
// date, from a recused member, from an alternate whose principal is
// present, or from someone who already voted; when its option is not yes,
// no, abstain, "not voting" or paired; or when it is a casting vote the
// rules do not allow or the acting chair did not cast. A paired ballot
// ([VoteOptionPaired]) is also rejected when it names no pair, pairs the
// voter with themselves, pairs across a recusal (the partner is recused),
// or is not matched by the partner's own paired ballot naming the voter:
// a partner who did not pair, or who paired with someone else (two pairs
// on one member). A pair on a ballot that is not paired is rejected too.
// Rejected ballots are never counted: the Outcome is still returned,
// counted without them, together with the error, and must not be minuted
// as the decision.
//
// The outcome is evaluated in this fixed order, the first rule that
// settles it winning:
//
//  1. referred: half or more of the members (filled voting seats) hold hard
//     conflicts; referred to the body this one reports to, or undecidable
//     when there is none (or when no voting seat is filled);
//  2. inquorate: the [Quorum] is not met, counted by its [QuorumBasis]:
//     eligible members present (paired members included; never fewer than
//     one), or eligible members who voted yes or no (abstentions, "not
//     voting" and pairs excluded). A body of 9 with a quorum of 5 where 6
//     attend, 3 vote and 3 abstain is quorate on members present and
//     inquorate on members voting;
//  3. reserved matters: a veto-holding partner's member voted no, or a
//     partner did not concur ([ReservedMatters]) — failed;
//  4. threshold: passed when the [Threshold] is met, measured by its
//     [ThresholdRule] against votes cast, eligible members, members present
//     or (unanimity) every member present. With 5 present voting 2 yes, 1
//     no and 2 abstain, "more than half" passes on votes cast (2 of 3) and
//     fails on members present (2 of 5);
//  5. casting vote: on a tie (as many yes as no, weighted, more than zero)
//     under a votes-cast or eligible-members threshold, the chair's casting
//     vote counts as one more vote on its side and the threshold is
//     re-evaluated; without one the motion fails. A members-present or
//     unanimity threshold counts members, not votes, and is never decided
//     by a casting vote.
//
// Paired members are shown in [Outcome.Pairs] and [Counts.Paired].
// Decide returns a zero Outcome and the problems (paths body… and motion…)
// when body or motion is nil or invalid, or the body has no terms of
// reference. It runs in time linear in the seats and ballots, plus sorting.
func Decide(body *Body, motion *Motion, present []vocab.PersonID, ballots []Ballot) (Outcome, error) {
	if body == nil {
		return Outcome{}, vocab.Problems{vocab.Required(vocab.NewPath("body"), "a body")}
	}
	ps := body.structureProblems(new(vocab.Collector), vocab.NewPath("body")).Problems().Errors()
	ps = append(ps, motionProblems(motion)...)
	if body.Rules.IsZero() {
		ps = ps.Add(vocab.Required(vocab.NewPath("body", "rules"), "terms of reference: the body takes no votes without them"))
	}
	if len(ps) > 0 {
		return Outcome{}, ps
	}
	return decide(body, motion, present, ballots)
}

// motionProblems are the errors that stop a motion being decided.
func motionProblems(motion *Motion) vocab.Problems {
	if motion == nil {
		return vocab.Problems{vocab.Required(vocab.NewPath("motion"), "a motion")}
	}
	return motion.Problems(vocab.NewPath("motion")).Errors()
}

// decide is Decide for a body and motion known to be valid, with terms
// of reference set.
func decide(body *Body, motion *Motion, present []vocab.PersonID, ballots []Ballot) (Outcome, error) {
	m := newMeeting(body, motion, present)
	rejected := m.cast(ballots)
	return m.outcome(), rejected.Err()
}

// seatVote is one filled voting seat at the meeting.
type seatVote struct {
	seat      *Seat
	principal vocab.PersonID
	alternate vocab.PersonID
	recused   bool           // the principal holds a hard conflict
	acting    vocab.PersonID // who votes for the seat: "" when absent or recused
	option    VoteOption     // "" until a ballot arrives
	pair      vocab.PersonID // the acting member's partner when option is paired
}

// counted reports whether the seat is eligible, acted for at the meeting
// and not paired: a member present for every count after the quorum of
// members present.
func (sv *seatVote) counted() bool {
	return !sv.recused && sv.acting != "" && sv.option != VoteOptionPaired
}

// meeting is the state of one decision.
type meeting struct {
	body     *Body
	motion   *Motion
	present  map[vocab.PersonID]bool
	hard     map[vocab.PersonID]bool
	seats    []*seatVote
	byActor  map[vocab.PersonID]*seatVote // principal or alternate -> seat
	partners []vocab.OrgID                // partners nominating an eligible seat, sorted
	chair    vocab.PersonID               // acting chair, if present and not conflicted
	casting  VoteOption
}

func newMeeting(body *Body, motion *Motion, present []vocab.PersonID) *meeting {
	m := &meeting{body: body, motion: motion, present: make(map[vocab.PersonID]bool, len(present)),
		hard: motion.hardConflicts(), byActor: make(map[vocab.PersonID]*seatVote, len(body.Seats))}
	votes := make([]seatVote, 0, len(body.Seats)) // one allocation; m.seats points into it
	for _, p := range present {
		m.present[p] = true
	}
	for i := range body.Seats {
		s := &body.Seats[i]
		t, ok := s.HolderAt(motion.Date)
		if !ok {
			continue
		}
		actor := m.actingFor(t)
		if s.Chair {
			m.chair = actor
		}
		if !s.Voting {
			continue
		}
		votes = append(votes, seatVote{seat: s, principal: t.Person, alternate: t.Alternate, recused: m.hard[t.Person]})
		sv := &votes[len(votes)-1]
		if !sv.recused {
			sv.acting = actor
			if s.NominatedBy != "" {
				m.partners = append(m.partners, s.NominatedBy)
			}
		}
		m.seats = append(m.seats, sv)
		m.byActor[t.Person] = sv
		if t.Alternate != "" {
			m.byActor[t.Alternate] = sv
		}
	}
	slices.Sort(m.partners)
	m.partners = slices.Compact(m.partners)
	return m
}

// actingFor returns who acts in a term's seat: the holder if present, else
// the alternate if present; never someone with a hard conflict.
func (m *meeting) actingFor(t Term) vocab.PersonID {
	switch {
	case m.hard[t.Person]:
		return ""
	case m.present[t.Person]:
		return t.Person
	case t.Alternate != "" && m.present[t.Alternate] && !m.hard[t.Alternate]:
		return t.Alternate
	}
	return ""
}

// cast records the ballots and returns a problem for each rejected one,
// in ballot order. Paired ballots are matched once every ballot has been
// checked on its own, so the order of ballots never decides a pair.
func (m *meeting) cast(ballots []Ballot) vocab.Problems {
	type rejection struct {
		at int
		q  *vocab.Problem
	}
	var rejected []rejection
	first := make(map[vocab.PersonID]int, len(ballots))
	castingAt := -1
	var paired []int
	for i, b := range ballots {
		if b.Casting {
			if q := m.checkCasting(i, b, castingAt); q != nil {
				rejected = append(rejected, rejection{i, q})
				continue
			}
			castingAt, m.casting = i, b.Option
			continue
		}
		if q := m.checkBallot(i, b, first); q != nil {
			rejected = append(rejected, rejection{i, q})
			continue
		}
		first[b.Voter] = i
		if b.Option == VoteOptionPaired {
			paired = append(paired, i)
			continue
		}
		m.byActor[b.Voter].option = b.Option
	}
	for _, i := range paired {
		if q := m.checkPair(ballots, i, first); q != nil {
			rejected = append(rejected, rejection{i, q})
			continue
		}
		sv := m.byActor[ballots[i].Voter]
		sv.option, sv.pair = VoteOptionPaired, ballots[i].Pair
	}
	slices.SortStableFunc(rejected, func(a, b rejection) int { return a.at - b.at })
	ps := make(vocab.Problems, len(rejected))
	for i, r := range rejected {
		ps[i] = r.q
	}
	return ps
}

func (m *meeting) checkBallot(i int, b Ballot, first map[vocab.PersonID]int) *vocab.Problem {
	if q := m.checkVoterAndOption(i, b, castable); q != nil {
		return q
	}
	if j, ok := first[b.Voter]; ok {
		return vocab.Duplicate(ballotAt(i, "voter"), string(b.Voter), fmt.Sprintf("a second ballot from this person; the first is ballots[%d]", j))
	}
	if !m.present[b.Voter] {
		return vocab.Invalid(ballotAt(i, "voter"), string(b.Voter), "the voter is not recorded as present")
	}
	sv, ok := m.byActor[b.Voter]
	switch {
	case !ok:
		return vocab.Forbidden(ballotAt(i, "voter"), fmt.Sprintf("%s holds no voting seat on %s (or is its alternate) on %s", b.Voter, m.body.ID, m.motion.Date))
	case sv.recused:
		return vocab.Forbidden(ballotAt(i, "voter"), fmt.Sprintf("%s's seat %s is recused: %s holds a hard conflict", b.Voter, sv.seat.ID, sv.principal))
	case m.hard[b.Voter]:
		return vocab.Forbidden(ballotAt(i, "voter"), fmt.Sprintf("%s is recused: hard conflict", b.Voter))
	case b.Voter == sv.alternate && m.present[sv.principal]:
		return vocab.Forbidden(ballotAt(i, "voter"), fmt.Sprintf("%s is the alternate for %s, who is present and votes", b.Voter, sv.principal))
	}
	return nil
}

func (m *meeting) checkCasting(i int, b Ballot, castingAt int) *vocab.Problem {
	if q := m.checkVoterAndOption(i, b, []VoteOption{VoteOptionYes, VoteOptionNo}); q != nil {
		return q
	}
	switch {
	case !m.body.Rules.CastingVote:
		return vocab.Forbidden(ballotAt(i, "casting"), "the body's rules give the chair no casting vote")
	case castingAt >= 0:
		return vocab.Duplicate(ballotAt(i, "casting"), true, fmt.Sprintf("a second casting vote (from %s); the first is ballots[%d]", b.Voter, castingAt))
	case m.chair == "" || b.Voter != m.chair:
		return vocab.Forbidden(ballotAt(i, "voter"), fmt.Sprintf("only the acting chair casts a casting vote, and %s is not the acting chair", b.Voter))
	}
	return nil
}

func (m *meeting) checkVoterAndOption(i int, b Ballot, allowed []VoteOption) *vocab.Problem {
	if q := vocab.CheckID(nil, b.Voter, true); q != nil {
		return q.WithPath(ballotAt(i, "voter"))
	}
	if !slices.Contains(allowed, b.Option) {
		return vocab.NotSupported(ballotAt(i, "option"), string(b.Option), allowed)
	}
	return checkPairOption(i, b)
}

// outcome counts the recorded votes and evaluates them in the documented
// order.
func (m *meeting) outcome() Outcome {
	o := Outcome{Motion: m.motion.ID, Body: m.body.ID, Date: m.motion.Date, Members: len(m.seats),
		Conflicts: slices.Clone(m.motion.Declarations)}
	weighted := m.body.Rules.Weighted
	for _, sv := range m.seats {
		if sv.recused {
			o.Recused = append(o.Recused, sv.principal)
			continue
		}
		o.Eligible++
		if sv.acting == "" {
			o.Counts.Absent++
			continue
		}
		o.Present++
		switch sv.option {
		case VoteOptionYes:
			o.Counts.Yes++
			o.Counts.YesWeight += sv.seat.weight(weighted)
		case VoteOptionNo:
			o.Counts.No++
			o.Counts.NoWeight += sv.seat.weight(weighted)
		case VoteOptionAbstain:
			o.Counts.Abstain++
		case VoteOptionPaired:
			o.Counts.Paired++
			if sv.acting < sv.pair {
				o.Pairs = append(o.Pairs, [2]vocab.PersonID{sv.acting, sv.pair})
			}
		default:
			o.Counts.NotVoting++
		}
	}
	slices.Sort(o.Recused)
	slices.SortFunc(o.Pairs, func(a, b [2]vocab.PersonID) int { return strings.Compare(string(a[0]), string(b[0])) })
	o.Result, o.Reason = m.evaluate(&o)
	return o
}

// evaluate returns the result and its reason, in the order Decide
// documents.
func (m *meeting) evaluate(o *Outcome) (Result, string) {
	if o.Members == 0 {
		return ResultUndecidable, fmt.Sprintf("No voting seat was filled on %s, so no one could decide the motion.", o.Date)
	}
	if hard := len(o.Recused); 2*hard >= o.Members {
		why := fmt.Sprintf("%d of %d members hold hard conflicts (half or more)", hard, o.Members)
		if m.body.ReportsTo == "" {
			return ResultUndecidable, why + ", and the body reports to no other body, so the motion cannot be decided."
		}
		o.ReferredTo = m.body.ReportsTo
		return ResultReferred, why + ", so the motion is referred to " + string(m.body.ReportsTo) + "."
	}
	rules := m.body.Rules
	if ok, why := rules.Quorum.met(m, o); !ok {
		return ResultInquorate, why
	}
	if m.motion.Reserved {
		if ok, why := rules.Reserved.met(m); !ok {
			return ResultFailed, why
		}
	}
	v := m.tallyOf(o.Counts)
	pass, desc := rules.Threshold.met(v)
	if pass {
		return ResultPassed, "Passed: " + desc + "."
	}
	tie := v.yes == v.no && v.yes > 0
	if tie && rules.CastingVote && m.casting != "" && !rules.Threshold.castingVoteApplies() {
		return ResultFailed, fmt.Sprintf("Failed: %s; the vote was tied, and the chair's casting vote does not decide a %s threshold.", desc, rules.Threshold.Rule)
	}
	if !tie || !rules.CastingVote || !rules.Threshold.castingVoteApplies() {
		return ResultFailed, "Failed: " + desc + "."
	}
	if m.casting == "" {
		return ResultFailed, "Failed: " + desc + "; the vote was tied and the chair did not use the casting vote."
	}
	o.CastingVote = m.casting
	if m.casting == VoteOptionYes {
		v.yes++
	} else {
		v.no++
	}
	pass, after := rules.Threshold.met(v)
	lead := fmt.Sprintf("the vote was tied (%s) and the chair, %s, gave a casting vote %s; ", desc, m.chair, m.casting)
	if pass {
		return ResultPassed, "Passed: " + lead + after + "."
	}
	return ResultFailed, "Failed: " + lead + after + "."
}

func joinIDs[I ~string](ids []I) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return strings.Join(s, ", ")
}
