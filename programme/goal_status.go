package programme

import (
	"iter"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// GoalStatus is where one goal stands as of a date.
type GoalStatus struct {
	// Programme is the goal's programme.
	Programme vocab.ProgrammeID
	// Goal is the goal's ID.
	Goal GoalID
	// Due is when the goal's target must be reached.
	Due vocab.Date
	// Latest is the latest value reported by the date; valid when Reported.
	Latest vocab.Ratio
	// Reported says whether any value was reported by the date.
	Reported bool
	// Status is the RAG status of Latest, or vocab.RAGNoData.
	Status vocab.RAG
	// AtRisk reports an amber or red goal, or one due with nothing reported.
	AtRisk bool
}

// GoalStatuses yields the status of every goal of the given programmes as
// of asOf, in document order.
func GoalStatuses(ps iter.Seq[*Programme], asOf vocab.Date) iter.Seq[GoalStatus] {
	return func(yield func(GoalStatus) bool) {
		for pr := range ps {
			if pr == nil {
				continue
			}
			for i := range pr.Goals {
				g := &pr.Goals[i]
				st := GoalStatus{Programme: pr.ID, Goal: g.ID, Due: g.Due, Status: g.StatusAt(asOf), AtRisk: g.AtRisk(asOf)}
				if r, ok := g.LatestAt(asOf); ok {
					st.Latest, st.Reported = r.Value, true
				}
				if !yield(st) {
					return
				}
			}
		}
	}
}

// GoalsAtRisk yields the goals of the given programmes that are at risk as
// of asOf (see [Goal.AtRisk]), in document order.
func GoalsAtRisk(ps iter.Seq[*Programme], asOf vocab.Date) iter.Seq[GoalStatus] {
	return func(yield func(GoalStatus) bool) {
		for st := range GoalStatuses(ps, asOf) {
			if st.AtRisk && !yield(st) {
				return
			}
		}
	}
}
