package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Env is what [Evaluate] needs from outside the ledger. Both fields are
// optional; rules that need a missing one say so in a warning finding.
type Env struct {
	// Interests answers conflict-of-interest questions. The Centre wires
	// the governance interests register to it.
	Interests Interests
	// Programmes tells the restricted-funds rule the HRCS categories of a
	// programme. The Centre wires the portfolio to it.
	Programmes ProgrammeCategories
}

// Interests reports declared interests. HardConflict reports whether person
// held, on the given date, an interest in org that disqualifies them from
// deciding or reviewing an award it funds.
type Interests interface {
	HardConflict(person vocab.PersonID, org vocab.OrgID, on vocab.Date) bool
}

// ProgrammeCategories returns the HRCS health categories a programme works
// in, or nil when it does not know the programme.
type ProgrammeCategories interface {
	HealthCategories(id vocab.ProgrammeID) []vocab.HealthCategory
}
