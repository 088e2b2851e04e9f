package funding

import (
	"errors"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// EvaluateOption configures [Evaluate].
type EvaluateOption func(*evaluateConfig)

type evaluateConfig struct {
	measures bool
}

// WithMeasures makes [Evaluate] fill [Evaluation.Measures] with every
// subject the share rules measured, passing or not, so a script can read
// the numbers of subjects that pass (the centre's own private share in a
// year within the cap) as well as those that breach.
func WithMeasures() EvaluateOption { return func(c *evaluateConfig) { c.measures = true } }

// Evaluate checks ledger against every rule of policy as of asOf (records
// dated later are ignored; a zero asOf counts everything) in the
// environment env, and returns the evaluation. Findings are sorted by
// rule, then subject, so the result does not depend on the order of the
// ledger's lists. When the ledger's content or the policy's rules have
// errors it returns those problems instead, a [vocab.Problems] error with
// ledger paths from the ledger's root and policy paths under "rules"; the
// format versions are not checked, so a ledger taken from a Centre
// evaluates as it is. [WithMeasures] also returns every measured subject.
func Evaluate(ledger *Ledger, policy *Policy, asOf vocab.Date, env Env, opts ...EvaluateOption) (*Evaluation, error) {
	if ledger == nil || policy == nil {
		return nil, errors.New("funding: Evaluate needs a ledger and a policy")
	}
	if err := policy.rulesProblems(ledger.contentProblems(new(vocab.Collector))).Problems().Err(); err != nil {
		return nil, err
	}
	var c evaluateConfig
	for _, o := range opts {
		o(&c)
	}
	in := newInput(ledger, asOf, env, c)
	flows, err := ledger.flowsAt(asOf, in.classes, in.awards)
	if err != nil {
		return nil, err
	}
	in.flows = flows
	return evaluateInput(in, policy), nil
}

// newInput returns the input of an evaluation of ledger, without flows.
func newInput(ledger *Ledger, asOf vocab.Date, env Env, c evaluateConfig) *Input {
	return &Input{Ledger: ledger, AsOf: asOf, Env: env, classes: ledger.ClassByFunder(),
		awards: ledger.awardsByID(), funders: ledger.funderIndexes(), measures: c.measures}
}

// evaluateFlows evaluates policy against ledger, whose disbursements are
// flows (the ledger's own, or a counterfactual's).
func evaluateFlows(ledger *Ledger, flows []Flow, policy *Policy, asOf vocab.Date, env Env, c evaluateConfig) *Evaluation {
	in := newInput(ledger, asOf, env, c)
	in.flows = flows
	return evaluateInput(in, policy)
}

// evaluateInput evaluates policy against in.
func evaluateInput(in *Input, policy *Policy) *Evaluation {
	ev := &Evaluation{AsOf: in.AsOf}
	for i, r := range policy.Rules {
		fs := r.Evaluate(in)
		ev.Findings = slices.Grow(ev.Findings, len(fs)) // one copy per rule at most
		sum := RuleSummary{Rule: i, Kind: r.Kind(), Description: r.Describe()}
		for j := range fs {
			f := &fs[j]
			f.Rule, f.Kind = i, r.Kind()
			switch {
			case f.Passed:
				f.Severity = ""
			case f.Severity == vocab.SeverityWarning:
				sum.Warnings++
			default:
				f.Severity = vocab.SeverityError
				sum.Errors++
			}
			if !f.Passed {
				ev.Findings = append(ev.Findings, *f)
			}
		}
		if in.measures {
			ev.Measures = append(ev.Measures, fs...)
		}
		ev.Summary = append(ev.Summary, sum)
	}
	if len(ev.Findings) == 0 {
		ev.Findings = nil // however many passing findings the rules returned
	}
	slices.SortStableFunc(ev.Findings, compareFindings)
	slices.SortStableFunc(ev.Measures, compareFindings)
	return ev
}
