package ahscmodel_test

import (
	"context"
	"io"
	"os"
	"runtime"
	"strconv"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/sim"
	"github.com/ahsckit/ahsckit/ahsc/sim/ahscmodel"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

// khpCapScenario is the cap question's scenario (examples/simulate) at a
// 30% programme cap, without its sweep: KHP's illustrative ledger, 520
// warm-up weeks and 783 reported weeks (15 financial years).
func khpCapScenario(b *testing.B) *scenario.Scenario {
	b.Helper()
	f, err := os.Open("../../../examples/simulate/private-cap.json")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	s, _, err := scenario.Decode(f, vocab.DecodeOptions{})
	if err != nil {
		b.Fatal(err)
	}
	s.Sweep = nil
	s.Centre.Funding.Cap = &scenario.FundingCap{Scope: funding.ScopeProgramme, Cap: vocab.Percent(30), Mode: scenario.CapDecline}
	return s
}

// BenchmarkCentreWeeks runs KHP's cap scenario through the engine (sim.Run,
// rows written to io.Discard) on one worker and on all, and reports
// simulated centre-weeks (warm-up included) per second.
func BenchmarkCentreWeeks(b *testing.B) {
	in, err := ahscmodel.ReadCentre(khpCentre(), khpPolicy())
	if err != nil {
		b.Fatal(err)
	}
	s := khpCapScenario(b)
	weeks := s.WarmUpWeeks + s.Weeks
	for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run("workers="+strconv.Itoa(workers), func(b *testing.B) {
			const reps = 64
			plan := sim.Plan{Scenario: s, Model: ahscmodel.Builder(in), MasterSeed: 1, Replications: reps}
			for b.Loop() {
				if _, err := sim.Run(context.Background(), plan, sim.Options{Workers: workers}, io.Discard); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*reps*weeks)/b.Elapsed().Seconds(), "centre-weeks/s")
		})
	}
}

// BenchmarkReplication steps one replication of KHP's cap scenario
// directly, without the engine's aggregation and output: the model's own
// cost, in centre-weeks per second on one core.
func BenchmarkReplication(b *testing.B) {
	in, err := ahscmodel.ReadCentre(khpCentre(), khpPolicy())
	if err != nil {
		b.Fatal(err)
	}
	s := khpCapScenario(b)
	m, err := ahscmodel.New(s, in)
	if err != nil {
		b.Fatal(err)
	}
	out := make([]float64, len(m.Metrics()))
	weeks, rep := 0, 0
	for b.Loop() {
		r := m.Replicate(sim.NewStreams(1, rep))
		rep++
		for w := -s.WarmUpWeeks; w < s.Weeks; w++ {
			r.Step(w, out)
		}
		weeks += s.WarmUpWeeks + s.Weeks
	}
	b.ReportMetric(float64(weeks)/b.Elapsed().Seconds(), "centre-weeks/s")
}
