package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// startedPeriodProblem reports at p a period without a start (what names
// the start, as in "the date the term began") or ending before it starts.
func startedPeriodProblem(p *vocab.Path, period vocab.Period, what string) *vocab.Problem {
	switch {
	case period.Start.IsZero():
		return vocab.Required(p, "a period with "+what)
	case !period.IsValid():
		return vocab.Invalid(p, period.String(), "ends before it starts")
	}
	return nil
}
