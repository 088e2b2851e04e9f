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

// Interests answers conflict-of-interest questions from a register of
// declared interests, such as governance's.
type Interests interface {
	// HardConflictAt reports whether person held, on date d, an interest
	// in org that disqualifies them from deciding or reviewing an award it
	// funds.
	HardConflictAt(person vocab.PersonID, org vocab.OrgID, d vocab.Date) bool
}

// ProgrammeCategories knows the HRCS health categories of programmes, such
// as a programme portfolio does.
type ProgrammeCategories interface {
	// HealthCategories returns the HRCS health categories programme id
	// works in, or nil when it does not know the programme.
	HealthCategories(id vocab.ProgrammeID) []vocab.HealthCategory
}
