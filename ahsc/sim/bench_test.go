package sim_test

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/sim"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// benchStages is a two-stage pipeline: 10 weeks at 80%, then 10 weeks at
// 50%. With s starts a week, s·(10 + 0.8·10) = 18s projects are in
// progress in the steady state (Little's law).
var benchStages = []sim.Stage{{MeanWeeks: 10, Success: 0.8}, {MeanWeeks: 10, Success: 0.5}}

// steadyPipeline returns a pipeline holding its steady-state projects for
// starts a week, and the starts stream.
func steadyPipeline(b *testing.B, starts float64, rep uint64) (*sim.Pipeline, *sim.Arrivals) {
	p, err := sim.NewPipeline(benchStages, sim.NewStream(1, rep, sim.StreamPipeline))
	if err != nil {
		b.Fatal(err)
	}
	_ = p.Add(0, int(starts*10), 0)
	_ = p.Add(1, int(starts*8), 0)
	a, err := sim.NewArrivals(starts, sim.NewStream(1, rep, sim.StreamPipelineStarts))
	if err != nil {
		b.Fatal(err)
	}
	return p, a
}

// BenchmarkPipelineStep steps one pipeline with about 1k, 10k and 100k
// projects in progress on one goroutine; project-periods/s counts a
// project stepped through one week.
func BenchmarkPipelineStep(b *testing.B) {
	for _, inProgress := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("projects=%d", inProgress), func(b *testing.B) {
			p, a := steadyPipeline(b, float64(inProgress)/18, 0)
			before := p.Counts().ProjectWeeks
			b.ReportAllocs()
			b.ResetTimer()
			for w := 0; b.Loop(); w++ {
				p.Step(w)
				_ = p.Add(0, a.Next(), w)
			}
			b.ReportMetric(float64(p.Counts().ProjectWeeks-before)/b.Elapsed().Seconds(), "project-periods/s")
		})
	}
}

// bareLoop makes the pipeline's uniform draws for n project-periods with
// nothing else: one draw per project-period and a second for the share
// leaving (1/10), straight from a PCG. It is the floor for the pipeline.
func bareLoop(src *rand.PCG, n int) int {
	r := rand.New(src)
	k := 0
	for range n {
		if r.Float64() < 0.1 {
			if r.Float64() < 0.65 {
				k++
			}
		}
	}
	return k
}

// BenchmarkPipelineBareLoop is the floor: the same number of uniform draws
// as BenchmarkPipelineStep, per project-period, on one goroutine and on
// every core.
func BenchmarkPipelineBareLoop(b *testing.B) {
	const perIter = 10_000
	for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			n := 0
			for b.Loop() {
				var wg sync.WaitGroup
				for w := range workers {
					wg.Go(func() { bareLoop(sim.NewStream(1, uint64(w+n), "bare"), perIter) })
				}
				wg.Wait()
				n++
			}
			b.ReportMetric(float64(n*perIter*workers)/b.Elapsed().Seconds(), "project-periods/s")
		})
	}
}

// BenchmarkEngine runs the components model's pipeline through the whole
// engine (replications on the worker pool, weekly aggregation, CSV rows,
// summary) with about 1,800 projects in progress, on one worker and on
// every core: 8 replications of 260 weeks an iteration. project-periods
// are counted from the weekly output: the projects in progress at each
// week's start.
func BenchmarkEngine(b *testing.B) {
	const starts, reps = 100, 8
	s := &scenario.Scenario{Version: "1.0", ID: "bench", Start: vocab.MustParseDate("2026-04-06"), Weeks: 260,
		Reporting: scenario.Week,
		Pipeline: &scenario.Pipeline{StartsPerWeek: vocab.IntRatio(starts), Stages: []scenario.Stage{
			{Name: "a", MeanWeeks: vocab.IntRatio(10), Success: vocab.Percent(80), Initial: starts * 10},
			{Name: "b", MeanWeeks: vocab.IntRatio(10), Success: vocab.Percent(50), Initial: starts * 8}}}}
	p := sim.Plan{Scenario: s, Model: sim.Components(), MasterSeed: 1, Replications: reps}
	for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			var projectWeeks float64
			for b.Loop() {
				res, err := sim.Run(context.Background(), p, sim.Options{Workers: workers}, io.Discard)
				if err != nil {
					b.Fatal(err)
				}
				projectWeeks = reps * starts * 18 // the initial projects, stepped in week 0
				for _, c := range res.Summary.Cells() {
					// in progress at the end of every week but the last is stepped the week after
					if c.Metric.Name == "pipeline-in-progress" && c.Period != s.Start.AddDays(7*(s.Weeks-1)).String() {
						projectWeeks += c.Mean * float64(c.N)
					}
				}
			}
			b.ReportMetric(projectWeeks*float64(b.N)/b.Elapsed().Seconds(), "project-periods/s")
		})
	}
}

// BenchmarkComponents steps the other components on one goroutine:
// arrival-weeks, site-weeks of recruitment (100 sites) and queue-weeks
// (a list of about 50 with 100 referrals a week) a second.
func BenchmarkComponents(b *testing.B) {
	b.Run("arrivals", func(b *testing.B) {
		a, _ := sim.NewArrivals(100, sim.NewStream(1, 0, sim.StreamArrivals))
		b.ReportAllocs()
		for b.Loop() {
			a.Next()
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "arrival-weeks/s")
	})
	b.Run("recruitment", func(b *testing.B) {
		const sites = 100
		r, _ := sim.NewRecruitment(sites, 1.5, 0.5, sim.NewStream(1, 0, sim.StreamRecruitmentRates), sim.NewStream(1, 0, sim.StreamRecruitment))
		b.ReportAllocs()
		for b.Loop() {
			r.Step()
		}
		b.ReportMetric(float64(b.N*sites)/b.Elapsed().Seconds(), "site-weeks/s")
	})
	b.Run("queue", func(b *testing.B) {
		q, _ := sim.NewQueue(sim.QueueSpec{ReferralsPerWeek: 100, SlotsPerWeek: 101, Capacity: 1000, Initial: 50}, 0,
			sim.NewStream(1, 0, sim.StreamQueueReferrals))
		b.ReportAllocs()
		for w := 0; b.Loop(); w++ {
			q.Step(w)
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queue-weeks/s")
	})
}
