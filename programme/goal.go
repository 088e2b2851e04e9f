package programme

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Goal is a measurable goal of a programme, after FHIR PlanDefinition.goal:
// a measure, its unit, a target (the vocab.Target shared with governance
// KPIs), a due date within the programme's period and the readings taken
// so far. Values are exact: 150 participants is vocab.IntRatio(150).
type Goal struct {
	// ID identifies the goal within its programme.
	ID GoalID `json:"id"`
	// Measure names what is measured ("participants recruited").
	Measure string `json:"measure"`
	// Unit is the unit of the target and of every reading ("participants",
	// "proportion").
	Unit string `json:"unit"`
	// Target is the value to reach, the direction and the amber band.
	Target vocab.Target `json:"target"`
	// Due is when the target must be reached; it falls within the
	// programme's period.
	Due vocab.Date `json:"due" vocab:"day"`
	// Readings are the values observed, in strictly increasing date order.
	Readings []GoalReading `json:"readings,omitempty"`
}

// GoalReading is one observed value of a goal's measure on a date: the
// twin of governance.Reading, which covers a period.
type GoalReading struct {
	// Date is the day the value was observed.
	Date vocab.Date `json:"date" vocab:"day"`
	// Value is the observed value, exact, in the goal's unit.
	Value vocab.Ratio `json:"value"`
	// Note qualifies the value.
	Note string `json:"note,omitempty"`
}

// LatestAt returns the latest reading dated on or before d, and false when
// there is none.
func (g *Goal) LatestAt(d vocab.Date) (GoalReading, bool) {
	var best GoalReading
	found := false
	for _, r := range g.Readings {
		if !r.Date.IsZero() && !r.Date.After(d) && (!found || !r.Date.Before(best.Date)) {
			best, found = r, true
		}
	}
	return best, found
}

// RAGAt returns the RAG rating against the target of the latest reading
// dated on or before d, or vocab.RAGNoData when there is none.
func (g *Goal) RAGAt(d vocab.Date) vocab.RAG {
	r, ok := g.LatestAt(d)
	if !ok {
		return vocab.RAGNoData
	}
	return g.Target.Status(r.Value)
}

// IsAtRiskAt reports whether the goal is at risk on d: its latest reading
// is amber or red, or it is due by d and nothing has been read.
func (g *Goal) IsAtRiskAt(d vocab.Date) bool { return atRisk(g.RAGAt(d), g.Due, d) }

// atRisk is the one definition of a goal at risk on d, given its rating
// then and its due date.
func atRisk(rag vocab.RAG, due, d vocab.Date) bool {
	switch rag {
	case vocab.RAGAmber, vocab.RAGRed:
		return true
	case vocab.RAGNoData:
		return !due.IsZero() && !due.After(d)
	}
	return false
}

// Problems checks the goal at p on its own: an ID, a measure, a unit, a
// valid target, a due date, and readings dated in strictly increasing
// order. That the due date falls within the programme's period is checked
// by [Programme.Problems].
func (g *Goal) Problems(p *vocab.Path) vocab.Problems {
	return g.problems(new(vocab.Collector), p).Problems()
}

// problems is [Goal.Problems] into ps.
func (g *Goal) problems(ps *vocab.Collector, p *vocab.Path) *vocab.Collector {
	ps = ps.Add(vocab.CheckID(p.Child("id"), g.ID, true))
	if g.Measure == "" {
		ps = ps.Add(vocab.Required(p.Child("measure"), `what is measured, such as "participants recruited"`))
	}
	if g.Unit == "" {
		ps = ps.Add(vocab.Required(p.Child("unit"), ""))
	}
	ps = ps.Add(g.Target.Problems(p.Child("target"))...)
	if g.Due.IsZero() {
		ps = ps.Add(vocab.Required(p.Child("due"), "the date the target must be reached"))
	}
	ps = ps.Add(vocab.CheckDay(p.Child("due"), g.Due, false))
	rp := p.Child("readings")
	for i, r := range g.Readings {
		switch {
		case r.Date.IsZero():
			ps = ps.Add(vocab.Required(rp.Index(i).Child("date"), ""))
		case !r.Date.IsExact():
			ps = ps.Add(vocab.CheckDay(rp.Index(i).Child("date"), r.Date, false))
		case i > 0 && !g.Readings[i-1].Date.IsZero() && !r.Date.After(g.Readings[i-1].Date):
			ps = ps.Add(vocab.Invalid(rp.Index(i).Child("date"), r.Date,
				fmt.Sprintf("must be after %s at %s", g.Readings[i-1].Date, rp.Index(i-1))))
		}
	}
	return ps
}
