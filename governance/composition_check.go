package governance

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// SeatChangeDates returns, sorted, the dates on which the body's seats
// change: the body's start, and every date within the body's period on
// which a seat is created or the day after one is abolished. Seat counts
// only change on those dates, so [Body.Problems] checks the composition
// rules on each of them. It returns nil when the body's period has no
// start or ends before it starts.
func (b *Body) SeatChangeDates() []vocab.Date { return b.checkDates(nil) }

// checkDates returns the seat change dates and those of extra within the
// body's period, sorted and distinct.
func (b *Body) checkDates(extra []vocab.Date) []vocab.Date {
	if b.Period.Start.IsZero() || !b.Period.IsValid() {
		return nil
	}
	dates := []vocab.Date{b.Period.Start}
	for i := range b.Seats {
		s := b.Seats[i].Period
		if !s.IsValid() {
			continue
		}
		if b.Period.Contains(s.Start) {
			dates = append(dates, s.Start)
		}
		if after := s.End.AddDays(1); !s.End.IsZero() && b.Period.Contains(after) {
			dates = append(dates, after)
		}
	}
	for _, d := range extra {
		if b.Period.Contains(d) {
			dates = append(dates, d)
		}
	}
	slices.SortFunc(dates, vocab.Date.Compare)
	return slices.Compact(dates)
}

// CheckCompositionAt checks the body's composition rules on date d, with
// problems at at.composition (at is the body's path): the chair seat must
// be independent when required; no partner may nominate more than
// MaxPartnerShare of the voting seats existing on d; and, when roster is
// not nil, every partner on d must nominate at least
// MinVotingSeatsPerPartner of them. Vacant seats count: the rules are
// about seats, not holders. Each problem's detail begins "on d".
func (b *Body) CheckCompositionAt(at *vocab.Path, roster vocab.Roster, d vocab.Date) vocab.Problems {
	cp := at.Child("composition")
	var ps vocab.Problems
	for _, r := range b.seatRuleBreaks(cp, d) {
		ps = append(ps, r.problem("on "+d.String()))
	}
	if roster != nil {
		ps = append(ps, b.minSeatsProblems(cp, roster, d)...)
	}
	return ps
}

// votingSeatsAt counts the voting seats existing on d, in total and per
// nominating partner.
func (b *Body) votingSeatsAt(d vocab.Date) (total int, perPartner map[vocab.OrgID]int) {
	perPartner = map[vocab.OrgID]int{}
	for i := range b.Seats {
		s := &b.Seats[i]
		if s.Voting && s.existsAt(d) {
			total++
			if s.NominatedBy != "" {
				perPartner[s.NominatedBy]++
			}
		}
	}
	return total, perPartner
}

// ruleBreak is one composition rule broken on a date: where, for which
// value, and what, without the date. fault tells apart two breaks of one
// rule at one path (no chair seat, a chair seat nominated by a partner).
type ruleBreak struct {
	path   *vocab.Path
	typ    vocab.ProblemType
	value  any
	fault  string
	detail string
}

// problem returns the break as a problem whose detail begins with when.
func (r ruleBreak) problem(when string) *vocab.Problem {
	return &vocab.Problem{Path: r.path, Type: r.typ, Value: r.value, Detail: when + " " + r.detail}
}

// seatRuleBreaks checks, at cp, the composition rules that need no
// roster on d: an independent chair and the cap on one partner's share.
func (b *Body) seatRuleBreaks(cp *vocab.Path, d vocab.Date) []ruleBreak {
	c := b.Composition
	var rs []ruleBreak
	if c.IndependentChair {
		chairIndependent, hasChair := false, false
		for i := range b.Seats {
			if s := &b.Seats[i]; s.Chair && s.existsAt(d) {
				hasChair, chairIndependent = true, s.Independent
			}
		}
		switch {
		case !hasChair:
			rs = append(rs, ruleBreak{cp.Child("independentChair"), vocab.ErrInvalid, nil, "no chair",
				"there is no chair seat; an independent chair is required"})
		case !chairIndependent:
			rs = append(rs, ruleBreak{cp.Child("independentChair"), vocab.ErrInvalid, nil, "partner chair",
				"the chair seat is nominated by a partner; an independent chair is required"})
		}
	}
	if c.MaxPartnerShare.IsZero() {
		return rs
	}
	total, perPartner := b.votingSeatsAt(d)
	if total == 0 {
		return rs
	}
	for _, org := range sortedKeys(perPartner) {
		if n := perPartner[org]; meets(int64(n), int64(total), c.MaxPartnerShare, true) {
			rs = append(rs, ruleBreak{cp.Child("maxPartnerShare"), vocab.ErrOutOfRange, org, "",
				fmt.Sprintf("the partner nominates %d of %d voting seats, more than %s", n, total, c.MaxPartnerShare)})
		}
	}
	return rs
}

// seatRuleProblems adds, at cp, the roster-free composition rules broken
// on the body's seat change dates: one problem per rule, value and run of
// consecutive dates on which it is broken, naming the run's period (from
// the first such date to the day before the next date on which it holds,
// or to the end of the body). The detail gives the counts of the run's
// first date. Rules are checked on each seat change date only, since the
// seats only change then.
func (b *Body) seatRuleProblems(ps *vocab.Collector, cp *vocab.Path) *vocab.Collector {
	dates := b.SeatChangeDates()
	type run struct {
		first ruleBreak
		from  vocab.Date
		on    bool // broken on the current date
	}
	var runs []*run // in the order they began
	open := map[string]*run{}
	var closed []struct {
		r  *run
		to vocab.Date
	}
	for k, d := range dates {
		for _, r := range open {
			r.on = false
		}
		for _, rb := range b.seatRuleBreaks(cp, d) {
			key := rb.path.JSONPointer() + "\x00" + fmt.Sprint(rb.value) + "\x00" + rb.fault
			if r, ok := open[key]; ok {
				r.on = true
				continue
			}
			r := &run{first: rb, from: d, on: true}
			open[key] = r
			runs = append(runs, r)
		}
		for key, r := range open {
			if !r.on {
				closed = append(closed, struct {
					r  *run
					to vocab.Date
				}{r, dates[k].AddDays(-1)})
				delete(open, key)
			}
		}
	}
	end := map[*run]vocab.Date{}
	for _, c := range closed {
		end[c.r] = c.to
	}
	bodyEnd := vocab.Date{}
	if cert, ok := b.Period.Certain(); ok {
		bodyEnd = cert.End
	}
	for _, r := range runs {
		to, ok := end[r]
		if !ok {
			to = bodyEnd
		}
		p := vocab.PeriodOf(r.from, to)
		q := r.first.problem("during " + p.String())
		if !p.End.IsZero() && p.Start == p.End {
			q = r.first.problem("on " + r.from.String())
		}
		if r.first.value != nil {
			q.Detail += " (counted on " + r.from.String() + ")"
		}
		ps = ps.Add(q)
	}
	return ps
}

// minSeatsProblems checks, at cp, that every partner on d nominates at
// least MinVotingSeatsPerPartner voting seats.
func (b *Body) minSeatsProblems(cp *vocab.Path, roster vocab.Roster, d vocab.Date) vocab.Problems {
	need := b.Composition.MinVotingSeatsPerPartner
	if need <= 0 {
		return nil
	}
	_, perPartner := b.votingSeatsAt(d)
	var ps vocab.Problems
	for _, org := range roster.PartnersAt(d) {
		if n := perPartner[org]; n < need {
			ps = ps.Add(vocab.OutOfRange(cp.Child("minVotingSeatsPerPartner"), org,
				fmt.Sprintf("on %s the partner nominates %d voting seats, fewer than %d", d, n, need)))
		}
	}
	return ps
}

// epoch counts days: a day is its distance from 0001-01-01.
var epoch = vocab.MustParseDate("0001-01-01")

// daySpan is a closed range of days counted from epoch; hi is
// math.MaxInt when open-ended.
type daySpan struct{ lo, hi int }

// lastDay is the last supported day: a period ending on it is as
// open-ended as one with no end.
var lastDay = vocab.MustParseDate("9999-12-31")

// spanOf returns the days p certainly covers, and false when none or when
// p has no start.
func spanOf(p vocab.Period) (daySpan, bool) {
	c, ok := p.Certain()
	if !ok || c.Start.IsZero() {
		return daySpan{}, false
	}
	s := daySpan{c.Start.DaysSince(epoch), math.MaxInt}
	if !c.End.IsZero() && c.End != lastDay {
		s.hi = c.End.DaysSince(epoch)
	}
	return s, true
}

// period returns s as an exact (or open-ended) period.
func (s daySpan) period() vocab.Period {
	p := vocab.PeriodFrom(epoch.AddDays(s.lo))
	if s.hi != math.MaxInt {
		p.End = epoch.AddDays(s.hi)
	}
	return p
}

// shortfalls returns, at cp, one problem per partner and maximal run of
// days within the body's period on which the partner is certainly a
// partner (memberships) and nominates fewer than MinVotingSeatsPerPartner
// of the voting seats then existing, naming the run and the partner.
// Partners come in ID order, runs in date order. It runs in
// O((m + s) log(m + s)) for m membership periods and s seats.
func (b *Body) shortfalls(ps *vocab.Collector, cp *vocab.Path, memberships map[vocab.OrgID][]vocab.Period) *vocab.Collector {
	need := b.Composition.MinVotingSeatsPerPartner
	body, ok := spanOf(b.Period)
	if need <= 0 || !ok || b.Period.Start.IsZero() {
		return ps
	}
	type event struct{ day, delta int }
	seats := map[vocab.OrgID][]event{}
	for i := range b.Seats {
		s := &b.Seats[i]
		if !s.Voting || s.NominatedBy == "" || !s.Period.IsValid() {
			continue
		}
		sp := body
		if !s.Period.IsZero() {
			if sp, ok = spanOf(s.Period); !ok {
				continue
			}
		}
		seats[s.NominatedBy] = append(seats[s.NominatedBy], event{sp.lo, 1})
		if sp.hi != math.MaxInt {
			seats[s.NominatedBy] = append(seats[s.NominatedBy], event{sp.hi + 1, -1})
		}
	}
	mp := cp.Child("minVotingSeatsPerPartner")
	for _, org := range sortedKeys(memberships) {
		var spans []daySpan
		for _, p := range memberships[org] {
			if s, ok := spanOf(p); ok {
				s.lo, s.hi = max(s.lo, body.lo), min(s.hi, body.hi)
				if s.lo <= s.hi {
					spans = append(spans, s)
				}
			}
		}
		if len(spans) == 0 {
			continue
		}
		spans = mergeSpans(spans)
		evs := seats[org]
		slices.SortFunc(evs, func(a, b event) int { return cmp.Compare(a.day, b.day) })
		// Walk the days of the membership spans in order, splitting them
		// where the seat count changes, and join consecutive short pieces.
		var cur daySpan
		var lo, hi int // seat counts within cur
		short := false
		flush := func() {
			if short {
				ps = ps.Add(shortfall(mp, org, cur, lo, hi, need))
				short = false
			}
		}
		count, e := 0, 0
		for _, s := range spans {
			for day := s.lo; day <= s.hi; {
				for e < len(evs) && evs[e].day <= day {
					count += evs[e].delta
					e++
				}
				end := s.hi // last day with this count
				if e < len(evs) && evs[e].day-1 < end {
					end = evs[e].day - 1
				}
				if count < need {
					if short && cur.hi != math.MaxInt && cur.hi+1 == day {
						cur.hi, lo, hi = end, min(lo, count), max(hi, count)
					} else {
						flush()
						cur, lo, hi, short = daySpan{day, end}, count, count, true
					}
				} else {
					flush()
				}
				if end == math.MaxInt {
					break
				}
				day = end + 1
			}
		}
		flush()
	}
	return ps
}

// mergeSpans sorts spans and joins those that overlap or touch.
func mergeSpans(spans []daySpan) []daySpan {
	slices.SortFunc(spans, func(a, b daySpan) int { return cmp.Compare(a.lo, b.lo) })
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && (out[n-1].hi == math.MaxInt || s.lo <= out[n-1].hi+1) {
			out[n-1].hi = max(out[n-1].hi, s.hi)
			continue
		}
		out = append(out, s)
	}
	return out
}

// shortfall is the problem of partner org nominating lo to hi (fewer than
// need) voting seats throughout s.
func shortfall(at *vocab.Path, org vocab.OrgID, s daySpan, lo, hi, need int) *vocab.Problem {
	n := strconv.Itoa(lo)
	if hi != lo {
		n += " to " + strconv.Itoa(hi)
	}
	when := "during " + s.period().String()
	if s.lo == s.hi {
		when = "on " + s.period().Start.String()
	}
	return vocab.OutOfRange(at, org, fmt.Sprintf("%s the partner nominates %s voting seats, fewer than %d", when, n, need))
}

func sortedKeys[K ~string, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
