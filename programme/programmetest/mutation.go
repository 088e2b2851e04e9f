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
