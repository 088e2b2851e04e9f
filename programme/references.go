package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// References lists every reference the portfolio makes to things defined
// elsewhere, with paths relative to the document root, for the Centre to
// resolve. All are vocab.RefPartner:
//
//   - each programme's lead (programmes[i].lead) and participants
//     (programmes[i].participants[j].partner), during the programme's period;
//   - each facility's owners (facilities[i].owners[j]), during the
//     facility's period;
//   - each pathway's provider (pathways[i].provider), during the span of
//     its recorded performance (at any time when there is none).
//
// Parent programmes, facilities used by programmes and the programmes of
// pathways and cohorts are internal and checked by [Portfolio.Problems].
func (d *Portfolio) References() []vocab.Reference {
	if d == nil {
		return nil
	}
	var refs []vocab.Reference
	for i := range d.Programmes {
		pr := &d.Programmes[i]
		pp := vocab.NewPath("programmes").Index(i)
		if pr.Lead != "" {
			refs = append(refs, vocab.Ref(vocab.RefPartner, pr.Lead, pr.Period, pp.Child("lead")))
		}
		for j, pt := range pr.Participants {
			refs = append(refs, vocab.Ref(vocab.RefPartner, pt.Partner, pr.Period,
				pp.Child("participants").Index(j).Child("partner")))
		}
	}
	for i := range d.Facilities {
		f := &d.Facilities[i]
		for j, o := range f.Owners {
			refs = append(refs, vocab.Ref(vocab.RefPartner, o, f.Period,
				vocab.NewPath("facilities").Index(i).Child("owners").Index(j)))
		}
	}
	for i := range d.Pathways {
		pw := &d.Pathways[i]
		if pw.Provider != "" {
			refs = append(refs, vocab.Ref(vocab.RefPartner, pw.Provider, pw.span(),
				vocab.NewPath("pathways").Index(i).Child("provider")))
		}
	}
	return refs
}
