package sim

import (
	"fmt"
	"strconv"

	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Limits of a plan. MaxSummaryCells bounds the summary's memory (about
// 24 bytes a cell): the points' reporting periods times the metrics.
const (
	MaxReplications = 1_000_000
	MaxSummaryCells = 10_000_000
)

// layout is everything that decides the bytes of a run's outputs apart
// from the simulated values: the points, their reporting periods, the
// metrics, the replication count and the seed. Run builds it from a plan
// and the models; Merge from a manifest.
type layout struct {
	scenario  *scenario.Scenario
	points    []scenario.Point
	timelines []*timeline // per point
	metrics   []Metric
	reps      int
	seed      uint64
	prefixes  [][]byte // per point: "scenario,point,axis values...,"
}

// timeline maps a point's reported weeks to reporting periods.
type timeline struct {
	warmUp int
	labels []string
	period []int32 // period of each reported week
	weeks  []int   // weeks in each period
}

func newTimeline(s *scenario.Scenario) timeline {
	t := timeline{warmUp: s.WarmUpWeeks, period: make([]int32, s.Weeks)}
	rep := s.ReportingOrDefault()
	fy0 := vocab.FinancialYearOf(s.Start)
	for w := range s.Weeks {
		d := s.Start.AddDays(7 * w)
		var p int
		switch rep {
		case scenario.Week:
			p = w
			t.labels = append(t.labels, d.String())
		default:
			fy := vocab.FinancialYearOf(d)
			p = int(fy - fy0)
			for len(t.labels) <= p {
				t.labels = append(t.labels, (fy0 + vocab.FinancialYear(len(t.labels))).String())
			}
		}
		t.period[w] = int32(p)
		for len(t.weeks) <= p {
			t.weeks = append(t.weeks, 0)
		}
		t.weeks[p]++
	}
	return t
}

func newLayout(s *scenario.Scenario, points []scenario.Point, metrics []Metric, reps int, seed uint64) (*layout, error) {
	if reps < 1 || reps > MaxReplications {
		return nil, fmt.Errorf("sim: %d replications: want 1 to %d", reps, MaxReplications)
	}
	if len(metrics) == 0 {
		return nil, fmt.Errorf("sim: the model reports no metrics")
	}
	for i, m := range metrics {
		if !vocab.ValidID(m.Name) || !vocab.ValidID(m.Unit) || !aggregations.Contains(m.Aggregation) {
			return nil, fmt.Errorf("sim: metric %d %+v: want slug name and unit and a known aggregation", i, m)
		}
	}
	l := &layout{scenario: s, points: points, metrics: metrics, reps: reps, seed: seed}
	// Points share a timeline unless a sweep changes their time frame.
	type frame struct {
		start       vocab.Date
		weeks, warm int
		reporting   scenario.ReportingPeriod
	}
	shared := map[frame]*timeline{}
	cells := 0
	for _, p := range points {
		ps := p.Scenario
		f := frame{ps.Start, ps.Weeks, ps.WarmUpWeeks, ps.ReportingOrDefault()}
		t, ok := shared[f]
		if !ok {
			nt := newTimeline(ps)
			t = &nt
			shared[f] = t
		}
		if cells += len(t.labels) * len(metrics); cells > MaxSummaryCells {
			return nil, fmt.Errorf("sim: the summary would have more than %d cells (points × reporting periods × metrics): "+
				"report by financial year, or sweep fewer points", MaxSummaryCells)
		}
		l.timelines = append(l.timelines, t)
		b := append([]byte(s.ID), ',')
		b = strconv.AppendInt(b, int64(p.Index), 10)
		for _, v := range p.Values {
			b = append(b, ',')
			b = v.AppendTo(b)
		}
		l.prefixes = append(l.prefixes, append(b, ','))
	}
	return l, nil
}

// tasks returns the number of tasks: points × replications.
func (l *layout) tasks() int { return len(l.points) * l.reps }

// task returns the point and replication of task t.
func (l *layout) task(t int) (point, rep int) { return t / l.reps, t % l.reps }

// rowsHeader returns the header line of the rows CSV.
func (l *layout) rowsHeader() []byte {
	b := []byte("scenario,point")
	for _, a := range l.scenario.Sweep {
		b = append(b, ',')
		b = append(b, a.Name...)
	}
	return append(b, ",replication,seed,period,metric,value,unit\n"...)
}

// summaryHeader returns the header line of the summary CSV.
func (l *layout) summaryHeader() []byte {
	b := []byte("scenario,point")
	for _, a := range l.scenario.Sweep {
		b = append(b, ',')
		b = append(b, a.Name...)
	}
	return append(b, ",period,metric,unit,replications,mean,sd,tInterval95Low,tInterval95High\n"...)
}

// rowPrefix appends the fields of a row before its value.
func (l *layout) rowPrefix(b []byte, point, rep, period, metric int) []byte {
	b = append(b, l.prefixes[point]...)
	b = strconv.AppendInt(b, int64(rep), 10)
	b = append(b, ',')
	b = strconv.AppendUint(b, l.seed, 10)
	b = append(b, ',')
	b = append(b, l.timelines[point].labels[period]...)
	b = append(b, ',')
	b = append(b, l.metrics[metric].Name...)
	return append(b, ',')
}

// rowSuffix appends the fields of a row after its value, and the newline.
func (l *layout) rowSuffix(b []byte, metric int) []byte {
	b = append(b, ',')
	b = append(b, l.metrics[metric].Unit...)
	return append(b, '\n')
}

// appendFloat writes v the one way outputs write floats: the shortest
// decimal that parses back to exactly v, strconv's 'g' format with
// precision -1 (so 0.1, 12, 1e+06, 2.5e-05).
func appendFloat(b []byte, v float64) []byte { return strconv.AppendFloat(b, v, 'g', -1, 64) }

func appendInt(b []byte, v int) []byte { return strconv.AppendInt(b, int64(v), 10) }
