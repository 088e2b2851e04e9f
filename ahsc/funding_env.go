package ahsc

import (
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/programme"
)

// FundingEnv returns the environment funding safeguards are evaluated in:
// conflict-of-interest questions answered from the governance interests
// register, and programmes' HRCS categories from the portfolio. This is
// the one place the two documents meet; funding imports neither.
func (c *Centre) FundingEnv() funding.Env {
	var env funding.Env
	if c.Governance != nil {
		env.Interests = register(c.Governance.Interests)
	}
	if c.Portfolio != nil {
		env.Programmes = portfolioAreas{c.Portfolio}
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

// register adapts a governance interests register to funding.Interests.
type register []governance.Interest

// HardConflictAt reports whether person held a hard interest in org on the date.
func (r register) HardConflictAt(person vocab.PersonID, org vocab.OrgID, on vocab.Date) bool {
	for _, in := range r {
		if in.Person == person && in.Organisation == org && in.Severity == governance.ConflictSeverityHard && in.Period.Contains(on) {
			return true
		}
	}
	return false
}

// portfolioAreas adapts a portfolio to funding.ProgrammeCategories.
type portfolioAreas struct{ p *programme.Portfolio }

// HealthCategories returns the HRCS categories of the programme's areas,
// or nil when the portfolio has no such programme.
func (a portfolioAreas) HealthCategories(id vocab.ProgrammeID) []vocab.HealthCategory {
	for _, pr := range a.p.Programmes {
		if pr.ID != id {
			continue
		}
		cats := make([]vocab.HealthCategory, 0, len(pr.Areas))
		for _, ar := range pr.Areas {
			cats = append(cats, ar.Category)
		}
		return cats
	}
	return nil
}
