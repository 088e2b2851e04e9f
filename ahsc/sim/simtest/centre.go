package simtest

import (
	"fmt"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/programme"
)

// CentreScenario generates valid scenarios with a centre section (the AHSC
// model's), valid as documents: it starts on 1 April, has funding with a
// cap and the policy's caps applied in either mode and payments that sum
// to one, overrides of every
// stage, facilities and pathways that use them, and up to two sweep axes
// over its ratios and counts (optional ones only where set). The IDs of
// facilities and pathways are not checked against any centre here; package
// ahscmodel's generators do that.
func CentreScenario() *rapid.Generator[*scenario.Scenario] {
	return rapid.Custom(func(t *rapid.T) *scenario.Scenario {
		s := &scenario.Scenario{Version: vocab.CurrentVersion, ID: vocabtest.ID[scenario.ID]().Draw(t, "id"),
			Start:       vocab.MustDate(rapid.IntRange(2000, 2100).Draw(t, "year"), 4, 1),
			Weeks:       rapid.IntRange(1, 800).Draw(t, "weeks"),
			WarmUpWeeks: rapid.IntRange(0, 600).Draw(t, "warmUpWeeks"),
			Reporting:   rapid.SampledFrom(append(scenario.ReportingPeriods().Values(), "")).Draw(t, "reporting"),
			Centre:      &scenario.Centre{}}
		c := s.Centre
		if rapid.Bool().Draw(t, "funding") {
			f := &scenario.CentreFunding{}
			if rapid.Bool().Draw(t, "baseYear") {
				f.BaseYear = vocab.FinancialYear(rapid.IntRange(2000, 2030).Draw(t, "base"))
			}
			v := ratio(t, "variation", 0, 2)
			f.Variation = &v
			g := vocab.Percent(rapid.Int64Range(-50, 50).Draw(t, "growth"))
			f.Growth = &g
			if rapid.Bool().Draw(t, "cap") {
				f.Cap = fundingCap(t)
			}
			if rapid.Bool().Draw(t, "applyPolicy") {
				c := fundingCap(t)
				f.ApplyPolicy = &scenario.CapApplication{Mode: c.Mode, Backfill: c.Backfill, ExpiresAfterYears: c.ExpiresAfterYears}
			}
			for _, cl := range rapid.SliceOfNDistinct(rapid.SampledFrom(funding.FunderClasses().Values()), 0, 4,
				func(c funding.FunderClass) funding.FunderClass { return c }).Draw(t, "paying") {
				f.Payments = append(f.Payments, payments(t, cl))
			}
			c.Funding = f
		}
		if rapid.Bool().Draw(t, "translation") {
			tr := &scenario.Translation{MaxWaitWeeks: rapid.IntRange(0, 200).Draw(t, "maxWait")}
			for _, st := range rapid.SliceOfNDistinct(rapid.SampledFrom(scenario.TranslationStages().Values()), 0, 5,
				func(s scenario.TranslationStage) scenario.TranslationStage { return s }).Draw(t, "stages") {
				ss := scenario.StageSettings{Stage: st, MeanWeeks: ratio(t, "meanWeeks", 1, 400), CostPerStart: rapid.IntRange(1, 1_000_000_000).Draw(t, "cost")}
				succ := vocabtest.Ratio().Draw(t, "success")
				ss.Success = &succ
				if st.IsTrial() && rapid.Bool().Draw(t, "trial") {
					ss.Trial = &scenario.TrialRecruitment{Participants: rapid.IntRange(1, 500).Draw(t, "participants"),
						MeanRatePerWeek: ratio(t, "rate", 1, 10), Shape: ratio(t, "shape", 2, 10)}
				}
				tr.Stages = append(tr.Stages, ss)
			}
			c.Translation = tr
		}
		if rapid.Bool().Draw(t, "care") {
			care := &scenario.Care{}
			if rapid.Bool().Draw(t, "ringFence") {
				r := vocabtest.Ratio().Draw(t, "ringFenceShare")
				care.RingFence = &r
			}
			for i := range rapid.IntRange(0, 3).Draw(t, "facilities") {
				f := scenario.CareFacility{Facility: vocab.FacilityID(fmt.Sprintf("facility-%d", i+1)),
					Draw: rapid.SampledFrom(append(scenario.DrawModes().Values(), "")).Draw(t, "draw")}
				capacity := rapid.IntRange(0, 5000).Draw(t, "capacity")
				f.CapacityPerWeek = &capacity
				share := vocabtest.Ratio().Draw(t, "researchShare")
				f.ResearchShare = &share
				care.Facilities = append(care.Facilities, f)
			}
			for i := range rapid.IntRange(0, 3).Draw(t, "pathways") {
				w := scenario.CarePathway{Pathway: programme.PathwayID(fmt.Sprintf("pathway-%d", i+1)), ReferralsPerWeek: ratio(t, "referrals", 1, 100),
					ListCapacity: rapid.IntRange(1, 1000).Draw(t, "listCapacity")}
				w.Initial = rapid.IntRange(0, w.ListCapacity).Draw(t, "initial")
				for _, f := range care.Facilities {
					if rapid.Bool().Draw(t, "uses") {
						w.Uses = append(w.Uses, scenario.FacilityUse{Facility: f.Facility, PerReferral: ratio(t, "perReferral", 1, 5)})
					}
				}
				if rapid.Bool().Draw(t, "ownSlots") {
					slots := rapid.IntRange(0, 100).Draw(t, "slots")
					w.SlotsPerWeek = &slots
				}
				care.Pathways = append(care.Pathways, w)
			}
			c.Care = care
		}
		s.Sweep = centreSweep(t, s)
		return s
	})
}

func fundingCap(t *rapid.T) *scenario.FundingCap {
	c := &scenario.FundingCap{Scope: rapid.SampledFrom(funding.Scopes().Values()).Draw(t, "scope"),
		Cap: vocabtest.Ratio().Draw(t, "capShare"), Mode: rapid.SampledFrom(scenario.CapModes().Values()).Draw(t, "mode")}
	if c.Mode == scenario.CapDefer {
		c.ExpiresAfterYears = rapid.IntRange(1, scenario.MaxExpiryYears).Draw(t, "expiry")
	} else if rapid.Bool().Draw(t, "backfill") {
		c.Backfill = &scenario.Backfill{Class: funding.FunderClassPublic, Share: vocabtest.Ratio().Draw(t, "backfillShare")}
	}
	return c
}

// payments draws a class's shares over distinct stages, summing to one.
func payments(t *rapid.T, cl funding.FunderClass) scenario.StagePayments {
	stages := rapid.SliceOfNDistinct(rapid.SampledFrom(scenario.TranslationStages().Values()), 1, 5,
		func(s scenario.TranslationStage) scenario.TranslationStage { return s }).Draw(t, "payStages")
	sp := scenario.StagePayments{Class: cl}
	left := int64(100)
	for i, st := range stages {
		p := left
		if i < len(stages)-1 {
			p = rapid.Int64Range(0, left).Draw(t, "percent")
		}
		left -= p
		sp.Stages = append(sp.Stages, scenario.StageShare{Stage: st, Share: vocab.Percent(p)})
	}
	return sp
}

func centreSweep(t *rapid.T, s *scenario.Scenario) []scenario.Axis {
	choices := []axisChoice{{"/weeks", whole(1, 800)}}
	c := s.Centre
	if f := c.Funding; f != nil {
		choices = append(choices, axisChoice{"/centre/funding/growth", rapid.Map(rapid.Int64Range(-50, 50), vocab.Percent)})
		if f.Cap != nil {
			choices = append(choices, axisChoice{"/centre/funding/cap/cap", vocabtest.Ratio()})
		}
	}
	if cr := c.Care; cr != nil && len(cr.Facilities) > 0 {
		choices = append(choices, axisChoice{"/centre/care/facilities/0/researchShare", vocabtest.Ratio()},
			axisChoice{"/centre/care/facilities/0/capacityPerWeek", whole(0, 5000)})
	}
	picked := rapid.SliceOfNDistinct(rapid.SampledFrom(choices), 0, 2, func(c axisChoice) string { return c.param }).Draw(t, "axes")
	var axes []scenario.Axis
	for i, ch := range picked {
		vals := rapid.SliceOfNDistinct(ch.values, 1, 3, func(r vocab.Ratio) vocab.Ratio { return r }).Draw(t, "values")
		axes = append(axes, scenario.Axis{Name: scenario.AxisID(fmt.Sprintf("axis-%d", i+1)), Parameter: ch.param, Values: vals})
	}
	return axes
}

// ensureCare returns s's care section with at least one facility.
func ensureCare(s *scenario.Scenario) *scenario.Care {
	if s.Centre.Care == nil {
		s.Centre.Care = &scenario.Care{}
	}
	if len(s.Centre.Care.Facilities) == 0 {
		s.Centre.Care.Facilities = []scenario.CareFacility{{Facility: "extra-facility"}}
	}
	return s.Centre.Care
}

// ensureFunding returns s's funding section.
func ensureFunding(s *scenario.Scenario) *scenario.CentreFunding {
	if s.Centre.Funding == nil {
		s.Centre.Funding = &scenario.CentreFunding{}
	}
	return s.Centre.Funding
}

// ensureStage returns the index of st's settings in s, adding them.
func ensureStage(s *scenario.Scenario, st scenario.TranslationStage) int {
	if s.Centre.Translation == nil {
		s.Centre.Translation = &scenario.Translation{}
	}
	tr := s.Centre.Translation
	for i, ss := range tr.Stages {
		if ss.Stage == st {
			return i
		}
	}
	tr.Stages = append(tr.Stages, scenario.StageSettings{Stage: st})
	return len(tr.Stages) - 1
}

// centreMutators lists every defect of a centre section; each always
// applies.
func centreMutators() []vocabtest.Mutator[*scenario.Scenario] {
	cp := func(names ...string) *vocab.Path {
		p := pp("centre")
		for _, n := range names {
			p = p.Child(n)
		}
		return p
	}
	return []vocabtest.Mutator[*scenario.Scenario]{
		{Kind: "centre with another component", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			s.Arrivals = &scenario.Arrivals{RatePerWeek: vocab.IntRatio(1)}
			return pp("centre"), vocab.ErrForbidden
		})},
		{Kind: "start not on 1 April", Apply: always(func(t *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			s.Start = s.Start.AddDays(rapid.IntRange(1, 364).Draw(t, "days"))
			return pp("start"), vocab.ErrInvalid
		})},
		{Kind: "cap above one", Apply: always(func(t *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			f := ensureFunding(s)
			f.Cap = fundingCap(t)
			f.Cap.Cap = vocab.MustRatio(3, 2)
			return cp("funding", "cap", "cap"), vocab.ErrOutOfRange
		})},
		{Kind: "unknown cap mode", Apply: always(func(t *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			f := ensureFunding(s)
			f.Cap = fundingCap(t)
			f.Cap.Mode, f.Cap.Backfill, f.Cap.ExpiresAfterYears = "postpone", nil, 0
			return cp("funding", "cap", "mode"), vocab.ErrNotSupported
		})},
		{Kind: "defer without expiry", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			ensureFunding(s).Cap = &scenario.FundingCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(30), Mode: scenario.CapDefer}
			return cp("funding", "cap", "expiresAfterYears"), vocab.ErrOutOfRange
		})},
		{Kind: "policy deferred without expiry", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			ensureFunding(s).ApplyPolicy = &scenario.CapApplication{Mode: scenario.CapDefer}
			return cp("funding", "applyPolicy", "expiresAfterYears"), vocab.ErrOutOfRange
		})},
		{Kind: "backfill in defer mode", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			ensureFunding(s).Cap = &scenario.FundingCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(30), Mode: scenario.CapDefer, ExpiresAfterYears: 1,
				Backfill: &scenario.Backfill{Class: funding.FunderClassPublic, Share: vocab.Percent(50)}}
			return cp("funding", "cap", "backfill"), vocab.ErrForbidden
		})},
		{Kind: "backfill by a capped class", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			ensureFunding(s).Cap = &scenario.FundingCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(30), Mode: scenario.CapDecline,
				Backfill: &scenario.Backfill{Class: funding.FunderClassPrivate, Share: vocab.Percent(50)}}
			return cp("funding", "cap", "backfill", "class"), vocab.ErrInvalid
		})},
		{Kind: "payments not summing to one", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			f := ensureFunding(s)
			var keep []scenario.StagePayments
			for _, p := range f.Payments {
				if p.Class != funding.FunderClassPublic {
					keep = append(keep, p)
				}
			}
			f.Payments = append(keep, scenario.StagePayments{Class: funding.FunderClassPublic,
				Stages: []scenario.StageShare{{Stage: scenario.StageT0, Share: vocab.Percent(60)}, {Stage: scenario.StageT1, Share: vocab.Percent(60)}}})
			return cp("funding", "payments").Index(len(f.Payments) - 1).Child("stages"), vocab.ErrInvalid
		})},
		{Kind: "duplicate stage settings", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			ensureStage(s, scenario.StageT1)
			tr := s.Centre.Translation
			tr.Stages = append(tr.Stages, scenario.StageSettings{Stage: scenario.StageT1})
			return cp("translation", "stages").Index(len(tr.Stages) - 1).Child("stage"), vocab.ErrDuplicate
		})},
		{Kind: "trial settings on a stage that does not recruit", Apply: always(func(t *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			st := rapid.SampledFrom([]scenario.TranslationStage{scenario.StageT0, scenario.StageT3}).Draw(t, "stage")
			i := ensureStage(s, st)
			s.Centre.Translation.Stages[i].Trial = &scenario.TrialRecruitment{Participants: 10}
			return cp("translation", "stages").Index(i).Child("trial"), vocab.ErrForbidden
		})},
		{Kind: "recruitment shape at most one", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			i := ensureStage(s, scenario.StageT2Phase2)
			s.Centre.Translation.Stages[i].Trial = &scenario.TrialRecruitment{Shape: vocab.IntRatio(1)}
			return cp("translation", "stages").Index(i).Child("trial").Child("shape"), vocab.ErrOutOfRange
		})},
		{Kind: "use of a facility not in the section", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			care := ensureCare(s)
			care.Pathways = append(care.Pathways, scenario.CarePathway{Pathway: "mutant-pathway", ReferralsPerWeek: vocab.IntRatio(1),
				Uses: []scenario.FacilityUse{{Facility: "no-such-facility", PerReferral: vocab.IntRatio(1)}}})
			return cp("care", "pathways").Index(len(care.Pathways) - 1).Child("uses").Index(0).Child("facility"), vocab.ErrNotFound
		})},
		{Kind: "research share above one", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			care := ensureCare(s)
			r := vocab.MustRatio(5, 4)
			care.Facilities[0].ResearchShare = &r
			return cp("care", "facilities").Index(0).Child("researchShare"), vocab.ErrOutOfRange
		})},
		{Kind: "sweep of an absent optional parameter", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			care := ensureCare(s)
			care.Facilities = append(care.Facilities, scenario.CareFacility{Facility: "bare-facility"})
			i := addAxis(s, scenario.Axis{Name: "mutant", Parameter: fmt.Sprintf("/centre/care/facilities/%d/researchShare", len(care.Facilities)-1),
				Values: []vocab.Ratio{vocab.Percent(10)}})
			return pp("sweep").Index(i).Child("parameter"), vocab.ErrNotFound
		})},
	}
}

// CentreScenarioMutationKinds lists the kinds of defect
// [MutatedCentreScenario] makes, sorted.
func CentreScenarioMutationKinds() []string { return vocabtest.MutationKinds(centreMutators()) }

// MutatedCentreScenario generates a valid centre scenario broken in
// exactly one way, one of kinds (all kinds when none are named), with the
// path (nil: the root) and problem type validation must report. It panics
// on an unknown kind, a bug in the test.
func MutatedCentreScenario(kinds ...string) *rapid.Generator[vocabtest.Mutation[*scenario.Scenario]] {
	return vocabtest.Mutated(CentreScenario(), centreMutators(), kinds...)
}
