package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Ledger is a centre's funding ledger: funders, awards, transactions and ring-fenced clinical budgets.
// It stands alone (decode, validate and publish it by itself) or inside an
// ahsc.Centre, which resolves its references to partners and other documents.
type Ledger struct {
	// Version is the format version; required when the document stands
	// alone, inherited from the Centre when embedded.
	Version vocab.Version `json:"version,omitempty"`
}

// Validate checks the funding ledger on its own, without a partner roster, and
// returns a [vocab.Problems] error when it has errors.
func (d *Ledger) Validate() error {
	ps := d.Version.Problems(vocab.NewPath("version"))
	return append(ps, d.Problems(nil, nil)...).Err()
}

// Problems checks the funding ledger with every path below p. Rules that need the
// centre's partner list use roster; a nil roster skips them.
func (d *Ledger) Problems(p *vocab.Path, roster vocab.Roster) vocab.Problems {
	return nil
}

// References lists every reference the funding ledger makes to things defined
// elsewhere (partners, organisations, programmes...), with paths relative to
// the document root, for the Centre to resolve.
func (d *Ledger) References() []vocab.Reference {
	return nil
}
