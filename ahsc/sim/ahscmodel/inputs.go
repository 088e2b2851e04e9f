package ahscmodel

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/programme"
)

// Inputs is what the model reads from a centre's documents: the ledger's
// disbursement flows by financial year, funder class and programme, the
// policy's private-share caps and ring-fence, and the portfolio's
// programmes, facilities and pathways. [ReadCentre] is the one place that
// reads them; a scenario's centre section overrides or completes them.
// Inputs marshal to JSON deterministically and are written into every
// run manifest.
type Inputs struct {
	// Centre is the centre's ID.
	Centre vocab.CentreID `json:"centre"`
	// Name is the centre's name.
	Name string `json:"name,omitempty"`
	// Currency is the ledger's currency; amounts are in its minor units.
	Currency funding.Currency `json:"currency"`
	// Flows are the ledger's disbursement flows ([funding.Ledger.FlowsAt])
	// summed by financial year, funder class and programme ("" for
	// unallocated money), in that order.
	Flows []YearFlow `json:"flows"`
	// PolicyCaps are the policy's private-share caps, in policy order: the
	// model counts their findings each year on the money kept.
	PolicyCaps []funding.PrivateShareCap `json:"policyCaps,omitempty"`
	// RingFence is the smallest ring-fence cap in the policy, if any.
	RingFence *vocab.Ratio `json:"ringFence,omitempty"`
	// Programmes are the portfolio's programmes, in portfolio order.
	Programmes []vocab.ProgrammeID `json:"programmes,omitempty"`
	// Facilities are the portfolio's facilities, in portfolio order.
	Facilities []FacilityInput `json:"facilities,omitempty"`
	// Pathways are the portfolio's pathways, in portfolio order.
	Pathways []PathwayInput `json:"pathways,omitempty"`
	// Notes qualify the data, such as "amounts are illustrative"; printed
	// with every answer the model gives.
	Notes []string `json:"notes,omitempty"`
}

// YearFlow is money from one funder class to one programme in one
// financial year.
type YearFlow struct {
	// Year is the financial year of the disbursements.
	Year vocab.FinancialYear `json:"year"`
	// Class is the funders' class.
	Class funding.FunderClass `json:"class"`
	// Programme received the money; "" when the award left it unallocated.
	Programme vocab.ProgrammeID `json:"programme,omitempty"`
	// Minor is the amount in the ledger currency's minor units, above 0.
	Minor int64 `json:"minor"`
}

// FacilityInput is one of the portfolio's facilities. Capacity and the
// research share are not yet in the documents (issue 16 adds them); a
// scenario supplies them until then.
type FacilityInput struct {
	// ID is the facility's ID.
	ID vocab.FacilityID `json:"id"`
	// Kind is the facility's kind.
	Kind programme.FacilityKind `json:"kind,omitempty"`
	// CapacityPerWeek is the capacity a week, when the documents give it.
	CapacityPerWeek *int `json:"capacityPerWeek,omitempty"`
	// ResearchShare is the share research may draw, when the documents
	// give it.
	ResearchShare *vocab.Ratio `json:"researchShare,omitempty"`
}

// PathwayInput is one of the portfolio's pathways and the NHS standard it
// is held to. Demand is not yet in the documents (issue 16 adds it); a
// scenario supplies it until then.
type PathwayInput struct {
	// ID is the pathway's ID.
	ID programme.PathwayID `json:"id"`
	// Standard is the ID of its NHS waiting-time standard.
	Standard programme.StandardID `json:"standard"`
	// ReferralsPerWeek is the mean referrals a week, when the documents
	// give it.
	ReferralsPerWeek *vocab.Ratio `json:"referralsPerWeek,omitempty"`
}

// ReadCentre reads the model's inputs from a valid centre and its funding
// policy (nil for none): the ledger's flows, the policy's private-share
// caps and smallest ring-fence, and the portfolio's programmes, facilities
// and pathways. It is the single place the model reads documents; when
// the documents gain capacities and demand (issue 16) it fills
// FacilityInput and PathwayInput from them. It reports an invalid centre
// or policy, or a centre without a ledger.
func ReadCentre(c *ahsc.Centre, policy *funding.Policy) (*Inputs, error) {
	if c == nil {
		return nil, errors.New("ahscmodel: no centre")
	}
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("ahscmodel: centre %s: %w", c.ID, err)
	}
	if c.Ledger == nil {
		return nil, fmt.Errorf("ahscmodel: centre %s has no ledger", c.ID)
	}
	in := &Inputs{Centre: c.ID, Name: c.Name, Currency: c.Ledger.Currency}
	flows, err := c.Ledger.FlowsAt(vocab.Date{})
	if err != nil {
		return nil, err
	}
	in.Flows = SumFlows(flows)
	if policy != nil {
		if err := policy.Validate(); err != nil {
			return nil, fmt.Errorf("ahscmodel: policy: %w", err)
		}
		for _, r := range policy.Rules {
			switch r := r.(type) {
			case funding.PrivateShareCap:
				in.PolicyCaps = append(in.PolicyCaps, r)
			case *funding.PrivateShareCap:
				in.PolicyCaps = append(in.PolicyCaps, *r)
			case funding.RingFence:
				in.RingFence = smaller(in.RingFence, r.Cap)
			case *funding.RingFence:
				in.RingFence = smaller(in.RingFence, r.Cap)
			}
		}
	}
	if p := c.Portfolio; p != nil {
		for _, pr := range p.Programmes {
			in.Programmes = append(in.Programmes, pr.ID)
		}
		for _, f := range p.Facilities {
			in.Facilities = append(in.Facilities, FacilityInput{ID: f.ID, Kind: f.Kind})
		}
		for _, w := range p.Pathways {
			in.Pathways = append(in.Pathways, PathwayInput{ID: w.ID, Standard: w.Standard})
		}
	}
	return in, nil
}

func smaller(r *vocab.Ratio, v vocab.Ratio) *vocab.Ratio {
	if r == nil || v.Less(*r) {
		return &v
	}
	return r
}

// SumFlows sums flows by financial year, funder class (in
// [funding.FunderClasses] order) and programme, dropping none: the
// result is sorted in that order and its amounts sum to the flows'.
func SumFlows(flows []funding.Flow) []YearFlow {
	type key struct {
		y vocab.FinancialYear
		c funding.FunderClass
		p vocab.ProgrammeID
	}
	sums := map[key]int64{}
	for _, f := range flows {
		sums[key{f.Year, f.Class, f.Programme}] += f.Amount.Minor
	}
	out := make([]YearFlow, 0, len(sums))
	for k, v := range sums {
		out = append(out, YearFlow{Year: k.y, Class: k.c, Programme: k.p, Minor: v})
	}
	slices.SortFunc(out, func(a, b YearFlow) int {
		return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(classIndex(a.Class), classIndex(b.Class)),
			cmp.Compare(a.Programme, b.Programme))
	})
	return out
}

// classIndex returns the class's position in the enum, or the number of
// classes for one outside it.
func classIndex(c funding.FunderClass) int {
	i := slices.Index(funding.FunderClasses().Values(), c)
	if i < 0 {
		return funding.FunderClasses().Len()
	}
	return i
}

// facility returns the facility input with the given ID.
func (in *Inputs) facility(id vocab.FacilityID) (FacilityInput, bool) {
	for _, f := range in.Facilities {
		if f.ID == id {
			return f, true
		}
	}
	return FacilityInput{}, false
}

// pathway returns the pathway input with the given ID.
func (in *Inputs) pathway(id programme.PathwayID) (PathwayInput, bool) {
	for _, w := range in.Pathways {
		if w.ID == id {
			return w, true
		}
	}
	return PathwayInput{}, false
}

// latestYear returns the latest financial year with flows, or 0.
func (in *Inputs) latestYear() vocab.FinancialYear {
	var y vocab.FinancialYear
	for _, f := range in.Flows {
		y = max(y, f.Year)
	}
	return y
}
