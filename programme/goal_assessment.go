package programme

import (
	"iter"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// GoalAssessment is where one goal stands on a date: its latest reading
// rated against its target. It is derived from the [Goal] each time; the
// portfolio stores only the readings.
type GoalAssessment struct {
	// Programme is the goal's programme.
	Programme vocab.ProgrammeID
	// Goal is the goal's ID within its programme.
	Goal GoalID
	// Due is when the goal's target must be reached.
	Due vocab.Date
	// Latest is the latest reading on or before the date; the zero
	// GoalReading when there is none (RAG is then vocab.RAGNoData).
	Latest GoalReading
	// RAG is Latest's rating against the target (see [Goal.RAGAt]), or
	// vocab.RAGNoData when nothing was read by the date.
	RAG vocab.RAG
	// AtRisk reports an amber or red goal, or one due by the date with
	// nothing read (see [Goal.IsAtRiskAt]).
	AtRisk bool
}

// assessAt returns where g, a goal of programme pr, stands on d.
func (g *Goal) assessAt(pr vocab.ProgrammeID, d vocab.Date) GoalAssessment {
	a := GoalAssessment{Programme: pr, Goal: g.ID, Due: g.Due, RAG: vocab.RAGNoData}
	if r, ok := g.LatestAt(d); ok {
		a.Latest, a.RAG = r, g.Target.Status(r.Value)
	}
	a.AtRisk = atRisk(a.RAG, g.Due, d)
	return a
}

// GoalAssessmentsAt yields where every goal of the given programmes stands
// on d, in document order. Nil programmes are skipped.
func GoalAssessmentsAt(ps iter.Seq[*Programme], d vocab.Date) iter.Seq[GoalAssessment] {
	return func(yield func(GoalAssessment) bool) {
		for pr := range ps {
			if pr == nil {
				continue
			}
			for i := range pr.Goals {
				if !yield(pr.Goals[i].assessAt(pr.ID, d)) {
					return
				}
			}
		}
	}
}

// GoalsAtRiskAt yields the assessments of the goals of the given
// programmes that are at risk on d (see [Goal.IsAtRiskAt]), in document
// order.
func GoalsAtRiskAt(ps iter.Seq[*Programme], d vocab.Date) iter.Seq[GoalAssessment] {
	return func(yield func(GoalAssessment) bool) {
		for a := range GoalAssessmentsAt(ps, d) {
			if a.AtRisk && !yield(a) {
				return
			}
		}
	}
}
