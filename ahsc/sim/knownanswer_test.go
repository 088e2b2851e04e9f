package sim_test

import (
	"context"
	"io"
	"math"
	"strconv"
	"testing"

	"gonum.org/v1/gonum/stat/distuv"

	"github.com/ahsckit/ahsckit/ahsc/sim"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// TestArrivalsKnownAnswer: over w weeks the count is Poisson with mean
// and variance w·λ (fourth central moment μ + 3μ²), and weekly counts are
// uncorrelated. Both of gonum's Poisson algorithms are covered (λ < 10
// and λ ≥ 10).
func TestArrivalsKnownAnswer(t *testing.T) {
	const reps, weeks = 2000, 13
	for _, rate := range []float64{0.5, 3, 25, 400} {
		totals := make([]float64, reps)
		var lagSum, lagN float64 // standardised lag-1 products of weekly counts
		for r := range reps {
			a, err := sim.NewArrivals(rate, sim.NewStream(7, uint64(r), sim.StreamArrivals))
			if err != nil {
				t.Fatal(err)
			}
			prev := math.NaN()
			for range weeks {
				x := (float64(a.Next()) - rate) / math.Sqrt(rate)
				totals[r] += x*math.Sqrt(rate) + rate
				if !math.IsNaN(prev) {
					lagSum += prev * x
					lagN++
				}
				prev = x
			}
		}
		mu := rate * weeks
		m := momentsOf(totals)
		near(t, "mean of "+ftoa(rate)+"/week over 13 weeks", m.mean, mu, seMean(mu, reps))
		near(t, "variance of "+ftoa(rate)+"/week over 13 weeks", m.vr, mu, seVar(mu, mu+3*mu*mu, reps))
		near(t, "lag-1 correlation at "+ftoa(rate)+"/week", lagSum/lagN, 0, 1/math.Sqrt(lagN))
	}
}

// TestPipelineKnownAnswer: a cohort entering the first stage completes
// with probability ∏ Success, and completers took Σ MeanWeeks weeks on
// average, with the geometric variance Σ (m² − m).
func TestPipelineKnownAnswer(t *testing.T) {
	const cohort = 200_000
	stages := []sim.Stage{{MeanWeeks: 2, Success: 0.6}, {MeanWeeks: 5, Success: 0.5}, {MeanWeeks: 1, Success: 0.9}, {MeanWeeks: 13, Success: 1}}
	p, err := sim.NewPipeline(stages, sim.NewStream(3, 0, sim.StreamPipeline))
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Add(0, cohort, 0); err != nil {
		t.Fatal(err)
	}
	// Completions in step w took w weeks: the cohort was added in step 0.
	var completed int
	var times []float64
	for w := 1; p.InProgress() > 0; w++ {
		s := p.Step(w)
		completed += s.Completed
		if s.CompletedWeeks != s.Completed*w {
			t.Fatalf("step %d: %d completions took %d weeks in all, want %d", w, s.Completed, s.CompletedWeeks, s.Completed*w)
		}
		for range s.Completed {
			times = append(times, float64(w))
		}
	}
	prob, mean, vr := 1.0, 0.0, 0.0
	for _, s := range stages {
		prob *= s.Success
		mean += s.MeanWeeks
		vr += s.MeanWeeks*s.MeanWeeks - s.MeanWeeks
	}
	near(t, "share completing", float64(completed)/cohort, prob, seMean(prob*(1-prob), cohort))
	m := momentsOf(times)
	near(t, "mean weeks to complete", m.mean, mean, seMean(vr, completed))
	near(t, "variance of weeks to complete", m.vr, vr, seVar(m.vr, m.m4, completed))
	if c := p.Counts(); c.Entered != cohort || c.Completed != int64(completed) || c.Completed+c.Failed != cohort {
		t.Errorf("counts %+v: want %d entered, %d completed, the rest failed", c, cohort, completed)
	}
}

// TestRecruitmentKnownAnswer: n sites with gamma(α, mean m) rates recruit
// in w weeks a total with mean n·m·w and variance n(m·w + (m·w)²/α), the
// negative-binomial moments.
func TestRecruitmentKnownAnswer(t *testing.T) {
	const reps, sites, weeks = 4000, 5, 20
	for _, c := range []struct{ shape, rate float64 }{{1.5, 0.8}, {0.5, 0.3}, {1, 2}, {20, 12}} {
		totals := make([]float64, reps)
		for r := range reps {
			rc, err := sim.NewRecruitment(sites, c.shape, c.rate,
				sim.NewStream(11, uint64(r), sim.StreamRecruitmentRates), sim.NewStream(11, uint64(r), sim.StreamRecruitment))
			if err != nil {
				t.Fatal(err)
			}
			for range weeks {
				totals[r] += float64(rc.Step())
			}
		}
		mw := c.rate * weeks
		mean, vr := sites*mw, sites*(mw+mw*mw/c.shape)
		m := momentsOf(totals)
		what := "recruitment (shape " + ftoa(c.shape) + ", rate " + ftoa(c.rate) + ")"
		near(t, what+" mean", m.mean, mean, seMean(vr, reps))
		near(t, what+" variance", m.vr, vr, seVar(m.vr, m.m4, reps))
	}
}

// TestQueueStationaryClosedForm: when the slots cover the whole capacity,
// every step empties the list, so the length is min(Capacity, A) with A
// Poisson: a truncated Poisson distribution.
func TestQueueStationaryClosedForm(t *testing.T) {
	spec := sim.QueueSpec{ReferralsPerWeek: 3.7, SlotsPerWeek: 9, Capacity: 8}
	pi, err := sim.QueueStationary(spec)
	if err != nil {
		t.Fatal(err)
	}
	pois := distuv.Poisson{Lambda: spec.ReferralsPerWeek}
	for k, got := range pi {
		want := pois.Prob(float64(k))
		if k == spec.Capacity {
			want = 1 - pois.CDF(float64(k-1))
		}
		if math.Abs(got-want) > 1e-12 {
			t.Errorf("π[%d] = %.15g, want %.15g", k, got, want)
		}
	}
}

// queueTheory returns the stationary mean length L, treated a week
// (throughput) and, by Little's law, the mean wait L/throughput.
func queueTheory(t *testing.T, spec sim.QueueSpec) (pi []float64, length, treated, wait float64) {
	pi, err := sim.QueueStationary(spec)
	if err != nil {
		t.Fatal(err)
	}
	for k, p := range pi {
		length += float64(k) * p
		treated += float64(min(k, spec.SlotsPerWeek)) * p
	}
	return pi, length, treated, length / treated
}

// TestQueueKnownAnswer: long-run shares of steps ending at each length
// match the exact stationary distribution, and so do the mean length,
// treatments a week and the mean wait of those treated (Little's law).
// Each replication gives one time average; the standard errors come from
// the spread of those averages over the replications.
func TestQueueKnownAnswer(t *testing.T) {
	const reps, warm, weeks = 200, 200, 2000
	for _, spec := range []sim.QueueSpec{
		{ReferralsPerWeek: 2.5, SlotsPerWeek: 3, Capacity: 12},
		{ReferralsPerWeek: 11, SlotsPerWeek: 10, Capacity: 30, Initial: 30}, // overloaded: turns patients away
	} {
		pi, wantL, wantTreated, wantWait := queueTheory(t, spec)
		occ := make([][]float64, len(pi))
		for k := range occ {
			occ[k] = make([]float64, reps)
		}
		lengths, treated, waits := make([]float64, reps), make([]float64, reps), make([]float64, reps)
		for r := range reps {
			q, err := sim.NewQueue(spec, -warm, sim.NewStream(5, uint64(r), sim.StreamQueueReferrals))
			if err != nil {
				t.Fatal(err)
			}
			var n, w float64
			for week := -warm; week < weeks; week++ {
				s := q.Step(week)
				if week < 0 {
					continue
				}
				occ[s.Length][r]++
				lengths[r] += float64(s.Length)
				n += float64(s.Treated)
				w += float64(s.WaitWeeks)
			}
			for k := range occ {
				occ[k][r] /= weeks
			}
			lengths[r] /= weeks
			treated[r] = n / weeks
			waits[r] = w / n
		}
		for k := range pi {
			// A state too rare to be seen has no spread across replications;
			// its floor is the standard error of a share of reps·weeks
			// independent weeks.
			m := momentsOf(occ[k])
			se := max(seMean(m.vr, reps), seMean(pi[k]*(1-pi[k]), reps*weeks))
			near(t, "share of weeks ending with "+ftoa(float64(k))+" waiting", m.mean, pi[k], se)
		}
		for _, c := range []struct {
			what string
			xs   []float64
			want float64
		}{{"mean length", lengths, wantL}, {"treated a week", treated, wantTreated}, {"mean wait (Little's law)", waits, wantWait}} {
			m := momentsOf(c.xs)
			near(t, c.what, m.mean, c.want, seMean(m.vr, reps))
		}
	}
}

// TestEngineKnownAnswers runs scenarios through the whole engine (Run and
// its summary) and checks the reported per-period means against closed
// forms, with the summary's own standard deviations: pipeline completions
// a financial year (starts × ∏ Success × weeks), projects in progress at a
// year's end (Little's law: starts × Σ over stages of the chance of
// reaching the stage × its mean weeks), and the waiting list's mean
// weekly length (the stationary mean).
func TestEngineKnownAnswers(t *testing.T) {
	s := &scenario.Scenario{Version: "1.0", ID: "known", Start: vocab.MustParseDate("2026-04-01"), Weeks: 104, WarmUpWeeks: 150,
		Pipeline: &scenario.Pipeline{StartsPerWeek: vocab.IntRatio(2), Stages: []scenario.Stage{
			{Name: "a", MeanWeeks: vocab.IntRatio(3), Success: vocab.Percent(50)},
			{Name: "b", MeanWeeks: vocab.IntRatio(5), Success: vocab.Percent(80)}}},
		Queue: &scenario.Queue{ReferralsPerWeek: vocab.MustRatio(5, 2), SlotsPerWeek: 3, Capacity: 12}}
	const reps = 400
	res, err := sim.Run(context.Background(), sim.Plan{Scenario: s, Model: sim.Components(), MasterSeed: 99, Replications: reps},
		sim.Options{}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	_, wantL, _, _ := queueTheory(t, sim.QueueSpec{ReferralsPerWeek: 2.5, SlotsPerWeek: 3, Capacity: 12})
	weeksIn := map[string]int{} // weeks by financial year of their first day
	for w := range s.Weeks {
		weeksIn[vocab.FinancialYearOf(s.Start.AddDays(7*w)).String()]++
	}
	checked := 0
	for _, c := range res.Summary.Cells() {
		var want float64
		switch c.Metric.Name {
		case "pipeline-completed":
			want = 2 * 0.5 * 0.8 * float64(weeksIn[c.Period])
		case "pipeline-in-progress":
			want = 2 * (3 + 0.5*5)
		case "queue-waiting":
			want = wantL
		default:
			continue
		}
		near(t, c.Metric.Name+" "+c.Period, c.Mean, want, c.SD/math.Sqrt(float64(c.N)))
		checked++
	}
	if checked != 6 {
		t.Fatalf("checked %d cells, want 3 metrics × 2 years", checked)
	}
}

func ftoa(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
