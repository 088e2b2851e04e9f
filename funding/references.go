package funding

import (
	"iter"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// References lists every reference the funding ledger makes to things defined
// elsewhere (partners, organisations, programmes...), with paths relative to
// the document root, for the Centre to resolve: funders as organisations,
// award recipients as partners throughout the award's period, programmes of
// allocations, restrictions, transactions and draws, and budget lines'
// trusts as partners throughout their financial year. Empty IDs are left
// out (Problems reports the required ones).
func (d *Ledger) References() []vocab.Reference {
	var refs []vocab.Reference
	for r, at := range d.AllReferences() {
		r.Path = at.Path()
		refs = append(refs, r)
	}
	return refs
}

// AllReferences yields the references [Ledger.References] lists, in the
// same order, without building their paths: each reference's Path is nil
// and at describes it (at.Path() builds it), so resolving valid references
// allocates no paths.
func (d *Ledger) AllReferences() iter.Seq2[vocab.Reference, vocab.LazyPath] {
	return func(yield func(vocab.Reference, vocab.LazyPath) bool) {
		add := func(kind vocab.RefKind, id string, during vocab.Period, at vocab.LazyPath) bool {
			return id == "" || yield(vocab.Reference{Kind: kind, ID: id, During: during}, at)
		}
		for i, f := range d.Funders {
			if !add(vocab.RefOrganisation, string(f.ID), vocab.Period{}, vocab.LazySteps("funders", i, "id", -1, "", -1)) {
				return
			}
		}
		for i := range d.Awards {
			a := &d.Awards[i]
			during := a.Period()
			if !during.IsValid() {
				during = vocab.Period{}
			}
			if !add(vocab.RefPartner, string(a.Recipient), during, vocab.LazySteps("awards", i, "recipient", -1, "", -1)) {
				return
			}
			for j, c := range a.Conditions {
				if len(c.Programmes) == 0 {
					continue
				}
				for k, id := range c.Programmes {
					if !add(vocab.RefProgramme, string(id), vocab.Period{}, vocab.LazySteps("awards", i, "conditions", j, "programmes", k)) {
						return
					}
				}
			}
			for j, al := range a.Allocations {
				if !add(vocab.RefProgramme, string(al.Programme), vocab.Period{}, vocab.LazySteps("awards", i, "allocations", j, "programme", -1)) {
					return
				}
			}
		}
		for i, t := range d.Transactions {
			if !add(vocab.RefProgramme, string(t.Programme), vocab.Period{}, vocab.LazySteps("transactions", i, "programme", -1, "", -1)) {
				return
			}
		}
		for i := range d.Budgets {
			b := &d.Budgets[i]
			var year vocab.Period
			if b.Year.IsValid() {
				year = b.Year.Period()
			}
			if !add(vocab.RefPartner, string(b.Trust), year, vocab.LazySteps("budgets", i, "trust", -1, "", -1)) {
				return
			}
			for j, dr := range b.Draws {
				if !add(vocab.RefProgramme, string(dr.Programme), vocab.Period{}, vocab.LazySteps("budgets", i, "draws", j, "programme", -1)) {
					return
				}
			}
		}
	}
}
