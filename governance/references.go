package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

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
	for i := range d.Bodies {
		b := &d.Bodies[i]
		bp := vocab.NewPath("bodies").Index(i)
		for j := range b.Seats {
			refs = append(refs, b.Seats[j].references(bp.Child("seats").Index(j), b.Period)...)
		}
		for j, v := range b.Rules.Reserved.Vetoes {
			refs = append(refs, vocab.Ref(vocab.RefPartner, v, vocab.Period{}, bp.Child("rules").Child("reserved").Child("vetoes").Index(j)))
		}
	}
	for i, in := range d.Interests {
		refs = append(refs, vocab.Ref(vocab.RefOrganisation, in.Organisation, in.Period,
			vocab.NewPath("interests").Index(i).Child("organisation")))
	}
	for i := range d.Decisions {
		m := &d.Decisions[i].Motion
		mp := vocab.NewPath("decisions").Index(i).Child("motion")
		on := vocab.PeriodOfDay(m.Date)
		for j, o := range m.Concerns {
			refs = append(refs, vocab.Ref(vocab.RefOrganisation, o, on, mp.Child("concerns").Index(j)))
		}
		for j, dec := range m.Declarations {
			if dec.Organisation != "" {
				refs = append(refs, vocab.Ref(vocab.RefOrganisation, dec.Organisation, on,
					mp.Child("declarations").Index(j).Child("organisation")))
			}
		}
	}
	return refs
}

func (s *Seat) references(sp *vocab.Path, body vocab.Period) []vocab.Reference {
	if s.NominatedBy == "" {
		return nil
	}
	at := sp.Child("nominatedBy")
	if len(s.Terms) == 0 {
		during := body
		if !s.Period.IsZero() {
			if in, ok := s.Period.Intersect(body); ok {
				during = in
			} else {
				during = s.Period
			}
		}
		return []vocab.Reference{vocab.Ref(vocab.RefPartner, s.NominatedBy, during, at)}
	}
	refs := make([]vocab.Reference, len(s.Terms))
	for i, t := range s.Terms {
		refs[i] = vocab.Ref(vocab.RefPartner, s.NominatedBy, t.Period, at)
	}
	return refs
}
