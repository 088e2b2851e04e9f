// Package ahscmodeltest provides rapid generators for package ahscmodel:
// small centres' model inputs, scenarios that are valid for them by
// construction and quick to run many times in a property test, and
// mutations that break a valid scenario in exactly one way with the path
// and problem type ahscmodel.Check must report. Production code must
// never import it.
package ahscmodeltest

import (
	"fmt"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/sim/ahscmodel"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/programme"
)

// Case is a centre's model inputs and a scenario valid for them.
type Case struct {
	// Inputs are the centre's inputs.
	Inputs *ahscmodel.Inputs
	// Scenario is a scenario with a centre section, without a sweep.
	Scenario *scenario.Scenario
}

// Inputs generates a small centre's inputs: GBP, one to three programmes,
// flows from one to four funder classes in one or two financial years
// (2023-24, 2024-25) of £0.1 million to £2 million each, up to two
// private-share caps of either scope, an optional ring-fence, one or two
// facilities (the first with a capacity figure in the documents, per
// week, day or month, a research share and a ring-fence) and one to three
// pathways held to any of programme.Standards (the first with a weekly
// demand figure and a use of the first facility in the documents).
func Inputs() *rapid.Generator[*ahscmodel.Inputs] {
	return rapid.Custom(func(t *rapid.T) *ahscmodel.Inputs {
		in := &ahscmodel.Inputs{Centre: "test-centre", Name: "Test centre", Currency: funding.GBP,
			Notes: []string{"generated for a property test"}}
		np := rapid.IntRange(1, 3).Draw(t, "programmes")
		for i := range np {
			in.Programmes = append(in.Programmes, vocab.ProgrammeID(fmt.Sprintf("programme-%d", i+1)))
		}
		classes := rapid.SliceOfNDistinct(rapid.SampledFrom(funding.FunderClasses().Values()), 1, 4,
			func(c funding.FunderClass) funding.FunderClass { return c }).Draw(t, "classes")
		years := []vocab.FinancialYear{vocab.MustParseFinancialYear("2023-24"), vocab.MustParseFinancialYear("2024-25")}
		years = years[rapid.IntRange(0, 1).Draw(t, "firstYear"):]
		var flows []funding.Flow
		for _, y := range years {
			for _, c := range classes {
				// Each class gives to one or more programmes, or leaves money unallocated.
				for _, p := range rapid.SliceOfNDistinct(rapid.IntRange(0, np), 1, np+1, func(i int) int { return i }).Draw(t, "targets") {
					prog := vocab.ProgrammeID("")
					if p < np {
						prog = in.Programmes[p]
					}
					flows = append(flows, funding.Flow{Year: y, Class: c, Programme: prog,
						Amount: funding.Pounds(rapid.Int64Range(100_000, 2_000_000).Draw(t, "pounds"))})
				}
			}
		}
		in.Flows = ahscmodel.SumFlows(flows)
		for range rapid.IntRange(0, 2).Draw(t, "policyCaps") {
			in.PolicyCaps = append(in.PolicyCaps, funding.PrivateShareCap{
				Scope: rapid.SampledFrom(funding.Scopes().Values()).Draw(t, "scope"),
				Cap:   vocab.Percent(rapid.Int64Range(0, 100).Draw(t, "capPercent"))})
		}
		if rapid.Bool().Draw(t, "ringFence") {
			r := vocab.Percent(rapid.Int64Range(5, 100).Draw(t, "ringFencePercent"))
			in.RingFence = &r
		}
		nf := rapid.IntRange(1, 2).Draw(t, "facilities")
		for i := range nf {
			f := ahscmodel.FacilityInput{ID: vocab.FacilityID(fmt.Sprintf("facility-%d", i+1)), Kind: programme.FacilityKindImaging}
			if i == 0 {
				// Capacity as the documents state it, per week, day or month.
				per := rapid.SampledFrom([]programme.Interval{programme.IntervalWeek, programme.IntervalDay, programme.IntervalMonth}).Draw(t, "per")
				scale := map[programme.Interval]int64{programme.IntervalWeek: 7, programme.IntervalDay: 1, programme.IntervalMonth: 30}[per]
				rf := vocab.Percent(rapid.Int64Range(0, 100).Draw(t, "facilityRingFence"))
				share := vocab.MustRatio(rapid.Int64Range(0, rf.Num()).Draw(t, "documentedShare"), rf.Den())
				f.Unit, f.RingFence = programme.CapacityUnitScans, &rf
				f.Capacity = []programme.Capacity{{Period: documentsFrom, Per: per, ResearchShare: share,
					Amount: rapid.Int64Range(3*scale, 30*scale).Draw(t, "documentedCapacity")}}
			}
			in.Facilities = append(in.Facilities, f)
		}
		for i := range rapid.IntRange(1, 3).Draw(t, "pathways") {
			w := ahscmodel.PathwayInput{ID: programme.PathwayID(fmt.Sprintf("pathway-%d", i+1)),
				Standard: rapid.SampledFrom(programme.StandardIDs()).Draw(t, "standard")}
			if i == 0 {
				// Demand and a use of the first facility as the documents state them.
				w.Demand = []programme.Demand{{Period: documentsFrom, Per: programme.IntervalWeek,
					Referrals: rapid.Int64Range(1, 30).Draw(t, "documentedReferrals")}}
				w.Uses = []programme.FacilityUse{{Facility: in.Facilities[0].ID, Unit: programme.CapacityUnitScans,
					Need: vocab.MustRatio(rapid.Int64Range(1, 8).Draw(t, "documentedNeedQuarters"), 4)}}
			}
			in.Pathways = append(in.Pathways, w)
		}
		return in
	})
}

// documentsFrom is when generated documents' capacity and demand figures
// start; they hold until further notice.
var documentsFrom = vocab.PeriodFrom(vocab.MustDate(2020, 4, 1))

// Scenario generates a scenario valid for in: a start on 1 April 2026 to
// 2028, 1 to 120 reported weeks after up to 60 warm-up weeks, funding with
// random variation, growth, an optional cap in either mode and, half the
// time when in has some, the policy's caps applied in either mode, stage
// costs of £50,000 to £2 million (so a replication starts at most a few
// hundred projects), and care for every pathway of in on its facilities
// with up to 30 referrals a week, or the documents' demand and uses.
func Scenario(in *ahscmodel.Inputs) *rapid.Generator[*scenario.Scenario] {
	return rapid.Custom(func(t *rapid.T) *scenario.Scenario {
		s := &scenario.Scenario{Version: vocab.CurrentVersion, ID: "generated",
			Start:       vocab.MustDate(rapid.IntRange(2026, 2028).Draw(t, "startYear"), 4, 1),
			Weeks:       rapid.IntRange(1, 120).Draw(t, "weeks"),
			WarmUpWeeks: rapid.IntRange(0, 60).Draw(t, "warmUpWeeks"),
			Reporting:   rapid.SampledFrom(scenario.ReportingPeriods().Values()).Draw(t, "reporting"),
			Centre:      &scenario.Centre{}}
		c := s.Centre
		variation := vocab.Percent(rapid.Int64Range(0, 50).Draw(t, "variation"))
		growth := vocab.Percent(rapid.Int64Range(-5, 5).Draw(t, "growth"))
		c.Funding = &scenario.CentreFunding{Variation: &variation, Growth: &growth}
		if rapid.Bool().Draw(t, "cap") {
			c.Funding.Cap = Cap().Draw(t, "fundingCap")
		}
		if len(in.PolicyCaps) > 0 && rapid.Bool().Draw(t, "applyPolicy") {
			p := Cap().Draw(t, "policyMode")
			c.Funding.ApplyPolicy = &scenario.CapApplication{Mode: p.Mode, Backfill: p.Backfill, ExpiresAfterYears: p.ExpiresAfterYears}
		}
		c.Translation = &scenario.Translation{MaxWaitWeeks: rapid.IntRange(1, 60).Draw(t, "maxWait")}
		for _, st := range scenario.TranslationStages().Values() {
			ss := scenario.StageSettings{Stage: st, CostPerStart: rapid.IntRange(20_000_000, 200_000_000).Draw(t, "cost"),
				MeanWeeks: vocab.IntRatio(rapid.Int64Range(2, 30).Draw(t, "meanWeeks"))}
			succ := vocab.Percent(rapid.Int64Range(0, 100).Draw(t, "success"))
			ss.Success = &succ
			if st.IsTrial() {
				ss.MeanWeeks = vocab.IntRatio(rapid.Int64Range(25, 60).Draw(t, "trialWeeks"))
				ss.Trial = &scenario.TrialRecruitment{Participants: rapid.IntRange(1, 10).Draw(t, "participants"),
					MeanRatePerWeek: vocab.IntRatio(rapid.Int64Range(1, 3).Draw(t, "rate")), Shape: vocab.IntRatio(rapid.Int64Range(2, 6).Draw(t, "shape"))}
			}
			c.Translation.Stages = append(c.Translation.Stages, ss)
		}
		c.Care = &scenario.Care{}
		for i, f := range in.Facilities {
			cf := scenario.CareFacility{Facility: f.ID, Draw: rapid.SampledFrom(scenario.DrawModes().Values()).Draw(t, "draw")}
			if i > 0 || rapid.Bool().Draw(t, "overrideCapacity") {
				capacity := rapid.IntRange(0, 200).Draw(t, "capacity")
				cf.CapacityPerWeek = &capacity
			}
			share := vocab.Percent(rapid.Int64Range(0, 50).Draw(t, "researchShare"))
			cf.ResearchShare = &share
			per := vocab.MustRatio(rapid.Int64Range(0, 8).Draw(t, "perParticipantQuarters"), 4)
			cf.PerParticipant = &per
			c.Care.Facilities = append(c.Care.Facilities, cf)
		}
		for _, w := range in.Pathways {
			cp := scenario.CarePathway{Pathway: w.ID, ListCapacity: rapid.IntRange(1, 400).Draw(t, "listCapacity")}
			cp.Initial = rapid.IntRange(0, cp.ListCapacity).Draw(t, "initial")
			if len(w.Demand) > 0 && rapid.Bool().Draw(t, "documentedDemand") {
				c.Care.Pathways = append(c.Care.Pathways, cp) // referrals and uses from the documents
				continue
			}
			cp.ReferralsPerWeek = vocab.MustRatio(rapid.Int64Range(1, 60).Draw(t, "referralHalves"), 2)
			for _, f := range rapid.SliceOfNDistinct(rapid.SampledFrom(in.Facilities), 0, len(in.Facilities),
				func(f ahscmodel.FacilityInput) vocab.FacilityID { return f.ID }).Draw(t, "uses") {
				cp.Uses = append(cp.Uses, scenario.FacilityUse{Facility: f.ID, PerReferral: vocab.MustRatio(rapid.Int64Range(1, 8).Draw(t, "perReferralQuarters"), 4)})
			}
			if len(cp.Uses) == 0 || rapid.Bool().Draw(t, "ownSlots") {
				slots := rapid.IntRange(0, 40).Draw(t, "slots")
				cp.SlotsPerWeek = &slots
			}
			c.Care.Pathways = append(c.Care.Pathways, cp)
		}
		return s
	})
}

// Cap generates a cap on private money: either scope, a cap of 0 to 100%,
// decline (with a backfill by public money half the time) or defer (expiry
// after one to three years).
func Cap() *rapid.Generator[*scenario.FundingCap] {
	return rapid.Custom(func(t *rapid.T) *scenario.FundingCap {
		c := &scenario.FundingCap{Scope: rapid.SampledFrom(funding.Scopes().Values()).Draw(t, "scope"),
			Cap: vocab.Percent(rapid.Int64Range(0, 100).Draw(t, "percent")), Mode: rapid.SampledFrom(scenario.CapModes().Values()).Draw(t, "mode")}
		switch {
		case c.Mode == scenario.CapDefer:
			c.ExpiresAfterYears = rapid.IntRange(1, 3).Draw(t, "expiry")
		case rapid.Bool().Draw(t, "backfill"):
			c.Backfill = &scenario.Backfill{Class: funding.FunderClassPublic, Share: vocab.Percent(rapid.Int64Range(0, 100).Draw(t, "backfillShare"))}
		}
		return c
	})
}

// Cases generates inputs and a scenario valid for them.
func Cases() *rapid.Generator[Case] {
	return rapid.Custom(func(t *rapid.T) Case {
		in := Inputs().Draw(t, "inputs")
		return Case{Inputs: in, Scenario: Scenario(in).Draw(t, "scenario")}
	})
}

var pp = vocab.NewPath

// mutators lists every defect Check reports for a scenario that is valid
// on its own but does not fit the inputs; each always applies.
func mutators() []vocabtest.Mutator[Case] {
	always := func(apply func(*rapid.T, Case) (*vocab.Path, vocab.ProblemType)) func(*rapid.T, Case) (*vocab.Path, vocab.ProblemType, bool) {
		return func(t *rapid.T, c Case) (*vocab.Path, vocab.ProblemType, bool) {
			p, typ := apply(t, c)
			return p, typ, true
		}
	}
	care := func(Case) *vocab.Path { return pp("centre").Child("care") }
	return []vocabtest.Mutator[Case]{
		{Kind: "unknown facility", Apply: always(func(t *rapid.T, c Case) (*vocab.Path, vocab.ProblemType) {
			i := rapid.IntRange(0, len(c.Scenario.Centre.Care.Facilities)-1).Draw(t, "facility")
			f := &c.Scenario.Centre.Care.Facilities[i]
			old := f.Facility
			f.Facility = "no-such-facility"
			for k := range c.Scenario.Centre.Care.Pathways {
				for j := range c.Scenario.Centre.Care.Pathways[k].Uses {
					if u := &c.Scenario.Centre.Care.Pathways[k].Uses[j]; u.Facility == old {
						u.Facility = f.Facility
					}
				}
			}
			return care(c).Child("facilities").Index(i).Child("facility"), vocab.ErrNotFound
		})},
		{Kind: "unknown pathway", Apply: always(func(t *rapid.T, c Case) (*vocab.Path, vocab.ProblemType) {
			i := rapid.IntRange(0, len(c.Scenario.Centre.Care.Pathways)-1).Draw(t, "pathway")
			c.Scenario.Centre.Care.Pathways[i].Pathway = "no-such-pathway"
			return care(c).Child("pathways").Index(i).Child("pathway"), vocab.ErrNotFound
		})},
		{Kind: "no capacity anywhere", Apply: always(func(t *rapid.T, c Case) (*vocab.Path, vocab.ProblemType) {
			c.Inputs.Facilities[0].Capacity, c.Inputs.Facilities[0].RingFence = nil, nil
			c.Scenario.Centre.Care.Facilities[0].CapacityPerWeek = nil
			return care(c).Child("facilities").Index(0).Child("capacityPerWeek"), vocab.ErrRequired
		})},
		{Kind: "no demand anywhere", Apply: always(func(t *rapid.T, c Case) (*vocab.Path, vocab.ProblemType) {
			i := rapid.IntRange(0, len(c.Scenario.Centre.Care.Pathways)-1).Draw(t, "pathway")
			c.Inputs.Pathways[i].Demand = nil
			c.Scenario.Centre.Care.Pathways[i].ReferralsPerWeek = vocab.Ratio{}
			return care(c).Child("pathways").Index(i).Child("referralsPerWeek"), vocab.ErrRequired
		})},
		{Kind: "pathway without capacity", Apply: always(func(t *rapid.T, c Case) (*vocab.Path, vocab.ProblemType) {
			i := rapid.IntRange(0, len(c.Scenario.Centre.Care.Pathways)-1).Draw(t, "pathway")
			w := &c.Scenario.Centre.Care.Pathways[i]
			w.Uses, w.SlotsPerWeek = nil, nil
			c.Inputs.Pathways[i].Uses = nil
			return care(c).Child("pathways").Index(i), vocab.ErrRequired
		})},
		{Kind: "base year without money", Apply: always(func(_ *rapid.T, c Case) (*vocab.Path, vocab.ProblemType) {
			c.Scenario.Centre.Funding.BaseYear = vocab.MustParseFinancialYear("2019-20")
			return pp("centre").Child("funding").Child("baseYear"), vocab.ErrNotFound
		})},
		{Kind: "backfill counted by another cap", Apply: always(func(_ *rapid.T, c Case) (*vocab.Path, vocab.ProblemType) {
			c.Inputs.PolicyCaps = append(c.Inputs.PolicyCaps, funding.PrivateShareCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(50),
				Classes: []funding.FunderClass{funding.FunderClassPublic}})
			f := c.Scenario.Centre.Funding
			f.ApplyPolicy = &scenario.CapApplication{Mode: scenario.CapDecline}
			f.Cap = &scenario.FundingCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(30), Mode: scenario.CapDecline,
				Backfill: &scenario.Backfill{Class: funding.FunderClassPublic, Share: vocab.Percent(50)}}
			return pp("centre").Child("funding").Child("cap").Child("backfill").Child("class"), vocab.ErrInvalid
		})},
		{Kind: "recruitment longer than the stage", Apply: always(func(t *rapid.T, c Case) (*vocab.Path, vocab.ProblemType) {
			i := 1 // t1, a trial stage
			st := &c.Scenario.Centre.Translation.Stages[i]
			st.Trial.Participants = 1000
			st.Trial.MeanRatePerWeek = vocab.IntRatio(1)
			return pp("centre").Child("translation").Child("stages").Index(i).Child("meanWeeks"), vocab.ErrOutOfRange
		})},
	}
}

// ScenarioMutationKinds lists the kinds of defect [MutatedScenario]
// makes, sorted.
func ScenarioMutationKinds() []string { return vocabtest.MutationKinds(mutators()) }

// MutatedScenario generates a case whose scenario is valid on its own
// but broken for its inputs in exactly one way, one of kinds (all kinds
// when none are named), with the path and problem type
// ahscmodel.Check must report. It panics on an unknown kind, a bug in the
// test.
func MutatedScenario(kinds ...string) *rapid.Generator[vocabtest.Mutation[Case]] {
	return vocabtest.Mutated(Cases(), mutators(), kinds...)
}
