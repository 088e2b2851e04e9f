package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Rule is one safeguard in a [Policy]. The built-in rules are
// [PrivateShareCap], [FunderConcentrationCap], [PeerReviewRequired],
// [ConflictOfInterest], [RingFence] and [RestrictedPurpose]; users add their
// own by implementing Rule (and, to decode them from JSON, registering them
// with [WithRule]).
type Rule interface {
	// Kind is the rule's JSON discriminator, a kebab-case code.
	Kind() string
	// Describe states the rule and its limits in one short phrase.
	Describe() string
	// Problems checks the rule's configuration with paths below p.
	Problems(p *vocab.Path) vocab.Problems
	// Evaluate returns the rule's findings for the input. Evaluate stamps
	// each finding's Rule and Kind, and sorts them.
	Evaluate(in *Input) []Finding
}

// Input is what a rule evaluates: a valid ledger, the "as of" date and the
// environment. Records dated after AsOf are ignored (none when AsOf is zero).
type Input struct {
	// Ledger is the ledger being evaluated; it has passed validation.
	Ledger *Ledger
	// AsOf is the evaluation date.
	AsOf vocab.Date
	// Env supplies interests and programme categories.
	Env Env

	flows   []Flow
	classes map[vocab.OrgID]FunderClass
	awards  map[vocab.AwardID]*Award
}

// Award returns the award with the given ID.
func (in *Input) Award(id vocab.AwardID) (*Award, bool) {
	a, ok := in.awards[id]
	return a, ok
}

// Flows returns the ledger's disbursement flows up to AsOf (see [Ledger.Flows]).
func (in *Input) Flows() []Flow { return in.flows }

// Class returns the class of funder id ("" when unknown).
func (in *Input) Class(id vocab.OrgID) FunderClass { return in.classes[id] }

// Awards calls yield with each award made on or before AsOf and its path.
func (in *Input) Awards(yield func(i int, a *Award, p *vocab.Path)) {
	for i := range in.Ledger.Awards {
		if a := &in.Ledger.Awards[i]; in.Includes(a.AwardDate) {
			yield(i, a, vocab.NewPath("awards").Index(i))
		}
	}
}

// Includes reports whether a record dated d counts: d is on or before
// AsOf, or AsOf is zero.
func (in *Input) Includes(d vocab.Date) bool { return in.AsOf.IsZero() || !d.After(in.AsOf) }

// severityOr returns s, or error severity when s is empty.
func severityOr(s vocab.Severity) vocab.Severity {
	if s == "" {
		return vocab.SeverityError
	}
	return s
}

// checkSeverity reports at p a severity other than "", error or warning.
func checkSeverity(p *vocab.Path, s vocab.Severity) *vocab.Problem {
	if s == "" || s == vocab.SeverityError || s == vocab.SeverityWarning {
		return nil
	}
	return vocab.NotSupported(p, string(s), []vocab.Severity{vocab.SeverityError, vocab.SeverityWarning})
}

// checkCap reports at p a cap outside [0, 1].
func checkCap(p *vocab.Path, r vocab.Ratio) *vocab.Problem {
	if !r.InUnitInterval() {
		return vocab.OutOfRange(p, r, "a cap must lie between 0 and 1")
	}
	return nil
}
