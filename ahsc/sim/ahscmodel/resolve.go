package ahscmodel

import (
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/programme"
)

// params is everything a model point runs on, resolved from the scenario,
// the inputs and the defaults.
type params struct {
	start             vocab.Date
	weeks, warmUp     int
	currency          funding.Currency
	baseYear          vocab.FinancialYear
	cells             []Cell
	base              []int64 // base-year money per cell
	variation, growth vocab.Ratio
	caps              []scenario.FundingCap // applied jointly: the policy's, then the scenario's
	own               *scenario.FundingCap  // the scenario's, last of caps; nil when none
	capFrom           vocab.FinancialYear
	payments          map[funding.FunderClass][]vocab.Ratio // per class, a share per stage
	policyCaps        []funding.PrivateShareCap
	stages            [numStages]stageParams
	maxWait           int
	facilities        []facilityParams
	pathways          []pathwayParams
	outputs           []scenario.Output // the families reported; all when empty
	table             []Parameter
	notes             []string
}

// Limits of a model point, beyond the scenario's own.
const (
	// MaxMinorPerCell bounds any cell's money in a year, in minor units
	// (2^50, about £11 trillion): drawn amounts are clamped to it.
	MaxMinorPerCell = 1 << 50
	// MaxProjects bounds the projects a point expects to start over its
	// whole horizon, which bounds a replication's memory.
	MaxProjects = 1_000_000
	// maxMetricID is the longest pathway or facility ID: metric names
	// prefix it with up to 19 characters and stay within 63.
	maxMetricID = 44
)

// resolve resolves a scenario point's parameters, or returns its problems
// with paths into the scenario.
func resolve(s *scenario.Scenario, in *Inputs) (*params, vocab.Problems) {
	var ps vocab.Problems
	if s == nil || in == nil {
		return nil, ps.Add(vocab.Required(nil, "a scenario and the centre's inputs"))
	}
	if err := s.Validate(); err != nil {
		return nil, vocab.ProblemsOf(err)
	}
	if len(s.Sweep) > 0 {
		return nil, ps.Add(vocab.Forbidden(vocab.NewPath("sweep"), "a model point has no sweep: build each point of Scenario.Points"))
	}
	cp := vocab.NewPath("centre")
	if s.Centre == nil {
		return nil, ps.Add(vocab.Required(cp, "the AHSC model's section"))
	}
	p := &params{start: s.Start, weeks: s.Weeks, warmUp: s.WarmUpWeeks, currency: in.Currency,
		policyCaps: slices.Clone(in.PolicyCaps), notes: slices.Clone(in.Notes)}
	if !p.currency.IsValid() {
		ps = ps.Add(vocab.Invalid(nil, string(p.currency), "the inputs' currency is not an ISO 4217 code"))
	}
	c := s.Centre
	ps = append(ps, p.resolveFunding(c.Funding, in, cp.Child("funding"))...)
	ps = append(ps, p.resolveTranslation(c.Translation, cp.Child("translation"))...)
	ps = append(ps, p.resolveCare(c.Care, in, cp.Child("care"))...)
	p.outputs = slices.Clone(c.Outputs)
	if len(p.outputs) > 0 {
		names := make([]string, len(p.outputs))
		for i, o := range p.outputs {
			names[i] = string(o)
		}
		p.add("outputs", strings.Join(names, ", "), "metric families", OriginScenario, "the scenario: the metrics reported; the model computes every one")
	} else {
		p.add("outputs", "all", "metric families", OriginDefault, "every metric the point has")
	}
	if ps.HasErrors() {
		return nil, ps
	}
	ps = append(ps, p.bounds(cp)...)
	if ps.HasErrors() {
		return nil, ps
	}
	return p, ps
}

func (p *params) add(name string, v string, unit string, o Origin, source string) {
	p.table = append(p.table, Parameter{Name: name, Value: v, Unit: unit, Origin: o, Source: source})
}

// pick returns the scenario's value when set, else the default, with its
// origin.
func pickRatio(set *vocab.Ratio, def vocab.Ratio) (vocab.Ratio, Origin) {
	if set != nil {
		return *set, OriginScenario
	}
	return def, OriginDefault
}

func sourceOf(o Origin, def string) string {
	if o == OriginScenario {
		return "the scenario"
	}
	return def
}

func (p *params) resolveFunding(f *scenario.CentreFunding, in *Inputs, at *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	if f == nil {
		f = &scenario.CentreFunding{}
	}
	p.baseYear = f.BaseYear
	o := OriginScenario
	if p.baseYear == 0 {
		p.baseYear, o = in.latestYear(), OriginDocuments
	}
	for _, fl := range in.Flows {
		if fl.Year != p.baseYear || fl.Minor <= 0 {
			continue
		}
		if !funding.FunderClasses().Contains(fl.Class) {
			ps = ps.Add(vocab.NotSupported(nil, string(fl.Class), funding.FunderClasses().Values()))
			continue
		}
		p.cells = append(p.cells, Cell{Class: fl.Class, Programme: fl.Programme})
		p.base = append(p.base, fl.Minor)
	}
	if len(p.cells) == 0 {
		return ps.Add(vocab.NotFound(at.Child("baseYear"), p.baseYear.String(), "the ledger has no disbursements in the base year"))
	}
	p.add("funding/base-year", p.baseYear.String(), "", o, sourceOf(o, "the centre's ledger: its latest year with disbursements"))
	for i, cl := range p.cells {
		name := string(cl.Programme)
		if name == "" {
			name = "unallocated"
		}
		p.add("funding/base/"+string(cl.Class)+"/"+name, strconv.FormatInt(p.base[i], 10), string(p.currency)+" minor units a year",
			OriginDocuments, "the centre's ledger: disbursements in "+p.baseYear.String())
	}
	p.variation, o = pickRatio(f.Variation, defaultVariation)
	p.add("funding/variation", p.variation.String(), "coefficient of variation", o, sourceOf(o, Illustrative))
	p.growth, o = pickRatio(f.Growth, defaultGrowth)
	p.add("funding/growth", p.growth.String(), "a year", o, sourceOf(o, SourceHRA))
	p.capFrom = vocab.FinancialYearOf(p.start)
	if a := f.ApplyPolicy; a != nil {
		ap := at.Child("applyPolicy")
		applied := 0
		for k, r := range in.PolicyCaps {
			name := fmt.Sprintf("funding/policy-caps/%d", k)
			if r.Year != 0 {
				p.add(name, r.Cap.String(), "share", OriginDocuments, "the centre's policy: not applied, it is restricted to "+r.Year.String())
				continue
			}
			c := scenario.FundingCap{Scope: r.Scope, Cap: r.Cap, Classes: slices.Clone(r.Classes), Mode: a.Mode, ExpiresAfterYears: a.ExpiresAfterYears}
			if b := a.Backfill; b != nil {
				x := *b
				c.Backfill = &x
			}
			p.caps = append(p.caps, c)
			applied++
			p.add(name, c.Cap.String(), "share", OriginDocuments, fmt.Sprintf("the centre's policy: %s scope, applied in %s mode from %s", c.Scope, c.Mode, p.capFrom))
		}
		if applied == 0 {
			ps = ps.Add(vocab.Invalid(ap, nil, "the centre's policy has no private-share cap to apply").AsWarning())
		}
	}
	if f.Cap != nil {
		c := *f.Cap
		c.Classes = slices.Clone(c.Classes)
		p.caps = append(p.caps, c)
		p.own = &p.caps[len(p.caps)-1]
		p.add("funding/cap", c.Cap.String(), "share", OriginScenario, fmt.Sprintf("the scenario: %s scope, %s mode, from %s", c.Scope, c.Mode, p.capFrom))
	}
	// Backfill cells, and no cap may count a class another backfills with.
	for k, c := range p.caps {
		b := c.Backfill
		if b == nil || c.Mode != scenario.CapDecline {
			continue
		}
		for j, d := range p.caps {
			if j != k && slices.Contains(capClasses(d.Classes), b.Class) {
				bp := at.Child("cap").Child("backfill").Child("class")
				if k < len(p.caps)-1 || p.own == nil {
					bp = at.Child("applyPolicy").Child("backfill").Child("class")
				}
				ps = ps.Add(vocab.Invalid(bp, string(b.Class), "another cap applied counts the backfilling class"))
			}
		}
		classes := capClasses(c.Classes)
		for _, cl := range slices.Clone(p.cells) {
			bc := Cell{Class: b.Class, Programme: cl.Programme}
			if slices.Contains(classes, cl.Class) && !slices.Contains(p.cells, bc) {
				p.cells = append(p.cells, bc)
				p.base = append(p.base, 0)
			}
		}
	}
	p.payments = map[funding.FunderClass][]vocab.Ratio{}
	set := map[funding.FunderClass]bool{}
	for _, sp := range f.Payments {
		shares := make([]vocab.Ratio, numStages)
		for _, st := range sp.Stages {
			shares[slices.Index(stageOrder, st.Stage)] = st.Share
		}
		p.payments[sp.Class] = shares
		set[sp.Class] = true
	}
	for _, cl := range funding.FunderClasses().Values() {
		o := OriginScenario
		if !set[cl] {
			d := defaultPayments[cl]
			p.payments[cl], o = d[:], OriginDefault
		}
		for i, s := range stageOrder {
			p.add("funding/payments/"+string(cl)+"/"+string(s), p.payments[cl][i].String(), "share", o, sourceOf(o, paymentsSource))
		}
	}
	return ps
}

func (p *params) resolveTranslation(t *scenario.Translation, at *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	if t == nil {
		t = &scenario.Translation{}
	}
	p.maxWait = t.MaxWaitWeeks
	o := OriginScenario
	if p.maxWait == 0 {
		p.maxWait, o = defaultMaxWaitWeeks, OriginDefault
	}
	p.add("translation/max-wait-weeks", strconv.Itoa(p.maxWait), "weeks", o, sourceOf(o, Illustrative))
	set := map[scenario.TranslationStage]int{}
	for i, st := range t.Stages {
		set[st.Stage] = i
	}
	for i, stage := range stageOrder {
		d := stageDefaults[i]
		sp := stageParams{stage: stage, meanWeeks: d.meanWeeks, success: d.success, cost: d.cost, trial: stage.IsTrial(),
			participants: d.participants, rate: d.rate, shape: d.shape}
		var ov scenario.StageSettings
		j, has := set[stage]
		if has {
			ov = t.Stages[j]
		}
		name := "translation/" + string(stage) + "/"
		origin := func(isSet bool, def string) (Origin, string) {
			if isSet {
				return OriginScenario, "the scenario"
			}
			return OriginDefault, def
		}
		if !ov.MeanWeeks.IsZero() {
			sp.meanWeeks = ov.MeanWeeks
		}
		o, src := origin(!ov.MeanWeeks.IsZero(), d.meanSource)
		p.add(name+"mean-weeks", sp.meanWeeks.String(), "weeks", o, src)
		if ov.Success != nil {
			sp.success = *ov.Success
		}
		o, src = origin(ov.Success != nil, d.successSource)
		p.add(name+"success", sp.success.String(), "probability", o, src)
		if ov.CostPerStart != 0 {
			sp.cost = int64(ov.CostPerStart)
		}
		o, src = origin(ov.CostPerStart != 0, d.costSource)
		p.add(name+"cost-per-start", strconv.FormatInt(sp.cost, 10), string(p.currency)+" minor units", o, src)
		if sp.trial {
			tr := ov.Trial
			if tr == nil {
				tr = &scenario.TrialRecruitment{}
			}
			if tr.Participants != 0 {
				sp.participants = tr.Participants
			}
			o, src = origin(tr.Participants != 0, d.trialSource)
			p.add(name+"trial/participants", strconv.Itoa(sp.participants), "participants", o, src)
			if !tr.MeanRatePerWeek.IsZero() {
				sp.rate = tr.MeanRatePerWeek
			}
			o, src = origin(!tr.MeanRatePerWeek.IsZero(), d.trialSource)
			p.add(name+"trial/mean-rate-per-week", sp.rate.String(), "participants a week", o, src)
			if !tr.Shape.IsZero() {
				sp.shape = tr.Shape
			}
			o, src = origin(!tr.Shape.IsZero(), d.trialSource)
			p.add(name+"trial/shape", sp.shape.String(), "gamma shape", o, src)
			sp.recruitWeeks = ExpectedRecruitmentWeeks(sp.participants, sp.rate.Float64(), sp.shape.Float64())
			sp.followUpWeeks = sp.meanWeeks.Float64() - sp.recruitWeeks
			p.add(name+"follow-up-weeks", strconv.FormatFloat(sp.followUpWeeks, 'f', 2, 64), "weeks", OriginDefault,
				fmt.Sprintf("derived: mean-weeks minus the expected %.2f weeks to recruit, so the stage's mean is mean-weeks", sp.recruitWeeks))
			if !(sp.followUpWeeks >= 1) {
				ip := at.Child("stages")
				if has {
					ip = ip.Index(j).Child("meanWeeks")
				}
				ps = ps.Add(vocab.OutOfRange(ip, sp.meanWeeks.String(), fmt.Sprintf(
					"stage %s: recruiting %d participants takes %.1f weeks on average; the stage's mean must exceed that by at least one week",
					stage, sp.participants, sp.recruitWeeks)))
			}
		}
		p.stages[i] = sp
	}
	return ps
}

func (p *params) resolveCare(c *scenario.Care, in *Inputs, at *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	if c == nil {
		c = &scenario.Care{}
	}
	fp := at.Child("facilities")
	// The facilities modelled: the care section's, or when it lists none
	// every facility whose documents state capacity in force on the start.
	type facilitySpec struct {
		scenario.CareFacility
		at     *vocab.Path // where its problems point
		listed bool        // listed in the scenario
	}
	var fspecs []facilitySpec
	for i, f := range c.Facilities {
		fspecs = append(fspecs, facilitySpec{f, fp.Index(i), true})
	}
	if len(c.Facilities) == 0 {
		for _, f := range in.Facilities {
			if len(f.Capacity) == 0 {
				continue
			}
			if _, ok := f.capacityAt(p.start); !ok {
				ps = ps.Add(vocab.NotFound(fp, string(f.ID), "the documents state no capacity for facility "+string(f.ID)+
					" in force on "+p.start.String()+": it is not modelled").AsWarning())
				continue
			}
			fspecs = append(fspecs, facilitySpec{scenario.CareFacility{Facility: f.ID}, fp, false})
		}
	}
	index := map[vocab.FacilityID]int{}
	for _, f := range fspecs {
		ip := f.at
		fi, ok := in.facility(f.Facility)
		if !ok {
			ps = ps.Add(vocab.NotFound(ip.Child("facility"), string(f.Facility), "not among the centre's facilities"))
			continue
		}
		if len(f.Facility) > maxMetricID {
			ps = ps.Add(vocab.Invalid(ip.Child("facility"), string(f.Facility), fmt.Sprintf("at most %d characters: it names output metrics", maxMetricID)))
		}
		name := "care/facilities/" + string(f.Facility) + "/"
		fpar := facilityParams{id: f.Facility, draw: f.Draw}
		doc, hasDoc := fi.capacityAt(p.start)
		unit := "units"
		if fi.Unit != "" {
			unit = string(fi.Unit)
		}
		switch {
		case f.CapacityPerWeek != nil:
			fpar.capacity = *f.CapacityPerWeek
			p.add(name+"capacity-per-week", strconv.Itoa(fpar.capacity), unit+" a week", OriginScenario, "the scenario")
		case hasDoc:
			num, den, _ := weekFactor(doc.Per)
			w, ok := perWeek(doc.Amount, num, den)
			if !ok || w > scenario.MaxFacilityUnits {
				ps = ps.Add(vocab.OutOfRange(ip.Child("capacityPerWeek"), fmt.Sprintf("%d %s per %s", doc.Amount, unit, doc.Per),
					fmt.Sprintf("the documents' capacity of %s is above %d a week; give one here", f.Facility, scenario.MaxFacilityUnits)))
				break
			}
			fpar.capacity = int(w)
			p.add(name+"capacity-per-week", strconv.Itoa(fpar.capacity), unit+" a week", OriginDocuments,
				"the centre's portfolio: "+figure(doc.Amount, unit, doc.Per, doc.Period, true))
		default:
			ps = ps.Add(vocab.Required(ip.Child("capacityPerWeek"), "the centre's documents give no capacity for "+string(f.Facility)+
				" in force on "+p.start.String()+"; give one here"))
		}
		switch {
		case f.ResearchShare != nil:
			fpar.share = *f.ResearchShare
			p.add(name+"research-share", fpar.share.String(), "share", OriginScenario, "the scenario")
		case hasDoc:
			fpar.share = doc.ResearchShare
			p.add(name+"research-share", fpar.share.String(), "share", OriginDocuments, "the centre's portfolio: the capacity figure from "+doc.Period.String())
		default:
			p.add(name+"research-share", "0", "share", OriginDefault, "none given here or in the documents: research draws nothing")
		}
		// The bound on research's share: the scenario's ring-fence, else
		// the tighter of the facility's own (programme) and the policy's
		// ring-fence safeguard (funding.RingFence).
		var rf vocab.Ratio
		var rfOrigin Origin
		var rfSource string
		switch {
		case c.RingFence != nil:
			rf, rfOrigin, rfSource = *c.RingFence, OriginScenario, "the scenario"
		case fi.RingFence != nil && (in.RingFence == nil || !in.RingFence.Less(*fi.RingFence)):
			rf, rfOrigin, rfSource = *fi.RingFence, OriginDocuments, "the centre's portfolio: the facility's ring-fence (programme.Facility.RingFence)"
			if in.RingFence != nil {
				rfSource += ", within the funding policy's ring-fence of " + in.RingFence.PercentString(1)
			}
		case in.RingFence != nil:
			rf, rfOrigin, rfSource = *in.RingFence, OriginDocuments, "the centre's funding policy: its smallest ring-fence rule (funding.RingFence)"
			if fi.RingFence != nil {
				rfSource += ", tighter than the facility's own ring-fence of " + fi.RingFence.PercentString(1)
			}
		default:
			rf, rfOrigin, rfSource = vocab.IntRatio(1), OriginDefault, "no ring-fence in the documents: research may draw its whole share"
		}
		fpar.ringFence = rf
		p.add(name+"ring-fence", rf.String(), "share", rfOrigin, rfSource)
		fpar.effective = fpar.share
		if rf.Less(fpar.share) {
			fpar.effective = rf
			sp := ip.Child("researchShare")
			if !f.listed || f.ResearchShare == nil {
				sp = ip
			}
			ps = ps.Add(vocab.OutOfRange(sp, fpar.share.String(), fmt.Sprintf(
				"facility %s: research share above the ring-fence %s (%s): research draws at most the ring-fence", f.Facility, rf, rfSource)).AsWarning())
		}
		fpar.reserve = floorMulDiv(fpar.capacity, fpar.effective.Num(), fpar.effective.Den())
		o := OriginScenario
		if fpar.draw == "" {
			fpar.draw, o = scenario.DrawDemand, OriginDefault
		}
		p.add(name+"draw", string(fpar.draw), "", o, sourceOf(o, ModelChoice+": research takes what its participants need, up to its share"))
		fpar.perParticipant, o = pickRatio(f.PerParticipant, defaultPerUnit)
		p.add(name+"per-participant", fpar.perParticipant.String(), unit+" a participant", o, sourceOf(o, Illustrative))
		index[f.Facility] = len(p.facilities)
		p.facilities = append(p.facilities, fpar)
	}
	wp := at.Child("pathways")
	// The pathways modelled: the care section's, or when it lists none
	// every pathway whose documents state demand in force on the start.
	type pathwaySpec struct {
		scenario.CarePathway
		at     *vocab.Path
		listed bool
	}
	var wspecs []pathwaySpec
	for i, w := range c.Pathways {
		wspecs = append(wspecs, pathwaySpec{w, wp.Index(i), true})
	}
	if len(c.Pathways) == 0 {
		for _, w := range in.Pathways {
			if _, ok := w.demandAt(p.start); !ok {
				continue
			}
			if k := slices.IndexFunc(w.Uses, func(u programme.FacilityUse) bool { _, ok := index[u.Facility]; return !ok }); k >= 0 {
				ps = ps.Add(vocab.NotFound(wp, string(w.Uses[k].Facility), fmt.Sprintf(
					"the documents' pathway %s uses facility %s, which the care section does not model: the pathway is not modelled", w.ID, w.Uses[k].Facility)).AsWarning())
				continue
			}
			wspecs = append(wspecs, pathwaySpec{scenario.CarePathway{Pathway: w.ID}, wp, false})
		}
	}
	limits := StandardLimits()
	demand := make([]*big.Rat, len(p.facilities))
	for i := range demand {
		demand[i] = new(big.Rat)
	}
	for _, w := range wspecs {
		ip := w.at
		wi, ok := in.pathway(w.Pathway)
		if !ok {
			ps = ps.Add(vocab.NotFound(ip.Child("pathway"), string(w.Pathway), "not among the centre's pathways"))
			continue
		}
		if len(w.Pathway) > maxMetricID {
			ps = ps.Add(vocab.Invalid(ip.Child("pathway"), string(w.Pathway), fmt.Sprintf("at most %d characters: it names output metrics", maxMetricID)))
		}
		std, ok1 := programme.LookupStandard(wi.Standard)
		lim, ok2 := limits[wi.Standard]
		if !ok1 || !ok2 {
			ps = ps.Add(vocab.NotSupported(ip.Child("pathway"), string(wi.Standard), programme.StandardIDs()))
			continue
		}
		name := "care/pathways/" + string(w.Pathway) + "/"
		pp := pathwayParams{id: w.Pathway, standard: std, limit: lim, ownSlots: -1, listCap: w.ListCapacity, initial: w.Initial}
		p.add(name+"standard", string(std.ID), "", OriginDocuments,
			fmt.Sprintf("the centre's portfolio; target %s within %d days (%d weeks), %s", std.Target.Value.PercentString(0), lim.Days, lim.Weeks,
				map[bool]string{true: "of patients waiting", false: "of patients treated"}[lim.Incomplete]))
		doc, hasDoc := wi.demandAt(p.start)
		switch {
		case !w.ReferralsPerWeek.IsZero():
			pp.referrals = w.ReferralsPerWeek
			p.add(name+"referrals-per-week", pp.referrals.String(), "referrals a week", OriginScenario, "the scenario")
		case hasDoc:
			num, den, _ := weekFactor(doc.Per)
			r, err := vocab.IntRatio(doc.Referrals).Mul(vocab.MustRatio(num, den))
			if err != nil || r.Sign() <= 0 || vocab.IntRatio(scenario.MaxRate).Less(r) {
				ps = ps.Add(vocab.OutOfRange(ip.Child("referralsPerWeek"), fmt.Sprintf("%d referrals per %s", doc.Referrals, doc.Per),
					fmt.Sprintf("the documents' demand for %s must come to above 0 and at most %d a week; give it here", w.Pathway, scenario.MaxRate)))
				break
			}
			pp.referrals = r
			p.add(name+"referrals-per-week", pp.referrals.String(), "referrals a week", OriginDocuments,
				"the centre's portfolio: "+figure(doc.Referrals, "referrals", doc.Per, doc.Period, false))
		default:
			ps = ps.Add(vocab.Required(ip.Child("referralsPerWeek"), "the centre's documents give no demand for "+string(w.Pathway)+
				" in force on "+p.start.String()+"; give it here"))
		}
		if w.SlotsPerWeek != nil {
			pp.ownSlots = *w.SlotsPerWeek
			p.add(name+"slots-per-week", strconv.Itoa(pp.ownSlots), "patients a week", OriginScenario, "the scenario")
		}
		if pp.listCap == 0 {
			pp.listCap = scenario.DefaultListCapacity
			p.add(name+"list-capacity", strconv.Itoa(pp.listCap), "patients", OriginDefault, NotAFact)
		}
		type use struct {
			facility vocab.FacilityID
			per      vocab.Ratio
		}
		var uses []use
		useOrigin := OriginScenario
		for _, u := range w.Uses {
			uses = append(uses, use{u.Facility, u.PerReferral})
		}
		if len(w.Uses) == 0 {
			useOrigin = OriginDocuments
			for _, u := range wi.Uses {
				uses = append(uses, use{u.Facility, u.Need})
			}
		}
		if len(uses) == 0 && w.SlotsPerWeek == nil {
			ps = ps.Add(vocab.Required(ip, "capacity for pathway "+string(w.Pathway)+": slotsPerWeek, or uses of facilities (here or in the documents)"))
		}
		for _, u := range uses {
			f, ok := index[u.facility]
			if !ok {
				if useOrigin == OriginDocuments {
					ps = ps.Add(vocab.NotFound(ip.Child("uses"), string(u.facility), fmt.Sprintf(
						"the documents' pathway %s uses facility %s, which the care section does not model; list it, or give the pathway's uses", w.Pathway, u.facility)))
				}
				continue // the scenario's own are reported by the scenario
			}
			pp.uses = append(pp.uses, useParams{facility: f, per: u.per})
			src := "the scenario"
			if useOrigin == OriginDocuments {
				src = "the centre's portfolio: the pathway's facility use"
			}
			p.add(name+"uses/"+string(u.facility), u.per.String(), "units a referral", useOrigin, src)
			d := new(big.Rat).Mul(pp.referrals.Big(), u.per.Big())
			demand[f].Add(demand[f], d)
		}
		p.pathways = append(p.pathways, pp)
	}
	if ps.HasErrors() {
		return ps
	}
	// Each pathway's fixed share of a facility's care capacity is its share
	// of the facility's expected demand.
	for i := range p.pathways {
		pp := &p.pathways[i]
		for k := range pp.uses {
			u := &pp.uses[k]
			d := new(big.Rat).Mul(pp.referrals.Big(), u.per.Big())
			sh := d.Quo(d, demand[u.facility])
			if !sh.Num().IsInt64() || !sh.Denom().IsInt64() {
				return ps.Add(vocab.Invalid(wp.Index(i), nil, "demand shares too fine to represent exactly"))
			}
			u.shareNum, u.shareDen = sh.Num().Int64(), sh.Denom().Int64()
		}
	}
	return ps
}

// bounds checks that money stays representable and that the projects a
// point expects to start in t0 over its horizon (its t0 money over the
// cost of a start) stay within MaxProjects: every later stage starts
// only projects that passed t0, so a replication holds at most five
// times that many.
func (p *params) bounds(at *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	firstFY := vocab.FinancialYearOf(p.start.AddDays(-7 * p.warmUp))
	lastFY := vocab.FinancialYearOf(p.start.AddDays(7 * (p.weeks - 1)))
	g := p.growth.Float64()
	var total, t0 float64
	for i, b := range p.base {
		total += float64(b)
		t0 += float64(b) * p.payments[p.cells[i].Class][0].Float64()
	}
	var years float64
	for y := firstFY; y <= lastFY; y++ {
		years += math.Pow(1+g, float64(int(y)-int(p.baseYear)))
	}
	if total*years > float64(math.MaxInt64)/4 {
		return ps.Add(vocab.OutOfRange(at.Child("funding").Child("growth"), p.growth.String(), "the horizon's money would not fit in int64 minor units"))
	}
	if starts := t0 * years / float64(p.stages[0].cost); starts > MaxProjects {
		ps = ps.Add(vocab.OutOfRange(at.Child("translation"), strconv.FormatFloat(starts, 'g', 3, 64)+" starts in t0",
			fmt.Sprintf("the horizon's expected t0 money buys at most %d starts at t0's cost; raise the cost or shorten the horizon", MaxProjects)))
	}
	return ps
}

// perWeek returns ⌊amount·num/den⌋, and false when it does not fit.
func perWeek(amount, num, den int64) (int64, bool) {
	r := new(big.Int).Mul(big.NewInt(amount), big.NewInt(num))
	r.Quo(r, big.NewInt(den))
	if !r.IsInt64() {
		return 0, false
	}
	return r.Int64(), true
}

// figure describes a documents' figure and, unless it is per week, how
// it became a weekly one.
func figure(amount int64, unit string, per programme.Interval, period vocab.Period, floor bool) string {
	s := fmt.Sprintf("%d %s per %s from %s", amount, unit, per, period)
	if per != programme.IntervalWeek {
		num, den, _ := weekFactor(per)
		s += fmt.Sprintf(", × %d/%d to a week", num, den)
		if floor {
			s += ", rounded down"
		}
	}
	return s
}
