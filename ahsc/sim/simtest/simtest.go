// Package simtest provides rapid generators for package sim and its
// scenario documents: scenarios that are valid by construction and small
// enough to run many times in a property test, and mutations that break a
// valid scenario in exactly one way with the path and problem type
// validation must report. Production code must never import it.
package simtest

import (
	"fmt"
	"slices"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

// ratio draws a ratio num/den with num in [lo·den, hi·den] and den 1..4.
func ratio(t *rapid.T, label string, lo, hi int64) vocab.Ratio {
	den := rapid.Int64Range(1, 4).Draw(t, label+"Den")
	return vocab.MustRatio(rapid.Int64Range(lo*den, hi*den).Draw(t, label+"Num"), den)
}

// Scenario generates valid scenarios: 1 to 156 reported weeks after up to
// 26 warm-up weeks, any reporting period, one to four components with
// small parameters (at most 80 arrivals, 3 pipeline starts, 5 sites and 40
// referrals a week) and up to two sweep axes of up to three values each.
// A replication runs in well under a millisecond.
func Scenario() *rapid.Generator[*scenario.Scenario] {
	return rapid.Custom(func(t *rapid.T) *scenario.Scenario {
		s := &scenario.Scenario{
			Version:     vocab.CurrentVersion,
			ID:          vocabtest.ID[scenario.ID]().Draw(t, "id"),
			Start:       vocabtest.Date().Draw(t, "start"),
			Weeks:       rapid.IntRange(1, 156).Draw(t, "weeks"),
			WarmUpWeeks: rapid.IntRange(0, 26).Draw(t, "warmUpWeeks"),
			Reporting:   rapid.SampledFrom(append(scenario.ReportingPeriods().Values(), "")).Draw(t, "reporting"),
		}
		present := rapid.SliceOfNDistinct(rapid.IntRange(0, 3), 1, 4, func(i int) int { return i }).Draw(t, "components")
		if slices.Contains(present, 0) {
			s.Arrivals = &scenario.Arrivals{RatePerWeek: ratio(t, "rate", 1, 80)}
		}
		if slices.Contains(present, 1) {
			s.Pipeline = &scenario.Pipeline{StartsPerWeek: ratio(t, "starts", 0, 3)}
			for i := range rapid.IntRange(1, 4).Draw(t, "stages") {
				s.Pipeline.Stages = append(s.Pipeline.Stages, scenario.Stage{
					Name:      scenario.StageID(fmt.Sprintf("stage-%d", i+1)),
					MeanWeeks: ratio(t, "meanWeeks", 1, 20),
					Success:   vocabtest.Ratio().Draw(t, "success"),
					Initial:   rapid.IntRange(0, 5).Draw(t, "initial"),
				})
			}
		}
		if slices.Contains(present, 2) {
			s.Recruitment = &scenario.Recruitment{Sites: rapid.IntRange(1, 5).Draw(t, "sites"),
				Shape: ratio(t, "shape", 1, 5), MeanRatePerWeek: ratio(t, "siteRate", 1, 2)}
		}
		if slices.Contains(present, 3) {
			q := &scenario.Queue{ReferralsPerWeek: ratio(t, "referrals", 1, 40),
				SlotsPerWeek: rapid.IntRange(0, 45).Draw(t, "slots"), Capacity: rapid.IntRange(1, 60).Draw(t, "capacity")}
			q.Initial = rapid.IntRange(0, q.Capacity).Draw(t, "queueInitial")
			s.Queue = q
		}
		s.Sweep = sweep(t, s)
		return s
	})
}

// axisChoice is a parameter a generated sweep may set, and its values.
type axisChoice struct {
	param  string
	values *rapid.Generator[vocab.Ratio]
}

func whole(lo, hi int64) *rapid.Generator[vocab.Ratio] {
	return rapid.Map(rapid.Int64Range(lo, hi), vocab.IntRatio)
}

func sweep(t *rapid.T, s *scenario.Scenario) []scenario.Axis {
	choices := []axisChoice{{"/weeks", whole(1, 156)}}
	if s.Arrivals != nil {
		choices = append(choices, axisChoice{"/arrivals/ratePerWeek", rapid.Custom(func(t *rapid.T) vocab.Ratio { return ratio(t, "v", 1, 80) })})
	}
	if p := s.Pipeline; p != nil {
		i := rapid.IntRange(0, len(p.Stages)-1).Draw(t, "sweptStage")
		choices = append(choices, axisChoice{fmt.Sprintf("/pipeline/stages/%d/success", i), vocabtest.Ratio()})
	}
	if s.Recruitment != nil {
		choices = append(choices, axisChoice{"/recruitment/sites", whole(1, 5)})
	}
	if s.Queue != nil {
		choices = append(choices, axisChoice{"/queue/slotsPerWeek", whole(0, 45)})
	}
	picked := rapid.SliceOfNDistinct(rapid.SampledFrom(choices), 0, 2, func(c axisChoice) string { return c.param }).Draw(t, "axes")
	var axes []scenario.Axis
	for i, c := range picked {
		vals := rapid.SliceOfNDistinct(c.values, 1, 3, func(r vocab.Ratio) vocab.Ratio { return r }).Draw(t, "values")
		axes = append(axes, scenario.Axis{Name: scenario.AxisID(fmt.Sprintf("axis-%d", i+1)), Parameter: c.param, Values: vals})
	}
	return axes
}

var (
	root = (*vocab.Path)(nil)
	pp   = vocab.NewPath
)

// ensurePipeline gives s a pipeline of at least n stages.
func ensurePipeline(s *scenario.Scenario, n int) *scenario.Pipeline {
	if s.Pipeline == nil {
		s.Pipeline = &scenario.Pipeline{}
	}
	for len(s.Pipeline.Stages) < n {
		s.Pipeline.Stages = append(s.Pipeline.Stages, scenario.Stage{Name: scenario.StageID(fmt.Sprintf("extra-%d", len(s.Pipeline.Stages))),
			MeanWeeks: vocab.IntRatio(2), Success: vocab.Percent(50)})
	}
	return s.Pipeline
}

func stageIndex(t *rapid.T, p *scenario.Pipeline) int {
	return rapid.IntRange(0, len(p.Stages)-1).Draw(t, "stage")
}

// addAxis appends an axis on /warmUpWeeks, which generated sweeps never set.
func addAxis(s *scenario.Scenario, a scenario.Axis) int {
	if a.Parameter == "" {
		a.Parameter = "/warmUpWeeks"
	}
	s.Sweep = append(s.Sweep, a)
	return len(s.Sweep) - 1
}

// scenarioMutators lists every defect; each always applies.
func scenarioMutators() []vocabtest.Mutator[*scenario.Scenario] {
	return []vocabtest.Mutator[*scenario.Scenario]{
		{Kind: "missing version", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			s.Version = ""
			return pp("version"), vocab.ErrRequired
		})},
		{Kind: "unsupported major version", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			s.Version = "2.0"
			return pp("version"), vocab.ErrNotSupported
		})},
		{Kind: "malformed id", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			s.ID = "Not A Slug"
			return pp("id"), vocab.ErrInvalid
		})},
		{Kind: "missing start", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			s.Start = vocab.Date{}
			return pp("start"), vocab.ErrRequired
		})},
		{Kind: "weeks out of range", Apply: always(func(t *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			s.Weeks = rapid.SampledFrom([]int{0, -1, scenario.MaxWeeks + 1}).Draw(t, "weeks")
			return pp("weeks"), vocab.ErrOutOfRange
		})},
		{Kind: "negative warm-up", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			s.WarmUpWeeks = -1
			return pp("warmUpWeeks"), vocab.ErrOutOfRange
		})},
		{Kind: "unknown reporting period", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			s.Reporting = "monthly"
			return pp("reporting"), vocab.ErrNotSupported
		})},
		{Kind: "no components", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			s.Arrivals, s.Pipeline, s.Recruitment, s.Queue, s.Sweep = nil, nil, nil, nil, nil
			return root, vocab.ErrRequired
		})},
		{Kind: "arrival rate not above zero", Apply: always(func(t *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			s.Arrivals = &scenario.Arrivals{RatePerWeek: rapid.SampledFrom([]vocab.Ratio{vocab.IntRatio(0), vocab.IntRatio(-3)}).Draw(t, "rate")}
			return pp("arrivals", "ratePerWeek"), vocab.ErrOutOfRange
		})},
		{Kind: "success above one", Apply: always(func(t *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			p := ensurePipeline(s, 1)
			i := stageIndex(t, p)
			p.Stages[i].Success = vocab.MustRatio(3, 2)
			return pp("pipeline", "stages").Index(i).Child("success"), vocab.ErrOutOfRange
		})},
		{Kind: "mean weeks below one", Apply: always(func(t *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			p := ensurePipeline(s, 1)
			i := stageIndex(t, p)
			p.Stages[i].MeanWeeks = vocab.MustRatio(1, 2)
			return pp("pipeline", "stages").Index(i).Child("meanWeeks"), vocab.ErrOutOfRange
		})},
		{Kind: "duplicate stage name", Apply: always(func(t *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			p := ensurePipeline(s, 2)
			i := rapid.IntRange(1, len(p.Stages)-1).Draw(t, "stage")
			p.Stages[i].Name = p.Stages[0].Name
			return pp("pipeline", "stages").Index(i).Child("name"), vocab.ErrDuplicate
		})},
		{Kind: "pipeline without stages", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			ensurePipeline(s, 0).Stages = nil
			return pp("pipeline", "stages"), vocab.ErrRequired
		})},
		{Kind: "no sites", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			if s.Recruitment == nil {
				s.Recruitment = &scenario.Recruitment{Shape: vocab.IntRatio(1), MeanRatePerWeek: vocab.IntRatio(1)}
			}
			s.Recruitment.Sites = 0
			return pp("recruitment", "sites"), vocab.ErrOutOfRange
		})},
		{Kind: "initial above capacity", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			if s.Queue == nil {
				s.Queue = &scenario.Queue{ReferralsPerWeek: vocab.IntRatio(1), Capacity: 10}
			}
			s.Queue.Initial = s.Queue.Capacity + 1
			return pp("queue", "initial"), vocab.ErrOutOfRange
		})},
		{Kind: "sweep of an unknown parameter", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			i := addAxis(s, scenario.Axis{Name: "mutant", Parameter: "/no-such-parameter", Values: []vocab.Ratio{vocab.IntRatio(1)}})
			return pp("sweep").Index(i).Child("parameter"), vocab.ErrNotFound
		})},
		{Kind: "sweep value out of range", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			i := addAxis(s, scenario.Axis{Name: "mutant", Values: []vocab.Ratio{vocab.IntRatio(0), vocab.IntRatio(-1)}})
			return pp("sweep").Index(i).Child("values").Index(1), vocab.ErrOutOfRange
		})},
		{Kind: "fractional count in a sweep", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			i := addAxis(s, scenario.Axis{Name: "mutant", Values: []vocab.Ratio{vocab.MustRatio(1, 2)}})
			return pp("sweep").Index(i).Child("values").Index(0), vocab.ErrInvalid
		})},
		{Kind: "duplicate axis name", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			name := scenario.AxisID("mutant")
			if len(s.Sweep) > 0 {
				name = s.Sweep[0].Name
			} else {
				addAxis(s, scenario.Axis{Name: name, Parameter: "/weeks", Values: []vocab.Ratio{vocab.IntRatio(1)}})
			}
			i := addAxis(s, scenario.Axis{Name: name, Values: []vocab.Ratio{vocab.IntRatio(0)}})
			return pp("sweep").Index(i).Child("name"), vocab.ErrDuplicate
		})},
		{Kind: "axis named like a column", Apply: always(func(t *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			name := rapid.SampledFrom([]scenario.AxisID{"value", "seed", "period"}).Draw(t, "name")
			i := addAxis(s, scenario.Axis{Name: name, Values: []vocab.Ratio{vocab.IntRatio(0)}})
			return pp("sweep").Index(i).Child("name"), vocab.ErrForbidden
		})},
		{Kind: "axis without values", Apply: always(func(_ *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType) {
			i := addAxis(s, scenario.Axis{Name: "mutant"})
			return pp("sweep").Index(i).Child("values"), vocab.ErrRequired
		})},
	}
}

// always adapts a defect that applies to every scenario.
func always(apply func(*rapid.T, *scenario.Scenario) (*vocab.Path, vocab.ProblemType)) func(*rapid.T, *scenario.Scenario) (*vocab.Path, vocab.ProblemType, bool) {
	return func(t *rapid.T, s *scenario.Scenario) (*vocab.Path, vocab.ProblemType, bool) {
		p, typ := apply(t, s)
		return p, typ, true
	}
}

// ScenarioMutationKinds lists the kinds of defect [MutatedScenario] makes,
// sorted.
func ScenarioMutationKinds() []string { return vocabtest.MutationKinds(scenarioMutators()) }

// MutatedScenario generates a valid scenario broken in exactly one way,
// one of kinds (all kinds when none are named), with the path (nil: the
// root) and problem type validation must report. It panics on an unknown
// kind, a bug in the test.
func MutatedScenario(kinds ...string) *rapid.Generator[vocabtest.Mutation[*scenario.Scenario]] {
	return vocabtest.Mutated(Scenario(), scenarioMutators(), kinds...)
}
