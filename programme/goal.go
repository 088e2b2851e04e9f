package programme

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Goal is a measurable goal of a programme, after FHIR PlanDefinition.goal:
// a measure, its unit, a target (the vocab.Target shared with governance
// KPIs), a due date within the programme's period and the values reported
// so far. Values are exact: 150 participants is vocab.IntRatio(150).
type Goal struct {
	// ID identifies the goal within its programme.
	ID GoalID `json:"id"`
	// Measure names what is measured ("participants recruited").
	Measure string `json:"measure"`
	// Unit of the values ("participants", "proportion").
	Unit string `json:"unit"`
	// Target is the value to reach, the direction and the amber band.
	Target vocab.Target `json:"target"`
	// Due is when the target must be reached.
	Due vocab.Date `json:"due"`
	// Reports are the values reported, in strictly increasing date order.
	Reports []GoalReport `json:"reports,omitempty"`
}

// GoalReport is one reported value of a goal's measure.
type GoalReport struct {
	// Date the value was observed.
	Date vocab.Date `json:"date"`
	// Value observed, exact.
	Value vocab.Ratio `json:"value"`
	// Note qualifies the value.
	Note string `json:"note,omitempty"`
}

// LatestAt returns the latest report dated on or before asOf, and false
// when there is none.
func (g *Goal) LatestAt(asOf vocab.Date) (GoalReport, bool) {
	var best GoalReport
	found := false
	for _, r := range g.Reports {
		if !r.Date.IsZero() && !r.Date.After(asOf) && (!found || !r.Date.Before(best.Date)) {
			best, found = r, true
		}
	}
	return best, found
}

// StatusAt returns the RAG status of the latest value reported on or before
// asOf, or vocab.RAGNoData when none was.
func (g *Goal) StatusAt(asOf vocab.Date) vocab.RAG {
	r, ok := g.LatestAt(asOf)
	if !ok {
		return vocab.RAGNoData
	}
	return g.Target.Status(r.Value)
}

// AtRisk reports whether the goal is at risk as of asOf: its latest value is
// amber or red, or it is due by asOf and nothing has been reported.
func (g *Goal) AtRisk(asOf vocab.Date) bool {
	switch g.StatusAt(asOf) {
	case vocab.RAGAmber, vocab.RAGRed:
		return true
	case vocab.RAGNoData:
		return !g.Due.IsZero() && !g.Due.After(asOf)
	}
	return false
}

// Problems checks the goal at p; period is the programme's, within which
// the goal must fall due.
func (g *Goal) Problems(p *vocab.Path, period vocab.Period) vocab.Problems {
	var ps vocab.Problems
	ps = ps.Add(vocab.CheckID(p.Child("id"), g.ID, true))
	if g.Measure == "" {
		ps = ps.Add(vocab.Required(p.Child("measure"), `what is measured, such as "participants recruited"`))
	}
	if g.Unit == "" {
		ps = ps.Add(vocab.Required(p.Child("unit"), ""))
	}
	ps = append(ps, g.Target.Problems(p.Child("target"))...)
	switch {
	case g.Due.IsZero():
		ps = ps.Add(vocab.Required(p.Child("due"), "the date the target must be reached"))
	case period.IsValid() && !period.Contains(g.Due):
		ps = ps.Add(vocab.OutOfRange(p.Child("due"), g.Due, "must fall within the programme's period "+period.String()))
	}
	rp := p.Child("reports")
	for i, r := range g.Reports {
		switch {
		case r.Date.IsZero():
			ps = ps.Add(vocab.Required(rp.Index(i).Child("date"), ""))
		case i > 0 && !g.Reports[i-1].Date.IsZero() && !r.Date.After(g.Reports[i-1].Date):
			ps = ps.Add(vocab.Invalid(rp.Index(i).Child("date"), r.Date,
				fmt.Sprintf("must be after %s at %s", g.Reports[i-1].Date, rp.Index(i-1))))
		}
	}
	return ps
}
