package sim

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"
)

// Stage is one stage of a [Pipeline].
type Stage struct {
	// MeanWeeks is the mean time in the stage, at least 1 week.
	MeanWeeks float64
	// Success is the probability of passing the stage, 0 to 1.
	Success float64
}

// Pipeline is a stage-to-stage project pipeline in weekly steps, one
// project at a time. In each step every project in progress leaves its
// stage with probability 1/MeanWeeks, so its time in the stage is
// geometric on 1, 2, ... weeks with mean MeanWeeks; a project that leaves
// passes with probability Success and is at risk in the next stage from
// the following step, or fails. Passing the last stage completes it.
//
// Known answers: a project completes with probability ∏ Success, and a
// completed project took on average Σ MeanWeeks weeks from entering the
// first stage (variance Σ (MeanWeeks² − MeanWeeks), the geometric
// variances). Projects are conserved: Entered = InProgress + Completed +
// Failed after every call. Draws are gonum distuv.Bernoulli driven by
// one stream: per project and step, one for leaving and, if it leaves,
// one for passing.
type Pipeline struct {
	stages   []stageProbs
	projects []project
	src      rand.Source
	counts   PipelineCounts
}

type stageProbs struct{ exit, pass float64 }

// project is a project in progress: its stage and the step it was added in.
type project struct {
	stage int32
	since int32
}

// PipelineCounts are a pipeline's running totals.
type PipelineCounts struct {
	// Entered counts every project added.
	Entered int64
	// Completed and Failed count projects that passed the last stage and
	// that failed a stage.
	Completed, Failed int64
	// ProjectWeeks counts project-periods: the projects in progress at each
	// step, summed over steps.
	ProjectWeeks int64
}

// PipelineStep is what one step of a pipeline did.
type PipelineStep struct {
	// Completed and Failed count the projects that completed and failed.
	Completed, Failed int
	// CompletedWeeks sums the completed projects' weeks since they were
	// added (their time from entering the first stage, for projects added
	// there).
	CompletedWeeks int
}

// NewPipeline returns an empty pipeline with the given stages (1 or more)
// drawing from src.
func NewPipeline(stages []Stage, src rand.Source) (*Pipeline, error) {
	if len(stages) == 0 || len(stages) > math.MaxInt32 {
		return nil, fmt.Errorf("sim: pipeline: %d stages: want at least one", len(stages))
	}
	if src == nil {
		return nil, fmt.Errorf("sim: pipeline: no source")
	}
	p := &Pipeline{stages: make([]stageProbs, len(stages)), src: src}
	for i, s := range stages {
		if !(s.MeanWeeks >= 1) || math.IsInf(s.MeanWeeks, 0) || !(s.Success >= 0 && s.Success <= 1) {
			return nil, fmt.Errorf("sim: pipeline: stage %d: mean %v weeks, success %v: want a finite mean of at least 1 and success from 0 to 1",
				i, s.MeanWeeks, s.Success)
		}
		p.stages[i] = stageProbs{exit: 1 / s.MeanWeeks, pass: s.Success}
	}
	return p, nil
}

// Add puts n projects into stage (from 0) in step week; they are at risk
// from step week+1.
func (p *Pipeline) Add(stage, n, week int) error {
	if stage < 0 || stage >= len(p.stages) || n < 0 || week < math.MinInt32 || week > math.MaxInt32 {
		return fmt.Errorf("sim: pipeline: add %d projects to stage %d in week %d: out of range", n, stage, week)
	}
	for range n {
		p.projects = append(p.projects, project{stage: int32(stage), since: int32(week)})
	}
	p.counts.Entered += int64(n)
	return nil
}

// Step advances every project in progress by one week, step week.
func (p *Pipeline) Step(week int) PipelineStep {
	var r PipelineStep
	exit := distuv.Bernoulli{Src: p.src}
	pass := distuv.Bernoulli{Src: p.src}
	last := int32(len(p.stages) - 1)
	ps := p.projects
	p.counts.ProjectWeeks += int64(len(ps))
	for i := 0; i < len(ps); {
		pr := &ps[i]
		st := p.stages[pr.stage]
		exit.P = st.exit
		if exit.Rand() == 0 {
			i++
			continue
		}
		pass.P = st.pass
		if pass.Rand() == 1 {
			if pr.stage < last {
				pr.stage++
				i++
				continue
			}
			r.Completed++
			r.CompletedWeeks += week - int(pr.since)
		} else {
			r.Failed++
		}
		// The project leaves: the last project, not yet stepped, takes its place.
		n := len(ps) - 1
		ps[i] = ps[n]
		ps = ps[:n]
	}
	p.projects = ps
	p.counts.Completed += int64(r.Completed)
	p.counts.Failed += int64(r.Failed)
	return r
}

// InProgress returns the number of projects in progress.
func (p *Pipeline) InProgress() int { return len(p.projects) }

// InStage returns the number of projects in progress in each stage.
func (p *Pipeline) InStage() []int {
	out := make([]int, len(p.stages))
	for _, pr := range p.projects {
		out[pr.stage]++
	}
	return out
}

// Counts returns the running totals.
func (p *Pipeline) Counts() PipelineCounts { return p.counts }
