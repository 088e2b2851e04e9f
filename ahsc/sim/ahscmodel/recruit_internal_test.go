package ahscmodel

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mathext"
)

// bruteRecruitmentWeeks sums Σ_t P(τ > t) term by term until the terms
// are below 1e-13 and the power-law tail estimate below 1e-9.
func bruteRecruitmentWeeks(n int, m, a float64) float64 {
	beta := a / m
	sum := 0.0
	for t := 0.0; ; t++ {
		f := mathext.RegIncBeta(a, float64(n), beta/(beta+t))
		sum += f
		if t > float64(n)/m && f < 1e-13 && f*t/(a-1) < 1e-9 {
			return sum + f*t/(a-1)
		}
	}
}

// TestExpectedRecruitmentWeeks: the Euler–Maclaurin tail agrees with the
// term-by-term sum, and with the continuous-time mean plus half a week
// when recruitment takes many weeks.
func TestExpectedRecruitmentWeeks(t *testing.T) {
	for _, c := range []struct {
		n    int
		m, a float64
	}{{20, 0.5, 4}, {60, 1, 5}, {1, 5, 6}, {1, 0.2, 8}, {3, 2, 4}, {150, 2.5, 6}, {10, 1, 12}} {
		got := ExpectedRecruitmentWeeks(c.n, c.m, c.a)
		want := bruteRecruitmentWeeks(c.n, c.m, c.a)
		if math.Abs(got-want) > 1e-6 {
			t.Errorf("n %d, m %v, α %v: %.9f, term by term %.9f", c.n, c.m, c.a, got, want)
		}
		if cont := float64(c.n) * c.a / ((c.a - 1) * c.m); float64(c.n)/c.m > 10 && math.Abs(got-cont-0.5) > 1e-3 {
			t.Errorf("n %d, m %v, α %v: %.6f, continuous mean + ½ %.6f", c.n, c.m, c.a, got, cont+0.5)
		}
	}
}
