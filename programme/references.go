package programme

import (
	"iter"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

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
	for r, at := range d.AllReferences() {
		r.Path = at.Path()
		refs = append(refs, r)
	}
	return refs
}

// AllReferences yields the references [Portfolio.References] lists, in the
// same order, without building their paths: each reference's Path is nil
// and at describes it (at.Path() builds it), so resolving valid references
// allocates no paths.
func (d *Portfolio) AllReferences() iter.Seq2[vocab.Reference, vocab.LazyPath] {
	return func(yield func(vocab.Reference, vocab.LazyPath) bool) {
		if d == nil {
			return
		}
		ref := func(kind vocab.RefKind, id vocab.OrgID, during vocab.Period) vocab.Reference {
			return vocab.Reference{Kind: kind, ID: string(id), During: during}
		}
		for i := range d.Programmes {
			pr := &d.Programmes[i]
			if pr.Lead != "" && !yield(ref(vocab.RefPartner, pr.Lead, pr.Period), vocab.LazySteps("programmes", i, "lead", -1, "", -1)) {
				return
			}
			for j, pt := range pr.Participants {
				if !yield(ref(vocab.RefPartner, pt.Partner, pr.Period), vocab.LazySteps("programmes", i, "participants", j, "partner", -1)) {
					return
				}
			}
		}
		for i := range d.Facilities {
			f := &d.Facilities[i]
			for j, o := range f.Owners {
				if !yield(ref(vocab.RefPartner, o, f.Period), vocab.LazySteps("facilities", i, "owners", j, "", -1)) {
					return
				}
			}
		}
		for i := range d.Pathways {
			pw := &d.Pathways[i]
			if pw.Provider != "" && !yield(ref(vocab.RefPartner, pw.Provider, pw.span()), vocab.LazySteps("pathways", i, "provider", -1, "", -1)) {
				return
			}
		}
	}
}
