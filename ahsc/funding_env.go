package ahsc

import (
	"cmp"
	"math"
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
// the hard interests, by person and organisation, as certain spans of days
// sorted by start with the latest end so far, so that a question costs a
// binary search however many interests a person declared in one
// organisation.
type register map[personOrg][]heldSpan

type personOrg struct {
	person vocab.PersonID
	org    vocab.OrgID
}

// heldSpan is the certain start of one interest's period (day number, 0
// when open) and the latest certain end (day number, MaxInt64 when open)
// of it and every interest of the same person and organisation that
// starts no later.
type heldSpan struct{ lo, maxHi int64 }

func newRegister(interests []governance.Interest) register {
	r := register{}
	for _, in := range interests {
		if in.Severity == governance.ConflictSeverityHard && in.Period.IsValid() {
			k := personOrg{in.Person, in.Organisation}
			lo, hi := certainDays(in.Period)
			r[k] = append(r[k], heldSpan{lo, hi})
		}
	}
	for _, spans := range r {
		slices.SortFunc(spans, func(a, b heldSpan) int { return cmp.Compare(a.lo, b.lo) })
		for i := 1; i < len(spans); i++ {
			spans[i].maxHi = max(spans[i].maxHi, spans[i-1].maxHi)
		}
	}
	return r
}

// certainDays returns the first and last day numbers p certainly covers,
// as [vocab.Period.Contains] takes them: from the latest day it may start
// (no later than the latest day it may end) to the earliest day it may end
// (no earlier than the earliest day it may start), 0 and MaxInt64 for open
// ends.
func certainDays(p vocab.Period) (lo, hi int64) {
	s0, s1 := int64(0), int64(0)
	if !p.Start.IsZero() {
		s0, s1 = dayNumber(p.Start.First()), dayNumber(p.Start.Last())
	}
	e0, e1 := int64(math.MaxInt64), int64(math.MaxInt64)
	if !p.End.IsZero() {
		e0, e1 = dayNumber(p.End.First()), dayNumber(p.End.Last())
	}
	return min(s1, e1), max(e0, s0)
}

func dayNumber(d vocab.Date) int64 { return int64(d.DaysSince(vocab.Date{})) }

// HardConflictAt reports whether person held a hard interest in org on the
// date: whether one of the interests that certainly start on or before
// the date's first day certainly ends on or after its last, as
// [vocab.Period.Contains] asks of each.
func (r register) HardConflictAt(person vocab.PersonID, org vocab.OrgID, on vocab.Date) bool {
	spans := r[personOrg{person, org}]
	if on.IsZero() || len(spans) == 0 {
		return false
	}
	first, last := dayNumber(on.First()), dayNumber(on.Last())
	k, _ := slices.BinarySearchFunc(spans, first+1, func(s heldSpan, t int64) int { return cmp.Compare(s.lo, t) })
	return k > 0 && spans[k-1].maxHi >= last
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
