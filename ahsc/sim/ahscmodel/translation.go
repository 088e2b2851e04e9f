package ahscmodel

import (
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mathext"

	"github.com/ahsckit/ahsckit/ahsc/sim"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// stageParams is one stage as a model point runs it.
type stageParams struct {
	stage              scenario.TranslationStage
	meanWeeks, success vocab.Ratio
	cost               int64
	trial              bool
	participants       int
	rate, shape        vocab.Ratio
	recruitWeeks       float64 // E[weeks to recruit], trial stages
	followUpWeeks      float64 // mean weeks after recruitment, trial stages
}

// ExpectedRecruitmentWeeks returns the mean number of weekly steps a
// trial needs to recruit participants (n ≥ 1) when its weekly rate is
// drawn from a gamma distribution with shape α (above 1) and mean m
// (ratePerWeek), and each week recruits a Poisson number with that rate.
// The weeks are T = ⌈τ⌉ with τ the continuous recruitment time, and
//
//	E[T] = Σ_{t≥0} f(t),  f(t) = P(τ > t) = I_{β/(β+t)}(α, n),  β = α/m,
//
// I being the regularised incomplete beta function (gonum mathext),
// since τ/β has the beta-prime distribution with parameters n and α. The
// sum runs term by term to c = ⌈4·n·α/((α−1)·m)⌉ + 20 weeks; the rest
// is the Euler–Maclaurin tail ∫_c^∞ f + f(c)/2 − f′(c)/12, with the
// integral in closed form, β·(n/(α−1)·I_x(α−1, n+1) − k·I_x(α, n)) for
// k = c/β and x = 1/(1+k), and f′ from the beta-prime density. The
// neglected terms are of order f(c)·α³/c³. For comparison, the
// continuous-time mean is E[τ] = n·α/((α−1)·m), and weekly steps add
// close to half a week when n/m is more than a few weeks.
func ExpectedRecruitmentWeeks(participants int, ratePerWeek, shape float64) float64 {
	n, a := float64(participants), shape
	beta := a / ratePerWeek
	c := math.Ceil(4*n/ratePerWeek*a/(a-1)) + 20
	sum := 0.0
	for t := 0.0; t < c; t++ {
		sum += mathext.RegIncBeta(a, n, beta/(beta+t))
	}
	k := c / beta
	x := 1 / (1 + k)
	fc := mathext.RegIncBeta(a, n, x)
	integral := beta * (n/(a-1)*mathext.RegIncBeta(a-1, n+1, x) - k*fc)
	lb, _ := math.Lgamma(n)
	la, _ := math.Lgamma(a)
	lab, _ := math.Lgamma(n + a)
	density := math.Exp((n-1)*math.Log(k) - (n+a)*math.Log1p(k) - (lb + la - lab))
	return sum + integral + fc/2 + density/beta/12
}

// translation is a replication's pipeline: one engine Pipeline per stage
// (for trial stages, the weeks after recruitment), projects waiting for a
// stage's funding, trials recruiting, and each stage's purse.
type translation struct {
	st       [numStages]stageState
	maxWait  int
	rates    rand.Source
	counts   rand.Source
	counts64 TranslationCounts
}

type stageState struct {
	p          *stageParams
	pipe       *sim.Pipeline
	waiting    []int // weeks the waiting projects passed the previous stage, oldest first
	head       int
	recruiting []trial
	purse      int64
}

type trial struct {
	r    *sim.Recruitment
	left int
}

// TranslationCounts are a replication's running totals of projects. At
// every step Entered = InPipeline + Failed + Adopted, where InPipeline
// counts projects in a stage, recruiting, or waiting for funding.
type TranslationCounts struct {
	// Entered counts projects started in t0.
	Entered int64
	// Failed counts projects that failed a stage or lapsed waiting.
	Failed int64
	// Lapsed counts projects that waited longer than the maximum for the
	// next stage's funding (included in Failed).
	Lapsed int64
	// Adopted counts projects that passed t3: adopted into routine care.
	Adopted int64
	// Recruited counts trial participants.
	Recruited int64
	// Spent is the money spent starting stages, in minor units.
	Spent int64
}

// weekTranslation is what one week of the pipeline did.
type weekTranslation struct {
	started, adopted, failed, recruited int
	spent                               int64
}

func newTranslation(ps *[numStages]stageParams, maxWait int, streams sim.Streams) *translation {
	tr := &translation{maxWait: maxWait, rates: streams.Stream("trial-rates"), counts: streams.Stream("trial-recruitment")}
	for i := range ps {
		p := &ps[i]
		mean := p.meanWeeks.Float64()
		if p.trial {
			mean = p.followUpWeeks
		}
		pipe, err := sim.NewPipeline([]sim.Stage{{MeanWeeks: mean, Success: p.success.Float64()}}, streams.Stream("stage-"+string(p.stage)))
		if err != nil {
			panic("ahscmodel: " + err.Error()) // parameters are checked when the model is built
		}
		tr.st[i] = stageState{p: p, pipe: pipe}
	}
	return tr
}

// release adds money to stage s's purse.
func (tr *translation) release(s int, minor int64) { tr.st[s].purse += minor }

// step runs week: stages first, then recruitment, then funding gates.
func (tr *translation) step(week int) weekTranslation {
	var w weekTranslation
	for s := range tr.st {
		st := &tr.st[s]
		r := st.pipe.Step(week)
		w.failed += r.Failed
		if s == numStages-1 {
			w.adopted += r.Completed
			continue
		}
		next := &tr.st[s+1]
		for range r.Completed {
			next.waiting = append(next.waiting, week)
		}
	}
	for s := range tr.st {
		st := &tr.st[s]
		if !st.p.trial {
			continue
		}
		keep := st.recruiting[:0]
		for _, t := range st.recruiting {
			n := min(t.r.Step(), t.left)
			t.left -= n
			w.recruited += n
			if t.left > 0 {
				keep = append(keep, t)
				continue
			}
			_ = st.pipe.Add(0, 1, week)
		}
		clear(st.recruiting[len(keep):])
		st.recruiting = keep
	}
	for s := range tr.st {
		st := &tr.st[s]
		cost := st.p.cost
		if s == 0 {
			n := st.purse / cost
			st.purse -= n * cost
			w.spent += n * cost
			w.started += int(n)
			_ = st.pipe.Add(0, int(n), week)
			continue
		}
		for st.head < len(st.waiting) && week-st.waiting[st.head] > tr.maxWait {
			st.head++
			w.failed++
			tr.counts64.Lapsed++
		}
		for st.head < len(st.waiting) && st.purse >= cost {
			st.head++
			st.purse -= cost
			w.spent += cost
			if st.p.trial {
				r, err := sim.NewRecruitment(1, st.p.shape.Float64(), st.p.rate.Float64(), tr.rates, tr.counts)
				if err != nil {
					panic("ahscmodel: " + err.Error()) // parameters are checked when the model is built
				}
				st.recruiting = append(st.recruiting, trial{r: r, left: st.p.participants})
			} else {
				_ = st.pipe.Add(0, 1, week)
			}
		}
		if st.head > 64 && 2*st.head > len(st.waiting) {
			st.waiting = append(st.waiting[:0], st.waiting[st.head:]...)
			st.head = 0
		}
	}
	c := &tr.counts64
	c.Entered += int64(w.started)
	c.Failed += int64(w.failed)
	c.Adopted += int64(w.adopted)
	c.Recruited += int64(w.recruited)
	c.Spent += w.spent
	return w
}

// inPipeline returns the projects in a stage, recruiting or waiting.
func (tr *translation) inPipeline() int {
	n := 0
	for s := range tr.st {
		st := &tr.st[s]
		n += st.pipe.InProgress() + len(st.recruiting) + len(st.waiting) - st.head
	}
	return n
}

// activeTrials returns the trials recruiting or in follow-up.
func (tr *translation) activeTrials() int {
	n := 0
	for s := range tr.st {
		if st := &tr.st[s]; st.p.trial {
			n += st.pipe.InProgress() + len(st.recruiting)
		}
	}
	return n
}

// purses returns the money in the stages' purses.
func (tr *translation) purses() int64 {
	var n int64
	for s := range tr.st {
		n += tr.st[s].purse
	}
	return n
}
