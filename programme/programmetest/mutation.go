package programmetest

import (
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/programme"
)

// Broken is a portfolio broken in one way, with the path and problem type
// Validate must report (among possibly others the break causes).
type Broken struct {
	// Doc is the broken portfolio.
	Doc *programme.Portfolio
	// Path is where the problem must be reported.
	Path *vocab.Path
	// Type is the problem's type.
	Type vocab.ProblemType
	// Name says what was broken.
	Name string
}

// mutator breaks a valid portfolio at programme i; it returns false when it
// does not apply.
type mutator struct {
	name  string
	apply func(t *rapid.T, d *programme.Portfolio, i int) (*vocab.Path, vocab.ProblemType, bool)
}

func at(i int, more ...string) *vocab.Path {
	p := vocab.NewPath("programmes").Index(i)
	for _, m := range more {
		p = p.Child(m)
	}
	return p
}

var mutators = []mutator{
	{"area weights do not sum to 1", func(t *rapid.T, d *programme.Portfolio, i int) (*vocab.Path, vocab.ProblemType, bool) {
		pr := &d.Programmes[i]
		if len(pr.Areas) == 0 {
			return nil, "", false
		}
		j := rapid.IntRange(0, len(pr.Areas)-1).Draw(t, "area")
		pr.Areas[j].Weight = halve(pr.Areas[j].Weight)
		return at(i, "areas"), vocab.ErrInvalid, true
	}},
	{"participant shares do not sum to 1", func(t *rapid.T, d *programme.Portfolio, i int) (*vocab.Path, vocab.ProblemType, bool) {
		pr := &d.Programmes[i]
		j := rapid.IntRange(0, len(pr.Participants)-1).Draw(t, "participant")
		pr.Participants[j].Share = halve(pr.Participants[j].Share)
		return at(i, "participants"), vocab.ErrInvalid, true
	}},
	{"lead is not a participant", func(_ *rapid.T, d *programme.Portfolio, i int) (*vocab.Path, vocab.ProblemType, bool) {
		d.Programmes[i].Lead = "not-a-participant-0"
		return at(i, "lead"), vocab.ErrInvalid, true
	}},
	{"timeline dates out of order", func(_ *rapid.T, d *programme.Portfolio, i int) (*vocab.Path, vocab.ProblemType, bool) {
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
	{"goal due after the programme ends", func(t *rapid.T, d *programme.Portfolio, i int) (*vocab.Path, vocab.ProblemType, bool) {
		pr := &d.Programmes[i]
		if len(pr.Goals) == 0 {
			return nil, "", false
		}
		j := rapid.IntRange(0, len(pr.Goals)-1).Draw(t, "goal")
		pr.Goals[j].Due = pr.Period.End.AddDays(rapid.IntRange(1, 400).Draw(t, "daysLate"))
		return at(i, "goals").Index(j).Child("due"), vocab.ErrOutOfRange, true
	}},
	{"programme uses an unknown facility", func(_ *rapid.T, d *programme.Portfolio, i int) (*vocab.Path, vocab.ProblemType, bool) {
		pr := &d.Programmes[i]
		pr.Facilities = append(pr.Facilities, "no-such-facility-0")
		return at(i, "facilities").Index(len(pr.Facilities) - 1), vocab.ErrNotFound, true
	}},
	{"parent programmes form a cycle", func(_ *rapid.T, d *programme.Portfolio, i int) (*vocab.Path, vocab.ProblemType, bool) {
		if len(d.Programmes) < 2 {
			return nil, "", false
		}
		j := (i + 1) % len(d.Programmes)
		d.Programmes[i].Parent, d.Programmes[j].Parent = d.Programmes[j].ID, d.Programmes[i].ID
		return at(i, "parent"), vocab.ErrInvalid, true
	}},
	{"parent programme does not exist", func(_ *rapid.T, d *programme.Portfolio, i int) (*vocab.Path, vocab.ProblemType, bool) {
		d.Programmes[i].Parent = "no-such-programme-0"
		return at(i, "parent"), vocab.ErrNotFound, true
	}},
	{"phase on a programme that is not a trial", func(_ *rapid.T, d *programme.Portfolio, i int) (*vocab.Path, vocab.ProblemType, bool) {
		pr := &d.Programmes[i]
		if pr.Kind == programme.KindClinicalTrial {
			pr.Kind = programme.KindEducation
		}
		pr.Phase = programme.Phase2
		return at(i, "phase"), vocab.ErrForbidden, true
	}},
	{"unknown programme kind", func(_ *rapid.T, d *programme.Portfolio, i int) (*vocab.Path, vocab.ProblemType, bool) {
		d.Programmes[i].Kind = "basic-research"
		d.Programmes[i].Phase = ""
		return at(i, "kind"), vocab.ErrNotSupported, true
	}},
	{"duplicate programme ID", func(_ *rapid.T, d *programme.Portfolio, i int) (*vocab.Path, vocab.ProblemType, bool) {
		if i == 0 {
			return nil, "", false
		}
		d.Programmes[i].ID = d.Programmes[0].ID
		return at(i, "id"), vocab.ErrDuplicate, true
	}},
	{"programme without a start", func(_ *rapid.T, d *programme.Portfolio, i int) (*vocab.Path, vocab.ProblemType, bool) {
		d.Programmes[i].Period.Start = vocab.Date{}
		return at(i, "period"), vocab.ErrRequired, true
	}},
	{"pathway held to an unknown standard", func(_ *rapid.T, d *programme.Portfolio, _ int) (*vocab.Path, vocab.ProblemType, bool) {
		if len(d.Pathways) == 0 {
			return nil, "", false
		}
		d.Pathways[0].Standard = "cancer-2-week-wait"
		return vocab.NewPath("pathways").Index(0).Child("standard"), vocab.ErrNotSupported, true
	}},
	{"more patients within the standard than in total", func(_ *rapid.T, d *programme.Portfolio, _ int) (*vocab.Path, vocab.ProblemType, bool) {
		if len(d.Pathways) == 0 || len(d.Pathways[0].Performance) == 0 {
			return nil, "", false
		}
		m := &d.Pathways[0].Performance[0]
		m.Within = m.Total + 1
		return vocab.NewPath("pathways").Index(0).Child("performance").Index(0).Child("within"), vocab.ErrOutOfRange, true
	}},
	{"empty cohort", func(_ *rapid.T, d *programme.Portfolio, _ int) (*vocab.Path, vocab.ProblemType, bool) {
		if len(d.Cohorts) == 0 {
			return nil, "", false
		}
		d.Cohorts[0].Size = 0
		return vocab.NewPath("cohorts").Index(0).Child("size"), vocab.ErrOutOfRange, true
	}},
	{"facility without owners", func(_ *rapid.T, d *programme.Portfolio, _ int) (*vocab.Path, vocab.ProblemType, bool) {
		if len(d.Facilities) == 0 {
			return nil, "", false
		}
		d.Facilities[0].Owners = nil
		return vocab.NewPath("facilities").Index(0).Child("owners"), vocab.ErrRequired, true
	}},
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

// MutationNames lists the names of the mutations [Mutation] draws from.
func MutationNames() []string {
	names := make([]string, len(mutators))
	for i, m := range mutators {
		names[i] = m.name
	}
	return names
}

// Mutation generates valid portfolios broken in one way.
func Mutation() *rapid.Generator[Broken] {
	return rapid.Custom(func(t *rapid.T) Broken {
		d := Portfolio().Draw(t, "portfolio")
		i := rapid.IntRange(0, len(d.Programmes)-1).Draw(t, "programme")
		for _, k := range rapid.Permutation(indexes(len(mutators))).Draw(t, "order") {
			if p, typ, ok := mutators[k].apply(t, d, i); ok {
				return Broken{Doc: d, Path: p, Type: typ, Name: mutators[k].name}
			}
		}
		panic("programmetest: no mutation applies") // "lead is not a participant" always does
	})
}

func indexes(n int) []int {
	xs := make([]int, n)
	for i := range xs {
		xs[i] = i
	}
	return xs
}
