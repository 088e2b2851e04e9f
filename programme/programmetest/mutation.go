package programmetest

import (
	"slices"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/programme"
)

func at(i int, more ...string) *vocab.Path {
	p := vocab.NewPath("programmes").Index(i)
	for _, m := range more {
		p = p.Child(m)
	}
	return p
}

// portfolioMutators returns every kind of defect [MutatedPortfolio] draws
// from. Each picks a programme (or the first pathway, cohort or facility)
// and breaks it; those that need an optional part the portfolio lacks do
// not apply, and leave it unchanged.
func portfolioMutators() []vocabtest.Mutator[*programme.Portfolio] {
	return []vocabtest.Mutator[*programme.Portfolio]{
		{Kind: "area weights do not sum to 1", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i := programmeIndex(t, d)
			pr := &d.Programmes[i]
			if len(pr.Areas) == 0 {
				return nil, "", false
			}
			j := rapid.IntRange(0, len(pr.Areas)-1).Draw(t, "area")
			pr.Areas[j].Weight = halve(pr.Areas[j].Weight)
			return at(i, "areas"), vocab.ErrInvalid, true
		}},
		{Kind: "participant shares do not sum to 1", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i := programmeIndex(t, d)
			pr := &d.Programmes[i]
			j := rapid.IntRange(0, len(pr.Participants)-1).Draw(t, "participant")
			pr.Participants[j].Share = halve(pr.Participants[j].Share)
			return at(i, "participants"), vocab.ErrInvalid, true
		}},
		{Kind: "lead is not a participant", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i := programmeIndex(t, d)
			d.Programmes[i].Lead = "not-a-participant-0"
			return at(i, "lead"), vocab.ErrInvalid, true
		}},
		{Kind: "timeline dates out of order", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i := programmeIndex(t, d)
			pr := &d.Programmes[i]
			if !pr.Period.Start.Before(pr.Period.End) {
				return nil, "", false
			}
			pr.Timeline = []programme.StatusEntry{
				{Status: programme.StatusActive, Date: pr.Period.End, Actual: true},
				{Status: programme.StatusPaused, Date: pr.Period.Start, Actual: true},
			}
			return at(i, "timeline").Index(1).Child("date"), vocab.ErrInvalid, true
		}},
		{Kind: "goal due after the programme ends", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i := programmeIndex(t, d)
			pr := &d.Programmes[i]
			if len(pr.Goals) == 0 {
				return nil, "", false
			}
			j := rapid.IntRange(0, len(pr.Goals)-1).Draw(t, "goal")
			pr.Goals[j].Due = pr.Period.End.AddDays(rapid.IntRange(1, 400).Draw(t, "daysLate"))
			return at(i, "goals").Index(j).Child("due"), vocab.ErrOutOfRange, true
		}},
		{Kind: "programme uses an unknown facility", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i := programmeIndex(t, d)
			pr := &d.Programmes[i]
			pr.Facilities = append(pr.Facilities, "no-such-facility-0")
			return at(i, "facilities").Index(len(pr.Facilities) - 1), vocab.ErrNotFound, true
		}},
		{Kind: "parent programmes form a cycle", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i := programmeIndex(t, d)
			if len(d.Programmes) < 2 {
				return nil, "", false
			}
			j := (i + 1) % len(d.Programmes)
			d.Programmes[i].Parent, d.Programmes[j].Parent = d.Programmes[j].ID, d.Programmes[i].ID
			return at(i, "parent"), vocab.ErrInvalid, true
		}},
		{Kind: "parent programme does not exist", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i := programmeIndex(t, d)
			d.Programmes[i].Parent = "no-such-programme-0"
			return at(i, "parent"), vocab.ErrNotFound, true
		}},
		{Kind: "phase on a programme that is not a trial", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i := programmeIndex(t, d)
			pr := &d.Programmes[i]
			if pr.Kind == programme.KindClinicalTrial {
				pr.Kind = programme.KindEducation
			}
			pr.Phase = programme.Phase2
			return at(i, "phase"), vocab.ErrForbidden, true
		}},
		{Kind: "unknown programme kind", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i := programmeIndex(t, d)
			d.Programmes[i].Kind = "basic-research"
			d.Programmes[i].Phase = ""
			return at(i, "kind"), vocab.ErrNotSupported, true
		}},
		{Kind: "duplicate programme ID", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i := programmeIndex(t, d)
			if i == 0 {
				return nil, "", false
			}
			d.Programmes[i].ID = d.Programmes[0].ID
			return at(i, "id"), vocab.ErrDuplicate, true
		}},
		{Kind: "programme without a start", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i := programmeIndex(t, d)
			d.Programmes[i].Period.Start = vocab.Date{}
			return at(i, "period"), vocab.ErrRequired, true
		}},
		{Kind: "pathway held to an unknown standard", Apply: func(_ *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			if len(d.Pathways) == 0 {
				return nil, "", false
			}
			d.Pathways[0].Standard = "cancer-2-week-wait"
			return vocab.NewPath("pathways").Index(0).Child("standard"), vocab.ErrNotSupported, true
		}},
		{Kind: "more patients within the standard than in total", Apply: func(_ *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			if len(d.Pathways) == 0 || len(d.Pathways[0].Performance) == 0 {
				return nil, "", false
			}
			m := &d.Pathways[0].Performance[0]
			m.Within = m.Total + 1
			return vocab.NewPath("pathways").Index(0).Child("performance").Index(0).Child("within"), vocab.ErrOutOfRange, true
		}},
		{Kind: "goal readings out of date order", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i := programmeIndex(t, d)
			pr := &d.Programmes[i]
			j := slices.IndexFunc(pr.Goals, func(g programme.Goal) bool { return len(g.Readings) > 0 })
			if j < 0 {
				return nil, "", false
			}
			g := &pr.Goals[j]
			g.Readings = append(g.Readings, g.Readings[len(g.Readings)-1]) // the same date again
			return at(i, "goals").Index(j).Child("readings").Index(len(g.Readings) - 1).Child("date"), vocab.ErrInvalid, true
		}},
		{Kind: "duplicate facility ID", Apply: func(_ *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			if len(d.Facilities) < 2 {
				return nil, "", false
			}
			d.Facilities[1].ID = d.Facilities[0].ID
			return vocab.NewPath("facilities").Index(1).Child("id"), vocab.ErrDuplicate, true
		}},
		{Kind: "pathway of an unknown programme", Apply: func(_ *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			if len(d.Pathways) == 0 {
				return nil, "", false
			}
			d.Pathways[0].Programme = "no-such-programme-0"
			return vocab.NewPath("pathways").Index(0).Child("programme"), vocab.ErrNotFound, true
		}},
		{Kind: "cohort of an unknown programme", Apply: func(_ *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			if len(d.Cohorts) == 0 {
				return nil, "", false
			}
			d.Cohorts[0].Programme = "no-such-programme-0"
			return vocab.NewPath("cohorts").Index(0).Child("programme"), vocab.ErrNotFound, true
		}},
		{Kind: "cohort starts after its programme ends", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			if len(d.Cohorts) == 0 {
				return nil, "", false
			}
			c := &d.Cohorts[0]
			pr, ok := d.Programme(c.Programme)
			if !ok || pr.Period.End.IsZero() {
				return nil, "", false
			}
			c.Period = vocab.PeriodFrom(pr.Period.End.AddDays(rapid.IntRange(1, 400).Draw(t, "daysLate")))
			return vocab.NewPath("cohorts").Index(0).Child("period"), vocab.ErrOutOfRange, true
		}},
		{Kind: "empty cohort", Apply: func(_ *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			if len(d.Cohorts) == 0 {
				return nil, "", false
			}
			d.Cohorts[0].Size = 0
			return vocab.NewPath("cohorts").Index(0).Child("size"), vocab.ErrOutOfRange, true
		}},
		{Kind: "need in another unit than its facility's", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i, j, ok := pathwayUse(t, d)
			if !ok {
				return nil, "", false
			}
			u := &d.Pathways[i].Uses[j]
			u.Unit = otherUnit(u.Unit)
			return vocab.NewPath("pathways").Index(i).Child("uses").Index(j).Child("unit"), vocab.ErrInvalid, true
		}},
		{Kind: "research share above the ring-fence", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i, j, ok := facilityCapacity(t, d)
			if !ok {
				return nil, "", false
			}
			f := &d.Facilities[i]
			if f.RingFence == vocab.IntRatio(1) {
				f.RingFence = vocab.MustRatio(1, 2)
			}
			f.Capacity[j].ResearchShare = vocab.IntRatio(1)
			return vocab.NewPath("facilities").Index(i).Child("capacity").Index(j).Child("researchShare"), vocab.ErrOutOfRange, true
		}},
		{Kind: "demand without a standard", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			if len(d.Pathways) == 0 {
				return nil, "", false
			}
			i := rapid.IntRange(0, len(d.Pathways)-1).Draw(t, "pathway")
			pw := &d.Pathways[i]
			if len(pw.Demand) == 0 {
				return nil, "", false
			}
			pw.Standard = ""
			return vocab.NewPath("pathways").Index(i).Child("standard"), vocab.ErrRequired, true
		}},
		{Kind: "pathway uses an unknown facility", Apply: func(_ *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			if len(d.Pathways) == 0 {
				return nil, "", false
			}
			pw := &d.Pathways[0]
			pw.Uses = append(pw.Uses, programme.FacilityUse{Facility: "no-such-facility-0", Need: vocab.IntRatio(1), Unit: programme.CapacityUnitScans})
			return vocab.NewPath("pathways").Index(0).Child("uses").Index(len(pw.Uses) - 1).Child("facility"), vocab.ErrNotFound, true
		}},
		{Kind: "overlapping capacity figures", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i, j, ok := facilityCapacity(t, d)
			if !ok {
				return nil, "", false
			}
			f := &d.Facilities[i]
			f.Capacity = append(f.Capacity, f.Capacity[j])
			return vocab.NewPath("facilities").Index(i).Child("capacity").Index(len(f.Capacity) - 1).Child("period"), vocab.ErrInvalid, true
		}},
		{Kind: "capacity without a unit", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i, _, ok := facilityCapacity(t, d)
			if !ok {
				return nil, "", false
			}
			d.Facilities[i].Unit = ""
			return vocab.NewPath("facilities").Index(i).Child("unit"), vocab.ErrRequired, true
		}},
		{Kind: "demand per another interval than its facility's capacity", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			i, j, ok := pathwayUse(t, d)
			if !ok || len(d.Pathways[i].Demand) == 0 {
				return nil, "", false
			}
			f, _ := d.Facility(d.Pathways[i].Uses[j].Facility)
			pw := &d.Pathways[i]
			for k := range pw.Demand {
				pw.Demand[k].Per = otherInterval(f.Capacity[0].Per)
			}
			return vocab.NewPath("pathways").Index(i).Child("demand").Index(0).Child("per"), vocab.ErrInvalid, true
		}},
		{Kind: "negative referrals", Apply: func(t *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			for i := range d.Pathways {
				if pw := &d.Pathways[i]; len(pw.Demand) > 0 {
					k := rapid.IntRange(0, len(pw.Demand)-1).Draw(t, "demand")
					pw.Demand[k].Referrals = -rapid.Int64Range(1, 100).Draw(t, "referrals")
					return vocab.NewPath("pathways").Index(i).Child("demand").Index(k).Child("referrals"), vocab.ErrOutOfRange, true
				}
			}
			return nil, "", false
		}},
		{Kind: "facility without owners", Apply: func(_ *rapid.T, d *programme.Portfolio) (*vocab.Path, vocab.ProblemType, bool) {
			if len(d.Facilities) == 0 {
				return nil, "", false
			}
			d.Facilities[0].Owners = nil
			return vocab.NewPath("facilities").Index(0).Child("owners"), vocab.ErrRequired, true
		}},
	}
}

// halve returns r/2, which keeps a weight in (0, 1] but breaks any sum it
// is part of.
func halve(r vocab.Ratio) vocab.Ratio {
	h, err := r.Mul(vocab.MustRatio(1, 2))
	if err != nil {
		panic(err) // generated ratios are small
	}
	return h
}

// pathwayUse draws a pathway and one of its facility uses, of a facility
// that states capacity; ok is false when there is none.
func pathwayUse(t *rapid.T, d *programme.Portfolio) (i, j int, ok bool) {
	type use struct{ i, j int }
	var uses []use
	for i, pw := range d.Pathways {
		for j, u := range pw.Uses {
			if f, found := d.Facility(u.Facility); found && len(f.Capacity) > 0 {
				uses = append(uses, use{i, j})
			}
		}
	}
	if len(uses) == 0 {
		return 0, 0, false
	}
	u := rapid.SampledFrom(uses).Draw(t, "use")
	return u.i, u.j, true
}

// facilityCapacity draws a facility with capacity and one of its figures;
// ok is false when there is none.
func facilityCapacity(t *rapid.T, d *programme.Portfolio) (i, j int, ok bool) {
	var with []int
	for i, f := range d.Facilities {
		if len(f.Capacity) > 0 {
			with = append(with, i)
		}
	}
	if len(with) == 0 {
		return 0, 0, false
	}
	i = rapid.SampledFrom(with).Draw(t, "facility")
	return i, rapid.IntRange(0, len(d.Facilities[i].Capacity)-1).Draw(t, "figure"), true
}

// otherUnit returns a capacity unit other than u.
func otherUnit(u programme.CapacityUnit) programme.CapacityUnit {
	if u == programme.CapacityUnitScans {
		return programme.CapacityUnitBedDays
	}
	return programme.CapacityUnitScans
}

// otherInterval returns an interval other than v.
func otherInterval(v programme.Interval) programme.Interval {
	if v == programme.IntervalWeek {
		return programme.IntervalMonth
	}
	return programme.IntervalWeek
}

// PortfolioMutationKinds returns the kinds of defect [MutatedPortfolio]
// draws from, sorted.
func PortfolioMutationKinds() []string { return vocabtest.MutationKinds(portfolioMutators()) }

// MutatedPortfolio generates valid portfolios (from [Portfolio]) broken by
// one defect, with the path and problem type Validate must report (among
// possibly others the defect causes). It draws from the kinds named, or
// from every kind in [PortfolioMutationKinds] when none is; it panics when
// a named kind is unknown.
func MutatedPortfolio(kinds ...string) *rapid.Generator[vocabtest.Mutation[*programme.Portfolio]] {
	return vocabtest.Mutated(Portfolio(), portfolioMutators(), kinds...)
}

// programmeIndex draws the index of a programme of d, which has at least
// one.
func programmeIndex(t *rapid.T, d *programme.Portfolio) int {
	return rapid.IntRange(0, len(d.Programmes)-1).Draw(t, "programme")
}
