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

// FacilityInput is one of the portfolio's facilities with its capacity
// as the documents state it ([programme.Facility]): figures by period,
// each per an interval, with research's share, under the facility's
// ring-fence. The model uses the figure in force on the scenario's start,
// converted to a week; a scenario's values override it.
type FacilityInput struct {
	// ID is the facility's ID.
	ID vocab.FacilityID `json:"id"`
	// Kind is the facility's kind.
	Kind programme.FacilityKind `json:"kind,omitempty"`
	// Unit is what its capacity is counted in, when it states capacity.
	Unit programme.CapacityUnit `json:"unit,omitempty"`
	// Capacity are its capacity figures, in document order; none when the
	// documents state none.
	Capacity []programme.Capacity `json:"capacity,omitempty"`
	// RingFence is the largest share of its capacity research may draw
	// ([programme.Facility].RingFence); nil when the facility states no
	// capacity, so that its zero ring-fence says nothing.
	RingFence *vocab.Ratio `json:"ringFence,omitempty"`
}

// PathwayInput is one of the portfolio's pathways, the NHS standard it is
// held to, and its demand as the documents state it: referral figures by
// period, each per an interval, and the facilities each referral uses.
// The model uses the figure in force on the scenario's start, converted
// to a week; a scenario's values override it.
type PathwayInput struct {
	// ID is the pathway's ID.
	ID programme.PathwayID `json:"id"`
	// Standard is the ID of its NHS waiting-time standard.
	Standard programme.StandardID `json:"standard"`
	// Demand are its referral figures, in document order.
	Demand []programme.Demand `json:"demand,omitempty"`
	// Uses are the facilities each referral needs, in document order.
	Uses []programme.FacilityUse `json:"uses,omitempty"`
}

// ReadCentre reads the model's inputs from a valid centre and its funding
// policy (nil for none): the ledger's flows, the policy's private-share
// caps and smallest ring-fence, the portfolio's programmes, its facilities
// with their capacity figures and ring-fences, and its pathways with their
// demand figures and facility uses. Every source the ledger, the policy,
// the portfolio and its facilities label illustrative becomes a note, so
// that every answer the model gives says what it rests on. It is the
// single place the model reads documents. It reports an invalid centre or
// policy, or a centre without a ledger.
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
	in.note("the ledger", c.Ledger.Sources)
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
		in.note("the funding policy", policy.Sources)
	}
	if p := c.Portfolio; p != nil {
		in.note("the portfolio", p.Sources)
		for _, pr := range p.Programmes {
			in.Programmes = append(in.Programmes, pr.ID)
		}
		for _, f := range p.Facilities {
			fi := FacilityInput{ID: f.ID, Kind: f.Kind}
			if len(f.Capacity) > 0 {
				rf := f.RingFence
				fi.Unit, fi.Capacity, fi.RingFence = f.Unit, slices.Clone(f.Capacity), &rf
				in.note("facility "+string(f.ID), f.Sources)
			}
			in.Facilities = append(in.Facilities, fi)
		}
		for _, w := range p.Pathways {
			in.Pathways = append(in.Pathways, PathwayInput{ID: w.ID, Standard: w.Standard,
				Demand: slices.Clone(w.Demand), Uses: slices.Clone(w.Uses)})
		}
	}
	return in, nil
}

// note adds a note for each source of what labelled illustrative, once.
func (in *Inputs) note(what string, sources []vocab.Source) {
	for _, s := range sources {
		if !s.IsIllustrative() {
			continue
		}
		n := "ILLUSTRATIVE (" + what + "): " + s.Note
		if !slices.Contains(in.Notes, n) {
			in.Notes = append(in.Notes, n)
		}
	}
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

// weekFactor returns the exact factor num/den that turns a rate per
// interval into a rate per week: 7 for a day, 1 for a week, and for a
// month, quarter or year 7/365.25 of the interval's average length in
// days (12, 4 or 1 to the Julian year of 365.25 days), so 336/1461,
// 112/1461 and 28/1461.
func weekFactor(per programme.Interval) (num, den int64, ok bool) {
	switch per {
	case programme.IntervalDay:
		return 7, 1, true
	case programme.IntervalWeek:
		return 1, 1, true
	case programme.IntervalMonth:
		return 336, 1461, true
	case programme.IntervalQuarter:
		return 112, 1461, true
	case programme.IntervalYear:
		return 28, 1461, true
	}
	return 0, 0, false
}

// capacityAt returns the facility's capacity figure in force on d.
func (f FacilityInput) capacityAt(d vocab.Date) (programme.Capacity, bool) {
	for _, c := range f.Capacity {
		if c.Period.Contains(d) {
			return c, true
		}
	}
	return programme.Capacity{}, false
}

// demandAt returns the pathway's demand figure in force on d.
func (w PathwayInput) demandAt(d vocab.Date) (programme.Demand, bool) {
	for _, m := range w.Demand {
		if m.Period.Contains(d) {
			return m, true
		}
	}
	return programme.Demand{}, false
}
