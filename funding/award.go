package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Award is one grant or contract to a partner, after the 360Giving grant:
// who funds it and in what exact shares, how much was applied for, awarded
// and disbursed, when, how it was competed and reviewed, who decided, its
// conditions and its allocation to programmes.
type Award struct {
	// ID identifies the award in the ledger.
	ID vocab.AwardID `json:"id"`
	// Title names the award.
	Title string `json:"title,omitempty"`
	// Recipient is the partner that receives the money; the Centre checks it
	// is a partner throughout the award's period.
	Recipient vocab.OrgID `json:"recipient"`
	// Funders are the co-funders and their exact shares, summing to one.
	Funders []FunderShare `json:"funders,omitempty" jsonschema:"required"`
	// AmountAppliedFor is what the application asked for.
	AmountAppliedFor Money `json:"amountAppliedFor,omitzero"`
	// AmountAwarded is what was awarded; positive.
	AmountAwarded Money `json:"amountAwarded" jsonschema:"positive"`
	// AmountDisbursed is what has been paid out, never above AmountAwarded.
	// When the ledger records disbursement transactions for the award they
	// must sum to it.
	AmountDisbursed Money `json:"amountDisbursed,omitzero"`
	// AwardDate is when the decision to award was made.
	AwardDate vocab.Date `json:"awardDate" vocab:"day"`
	// PlannedPeriod is when the funded work was planned to run.
	PlannedPeriod vocab.Period `json:"plannedPeriod,omitzero"`
	// ActualPeriod is when it did run, once known.
	ActualPeriod vocab.Period `json:"actualPeriod,omitzero"`
	// Call says whether the award came from an open call or by invitation.
	Call CallType `json:"call,omitempty"`
	// PeerReview records the review of the application, if any.
	PeerReview PeerReview `json:"peerReview,omitzero"`
	// DecisionMakers are the people who decided to make the award.
	DecisionMakers []vocab.PersonID `json:"decisionMakers,omitempty"`
	// Conditions are the award's conditions.
	Conditions []Condition `json:"conditions,omitempty"`
	// Allocations assign shares of the award to programmes.
	Allocations []Allocation `json:"allocations,omitempty"`
}

// Period returns the actual period when known, else the planned one.
func (a *Award) Period() vocab.Period {
	if !a.ActualPeriod.IsZero() {
		return a.ActualPeriod
	}
	return a.PlannedPeriod
}

// HasClass reports whether any funder of a is of a class in classes,
// according to funders (typically [Ledger.ClassByFunder]).
func (a *Award) HasClass(funders map[vocab.OrgID]FunderClass, classes []FunderClass) bool {
	for _, fs := range a.Funders {
		for _, c := range classes {
			if funders[fs.Funder] == c {
				return true
			}
		}
	}
	return false
}

// Restrictions returns the award's restricted conditions.
func (a *Award) Restrictions() []Condition {
	var out []Condition
	for _, c := range a.Conditions {
		if c.Kind == ConditionKindRestricted {
			out = append(out, c)
		}
	}
	return out
}

// restricted reports whether a has a restricted condition, as
// len(a.Restrictions()) > 0 does, without allocating.
func (a *Award) restricted() bool {
	for i := range a.Conditions {
		if a.Conditions[i].Kind == ConditionKindRestricted {
			return true
		}
	}
	return false
}

// Allocated returns the amount allocated to each programme, in the order of
// Allocations: its share of AmountAwarded rounded down to the minor unit,
// computed exactly. The rest (unallocated shares and rounding) is returned
// separately, so the parts and rest sum to the award and allocated amounts
// never exceed it. It reports [ErrBadShares] for shares that sum above one.
func (a *Award) Allocated() ([]Money, Money, error) {
	return allocateDown(a.AmountAwarded, a.Allocations)
}
