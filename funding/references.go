package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// References lists every reference the funding ledger makes to things defined
// elsewhere (partners, organisations, programmes...), with paths relative to
// the document root, for the Centre to resolve: funders as organisations,
// award recipients as partners throughout the award's period, programmes of
// allocations, restrictions, transactions and draws, and budget lines'
// trusts as partners throughout their financial year. Empty IDs are left
// out (Problems reports the required ones).
func (d *Ledger) References() []vocab.Reference {
	var refs []vocab.Reference
	add := func(kind vocab.RefKind, id string, during vocab.Period, p *vocab.Path) {
		if id != "" {
			refs = append(refs, vocab.Reference{Kind: kind, ID: id, During: during, Path: p})
		}
	}
	for i, f := range d.Funders {
		add(vocab.RefOrganisation, string(f.ID), vocab.Period{}, vocab.NewPath("funders").Index(i).Child("id"))
	}
	for i := range d.Awards {
		a := &d.Awards[i]
		ap := vocab.NewPath("awards").Index(i)
		during := a.Period()
		if !during.IsValid() {
			during = vocab.Period{}
		}
		add(vocab.RefPartner, string(a.Recipient), during, ap.Child("recipient"))
		for j, c := range a.Conditions {
			for k, id := range c.Programmes {
				add(vocab.RefProgramme, string(id), vocab.Period{}, ap.Child("conditions").Index(j).Child("programmes").Index(k))
			}
		}
		for j, al := range a.Allocations {
			add(vocab.RefProgramme, string(al.Programme), vocab.Period{}, ap.Child("allocations").Index(j).Child("programme"))
		}
	}
	for i, t := range d.Transactions {
		add(vocab.RefProgramme, string(t.Programme), vocab.Period{}, vocab.NewPath("transactions").Index(i).Child("programme"))
	}
	for i := range d.Budgets {
		b := &d.Budgets[i]
		bp := vocab.NewPath("budgets").Index(i)
		var year vocab.Period
		if b.Year.IsValid() {
			year = b.Year.Period()
		}
		add(vocab.RefPartner, string(b.Trust), year, bp.Child("trust"))
		for j, dr := range b.Draws {
			add(vocab.RefProgramme, string(dr.Programme), vocab.Period{}, bp.Child("draws").Index(j).Child("programme"))
		}
	}
	return refs
}
