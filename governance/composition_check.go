package governance

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/days"
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
//
// It sweeps the sorted dates once, adding and removing each seat where it
// begins and ceases to exist, in O((s + n) log s + p) for s seats, n
// dates and p problems: the chair is the last existing chair seat in seat
// order (a max-heap with lazy deletion), and partners' voting seat counts
// are kept in buckets, so that only the partners whose count changed, or
// whose count lies between the old and new threshold count, are looked at.
func (b *Body) seatRuleProblems(ps *vocab.Collector, cp *vocab.Path) *vocab.Collector {
	c := b.Composition
	checkShare := !c.MaxPartnerShare.IsZero()
	if !c.IndependentChair && !checkShare {
		return ps
	}
	dates := b.SeatChangeDates()
	n := len(dates)
	if n == 0 {
		return ps
	}
	type run struct {
		first ruleBreak
		from  vocab.Date
		to    vocab.Date
		open  bool
	}
	var runs []*run // in the order they began
	begin := func(rb ruleBreak, k int) *run {
		r := &run{first: rb, from: dates[k], open: true}
		runs = append(runs, r)
		return r
	}
	end := func(r *run, k int) {
		r.to, r.open = dates[k].AddDays(-1), false
	}

	// The seats' events: seat i begins to exist on date index k when
	// adds[k] holds i, and ceases to when removes[k] does.
	adds, removes := make([][]int32, n+1), make([][]int32, n+1)
	ranges := existRanges(dates)
	for i := range b.Seats {
		s := &b.Seats[i]
		if !(c.IndependentChair && s.Chair) && !(checkShare && s.Voting) {
			continue
		}
		for _, r := range ranges.of(s) {
			adds[r[0]] = append(adds[r[0]], int32(i))
			removes[r[1]] = append(removes[r[1]], int32(i))
		}
	}

	var chairs seatHeap // chair seats, some no longer existing
	exists := make([]bool, len(b.Seats))
	var chairRun *run // the open chair run, if any
	chairPath := cp.Child("independentChair")
	sharePath := cp.Child("maxPartnerShare")

	// Partners are numbered in the order they are met; a partner's
	// count is its voting seats existing on the current date.
	total := 0
	pid := map[vocab.OrgID]int32{}
	var orgs []vocab.OrgID
	var count, pos, touched []int // touched: 1 + the date index it was last a candidate on
	var shareRuns []*run          // each partner's open run, if any
	var buckets [][]int32         // count → partners with it (count ≥ 1), pos their index
	move := func(p int32, from, to int) {
		if from > 0 {
			bk := buckets[from]
			last := bk[len(bk)-1]
			bk[pos[p]], pos[last] = last, pos[p]
			buckets[from] = bk[:len(bk)-1]
		}
		if to > 0 {
			for len(buckets) <= to {
				buckets = append(buckets, nil)
			}
			pos[p] = len(buckets[to])
			buckets[to] = append(buckets[to], p)
		}
	}
	threshold := func(total int) int { // the least count ≥ 1 that breaks the cap
		if total == 0 {
			return 1
		}
		return sort.Search(total, func(j int) bool { return meets(int64(j+1), int64(total), c.MaxPartnerShare, true) }) + 1
	}
	thr := threshold(0)
	var candidates, started []int32

	for k := range n {
		candidates = candidates[:0]
		candidate := func(p int32) {
			if touched[p] != k+1 {
				touched[p] = k + 1
				candidates = append(candidates, p)
			}
		}
		touch := func(s *Seat, delta int) {
			if !checkShare || !s.Voting {
				return
			}
			total += delta
			if s.NominatedBy == "" {
				return
			}
			p, ok := pid[s.NominatedBy]
			if !ok {
				p = int32(len(orgs))
				pid[s.NominatedBy] = p
				orgs = append(orgs, s.NominatedBy)
				count, pos, touched = append(count, 0), append(pos, 0), append(touched, 0)
				shareRuns = append(shareRuns, nil)
			}
			candidate(p)
			count[p] += delta
			move(p, count[p]-delta, count[p])
		}
		for _, i := range removes[k] {
			exists[i] = false
			touch(&b.Seats[i], -1)
		}
		for _, i := range adds[k] {
			s := &b.Seats[i]
			exists[i] = true
			if c.IndependentChair && s.Chair {
				chairs.push(i)
			}
			touch(s, +1)
		}

		if c.IndependentChair {
			for len(chairs) > 0 && !exists[chairs[0]] {
				chairs.pop()
			}
			fault, detail := "", ""
			switch {
			case len(chairs) == 0:
				fault, detail = "no chair", "there is no chair seat; an independent chair is required"
			case !b.Seats[chairs[0]].Independent:
				fault, detail = "partner chair", "the chair seat is nominated by a partner; an independent chair is required"
			}
			if chairRun != nil && chairRun.first.fault != fault {
				end(chairRun, k)
				chairRun = nil
			}
			if chairRun == nil && fault != "" {
				chairRun = begin(ruleBreak{chairPath, vocab.ErrInvalid, nil, fault, detail}, k)
			}
		}

		if !checkShare {
			continue
		}
		newThr := threshold(total)
		// Partners whose count did not change flip only when it lies
		// between the old and the new threshold.
		for v := min(thr, newThr); v < max(thr, newThr) && v < len(buckets); v++ {
			for _, p := range buckets[v] {
				candidate(p)
			}
		}
		thr = newThr
		started = started[:0]
		for _, p := range candidates {
			breaks := count[p] >= 1 && count[p] >= thr
			switch r := shareRuns[p]; {
			case r != nil && !breaks:
				end(r, k)
				shareRuns[p] = nil
			case r == nil && breaks:
				started = append(started, p)
			}
		}
		slices.SortFunc(started, func(p, q int32) int { return cmp.Compare(orgs[p], orgs[q]) })
		for _, p := range started {
			shareRuns[p] = begin(ruleBreak{sharePath, vocab.ErrOutOfRange, orgs[p], "",
				fmt.Sprintf("the partner nominates %d of %d voting seats, more than %s", count[p], total, c.MaxPartnerShare)}, k)
		}
	}

	bodyEnd := vocab.Date{}
	if cert, ok := b.Period.Certain(); ok {
		bodyEnd = cert.End
	}
	for _, r := range runs {
		to := r.to
		if r.open {
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

// dateRanges finds, for a seat, the indices into sorted distinct dates on
// which it exists.
type dateRanges struct {
	dates  []vocab.Date
	lo, hi []int // the first and last day each date may be, as day numbers
}

func existRanges(dates []vocab.Date) dateRanges {
	r := dateRanges{dates: dates, lo: make([]int, len(dates)), hi: make([]int, len(dates))}
	for i, d := range dates {
		r.lo[i], r.hi[i] = days.Number(d.First()), days.Number(d.Last())
	}
	return r
}

// of returns the half-open index ranges [from, to) of the dates on which
// s exists (s.existsAt), in order. A date exists in the seat's period
// when all the days it may be are days the period certainly covers. The
// dates sort by first day, so those not before the period's first day and
// not after its last form one index range; of them, only a partial date
// (a month or a year) straddling the period's last day is not contained,
// and there is at most one of each precision.
func (r dateRanges) of(s *Seat) [][2]int {
	n := len(r.dates)
	if s.Period.IsZero() {
		return [][2]int{{0, n}}
	}
	cert, ok := s.Period.Certain()
	if !ok {
		return nil
	}
	lo, hi := math.MinInt, math.MaxInt
	if !cert.Start.IsZero() {
		lo = days.Number(cert.Start)
	}
	if !cert.End.IsZero() {
		hi = days.Number(cert.End)
	}
	from := sort.Search(n, func(i int) bool { return r.lo[i] >= lo })
	to := sort.Search(n, func(i int) bool { return r.lo[i] > hi })
	if from >= to {
		return nil
	}
	var holes []int
	if hi != math.MaxInt {
		last := days.Date(hi)
		for _, p := range []vocab.Precision{vocab.PrecisionMonth, vocab.PrecisionYear} {
			if i, found := slices.BinarySearchFunc(r.dates, last.Truncate(p), vocab.Date.Compare); found && i >= from && i < to && r.hi[i] > hi {
				holes = append(holes, i)
			}
		}
		slices.Sort(holes)
	}
	var out [][2]int
	for _, h := range holes {
		if from < h {
			out = append(out, [2]int{from, h})
		}
		from = h + 1
	}
	if from < to {
		out = append(out, [2]int{from, to})
	}
	return out
}

// seatHeap is a max-heap of seat indices.
type seatHeap []int32

func (h *seatHeap) push(i int32) {
	*h = append(*h, i)
	s := *h
	for j := len(s) - 1; j > 0; {
		p := (j - 1) / 2
		if s[p] >= s[j] {
			break
		}
		s[p], s[j] = s[j], s[p]
		j = p
	}
}

func (h *seatHeap) pop() {
	s := *h
	last := len(s) - 1
	s[0] = s[last]
	s = s[:last]
	for j := 0; ; {
		l, m := 2*j+1, j
		if l < len(s) && s[l] > s[m] {
			m = l
		}
		if l+1 < len(s) && s[l+1] > s[m] {
			m = l + 1
		}
		if m == j {
			break
		}
		s[j], s[m] = s[m], s[j]
		j = m
	}
	*h = s
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

// spanOf returns the days p certainly covers, and false when none or when
// p has no start. A start on the first supported day is that day (0), not
// an open start: the sweep counts from it.
func spanOf(p vocab.Period) (days.Range, bool) {
	c, ok := p.Certain()
	if !ok || c.Start.IsZero() {
		return days.Range{}, false
	}
	r := days.Of(c)
	r.Lo = max(r.Lo, 0)
	return r, true
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
		seats[s.NominatedBy] = append(seats[s.NominatedBy], event{sp.Lo, 1})
		if sp.Hi != math.MaxInt {
			seats[s.NominatedBy] = append(seats[s.NominatedBy], event{sp.Hi + 1, -1})
		}
	}
	mp := cp.Child("minVotingSeatsPerPartner")
	for _, org := range sortedKeys(memberships) {
		var spans []days.Range
		for _, p := range memberships[org] {
			if s, ok := spanOf(p); ok {
				s.Lo, s.Hi = max(s.Lo, body.Lo), min(s.Hi, body.Hi)
				if s.Lo <= s.Hi {
					spans = append(spans, s)
				}
			}
		}
		if len(spans) == 0 {
			continue
		}
		spans = days.Merge(spans)
		evs := seats[org]
		slices.SortFunc(evs, func(a, b event) int { return cmp.Compare(a.day, b.day) })
		// Walk the days of the membership spans in order, splitting them
		// where the seat count changes, and join consecutive short pieces.
		var cur days.Range
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
			for day := s.Lo; day <= s.Hi; {
				for e < len(evs) && evs[e].day <= day {
					count += evs[e].delta
					e++
				}
				end := s.Hi // last day with this count
				if e < len(evs) && evs[e].day-1 < end {
					end = evs[e].day - 1
				}
				if count < need {
					if short && cur.Hi != math.MaxInt && cur.Hi+1 == day {
						cur.Hi, lo, hi = end, min(lo, count), max(hi, count)
					} else {
						flush()
						cur, lo, hi, short = days.Range{Lo: day, Hi: end}, count, count, true
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

// shortfall is the problem of partner org nominating lo to hi (fewer than
// need) voting seats throughout s.
func shortfall(at *vocab.Path, org vocab.OrgID, s days.Range, lo, hi, need int) *vocab.Problem {
	n := strconv.Itoa(lo)
	if hi != lo {
		n += " to " + strconv.Itoa(hi)
	}
	when := "during " + s.Period().String()
	if s.Lo == s.Hi {
		when = "on " + s.Period().Start.String()
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
