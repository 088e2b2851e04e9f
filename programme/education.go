package programme

import (
	"cmp"
	"iter"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// EducationCount is the number of people a programme trains in cohorts of
// one kind.
type EducationCount struct {
	// Programme is the training programme.
	Programme vocab.ProgrammeID
	// Kind is the kind of trainee.
	Kind CohortKind
	// People is the total size of the programme's cohorts of this kind.
	People int64
	// Cohorts is how many cohorts were counted.
	Cohorts int
}

// CohortsOf yields the cohorts of programme id, in document order.
func (d *Portfolio) CohortsOf(id vocab.ProgrammeID) iter.Seq[*Cohort] {
	return func(yield func(*Cohort) bool) {
		if d == nil {
			return
		}
		for i := range d.Cohorts {
			if c := &d.Cohorts[i]; c.Programme == id && !yield(c) {
				return
			}
		}
	}
}

// Education totals the cohorts by programme and kind, ordered by
// programme ID and then cohort kind. Cohorts of negative size are skipped.
func Education(cohorts iter.Seq[*Cohort]) []EducationCount {
	type key struct {
		p vocab.ProgrammeID
		k CohortKind
	}
	totals := map[key]*EducationCount{}
	for c := range cohorts {
		if c == nil || c.Size < 0 {
			continue
		}
		k := key{c.Programme, c.Kind}
		e, ok := totals[k]
		if !ok {
			e = &EducationCount{Programme: c.Programme, Kind: c.Kind}
			totals[k] = e
		}
		e.People += int64(c.Size)
		e.Cohorts++
	}
	out := make([]EducationCount, 0, len(totals))
	for _, e := range totals {
		out = append(out, *e)
	}
	rank := enumRank(CohortKinds())
	slices.SortFunc(out, func(a, b EducationCount) int {
		return cmp.Or(cmp.Compare(a.Programme, b.Programme), cmp.Compare(rank(a.Kind), rank(b.Kind)), cmp.Compare(a.Kind, b.Kind))
	})
	return out
}

// AllCohorts yields every cohort in document order.
func (d *Portfolio) AllCohorts() iter.Seq[*Cohort] {
	return func(yield func(*Cohort) bool) {
		if d == nil {
			return
		}
		for i := range d.Cohorts {
			if !yield(&d.Cohorts[i]) {
				return
			}
		}
	}
}
