package funding

import (
	"errors"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Evaluate checks ledger against every rule of policy as of asOf (records
// dated later are ignored; a zero asOf counts everything) and returns the
// report. Findings are sorted by rule, then subject, so the result does not
// depend on the order of the ledger's lists. It returns the validation
// problems instead when the ledger or the policy has errors, with policy
// paths under "rules".
func Evaluate(ledger *Ledger, policy *Policy, asOf vocab.Date, env Env) (*Report, error) {
	if ledger == nil || policy == nil {
		return nil, errors.New("funding: Evaluate needs a ledger and a policy")
	}
	if err := append(ledger.Problems(nil, nil), policy.Problems(nil)...).Err(); err != nil {
		return nil, err
	}
	flows, err := ledger.Flows(asOf)
	if err != nil {
		return nil, err
	}
	in := &Input{Ledger: ledger, AsOf: asOf, Env: env, flows: flows, classes: ledger.FunderClasses(), awards: ledger.awardsByID()}
	rep := &Report{AsOf: asOf}
	for i, r := range policy.Rules {
		fs := r.Evaluate(in)
		sum := RuleSummary{Rule: i, Kind: r.Kind(), Description: r.Describe()}
		for j := range fs {
			fs[j].Rule, fs[j].Kind = i, r.Kind()
			if fs[j].Severity == vocab.SeverityWarning {
				sum.Warnings++
			} else {
				fs[j].Severity = vocab.SeverityError
				sum.Errors++
			}
		}
		rep.Findings = append(rep.Findings, fs...)
		rep.Summary = append(rep.Summary, sum)
	}
	slices.SortStableFunc(rep.Findings, compareFindings)
	return rep, nil
}
