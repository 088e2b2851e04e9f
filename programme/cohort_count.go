package programme

import (
	"cmp"
	"iter"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// CohortCount is the number of people a programme trains in cohorts of one
// kind.
type CohortCount struct {
	// Programme is the training programme.
	Programme vocab.ProgrammeID
	// Kind is the kind of trainee.
	Kind CohortKind
	// People is the total size of the programme's cohorts of this kind, in
	// people.
	People int64
	// Cohorts is how many cohorts were counted.
	Cohorts int
}

// CountCohorts totals the cohorts by programme and kind: one entry per
// programme and cohort kind present, ordered by programme ID and then
// cohort kind (declaration order). Nil cohorts and cohorts of negative size
// are skipped.
func CountCohorts(cohorts iter.Seq[*Cohort]) []CohortCount {
	type key struct {
		p vocab.ProgrammeID
		k CohortKind
	}
	totals := map[key]*CohortCount{}
	for c := range cohorts {
		if c == nil || c.Size < 0 {
			continue
		}
		k := key{c.Programme, c.Kind}
		e, ok := totals[k]
		if !ok {
			e = &CohortCount{Programme: c.Programme, Kind: c.Kind}
			totals[k] = e
		}
		e.People += int64(c.Size)
		e.Cohorts++
	}
	out := make([]CohortCount, 0, len(totals))
	for _, e := range totals {
		out = append(out, *e)
	}
	rank := enumRank(cohortKinds.Values())
	slices.SortFunc(out, func(a, b CohortCount) int {
		return cmp.Or(cmp.Compare(a.Programme, b.Programme), cmp.Compare(rank(a.Kind), rank(b.Kind)), cmp.Compare(a.Kind, b.Kind))
	})
	return out
}
