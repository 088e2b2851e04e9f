package governance

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// KPI is a key performance indicator a body is held to account by: a
// metric with a target (the vocab.Target shared with programme goals), a
// reporting cadence, an owner body and the values reported so far.
type KPI struct {
	// ID identifies the KPI; required, unique in the document.
	ID KPIID `json:"id"`
	// Metric names what is measured ("share of trials recruiting to time").
	Metric string `json:"metric"`
	// Unit of the values ("proportion", "GBP million", "days").
	Unit string `json:"unit"`
	// Target is the goal, direction and amber tolerance.
	Target vocab.Target `json:"target"`
	// Cadence is how often a value is reported; required.
	Cadence Cadence `json:"cadence"`
	// Owner is the body accountable for the KPI, in this document;
	// required.
	Owner vocab.BodyID `json:"owner"`
	// Readings are the values reported, one per period; periods never overlap.
	Readings []Reading `json:"readings,omitempty"`
	// Sources cite where the KPI and its values come from.
	Sources []vocab.Source `json:"sources,omitempty"`
}

// Reading is one reported value of a KPI for a closed period.
type Reading struct {
	// Period the value covers; both ends are required, and are days.
	Period vocab.Period `json:"period" vocab:"day" jsonschema:"period=closed"`
	// Value is the observed value, exact.
	Value vocab.Ratio `json:"value"`
	// Note qualifies the value.
	Note string `json:"note,omitempty"`
}

// Latest returns the reading with the latest end among those within
// period, and false when there is none.
func (k *KPI) Latest(period vocab.Period) (Reading, bool) {
	var best Reading
	found := false
	for _, r := range k.Readings {
		if r.Period.IsValid() && period.Covers(r.Period) && (!found || r.Period.End.After(best.Period.End)) {
			best, found = r, true
		}
	}
	return best, found
}

// Status returns the RAG status of the latest reading within period
// against the target (vocab.Target.Status), or vocab.RAGNoData when
// nothing was reported then. Status means RAG status throughout the
// library; a motion's result is a [Result].
func (k *KPI) Status(period vocab.Period) vocab.RAG {
	r, ok := k.Latest(period)
	if !ok {
		return vocab.RAGNoData
	}
	return k.Target.Status(r.Value)
}

// Problems checks the KPI at p; that the owner body exists is checked by
// the document.
func (k *KPI) Problems(p *vocab.Path) vocab.Problems {
	return k.problems(new(vocab.Collector), p).Problems()
}

// problems is [KPI.Problems] into ps.
func (k *KPI) problems(ps *vocab.Collector, p *vocab.Path) *vocab.Collector {
	ps = ps.Add(vocab.CheckID(p.Child("id"), k.ID, true))
	if k.Metric == "" {
		ps = ps.Add(vocab.Required(p.Child("metric"), ""))
	}
	if k.Unit == "" {
		ps = ps.Add(vocab.Required(p.Child("unit"), ""))
	}
	ps = ps.Add(k.Target.Problems(p.Child("target"))...)
	ps = ps.Add(cadences.Check(p.Child("cadence"), k.Cadence, true))
	ps = ps.Add(vocab.CheckID(p.Child("owner"), k.Owner, true))
	rp := p.Child("readings")
	for i, r := range k.Readings {
		if r.Period.Start.IsZero() || r.Period.End.IsZero() {
			ps = ps.Add(vocab.Required(rp.Index(i).Child("period"), "a closed period: both start and end"))
		} else if !r.Period.IsValid() {
			ps = ps.Add(vocab.Invalid(rp.Index(i).Child("period"), r.Period.String(), "ends before it starts"))
		} else {
			ps = ps.Add(vocab.CheckDayPeriod(rp.Index(i).Child("period"), r.Period))
		}
	}
	for _, pair := range overlappingPairs(len(k.Readings), func(i int) vocab.Period { return k.Readings[i].Period }) {
		ps = ps.Add(vocab.Invalid(rp.Index(pair[1]).Child("period"), k.Readings[pair[1]].Period.String(),
			fmt.Sprintf("overlaps reading %s", rp.Index(pair[0]))))
	}
	return vocab.CollectSources(ps, p.Child("sources"), k.Sources)
}
