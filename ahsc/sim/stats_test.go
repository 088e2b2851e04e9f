package sim_test

import (
	"math"
	"testing"
)

// z is the two-sided normal quantile every known-answer check uses: a
// check of a correct sampler fails by chance with probability about
// 7×10⁻⁶ (|Z| > 4.5). Tolerances are z standard errors, and each
// standard error comes from the number of replications (or projects) the
// check averages over, so more replications give tighter checks. The
// checks run at fixed seeds, so they are deterministic.
const z = 4.5

// moments are a sample's size, mean, variance (n − 1 denominator) and
// fourth central moment.
type moments struct {
	n            int
	mean, vr, m4 float64
}

func momentsOf(xs []float64) moments {
	m := moments{n: len(xs)}
	for _, x := range xs {
		m.mean += x
	}
	m.mean /= float64(m.n)
	var s2, s4 float64
	for _, x := range xs {
		d := x - m.mean
		s2 += d * d
		s4 += d * d * d * d
	}
	m.vr = s2 / float64(m.n-1)
	m.m4 = s4 / float64(m.n)
	return m
}

// seMean is the standard error of the sample mean of n draws with
// variance vr.
func seMean(vr float64, n int) float64 { return math.Sqrt(vr / float64(n)) }

// seVar is the standard error of the sample variance of n draws with
// variance vr and fourth central moment m4:
// Var(s²) = m4/n − vr²(n − 3)/(n(n − 1)).
func seVar(vr, m4 float64, n int) float64 {
	f := float64(n)
	return math.Sqrt(m4/f - vr*vr*(f-3)/(f*(f-1)))
}

// near fails t when got is more than z standard errors se from want.
func near(t *testing.T, what string, got, want, se float64) {
	t.Helper()
	if d := math.Abs(got - want); !(d <= z*se) {
		t.Errorf("%s = %.6g, want %.6g ± %.3g (%.1f standard errors of %.3g off)", what, got, want, z*se, d/se, se)
	}
}
