package ahscmodel_test

import (
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/sim"
	"github.com/ahsckit/ahsckit/ahsc/sim/ahscmodel"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
)

// z is the two-sided normal quantile of every known-answer check, as in
// package sim's tests: a check of a correct model fails by chance with
// probability about 7×10⁻⁶. The checks run at fixed seeds.
const z = 4.5

type failer interface {
	Helper()
	Fatalf(format string, args ...any)
}

func mustModel(t failer, s *scenario.Scenario, in *ahscmodel.Inputs, opts ...ahscmodel.Option) *ahscmodel.Model {
	t.Helper()
	m, err := ahscmodel.New(s, in, opts...)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return m
}

// run steps replication rep of m over the scenario's weeks, calling each
// after every step with the week, the replication and the week's values.
func run(t failer, m *ahscmodel.Model, s *scenario.Scenario, seed uint64, rep int,
	each func(week int, r *ahscmodel.Replication, out []float64)) *ahscmodel.Replication {
	t.Helper()
	r, err := m.NewReplication(sim.NewStreams(seed, rep))
	if err != nil {
		t.Fatalf("NewReplication: %v", err)
	}
	out := make([]float64, len(m.Metrics()))
	for w := -s.WarmUpWeeks; w < s.Weeks; w++ {
		r.Step(w, out)
		if each != nil {
			each(w, r, out)
		}
	}
	return r
}

// metricIndex returns the index of the named metric, or -1.
func metricIndex(m *ahscmodel.Model, name string) int {
	return slices.IndexFunc(m.Metrics(), func(x sim.Metric) bool { return x.Name == name })
}

// meanSE returns the mean of xs and its standard error.
func meanSE(xs []float64) (mean, se float64) {
	n := float64(len(xs))
	for _, x := range xs {
		mean += x
	}
	mean /= n
	var ss float64
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	return mean, sqrt(ss / (n - 1) / n)
}

// streams returns replication 0's streams of a run with master seed seed.
func streams(seed uint64) sim.Streams { return sim.NewStreams(seed, 0) }

// parameter returns the model's parameter of the given name.
func parameter(t failer, m *ahscmodel.Model, name string) ahscmodel.Parameter {
	for _, p := range m.Parameters() {
		if p.Name == name {
			return p
		}
	}
	t.Fatalf("no parameter %s", name)
	return ahscmodel.Parameter{}
}
