package programme

import (
	"iter"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// PathwayResult is one performance entry of a pathway evaluated against
// its standard.
type PathwayResult struct {
	// Pathway is the pathway's ID.
	Pathway PathwayID
	// Standard is the standard it is held to.
	Standard StandardID
	// Period is the period the counts cover.
	Period vocab.Period
	// Within and Total are the recorded counts.
	Within, Total int64
	// Performance is Within/Total exactly (zero when Total is zero).
	Performance vocab.Ratio
	// Status is green when the standard is met, red when it is breached and
	// vocab.RAGNoData when there were no patients.
	Status vocab.RAG
}

// PathwayResults yields every performance entry of every pathway whose
// standard is known, evaluated exactly, in document order.
func (d *Portfolio) PathwayResults() iter.Seq[PathwayResult] {
	return func(yield func(PathwayResult) bool) {
		if d == nil {
			return
		}
		for i := range d.Pathways {
			pw := &d.Pathways[i]
			std, ok := LookupStandard(pw.Standard)
			if !ok {
				continue
			}
			for _, m := range pw.Performance {
				perf, _ := m.Ratio()
				r := PathwayResult{Pathway: pw.ID, Standard: std.ID, Period: m.Period, Within: m.Within,
					Total: m.Total, Performance: perf, Status: m.Status(std)}
				if !yield(r) {
					return
				}
			}
		}
	}
}
