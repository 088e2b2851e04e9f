package scenario

import (
	"strconv"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Limits of a scenario. They keep a run's memory bounded by the input's
// size and its time proportional to the work it asks for.
const (
	MaxWeeks            = 10_000        // reported weeks and warm-up weeks, each
	MaxRate             = 1_000_000     // arrivals and referrals a week
	MaxStarts           = 10_000        // pipeline starts a week
	MaxStages           = 20            // pipeline stages
	MaxProjects         = 1_000_000     // initial projects, and expected projects in progress
	MaxSites            = 10_000        // recruiting sites
	MaxShape            = 1_000_000     // gamma shape of site rates
	MaxSiteRate         = 10_000        // mean recruitment a site a week
	MaxSlots            = 1_000_000     // treatment slots a week
	MaxCapacity         = 1_000_000_000 // waiting-list capacity
	MaxAxes             = 8             // sweep axes
	MaxValuesPerAxis    = 1_000         // values of one axis
	MaxPoints           = 10_000        // scenario points of a sweep
	maxCombinationNotes = 10            // combination problems reported
)

// Validate checks the scenario and returns nil or a [vocab.Problems] error
// holding its errors.
func (s *Scenario) Validate() error { return s.Problems().Err() }

// Problems returns every problem of the scenario, with paths from the
// document root. A sweep is checked value by value (each applied alone to
// the scenario), then combination by combination.
func (s *Scenario) Problems() vocab.Problems {
	return s.CollectProblems(new(vocab.Collector)).Problems()
}

// CollectProblems adds the problems [Scenario.Problems] returns to ps, in
// the same order, and returns ps. A collector with a limit keeps at most
// that many and counts the rest, so memory stays bounded however many
// problems the scenario has; [Decode] checks with it.
func (s *Scenario) CollectProblems(ps *vocab.Collector) *vocab.Collector {
	ps = ps.OrderBy(vocab.DocumentOrder(s))
	ps = ps.Add(s.Version.Problems(vocab.NewPath("version"))...)
	ps = s.collectBase(ps)
	return ps.Add(s.sweepProblems()...)
}

// baseProblems checks everything but the version and the sweep.
func (s *Scenario) baseProblems() vocab.Problems {
	return s.collectBase(new(vocab.Collector)).Problems()
}

// collectBase is baseProblems into ps.
func (s *Scenario) collectBase(ps *vocab.Collector) *vocab.Collector {
	ps = ps.Add(vocab.CheckID(vocab.NewPath("id"), s.ID, true))
	if s.Start.IsZero() {
		ps = ps.Add(vocab.Required(vocab.NewPath("start"), "the first day of the first reported week"))
	}
	ps = ps.Add(vocab.CheckDay(vocab.NewPath("start"), s.Start, false))
	ps = ps.Add(intIn(vocab.NewPath("weeks"), s.Weeks, 1, MaxWeeks))
	if s.Start.IsExact() && s.Weeks >= 1 && s.Weeks <= MaxWeeks {
		if last := s.Start.AddDays(7*s.Weeks - 1); last.DaysSince(s.Start) != 7*s.Weeks-1 || !vocab.FinancialYearOf(last).IsValid() {
			ps = ps.Add(vocab.OutOfRange(vocab.NewPath("weeks"), s.Weeks, "the last week must end before 31 March 9999"))
		}
	}
	ps = ps.Add(intIn(vocab.NewPath("warmUpWeeks"), s.WarmUpWeeks, 0, MaxWeeks))
	ps = ps.Add(reportingPeriods.Check(vocab.NewPath("reporting"), s.Reporting, false))
	if s.Arrivals == nil && s.Pipeline == nil && s.Recruitment == nil && s.Queue == nil && s.Centre == nil {
		ps = ps.Add(vocab.Required(nil, "at least one component: arrivals, pipeline, recruitment or queue, or a centre"))
	}
	if s.Centre != nil {
		ps = ps.Add(s.centreProblems()...)
	}
	if a := s.Arrivals; a != nil {
		p := vocab.NewPath("arrivals")
		ps = ps.Add(ratioIn(p.Child("ratePerWeek"), a.RatePerWeek, false, 0, MaxRate))
	}
	if s.Pipeline != nil {
		ps = s.Pipeline.problems(ps, vocab.NewPath("pipeline"))
	}
	if r := s.Recruitment; r != nil {
		p := vocab.NewPath("recruitment")
		ps = ps.Add(intIn(p.Child("sites"), r.Sites, 1, MaxSites))
		ps = ps.Add(ratioIn(p.Child("shape"), r.Shape, false, 0, MaxShape))
		ps = ps.Add(ratioIn(p.Child("meanRatePerWeek"), r.MeanRatePerWeek, false, 0, MaxSiteRate))
	}
	if q := s.Queue; q != nil {
		p := vocab.NewPath("queue")
		ps = ps.Add(ratioIn(p.Child("referralsPerWeek"), q.ReferralsPerWeek, false, 0, MaxRate))
		ps = ps.Add(intIn(p.Child("slotsPerWeek"), q.SlotsPerWeek, 0, MaxSlots))
		ps = ps.Add(intIn(p.Child("capacity"), q.Capacity, 1, MaxCapacity))
		ps = ps.Add(intIn(p.Child("initial"), q.Initial, 0, max(q.Capacity, 0)))
	}
	return ps
}

func (pl *Pipeline) problems(ps *vocab.Collector, p *vocab.Path) *vocab.Collector {
	ps = ps.Add(ratioIn(p.Child("startsPerWeek"), pl.StartsPerWeek, true, 0, MaxStarts))
	sp := p.Child("stages")
	switch {
	case len(pl.Stages) == 0:
		ps = ps.Add(vocab.Required(sp, "at least one stage"))
	case len(pl.Stages) > MaxStages:
		ps = ps.Add(vocab.OutOfRange(sp, len(pl.Stages), "at most "+strconv.Itoa(MaxStages)+" stages"))
	}
	seen := map[StageID]bool{}
	initial := 0
	meanSum := 0.0
	for i, st := range pl.Stages {
		ip := sp.Index(i)
		if pr := vocab.CheckID(ip.Child("name"), st.Name, true); pr != nil {
			ps = ps.Add(pr)
		} else if seen[st.Name] {
			ps = ps.Add(vocab.Duplicate(ip.Child("name"), string(st.Name), "stage names must be unique in the pipeline"))
		}
		seen[st.Name] = true
		ps = ps.Add(ratioIn(ip.Child("meanWeeks"), st.MeanWeeks, true, 1, MaxWeeks))
		ps = ps.Add(ratioIn(ip.Child("success"), st.Success, true, 0, 1))
		ps = ps.Add(intIn(ip.Child("initial"), st.Initial, 0, MaxProjects))
		if st.Initial > 0 && st.Initial <= MaxProjects {
			initial += st.Initial
		}
		meanSum += st.MeanWeeks.Float64()
	}
	if initial > MaxProjects {
		ps = ps.Add(vocab.OutOfRange(sp, initial, "at most "+strconv.Itoa(MaxProjects)+" initial projects in all stages"))
	}
	// Little's law bounds the projects in progress: starts × total mean time.
	if expected := pl.StartsPerWeek.Float64() * meanSum; expected > MaxProjects {
		ps = ps.Add(vocab.OutOfRange(p.Child("startsPerWeek"), pl.StartsPerWeek.String(),
			"expected projects in progress (starts a week × total mean weeks of the stages) is "+
				strconv.FormatFloat(expected, 'g', 6, 64)+", at most "+strconv.Itoa(MaxProjects)))
	}
	return ps
}

// intIn reports v outside [lo, hi].
func intIn(p *vocab.Path, v, lo, hi int) *vocab.Problem {
	if v < lo || v > hi {
		return vocab.OutOfRange(p, v, "must be from "+strconv.Itoa(lo)+" to "+strconv.Itoa(hi))
	}
	return nil
}

// ratioIn reports r outside [lo, hi], or (when closedLo is false) not above lo.
func ratioIn(p *vocab.Path, r vocab.Ratio, closedLo bool, lo, hi int64) *vocab.Problem {
	l, h := vocab.IntRatio(lo), vocab.IntRatio(hi)
	switch {
	case closedLo && r.Compare(l) < 0 || r.Compare(h) > 0:
		return vocab.OutOfRange(p, r.String(), "must be from "+l.String()+" to "+h.String())
	case !closedLo && r.Compare(l) <= 0:
		return vocab.OutOfRange(p, r.String(), "must be above "+l.String()+" and at most "+h.String())
	}
	return nil
}
