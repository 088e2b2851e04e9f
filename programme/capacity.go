package programme

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Capacity is what a facility can deliver while one figure holds: Amount
// units (the facility's [Facility.Unit]) per Per, of which research draws
// ResearchShare and care has the rest. A facility lists one figure per
// period, the periods not overlapping; its figures are all stated per the
// same interval.
type Capacity struct {
	// Period is when the figure holds; a start is required, and an open
	// end means until further notice.
	Period vocab.Period `json:"period"`
	// Amount is how many units the facility can deliver per Per; positive.
	Amount int64 `json:"amount"`
	// Per is the interval Amount is stated per.
	Per Interval `json:"per"`
	// ResearchShare is the share of Amount research draws in the period,
	// from 0 to the facility's ring-fence ([Facility.RingFence]).
	ResearchShare vocab.Ratio `json:"researchShare,omitzero"`
}

// Demand is a pathway's referral demand while one figure holds: Referrals
// new referrals per Per. A pathway lists one figure per period, the
// periods not overlapping, all stated per the same interval, which must be
// that of the capacity of the facilities it uses ([FacilityUse]).
type Demand struct {
	// Period is when the figure holds; a start is required, and an open
	// end means until further notice.
	Period vocab.Period `json:"period"`
	// Referrals is the number of referrals per Per; not negative.
	Referrals int64 `json:"referrals" jsonschema:"minimum=0"`
	// Per is the interval Referrals is stated per.
	Per Interval `json:"per"`
}

// FacilityUse says that each referral on a pathway needs Need units of a
// facility's capacity: one scan, half a bed-day.
type FacilityUse struct {
	// Facility is a facility in the portfolio.
	Facility vocab.FacilityID `json:"facility"`
	// Need is the capacity one referral needs, in Unit; positive and exact
	// ("3/2" scans).
	Need vocab.Ratio `json:"need"`
	// Unit is what Need is counted in; it must be the facility's
	// [Facility.Unit].
	Unit CapacityUnit `json:"unit"`
}

// capacityProblems checks a facility's unit, ring-fence and capacity
// figures at p: a unit with any figure, a ring-fence in [0, 1], and each
// figure with a start, a positive amount, an interval (the same for every
// figure), a research share within the ring-fence and a period within the
// facility's that overlaps no other figure's.
func (f *Facility) capacityProblems(p vocab.LazyPath) vocab.Problems {
	var ps vocab.Problems
	if f.Unit == "" && len(f.Capacity) > 0 {
		ps = ps.Add(vocab.Required(p.Child("unit").Path(), "the unit the facility's capacity is counted in"))
	} else {
		ps = ps.Add(p.LocateChild("unit", capacityUnits.Check(nil, f.Unit, false)))
	}
	if !f.RingFence.InUnitInterval() {
		ps = ps.Add(vocab.OutOfRange(p.Child("ringFence").Path(), f.RingFence, "a share from 0 to 1"))
	}
	cp := p.Child("capacity")
	periods := make([]vocab.Period, len(f.Capacity))
	for j := range f.Capacity {
		c := &f.Capacity[j]
		jp := cp.Index(j)
		periods[j] = c.Period
		ps = append(ps, jp.LocateAllChild("period", ratePeriodProblems(nil, c.Period))...)
		if c.Period.Start.IsZero() || !c.Period.IsValid() {
			periods[j] = vocab.Period{}
		} else if !f.Period.IsZero() && f.Period.IsValid() && !f.Period.Covers(c.Period) {
			ps = ps.Add(vocab.OutOfRange(jp.Child("period").Path(), c.Period.String(), "must fall within the facility's period "+f.Period.String()))
		}
		if c.Amount <= 0 {
			ps = ps.Add(vocab.OutOfRange(jp.Child("amount").Path(), c.Amount, "must be positive"))
		}
		ps = ps.Add(jp.LocateChild("per", perProblem(nil, c.Per, f.Capacity[0].Per, j, "a facility states all its capacity per one interval: capacity[0] is per ")))
		switch {
		case !c.ResearchShare.InUnitInterval():
			ps = ps.Add(vocab.OutOfRange(jp.Child("researchShare").Path(), c.ResearchShare, "a share from 0 to 1"))
		case c.ResearchShare.Compare(f.RingFence) > 0:
			ps = ps.Add(vocab.OutOfRange(jp.Child("researchShare").Path(), c.ResearchShare,
				fmt.Sprintf("research may draw at most the facility's ring-fence of %s (%s) of its capacity", f.RingFence, f.RingFence.PercentString(1))))
		}
	}
	return append(ps, overlapProblems(cp, periods)...)
}

// demandProblems checks a pathway's demand and facility uses at p, on
// their own: each demand figure with a start, referrals not negative and
// an interval (the same for every figure), periods that do not overlap and
// (a warning) start after the standard took effect; each use with a
// facility, once, a positive need and a unit. That the facilities exist
// and count in the same unit and interval is checked by the portfolio.
func (pw *Pathway) demandProblems(p vocab.LazyPath, std Standard, known bool) vocab.Problems {
	var ps vocab.Problems
	dp := p.Child("demand")
	periods := make([]vocab.Period, len(pw.Demand))
	for k := range pw.Demand {
		m := &pw.Demand[k]
		kp := dp.Index(k)
		periods[k] = m.Period
		ps = append(ps, kp.LocateAllChild("period", ratePeriodProblems(nil, m.Period))...)
		switch {
		case m.Period.Start.IsZero() || !m.Period.IsValid():
			periods[k] = vocab.Period{}
		case known && !std.InEffectAt(m.Period.Start):
			ps = ps.Add(vocab.OutOfRange(kp.Child("period").Path(), m.Period.String(),
				fmt.Sprintf("starts before the standard took effect on %s", std.Effective)).AsWarning())
		}
		if m.Referrals < 0 {
			ps = ps.Add(vocab.OutOfRange(kp.Child("referrals").Path(), m.Referrals, "must not be negative"))
		}
		ps = ps.Add(kp.LocateChild("per", perProblem(nil, m.Per, pw.Demand[0].Per, k, "a pathway states all its demand per one interval: demand[0] is per ")))
	}
	ps = append(ps, overlapProblems(dp, periods)...)
	up := p.Child("uses")
	for j, u := range pw.Uses {
		ps = ps.Add(up.Index(j).LocateChild("facility", vocab.CheckID(nil, u.Facility, true)))
		if u.Need.Sign() <= 0 {
			ps = ps.Add(vocab.OutOfRange(up.Index(j).Child("need").Path(), u.Need, "the capacity one referral needs must be positive"))
		}
		ps = ps.Add(up.Index(j).LocateChild("unit", capacityUnits.Check(nil, u.Unit, true)))
	}
	if len(pw.Uses) < 2 {
		return ps
	}
	ids := make([]vocab.FacilityID, len(pw.Uses))
	for j, u := range pw.Uses {
		ids[j] = u.Facility
	}
	return append(ps, vocab.CheckUniqueIDs(ids, func(j int) *vocab.Path { return up.Index(j).Child("facility").Path() })...)
}

// useProblems checks, for pathway pw at p, that every facility it uses is
// in the portfolio, counts its capacity in the use's unit and, when the
// pathway states demand, per the same interval as the demand.
func (d *Portfolio) useProblems(p *vocab.Path, pw *Pathway, idx index) vocab.Problems {
	var ps vocab.Problems
	for j, u := range pw.Uses {
		up := vocab.LazyAt(p).Child("uses").Index(j)
		i, ok := idx.facilities[u.Facility]
		if !ok {
			if vocab.ValidID(string(u.Facility)) {
				ps = ps.Add(vocab.NotFound(up.Child("facility").Path(), string(u.Facility), "no facility with this ID in the portfolio"))
			}
			continue
		}
		f := &d.Facilities[i]
		switch {
		case f.Unit == "" && u.Unit != "":
			ps = ps.Add(vocab.Invalid(up.Child("unit").Path(), string(u.Unit),
				fmt.Sprintf("facility %s states no capacity unit, so a pathway cannot need its capacity", f.ID)))
		case u.Unit != "" && u.Unit != f.Unit:
			ps = ps.Add(vocab.Invalid(up.Child("unit").Path(), string(u.Unit),
				fmt.Sprintf("facility %s counts its capacity in %s; a pathway's need must be in the same unit", f.ID, f.Unit)))
		}
		if len(pw.Demand) > 0 && len(f.Capacity) > 0 && pw.Demand[0].Per != "" && f.Capacity[0].Per != "" && pw.Demand[0].Per != f.Capacity[0].Per {
			ps = ps.Add(vocab.Invalid(p.Child("demand").Index(0).Child("per"), string(pw.Demand[0].Per),
				fmt.Sprintf("facility %s (uses[%d]) states its capacity per %s; demand and capacity must be per the same interval", f.ID, j, f.Capacity[0].Per)))
		}
	}
	return ps
}

// ratePeriodProblems requires a start and an end, if any, not before it.
func ratePeriodProblems(p *vocab.Path, period vocab.Period) vocab.Problems {
	switch {
	case period.Start.IsZero():
		return vocab.Problems{vocab.Required(p, "a period with a start date (an open end means until further notice)")}
	case !period.IsValid():
		return vocab.Problems{vocab.Invalid(p, period.String(), "ends before it starts")}
	}
	return nil
}

// perProblem checks the interval of the i-th figure of a list: required,
// one of [Intervals], and the same as the first figure's (first).
func perProblem(p *vocab.Path, per, first Interval, i int, detail string) *vocab.Problem {
	if q := intervals.Check(p, per, true); q != nil {
		return q
	}
	if i > 0 && intervals.Contains(first) && per != first {
		return vocab.Invalid(p, string(per), detail+string(first))
	}
	return nil
}

// overlapProblems reports each period of the list at lp that overlaps an
// earlier-starting one, at lp[i].period, naming it. Zero periods (already
// reported) are skipped. It sorts once: O(n log n).
func overlapProblems(lp vocab.LazyPath, periods []vocab.Period) vocab.Problems {
	if len(periods) < 2 {
		return nil
	}
	order := make([]int, 0, len(periods))
	for i, p := range periods {
		if !p.Start.IsZero() {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Or(periods[a].Start.Compare(periods[b].Start), cmp.Compare(a, b)) })
	var ps vocab.Problems
	latest := -1 // the period seen so far that ends last
	for _, i := range order {
		if latest >= 0 {
			if end := periods[latest].End; end.IsZero() || !periods[i].Start.After(end) {
				ps = ps.Add(vocab.Invalid(lp.Index(i).Child("period").Path(), periods[i].String(),
					fmt.Sprintf("overlaps %s's period %s; figures' periods must not overlap", lp.Index(latest).Path(), periods[latest])))
			}
		}
		if latest < 0 || (!periods[latest].End.IsZero() && (periods[i].End.IsZero() || periods[i].End.After(periods[latest].End))) {
			latest = i
		}
	}
	return ps
}
