package sim

import (
	"bufio"
	"io"
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// Summary holds, for every scenario point, reporting period and metric,
// the mean of the replications' values and a 95% t-interval for it.
// Values are added in run order (point, replication, period, metric) with
// Welford's update, so a run and the merge of its shards give the same
// bits.
type Summary struct {
	l     *layout
	cells [][]welford // per point: period × metric
}

// welford is a running count, mean and sum of squared deviations.
type welford struct {
	n    int
	mean float64
	m2   float64
}

func (w *welford) add(x float64) {
	w.n++
	d := x - w.mean
	w.mean += d / float64(w.n)
	w.m2 += d * (x - w.mean)
}

func newSummary(l *layout) *Summary {
	s := &Summary{l: l, cells: make([][]welford, len(l.points))}
	for p := range l.points {
		s.cells[p] = make([]welford, len(l.timelines[p].labels)*len(l.metrics))
	}
	return s
}

// add adds one replication's values (period × metric) of point p.
func (s *Summary) add(p int, vals []float64) {
	c := s.cells[p]
	for i, v := range vals {
		c[i].add(v)
	}
}

// Cell is one line of a summary.
type Cell struct {
	// Point is the scenario point's index.
	Point int
	// Period is the reporting period's label, such as "2026-27".
	Period string
	// Metric is the metric.
	Metric Metric
	// N is the number of replications.
	N int
	// Mean is the mean over replications.
	Mean float64
	// SD is the sample standard deviation (n − 1 denominator); NaN when N < 2.
	SD float64
	// Low and High bound the 95% t-interval of the mean,
	// Mean ∓ t(0.975, N − 1)·SD/√N (Student's t quantile from gonum
	// distuv.StudentsT); NaN when N < 2.
	Low, High float64
}

// Cells returns the summary's cells in output order: point, period, metric.
func (s *Summary) Cells() []Cell {
	var out []Cell
	tq := tQuantile(s.l.reps)
	for p := range s.l.points {
		t := s.l.timelines[p]
		for per := range t.labels {
			for m, met := range s.l.metrics {
				w := s.cells[p][per*len(s.l.metrics)+m]
				c := Cell{Point: p, Period: t.labels[per], Metric: met, N: w.n, Mean: w.mean,
					SD: math.NaN(), Low: math.NaN(), High: math.NaN()}
				if w.n >= 2 {
					c.SD = math.Sqrt(w.m2 / float64(w.n-1))
					h := tq * c.SD / math.Sqrt(float64(w.n))
					c.Low, c.High = c.Mean-h, c.Mean+h
				}
				out = append(out, c)
			}
		}
	}
	return out
}

// tQuantile returns t(0.975, n − 1), or NaN when n < 2.
func tQuantile(n int) float64 {
	if n < 2 {
		return math.NaN()
	}
	return distuv.StudentsT{Mu: 0, Sigma: 1, Nu: float64(n - 1)}.Quantile(0.975)
}

// WriteCSV writes the summary as CSV: a header line, then one line per
// point, period and metric with the columns scenario, point, one column per
// sweep axis, period, metric, unit, replications, mean, sd,
// tInterval95Low and tInterval95High. sd and the interval are empty with
// fewer than two replications. Floats are written as [appendFloat] does.
func (s *Summary) WriteCSV(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	if _, err := bw.Write(s.l.summaryHeader()); err != nil {
		return err
	}
	var b []byte
	for _, c := range s.Cells() {
		b = append(b[:0], s.l.prefixes[c.Point]...)
		b = append(b, c.Period...)
		b = append(b, ',')
		b = append(b, c.Metric.Name...)
		b = append(b, ',')
		b = append(b, c.Metric.Unit...)
		b = append(b, ',')
		b = appendInt(b, c.N)
		b = append(b, ',')
		b = appendFloat(b, c.Mean)
		for _, v := range []float64{c.SD, c.Low, c.High} {
			b = append(b, ',')
			if !math.IsNaN(v) {
				b = appendFloat(b, v)
			}
		}
		b = append(b, '\n')
		if _, err := bw.Write(b); err != nil {
			return err
		}
	}
	return bw.Flush()
}
