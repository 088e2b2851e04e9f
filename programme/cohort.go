package programme

import (
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Cohort is an education and training cohort of a programme: trainees,
// clinician-scientists or PhD fellows who start together.
type Cohort struct {
	// ID identifies the cohort in the portfolio.
	ID CohortID `json:"id"`
	// Programme is the programme that trains the cohort.
	Programme vocab.ProgrammeID `json:"programme"`
	// Kind says who is in the cohort.
	Kind CohortKind `json:"kind"`
	// Period is when the cohort trains; the start is required and must fall
	// within the programme's period.
	Period vocab.Period `json:"period" jsonschema:"period=started"`
	// Size is the number of people in the cohort, at least one.
	Size int `json:"size" jsonschema:"minimum=1"`
}

// Problems checks the cohort at p on its own; that its programme exists is
// checked by the portfolio.
func (c *Cohort) Problems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	at := vocab.LazyAt(p)
	ps = ps.Add(at.LocateChild("id", vocab.CheckID(nil, c.ID, true)))
	ps = ps.Add(at.LocateChild("programme", vocab.CheckID(nil, c.Programme, true)))
	ps = ps.Add(at.LocateChild("kind", cohortKinds.Check(nil, c.Kind, true)))
	ps = append(ps, at.LocateAllChild("period", periodProblems(nil, c.Period))...)
	if c.Size < 1 {
		ps = ps.Add(vocab.OutOfRange(p.Child("size"), c.Size, "must be at least 1"))
	}
	return ps
}
