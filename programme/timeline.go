package programme

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// StatusEntry is one entry of a programme's status timeline: from Date the
// programme is (or is planned to be) in Status. As in FHIR
// ResearchStudy.progressStatus, Actual distinguishes what happened from
// what was planned.
type StatusEntry struct {
	// Status is the state entered.
	Status Status `json:"status"`
	// Date is when the state was (or is planned to be) entered.
	Date vocab.Date `json:"date" vocab:"day"`
	// Actual is true for what happened and false for a plan.
	Actual bool `json:"actual,omitempty"`
}

// timelineProblems checks a timeline at p: every entry has a known status
// and a date within period; the actual entries, and separately the
// planned ones, are in date order; nothing follows a final status.
func timelineProblems(ps *vocab.Collector, p *vocab.Path, entries []StatusEntry, period vocab.Period) *vocab.Collector {
	last := map[bool]int{} // index of the previous entry of each track, plus one
	for i, e := range entries {
		ep := p.Index(i)
		ps = ps.Add(statuses.Check(ep.Child("status"), e.Status, true))
		switch {
		case e.Date.IsZero():
			ps = ps.Add(vocab.Required(ep.Child("date"), ""))
		case !e.Date.IsExact():
			ps = ps.Add(vocab.CheckDay(ep.Child("date"), e.Date, false))
		case period.IsValid() && !period.MayContain(e.Date):
			ps = ps.Add(vocab.OutOfRange(ep.Child("date"), e.Date, "must fall within the programme's period "+period.String()))
		}
		if j := last[e.Actual] - 1; j >= 0 {
			prev := entries[j]
			switch {
			case isFinal(prev.Status):
				ps = ps.Add(vocab.Invalid(ep.Child("status"), string(e.Status),
					fmt.Sprintf("follows the final status %q at %s", prev.Status, p.Index(j))))
			case !e.Date.IsZero() && e.Date.Before(prev.Date):
				ps = ps.Add(vocab.Invalid(ep.Child("date"), e.Date,
					fmt.Sprintf("is before %s at %s; entries must be in date order", prev.Date, p.Index(j))))
			}
		}
		last[e.Actual] = i + 1
	}
	return ps
}

// statusAt returns the status of the latest actual entry dated on or before
// d, and false when there is none.
func statusAt(entries []StatusEntry, d vocab.Date) (Status, bool) {
	var best StatusEntry
	found := false
	for _, e := range entries {
		if e.Actual && !e.Date.IsZero() && !e.Date.After(d) && (!found || !e.Date.Before(best.Date)) {
			best, found = e, true
		}
	}
	return best.Status, found
}
