package governance

import (
	"iter"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// References lists every reference the governance document makes to things
// defined elsewhere, with paths relative to the document root, for the
// Centre to resolve:
//
//   - each seat's nominating partner, as vocab.RefPartner during each term
//     of the seat (bodies[i].seats[j].nominatedBy), or during the seat's
//     existence within its body when it has never been filled;
//   - each veto-holding partner (vocab.RefPartner, at any time);
//   - every organisation in the interests register, during the interest;
//   - every organisation a motion concerns or a declaration names, on the
//     motion's date (vocab.RefOrganisation).
//
// Bodies named by reportsTo, KPI owners and decisions are internal and
// checked by [Document.Problems].
func (d *Document) References() []vocab.Reference {
	var refs []vocab.Reference
	for r, at := range d.AllReferences() {
		r.Path = at.Path()
		refs = append(refs, r)
	}
	return refs
}

// AllReferences yields the references [Document.References] lists, in the
// same order, without building their paths: each reference's Path is nil
// and at describes it (at.Path() builds it), so resolving valid references
// allocates no paths.
func (d *Document) AllReferences() iter.Seq2[vocab.Reference, vocab.LazyPath] {
	return func(yield func(vocab.Reference, vocab.LazyPath) bool) {
		for i := range d.Bodies {
			b := &d.Bodies[i]
			bp := vocab.LazyPathOf("bodies").Index(i)
			for j := range b.Seats {
				if !b.Seats[j].references(vocab.LazySteps("bodies", i, "seats", j, "nominatedBy", -1), b.Period, yield) {
					return
				}
			}
			for j, v := range b.Rules.Reserved.Vetoes {
				if !yield(vocab.Ref(vocab.RefPartner, v, vocab.Period{}, nil), bp.Child("rules").Child("reserved").Child("vetoes").Index(j)) {
					return
				}
			}
		}
		for i, in := range d.Interests {
			if !yield(vocab.Ref(vocab.RefOrganisation, in.Organisation, in.Period, nil), vocab.LazySteps("interests", i, "organisation", -1, "", -1)) {
				return
			}
		}
		for i := range d.Decisions {
			m := &d.Decisions[i].Motion
			mp := vocab.LazyPathOf("decisions").Index(i).Child("motion")
			on := vocab.PeriodOfDay(m.Date)
			for j, o := range m.Concerns {
				if !yield(vocab.Ref(vocab.RefOrganisation, o, on, nil), mp.Child("concerns").Index(j)) {
					return
				}
			}
			for j, dec := range m.Declarations {
				if dec.Organisation != "" && !yield(vocab.Ref(vocab.RefOrganisation, dec.Organisation, on, nil), mp.Child("declarations").Index(j).Child("organisation")) {
					return
				}
			}
		}
	}
}

// references yields the seat's nominating partner, at at, as a partner
// reference per term (throughout the term), or one for the seat's period
// within the body's when it has no terms; it reports whether to go on.
func (s *Seat) references(at vocab.LazyPath, body vocab.Period, yield func(vocab.Reference, vocab.LazyPath) bool) bool {
	if s.NominatedBy == "" {
		return true
	}
	if len(s.Terms) == 0 {
		during := body
		if !s.Period.IsZero() {
			if in, ok := s.Period.Intersect(body); ok {
				during = in
			} else {
				during = s.Period
			}
		}
		return yield(vocab.Ref(vocab.RefPartner, s.NominatedBy, during, nil), at)
	}
	for _, t := range s.Terms {
		if !yield(vocab.Ref(vocab.RefPartner, s.NominatedBy, t.Period, nil), at) {
			return false
		}
	}
	return true
}
