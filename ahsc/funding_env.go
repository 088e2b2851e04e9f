package ahsc

import (
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/programme"
)

// FundingEnv returns the environment funding safeguards are evaluated in:
// conflict-of-interest questions answered from the governance interests
// register, and programmes' HRCS categories from the portfolio. This is
// the one place the two documents meet; funding imports neither.
//
// Both are indexed when FundingEnv is called (linear time), so each
// question costs one map lookup; later changes to the documents are not
// seen by the returned Env. A field is nil when its document is absent.
func (c *Centre) FundingEnv() funding.Env {
	var env funding.Env
	if c.Governance != nil {
		env.Interests = newRegister(c.Governance.Interests)
	}
	if c.Portfolio != nil {
		env.Programmes = newPortfolioAreas(c.Portfolio)
	}
	return env
}

// EvaluateFunding evaluates the centre's ledger against policy as of asOf,
// in the environment of [Centre.FundingEnv].
func (c *Centre) EvaluateFunding(policy *funding.Policy, asOf vocab.Date) (*funding.Evaluation, error) {
	ledger := c.Ledger
	if ledger == nil {
		ledger = &funding.Ledger{}
	}
	return funding.Evaluate(ledger, policy, asOf, c.FundingEnv())
}

// register adapts a governance interests register to funding.Interests:
// the periods of the hard interests, by person and organisation.
type register map[personOrg][]vocab.Period

type personOrg struct {
	person vocab.PersonID
	org    vocab.OrgID
}

func newRegister(interests []governance.Interest) register {
	r := register{}
	for _, in := range interests {
		if in.Severity == governance.ConflictSeverityHard {
			k := personOrg{in.Person, in.Organisation}
			r[k] = append(r[k], in.Period)
		}
	}
	return r
}

// HardConflictAt reports whether person held a hard interest in org on the date.
func (r register) HardConflictAt(person vocab.PersonID, org vocab.OrgID, on vocab.Date) bool {
	for _, p := range r[personOrg{person, org}] {
		if p.Contains(on) {
			return true
		}
	}
	return false
}

// portfolioAreas adapts a portfolio to funding.ProgrammeCategories: the
// HRCS categories of each programme's areas, by programme ID (the first
// programme with an ID, as a duplicate ID is reported by validation).
type portfolioAreas map[vocab.ProgrammeID][]vocab.HealthCategory

func newPortfolioAreas(p *programme.Portfolio) portfolioAreas {
	a := make(portfolioAreas, len(p.Programmes))
	for _, pr := range p.Programmes {
		if _, dup := a[pr.ID]; dup {
			continue
		}
		cats := make([]vocab.HealthCategory, 0, len(pr.Areas))
		for _, ar := range pr.Areas {
			cats = append(cats, ar.Category)
		}
		a[pr.ID] = cats
	}
	return a
}

// HealthCategories returns a copy of the HRCS categories of the
// programme's areas, or nil when the portfolio has no such programme.
func (a portfolioAreas) HealthCategories(id vocab.ProgrammeID) []vocab.HealthCategory {
	cats, ok := a[id]
	if !ok {
		return nil
	}
	return slices.Clone(cats)
}
