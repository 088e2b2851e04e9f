package programme_test

import (
	"fmt"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/programme"
)

// benchSizes are the portfolio sizes benchmarks run at, in programmes.
var benchSizes = []int{1_000, 10_000, 100_000}

// largePortfolio copies KHP's programmes under fresh IDs until there are n,
// keeping each copy's sub-programmes under the copy's parent.
func largePortfolio(n int) *programme.Portfolio {
	base := reference.KHPPortfolio()
	d := &programme.Portfolio{Version: vocab.CurrentVersion, Facilities: base.Facilities}
	for i := 0; len(d.Programmes) < n; i++ {
		for _, pr := range base.Programmes[:min(len(base.Programmes), n-len(d.Programmes))] {
			pr.ID = vocab.ProgrammeID(fmt.Sprintf("%s-%d", pr.ID, i))
			if pr.Parent != "" {
				pr.Parent = vocab.ProgrammeID(fmt.Sprintf("%s-%d", pr.Parent, i))
			}
			d.Programmes = append(d.Programmes, pr)
		}
	}
	return d
}

// chainPortfolio is n programmes, each a sub-programme of the one before:
// the deepest tree of parents n programmes can form.
func chainPortfolio(n int) *programme.Portfolio {
	d := &programme.Portfolio{Version: vocab.CurrentVersion}
	for i := range n {
		pr := programme.Programme{
			ID: vocab.ProgrammeID(fmt.Sprintf("p-%d", i)), Name: "P", Kind: programme.KindTranslationalResearch,
			Period: vocab.MustParsePeriod("2024-04-01/2027-03-31"), Lead: "kcl",
			Participants: []programme.Participant{{Partner: "kcl", Share: vocab.IntRatio(1)}},
		}
		if i > 0 {
			pr.Parent = d.Programmes[i-1].ID
		}
		d.Programmes = append(d.Programmes, pr)
	}
	return d
}

// benchValidate validates portfolios of each size and reports the cost per
// programme, which should not grow with size.
func benchValidate(b *testing.B, build func(n int) *programme.Portfolio) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			d := build(n)
			b.ReportAllocs()
			for b.Loop() {
				if err := d.Validate(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/programme")
		})
	}
}

func BenchmarkValidate(b *testing.B) { benchValidate(b, largePortfolio) }

func BenchmarkValidateParentChain(b *testing.B) { benchValidate(b, chainPortfolio) }

func BenchmarkBalanceByArea(b *testing.B) {
	d := largePortfolio(10_000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := programme.BalanceByArea(d.All()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGoalsAtRiskAt(b *testing.B) {
	d := largePortfolio(10_000)
	asOf := vocab.MustParseDate("2024-06-30")
	b.ReportAllocs()
	for b.Loop() {
		for range programme.GoalsAtRiskAt(d.All(), asOf) {
		}
	}
}

// capacityPortfolio is KHP's portfolio with n weekly capacity figures on
// the imaging centre and n pathways, each with four consecutive weekly
// demand figures, that use it: a portfolio of about 6n figures.
func capacityPortfolio(n int) *programme.Portfolio {
	d := reference.KHPPortfolio()
	start := vocab.MustParseDate("2024-04-01")
	f, _ := d.Facility("imaging")
	f.Capacity = nil
	for i := range n {
		w := start.AddDays(7 * i)
		f.Capacity = append(f.Capacity, programme.Capacity{Period: vocab.PeriodOf(w, w.AddDays(6)), Amount: 600,
			Per: programme.IntervalWeek, ResearchShare: vocab.Percent(10)})
	}
	d.Pathways = nil
	for i := range n {
		pw := programme.Pathway{ID: programme.PathwayID(fmt.Sprintf("p-%d", i)), Name: "P", Standard: programme.StandardCancer62Day,
			Uses: []programme.FacilityUse{{Facility: "imaging", Need: vocab.MustRatio(3, 2), Unit: programme.CapacityUnitScans}}}
		for j := range 4 {
			w := start.AddDays(7 * j)
			pw.Demand = append(pw.Demand, programme.Demand{Period: vocab.PeriodOf(w, w.AddDays(6)), Referrals: int64(i % 7), Per: programme.IntervalWeek})
		}
		d.Pathways = append(d.Pathways, pw)
	}
	return d
}

func BenchmarkValidateCapacity(b *testing.B) { benchValidate(b, capacityPortfolio) }

func BenchmarkUtilisationAt(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			d := capacityPortfolio(n)
			at := vocab.MustParseDate("2024-04-03")
			b.ReportAllocs()
			for b.Loop() {
				if _, err := d.UtilisationAt("imaging", at); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/pathway")
		})
	}
}

// BenchmarkAnalytics runs every portfolio-wide analytic (the four balances,
// the stage count, goal assessments and the programmes active on a date)
// over portfolios of 1k, 10k and 100k programmes, reporting the cost per
// programme, which should not grow with size.
func BenchmarkAnalytics(b *testing.B) {
	asOf := vocab.MustParseDate("2024-06-30")
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			d := largePortfolio(n)
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			cpu0 := cpuTime()
			for b.Loop() {
				if _, err := programme.BalanceByArea(d.All()); err != nil {
					b.Fatal(err)
				}
				if _, err := programme.BalanceByPartner(d.All()); err != nil {
					b.Fatal(err)
				}
				if _, err := programme.BalanceByKind(d.All()); err != nil {
					b.Fatal(err)
				}
				if _, err := programme.BalanceByStage(d.All()); err != nil {
					b.Fatal(err)
				}
				programme.CountByStage(d.All())
				for range programme.GoalAssessmentsAt(d.All(), asOf) {
				}
				for range d.ActiveAt(asOf) {
				}
			}
			cpu := cpuTime() - cpu0
			runtime.ReadMemStats(&after)
			per := float64(b.N) * float64(n)
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/per, "ns/programme")
			b.ReportMetric(float64(cpu.Nanoseconds())/per, "cpu-ns/programme")
			b.ReportMetric(float64(after.Mallocs-before.Mallocs)/per, "allocs/programme")
		})
	}
}

// cpuTime returns the CPU time the process has used, user and system, all
// threads (the collector's included): on a machine shared with other jobs
// it varies less than elapsed time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
