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
// [WithRegister] or [Document.Decide] to add the interests register).
//
// A ballot is rejected, with a problem at ballots[i], when it comes from
// someone not recorded as present, from someone with no voting seat on the
// date, from a recused member, from an alternate whose principal is
// present, or from someone who already voted; when its option is not yes,
// no, abstain or "not voting"; or when it is a casting vote the rules do
// not allow or the acting chair did not cast. Rejected ballots are never
// counted: the Outcome is still returned, counted without them, together
// with the error, and must not be minuted as the decision.
//
// The outcome is evaluated in this fixed order, the first rule that
// settles it winning:
//
//  1. referred: half or more of the members (filled voting seats) hold hard
//     conflicts; referred to the body this one reports to, or undecidable
//     when there is none (or when no voting seat is filled);
//  2. inquorate: fewer eligible members present than the quorum needs (and
//     never fewer than one);
//  3. reserved matters: a veto-holding partner's member voted no, or a
//     partner did not concur — failed;
//  4. threshold: passed when met;
//  5. casting vote: on a tie (as many yes as no, weighted, more than zero)
//     the chair's casting vote counts as one more vote on its side and the
//     threshold is re-evaluated; without one the motion fails. Unanimity is
//     never decided by a casting vote.
//
// Decide returns a zero Outcome and the problems when body or motion is
// nil or invalid, or the body has no terms of reference.
func Decide(body *Body, motion *Motion, present []vocab.PersonID, ballots []Ballot) (Outcome, error) {
	if body == nil {
		return Outcome{}, vocab.Problems{vocab.Required(vocab.NewPath("body"), "a body")}
	}
	if motion == nil {
		return Outcome{}, vocab.Problems{vocab.Required(vocab.NewPath("motion"), "a motion")}
	}
	ps := body.structureProblems(vocab.NewPath("body")).Errors()
	ps = append(ps, motion.Problems(vocab.NewPath("motion")).Errors()...)
	if body.Rules.IsZero() {
		ps = ps.Add(vocab.Required(vocab.NewPath("body", "rules"), "terms of reference: the body takes no votes without them"))
	}
	if len(ps) > 0 {
		return Outcome{}, ps
	}
	m := newMeeting(body, motion, present)
	rejected := m.cast(ballots)
	out := m.outcome()
	return out, rejected.Err()
}

// seatVote is one filled voting seat at the meeting.
type seatVote struct {
	seat      *Seat
	principal vocab.PersonID
	alternate vocab.PersonID
	recused   bool           // the principal holds a hard conflict
	acting    vocab.PersonID // who votes for the seat: "" when absent or recused
	option    VoteOption     // "" until a ballot arrives
}

// meeting is the state of one decision.
type meeting struct {
	body    *Body
	motion  *Motion
	present map[vocab.PersonID]bool
	hard    map[vocab.PersonID]bool
	seats   []*seatVote
	byActor map[vocab.PersonID]*seatVote // principal or alternate -> seat
	chair   vocab.PersonID               // acting chair, if present and not conflicted
	casting VoteOption
}

func newMeeting(body *Body, motion *Motion, present []vocab.PersonID) *meeting {
	m := &meeting{body: body, motion: motion, present: map[vocab.PersonID]bool{},
		hard: motion.hardConflicts(), byActor: map[vocab.PersonID]*seatVote{}}
	for _, p := range present {
		m.present[p] = true
	}
	for i := range body.Seats {
		s := &body.Seats[i]
		t, ok := s.HolderOn(motion.Date)
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
		sv := &seatVote{seat: s, principal: t.Person, alternate: t.Alternate, recused: m.hard[t.Person]}
		if !sv.recused {
			sv.acting = actor
		}
		m.seats = append(m.seats, sv)
		m.byActor[t.Person] = sv
		if t.Alternate != "" {
			m.byActor[t.Alternate] = sv
		}
	}
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

// cast records the ballots and returns a problem for each rejected one.
func (m *meeting) cast(ballots []Ballot) vocab.Problems {
	var ps vocab.Problems
	first := map[vocab.PersonID]int{}
	castingAt := -1
	for i, b := range ballots {
		p := vocab.NewPath("ballots").Index(i)
		if b.Casting {
			if q := m.checkCasting(p, b, castingAt); q != nil {
				ps = append(ps, q)
				continue
			}
			castingAt, m.casting = i, b.Option
			continue
		}
		if q := m.checkBallot(p, b, first); q != nil {
			ps = append(ps, q)
			continue
		}
		first[b.Voter] = i
		m.byActor[b.Voter].option = b.Option
	}
	return ps
}

func (m *meeting) checkBallot(p *vocab.Path, b Ballot, first map[vocab.PersonID]int) *vocab.Problem {
	date := m.motion.Date.String()
	if q := m.checkVoterAndOption(p, b, castable); q != nil {
		return q
	}
	if j, ok := first[b.Voter]; ok {
		return vocab.Duplicate(p, string(b.Voter), fmt.Sprintf("a second ballot from this person; the first is ballots[%d]", j))
	}
	if !m.present[b.Voter] {
		return vocab.Invalid(p, string(b.Voter), "the voter is not recorded as present")
	}
	sv, ok := m.byActor[b.Voter]
	switch {
	case !ok:
		return vocab.Forbidden(p, fmt.Sprintf("%s holds no voting seat on %s (or is its alternate) on %s", b.Voter, m.body.ID, date))
	case sv.recused:
		return vocab.Forbidden(p, fmt.Sprintf("%s's seat %s is recused: %s holds a hard conflict", b.Voter, sv.seat.ID, sv.principal))
	case m.hard[b.Voter]:
		return vocab.Forbidden(p, fmt.Sprintf("%s is recused: hard conflict", b.Voter))
	case b.Voter == sv.alternate && m.present[sv.principal]:
		return vocab.Forbidden(p, fmt.Sprintf("%s is the alternate for %s, who is present and votes", b.Voter, sv.principal))
	}
	return nil
}

func (m *meeting) checkCasting(p *vocab.Path, b Ballot, castingAt int) *vocab.Problem {
	if q := m.checkVoterAndOption(p, b, []VoteOption{OptionYes, OptionNo}); q != nil {
		return q
	}
	switch {
	case !m.body.Rules.CastingVote:
		return vocab.Forbidden(p, "the body's rules give the chair no casting vote")
	case castingAt >= 0:
		return vocab.Duplicate(p, string(b.Voter), fmt.Sprintf("a second casting vote; the first is ballots[%d]", castingAt))
	case m.chair == "" || b.Voter != m.chair:
		return vocab.Forbidden(p, fmt.Sprintf("only the acting chair casts a casting vote, and %s is not the acting chair", b.Voter))
	}
	return nil
}

func (m *meeting) checkVoterAndOption(p *vocab.Path, b Ballot, allowed []VoteOption) *vocab.Problem {
	if q := vocab.CheckID(p, b.Voter, true); q != nil {
		q.Detail = "the voter: " + q.Detail
		return q
	}
	if !slices.Contains(allowed, b.Option) {
		return vocab.NotSupported(p, string(b.Option), allowed)
	}
	return nil
}

// outcome evaluates the recorded votes in the documented order.
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
		case OptionYes:
			o.Counts.Yes++
			o.Counts.YesWeight += sv.seat.weight(weighted)
		case OptionNo:
			o.Counts.No++
			o.Counts.NoWeight += sv.seat.weight(weighted)
		case OptionAbstain:
			o.Counts.Abstain++
		default:
			o.Counts.NotVoting++
		}
	}
	slices.Sort(o.Recused)
	var why []string
	o.Status, why = m.evaluate(&o)
	o.Reason = strings.Join(why, " ")
	o.Explanation = m.explain(&o)
	return o
}

func (m *meeting) evaluate(o *Outcome) (Status, []string) {
	if o.Members == 0 {
		return StatusUndecidable, []string{fmt.Sprintf("No voting seat was filled on %s, so no one could decide the motion.", o.Date)}
	}
	if hard := len(o.Recused); 2*hard >= o.Members {
		why := fmt.Sprintf("%d of %d members hold hard conflicts (half or more)", hard, o.Members)
		if m.body.ReportsTo == "" {
			return StatusUndecidable, []string{why + ", and the body reports to no other body, so the motion cannot be decided."}
		}
		o.ReferredTo = m.body.ReportsTo
		return StatusReferred, []string{why + ", so the motion is referred to " + string(m.body.ReportsTo) + "."}
	}
	if ok, why := m.quorate(o); !ok {
		return StatusInquorate, []string{why}
	}
	o.Quorate = true
	if m.motion.Reserved {
		if ok, why := m.reservedMet(); !ok {
			return StatusFailed, []string{why}
		}
	}
	return m.threshold(o)
}

func (m *meeting) quorate(o *Outcome) (bool, string) {
	q := m.body.Rules.Quorum
	need := fmt.Sprintf("%s %s of %d eligible", map[bool]string{true: "more than", false: "at least"}[q.MoreThan], q.Share, o.Eligible)
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
		for _, org := range m.partners() {
			if !slices.ContainsFunc(m.seats, func(sv *seatVote) bool { return sv.seat.NominatedBy == org && sv.acting != "" }) {
				return false, fmt.Sprintf("Inquorate: no eligible member nominated by %s was present; the quorum needs one from each partner.", org)
			}
		}
	}
	return true, ""
}

// partners returns the partners nominating an eligible seat, sorted.
func (m *meeting) partners() []vocab.OrgID {
	var out []vocab.OrgID
	for _, sv := range m.seats {
		if !sv.recused && sv.seat.NominatedBy != "" {
			out = append(out, sv.seat.NominatedBy)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (m *meeting) reservedMet() (bool, string) {
	r := m.body.Rules.Reserved
	for _, sv := range m.seats {
		if sv.acting != "" && sv.option == OptionNo && slices.Contains(r.Vetoes, sv.seat.NominatedBy) {
			return false, fmt.Sprintf("Failed: reserved matter vetoed by %s (%s voted no).", sv.seat.NominatedBy, sv.acting)
		}
	}
	if !r.Concurrence {
		return true, ""
	}
	for _, org := range m.partners() {
		present, yes := 0, 0
		for _, sv := range m.seats {
			if sv.seat.NominatedBy == org && sv.acting != "" {
				present++
				if sv.option == OptionYes {
					yes++
				}
			}
		}
		if 2*yes <= present || present == 0 {
			return false, fmt.Sprintf("Failed: reserved matter without the concurrence of %s (%d of its %d eligible members present voted yes; more than half needed).", org, yes, present)
		}
	}
	return true, ""
}

func (m *meeting) threshold(o *Outcome) (Status, []string) {
	t := m.body.Rules.Threshold
	yes, no := o.Counts.YesWeight, o.Counts.NoWeight
	pass, desc := m.thresholdMet(o, yes, no)
	if pass {
		return StatusPassed, []string{"Passed: " + desc + "."}
	}
	tie := yes == no && yes > 0
	if !tie || !m.body.Rules.CastingVote || t.Rule == Unanimity {
		return StatusFailed, []string{"Failed: " + desc + "."}
	}
	if m.casting == "" {
		return StatusFailed, []string{"Failed: " + desc + "; the vote was tied and the chair did not use the casting vote."}
	}
	o.CastingVote = m.casting
	if m.casting == OptionYes {
		yes++
	} else {
		no++
	}
	pass, desc2 := m.thresholdMet(o, yes, no)
	lead := fmt.Sprintf("the vote was tied (%s) and the chair, %s, gave a casting vote %s; ", desc, m.chair, m.casting)
	if pass {
		return StatusPassed, []string{"Passed: " + lead + desc2 + "."}
	}
	return StatusFailed, []string{"Failed: " + lead + desc2 + "."}
}

// thresholdMet applies the threshold to yes and no (weighted) votes.
func (m *meeting) thresholdMet(o *Outcome, yes, no int64) (bool, string) {
	t := m.body.Rules.Threshold
	op := map[bool]string{true: "more than", false: "at least"}[t.MoreThan]
	switch t.Rule {
	case Unanimity:
		return o.Counts.Yes == o.Present, fmt.Sprintf("%d of %d eligible members present voted yes; unanimity needs all", o.Counts.Yes, o.Present)
	case OfEligibleMembers:
		var base int64
		for _, sv := range m.seats {
			if !sv.recused {
				base += sv.seat.weight(m.body.Rules.Weighted)
			}
		}
		return meets(yes, base, t.Share, t.MoreThan), fmt.Sprintf("%d yes of %d eligible; the threshold is %s %s of eligible members", yes, base, op, t.Share)
	}
	if yes+no == 0 {
		return false, "no votes were cast for or against"
	}
	return meets(yes, yes+no, t.Share, t.MoreThan), fmt.Sprintf("%d yes, %d no; the threshold is %s %s of votes cast", yes, no, op, t.Share)
}

// explain writes the minute: the motion, attendance, counts, conflicts and
// the reason for the status.
func (m *meeting) explain(o *Outcome) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Motion %s before %s on %s: %s. ", o.Motion, o.Body, o.Date, strings.ToUpper(string(o.Status)))
	fmt.Fprintf(&b, "Members %d, eligible %d, present %d. ", o.Members, o.Eligible, o.Present)
	fmt.Fprintf(&b, "Votes: %d yes, %d no, %d abstain, %d not voting, %d absent", o.Counts.Yes, o.Counts.No, o.Counts.Abstain, o.Counts.NotVoting, o.Counts.Absent)
	if m.body.Rules.Weighted {
		fmt.Fprintf(&b, " (weighted: %d yes, %d no)", o.Counts.YesWeight, o.Counts.NoWeight)
	}
	b.WriteString(". ")
	if len(o.Recused) > 0 {
		fmt.Fprintf(&b, "Recused (hard conflict): %s. ", joinIDs(o.Recused))
	}
	var soft []vocab.PersonID
	for _, d := range o.Conflicts {
		if d.Severity == Soft {
			soft = append(soft, d.Person)
		}
	}
	slices.Sort(soft)
	if len(soft) > 0 {
		fmt.Fprintf(&b, "Soft conflicts declared and recorded: %s. ", joinIDs(slices.Compact(soft)))
	}
	b.WriteString(o.Reason)
	return b.String()
}

func joinIDs[I ~string](ids []I) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return strings.Join(s, ", ")
}
