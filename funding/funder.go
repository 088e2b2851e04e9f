package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Funder is an organisation that funds awards in the ledger. Its ID is in
// the shared organisation namespace: the Centre holds its name and checks
// the ID is known. Identifiers are the registers it appears in (Crossref
// Funder ID, charity number, company number).
type Funder struct {
	// ID names the organisation.
	ID vocab.OrgID `json:"id"`
	// Class is the kind of money the funder provides.
	Class FunderClass `json:"class"`
	// Identifiers are the funder's identifiers in external registers.
	Identifiers []vocab.Identifier `json:"identifiers,omitempty"`
}

// Problems checks the funder at p.
func (f *Funder) Problems(p *vocab.Path) vocab.Problems {
	return f.problems(new(vocab.Collector), vocab.LazyAt(p)).Problems()
}

// problems is [Funder.Problems] into ps.
func (f *Funder) problems(ps *vocab.Collector, p vocab.LazyPath) *vocab.Collector {
	ps = ps.Add(p.Child("id").Locate(vocab.CheckID(nil, f.ID, true)))
	ps = ps.Add(p.Child("class").Locate(funderClasses.Check(nil, f.Class, true)))
	for i, id := range f.Identifiers {
		ps = ps.Add(id.Problems(p.Child("identifiers").Index(i).Path())...)
	}
	return ps
}
