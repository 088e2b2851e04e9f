package funding

import (
	"errors"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Evaluate checks ledger against every rule of policy as of asOf (records
// dated later are ignored; a zero asOf counts everything) in the
// environment env, and returns the evaluation. Findings are sorted by
// rule, then subject, so the result does not depend on the order of the
// ledger's lists. When the ledger's content or the policy's rules have
// errors it returns those problems instead, a [vocab.Problems] error with
// ledger paths from the ledger's root and policy paths under "rules"; the
// format versions are not checked, so a ledger taken from a Centre
// evaluates as it is.
func Evaluate(ledger *Ledger, policy *Policy, asOf vocab.Date, env Env) (*Evaluation, error) {
	if ledger == nil || policy == nil {
		return nil, errors.New("funding: Evaluate needs a ledger and a policy")
	}
	if err := policy.rulesProblems(ledger.contentProblems(new(vocab.Collector))).Problems().Err(); err != nil {
		return nil, err
	}
	flows, err := ledger.FlowsAt(asOf)
	if err != nil {
		return nil, err
	}
	in := &Input{Ledger: ledger, AsOf: asOf, Env: env, flows: flows, classes: ledger.ClassByFunder(),
		awards: ledger.awardsByID(), funders: ledger.funderIndexes()}
	ev := &Evaluation{AsOf: asOf}
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
		ev.Findings = append(ev.Findings, fs...)
		ev.Summary = append(ev.Summary, sum)
	}
	slices.SortStableFunc(ev.Findings, compareFindings)
	return ev, nil
}
