package sim

import (
	"errors"

	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
)

// Stream names used by [Components], one per random process.
const (
	StreamArrivals         = "arrivals"
	StreamPipelineStarts   = "pipeline-starts"
	StreamPipeline         = "pipeline"
	StreamRecruitmentRates = "recruitment-rates"
	StreamRecruitment      = "recruitment"
	StreamQueueReferrals   = "queue-referrals"
)

// Components returns the builder of the components model: the scenario's
// components side by side, each on its own streams, so adding or removing
// one leaves the others' numbers unchanged. Its metrics, in this order for
// the components present:
//
//	arrivals                    arrivals       sum   Poisson arrivals
//	pipeline-started            projects       sum   projects entering the first stage
//	pipeline-completed          projects       sum   projects passing the last stage
//	pipeline-failed             projects       sum   projects failing a stage
//	pipeline-in-progress        projects       last  projects in progress at the period's end
//	recruitment                 participants   sum   participants recruited, all sites
//	queue-referrals             patients       sum   referrals
//	queue-turned-away           patients       sum   referrals that did not fit the list
//	queue-treated               patients       sum   patients treated
//	queue-wait-weeks            patient-weeks  sum   weeks waited by the patients treated
//	queue-waiting               patients       mean  waiting-list length at the weeks' ends
//
// Mean wait of the patients treated in a period is queue-wait-weeks /
// queue-treated.
func Components() Builder {
	return Builder{Name: "components", Version: "1", Build: buildComponents}
}

type componentsModel struct {
	s       *scenario.Scenario
	metrics []Metric
	stages  []Stage
}

func buildComponents(s *scenario.Scenario) (Model, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	if s.Centre != nil {
		return nil, errors.New("sim: the components model does not run a centre section; build the AHSC model (package ahsc/sim/ahscmodel)")
	}
	m := &componentsModel{s: s}
	if s.Arrivals != nil {
		m.metrics = append(m.metrics, Metric{"arrivals", "arrivals", Sum})
	}
	if s.Pipeline != nil {
		m.metrics = append(m.metrics,
			Metric{"pipeline-started", "projects", Sum},
			Metric{"pipeline-completed", "projects", Sum},
			Metric{"pipeline-failed", "projects", Sum},
			Metric{"pipeline-in-progress", "projects", Last})
		for _, st := range s.Pipeline.Stages {
			m.stages = append(m.stages, Stage{MeanWeeks: st.MeanWeeks.Float64(), Success: st.Success.Float64()})
		}
	}
	if s.Recruitment != nil {
		m.metrics = append(m.metrics, Metric{"recruitment", "participants", Sum})
	}
	if s.Queue != nil {
		m.metrics = append(m.metrics,
			Metric{"queue-referrals", "patients", Sum},
			Metric{"queue-turned-away", "patients", Sum},
			Metric{"queue-treated", "patients", Sum},
			Metric{"queue-wait-weeks", "patient-weeks", Sum},
			Metric{"queue-waiting", "patients", Mean})
	}
	return m, nil
}

func (m *componentsModel) Metrics() []Metric { return m.metrics }

type componentsRep struct {
	arrivals    *Arrivals
	starts      *Arrivals
	pipeline    *Pipeline
	recruitment *Recruitment
	queue       *Queue
}

// Replicate builds the components from a validated scenario, so their
// constructors cannot fail.
func (m *componentsModel) Replicate(st Streams) Replication {
	s := m.s
	r := &componentsRep{}
	first := -s.WarmUpWeeks
	if a := s.Arrivals; a != nil {
		r.arrivals, _ = NewArrivals(a.RatePerWeek.Float64(), st.Stream(StreamArrivals))
	}
	if p := s.Pipeline; p != nil {
		r.pipeline, _ = NewPipeline(m.stages, st.Stream(StreamPipeline))
		for i, stage := range p.Stages {
			_ = r.pipeline.Add(i, stage.Initial, first-1)
		}
		if !p.StartsPerWeek.IsZero() {
			r.starts, _ = NewArrivals(p.StartsPerWeek.Float64(), st.Stream(StreamPipelineStarts))
		}
	}
	if rc := s.Recruitment; rc != nil {
		r.recruitment, _ = NewRecruitment(rc.Sites, rc.Shape.Float64(), rc.MeanRatePerWeek.Float64(),
			st.Stream(StreamRecruitmentRates), st.Stream(StreamRecruitment))
	}
	if q := s.Queue; q != nil {
		r.queue, _ = NewQueue(QueueSpec{ReferralsPerWeek: q.ReferralsPerWeek.Float64(), SlotsPerWeek: q.SlotsPerWeek,
			Capacity: q.Capacity, Initial: q.Initial}, first, st.Stream(StreamQueueReferrals))
	}
	return r
}

func (r *componentsRep) Step(week int, out []float64) {
	i := 0
	if r.arrivals != nil {
		out[i] = float64(r.arrivals.Next())
		i++
	}
	if r.pipeline != nil {
		ps := r.pipeline.Step(week)
		started := 0
		if r.starts != nil {
			started = r.starts.Next()
			_ = r.pipeline.Add(0, started, week)
		}
		out[i], out[i+1], out[i+2], out[i+3] = float64(started), float64(ps.Completed), float64(ps.Failed), float64(r.pipeline.InProgress())
		i += 4
	}
	if r.recruitment != nil {
		out[i] = float64(r.recruitment.Step())
		i++
	}
	if r.queue != nil {
		qs := r.queue.Step(week)
		out[i], out[i+1], out[i+2], out[i+3], out[i+4] = float64(qs.Referrals), float64(qs.TurnedAway),
			float64(qs.Treated), float64(qs.WaitWeeks), float64(qs.Length)
	}
}
