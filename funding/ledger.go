package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Ledger is a centre's funding ledger: funders, awards, transactions and
// ring-fenced clinical budgets, in one currency. It is a document that
// stands alone (decode, validate and publish it by itself: [DecodeLedger],
// [Ledger.Validate], [Ledger.Problems]) or sits inside an ahsc.Centre,
// which resolves its references to partners, organisations and programmes
// ([Ledger.References]).
type Ledger struct {
	// Version is the format version; required when the document stands
	// alone, inherited from the Centre when embedded.
	Version vocab.Version `json:"version,omitempty"`
	// Currency is the ledger's one currency; every amount is in it.
	Currency Currency `json:"currency"`
	// Funders are the organisations that fund awards, with their class.
	Funders []Funder `json:"funders,omitempty"`
	// Awards are the grants and contracts received.
	Awards []Award `json:"awards,omitempty"`
	// Transactions are the commitments and disbursements under awards.
	Transactions []Transaction `json:"transactions,omitempty"`
	// Budgets are the trusts' clinical budget lines and research draws on
	// them.
	Budgets []BudgetLine `json:"budgets,omitempty"`
	// Sources cite where the ledger's facts come from.
	Sources []vocab.Source `json:"sources,omitempty"`
}

// Validate checks the ledger as a standalone document and returns nil, or
// a [vocab.Problems] error holding the errors [Ledger.Problems] finds.
func (d *Ledger) Validate() error { return d.Problems().Err() }

// Funder returns the funder with the given ID (the first, if IDs repeat).
func (d *Ledger) Funder(id vocab.OrgID) (*Funder, bool) {
	for i := range d.Funders {
		if d.Funders[i].ID == id {
			return &d.Funders[i], true
		}
	}
	return nil, false
}

// Award returns the award with the given ID (the first, if IDs repeat).
func (d *Ledger) Award(id vocab.AwardID) (*Award, bool) {
	for i := range d.Awards {
		if d.Awards[i].ID == id {
			return &d.Awards[i], true
		}
	}
	return nil, false
}

// ClassByFunder maps each funder's ID to its class (the first funder's,
// if IDs repeat), for [Award.HasClass].
func (d *Ledger) ClassByFunder() map[vocab.OrgID]FunderClass {
	m := make(map[vocab.OrgID]FunderClass, len(d.Funders))
	for _, f := range d.Funders {
		if _, dup := m[f.ID]; !dup {
			m[f.ID] = f.Class
		}
	}
	return m
}

// awardsByID indexes the awards by ID (the first award of each ID).
func (d *Ledger) awardsByID() map[vocab.AwardID]*Award {
	m := make(map[vocab.AwardID]*Award, len(d.Awards))
	for i := range d.Awards {
		if _, dup := m[d.Awards[i].ID]; !dup {
			m[d.Awards[i].ID] = &d.Awards[i]
		}
	}
	return m
}

// funderIndexes maps each funder's ID to its index (the first, if IDs
// repeat).
func (d *Ledger) funderIndexes() map[vocab.OrgID]int {
	m := make(map[vocab.OrgID]int, len(d.Funders))
	for i, f := range d.Funders {
		if _, dup := m[f.ID]; !dup {
			m[f.ID] = i
		}
	}
	return m
}
