package programme

import (
	"iter"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// All yields every programme in document order. The analytics functions
// take an iter.Seq so callers can filter first, for example with
// [Portfolio.ActiveAt].
func (d *Portfolio) All() iter.Seq[*Programme] {
	return d.where(func(*Programme) bool { return true })
}

// ActiveAt yields the programmes whose actual status on date is active, in
// document order.
func (d *Portfolio) ActiveAt(date vocab.Date) iter.Seq[*Programme] {
	return d.where(func(pr *Programme) bool { return pr.IsActiveAt(date) })
}

// SubProgrammes yields the programmes whose parent is id, in document order.
func (d *Portfolio) SubProgrammes(id vocab.ProgrammeID) iter.Seq[*Programme] {
	return d.where(func(pr *Programme) bool { return pr.Parent == id && id != "" })
}

// FacilityUsers yields the programmes that use facility id, in document order.
func (d *Portfolio) FacilityUsers(id vocab.FacilityID) iter.Seq[*Programme] {
	return d.where(func(pr *Programme) bool {
		for _, f := range pr.Facilities {
			if f == id {
				return true
			}
		}
		return false
	})
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

func (d *Portfolio) where(keep func(*Programme) bool) iter.Seq[*Programme] {
	return func(yield func(*Programme) bool) {
		if d == nil {
			return
		}
		for i := range d.Programmes {
			if pr := &d.Programmes[i]; keep(pr) && !yield(pr) {
				return
			}
		}
	}
}
