package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Portfolio is a centre's programme portfolio: programmes, shared facilities, clinical pathways and education cohorts.
// It stands alone (decode, validate and publish it by itself) or inside an
// ahsc.Centre, which resolves its references to partners and other documents.
type Portfolio struct {
	// Version is the format version; required when the document stands
	// alone, inherited from the Centre when embedded.
	Version vocab.Version `json:"version,omitempty"`
}

// Validate checks the programme portfolio on its own, without a partner roster, and
// returns a [vocab.Problems] error when it has errors.
func (d *Portfolio) Validate() error {
	ps := d.Version.Problems(vocab.NewPath("version"))
	return append(ps, d.Problems(nil, nil)...).Err()
}

// Problems checks the programme portfolio with every path below p. Rules that need the
// centre's partner list use roster; a nil roster skips them.
func (d *Portfolio) Problems(p *vocab.Path, roster vocab.Roster) vocab.Problems {
	return nil
}

// References lists every reference the programme portfolio makes to things defined
// elsewhere (partners, organisations, programmes...), with paths relative to
// the document root, for the Centre to resolve.
func (d *Portfolio) References() []vocab.Reference {
	return nil
}
