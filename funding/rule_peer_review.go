package funding

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// PeerReviewRequired requires independent peer review of large awards:
// every award with a private funder above PrivateAbove, and every award
// above AllAbove. An award exactly at a threshold needs no review. A
// required review must be recorded, be independent and not have
// recommended against funding.
type PeerReviewRequired struct {
	// PrivateAbove is the threshold for awards with any private funder; no
	// threshold when zero.
	PrivateAbove Money `json:"privateAbove,omitzero"`
	// AllAbove is the threshold for every award; no threshold when zero.
	AllAbove Money `json:"allAbove,omitzero"`
	// Severity of the findings; error when empty.
	Severity vocab.Severity `json:"severity,omitempty"`
}

// Kind returns "peer-review-required".
func (PeerReviewRequired) Kind() string { return "peer-review-required" }

func init() {
	registerBuiltin(NewRuleKind[PeerReviewRequired]("requires independent, favourable peer review of awards above a threshold"))
}

// Describe states the thresholds.
func (r PeerReviewRequired) Describe() string {
	s := "independent peer review for"
	if !r.PrivateAbove.IsZero() {
		s += " private awards above " + r.PrivateAbove.String()
	}
	if !r.PrivateAbove.IsZero() && !r.AllAbove.IsZero() {
		s += " and"
	}
	if !r.AllAbove.IsZero() {
		s += " every award above " + r.AllAbove.String()
	}
	return s
}

// Problems checks the thresholds (at least one, not negative) and severity.
func (r PeerReviewRequired) Problems(p *vocab.Path) vocab.Problems {
	ps := vocab.Problems{}.Add(vocab.Severities().Check(p.Child("severity"), r.Severity, false))
	ps = append(ps, checkAmount(p.Child("privateAbove"), r.PrivateAbove, "", false)...)
	ps = append(ps, checkAmount(p.Child("allAbove"), r.AllAbove, "", false)...)
	if r.PrivateAbove.IsZero() && r.AllAbove.IsZero() {
		ps = ps.Add(vocab.Required(p.Child("allAbove"), "privateAbove, allAbove or both"))
	}
	return ps
}

// Evaluate reports each award above a threshold without an independent,
// favourable review.
func (r PeerReviewRequired) Evaluate(in *Input) []Finding {
	for _, t := range []Money{r.PrivateAbove, r.AllAbove} {
		if !t.IsZero() && t.Currency != in.Ledger.Currency {
			return []Finding{{Subject: "policy", Measured: string(t.Currency), Limit: string(in.Ledger.Currency),
				Severity: vocab.SeverityWarning, Explanation: fmt.Sprintf(
					"The threshold %s is not in the ledger's currency %s, so the rule was not evaluated.", t, in.Ledger.Currency)}}
		}
	}
	var out []Finding
	for i, a := range in.awardsAt() {
		threshold, why := r.threshold(in, a)
		if threshold.IsZero() {
			continue
		}
		rv := &a.PeerReview
		var problem string
		switch {
		case rv.IsZero():
			problem = "has no recorded peer review"
		case !rv.Independent:
			problem = "was not reviewed independently"
		case rv.Outcome == ReviewOutcomeDoNotFund:
			problem = "was made although the independent review recommended against funding"
		default:
			continue
		}
		out = append(out, Finding{
			Subject: "award " + string(a.ID), Path: awardPath(i, "peerReview"),
			Measured: a.AmountAwarded.String(), Limit: "review required above " + threshold.String(),
			Measure: measureThreshold(a.AmountAwarded, threshold), Severity: severityOr(r.Severity),
			Explanation: fmt.Sprintf("Award %s of %s %s, but %s above %s needs independent peer review.",
				a.ID, a.AmountAwarded, problem, why, threshold),
		})
	}
	return out
}

// threshold returns the lowest threshold a exceeds and what it applies to,
// or the zero Money when it exceeds none.
func (r PeerReviewRequired) threshold(in *Input, a *Award) (Money, string) {
	over := func(t Money) bool {
		c, err := a.AmountAwarded.CompareAmount(t)
		return !t.IsZero() && err == nil && c > 0
	}
	private := a.HasClass(in.classes, []FunderClass{FunderClassPrivate})
	switch {
	case private && over(r.PrivateAbove) && (!over(r.AllAbove) || r.PrivateAbove.Minor <= r.AllAbove.Minor):
		return r.PrivateAbove, "a privately funded award"
	case over(r.AllAbove):
		return r.AllAbove, "every award"
	}
	return Money{}, ""
}
