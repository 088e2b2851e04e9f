package governance

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// SeatRuleProblemsBoth returns the problems the sweep (seatRuleProblems)
// and the per-date reference (seatRuleProblemsRef) find on b, each in the
// order they were added.
func SeatRuleProblemsBoth(b *Body) (sweep, ref vocab.Problems) {
	cp := vocab.NewPath("composition")
	return b.seatRuleProblems(new(vocab.Collector), cp).Problems(), b.seatRuleProblemsRef(new(vocab.Collector), cp).Problems()
}

// SeatRuleProblemsSweep and SeatRuleProblemsRef run one of them alone, for
// the benchmark.
func SeatRuleProblemsSweep(b *Body) int {
	return len(b.seatRuleProblems(new(vocab.Collector), vocab.NewPath("composition")).Problems())
}

func SeatRuleProblemsRef(b *Body) int {
	return len(b.seatRuleProblemsRef(new(vocab.Collector), vocab.NewPath("composition")).Problems())
}

// ExistsAtIndices returns, for seat s of b, the indices of b's seat change
// dates on which it exists by the sweep's ranges and by existsAt.
func ExistsAtIndices(b *Body, s int) (sweep, brute []int) {
	dates := b.SeatChangeDates()
	for _, r := range existRanges(dates).of(&b.Seats[s]) {
		for i := r[0]; i < r[1]; i++ {
			sweep = append(sweep, i)
		}
	}
	for i, d := range dates {
		if b.Seats[s].existsAt(d) {
			brute = append(brute, i)
		}
	}
	return sweep, brute
}

// seatRuleProblemsRef is seatRuleProblems as it was before the sweep: it
// checks every seat on every seat change date, in O(dates × seats). It is
// kept, verbatim, as the reference the sweep must agree with.
func (b *Body) seatRuleProblemsRef(ps *vocab.Collector, cp *vocab.Path) *vocab.Collector {
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
