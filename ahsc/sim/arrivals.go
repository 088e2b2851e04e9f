package sim

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"
)

// Arrivals is a Poisson arrival stream in weekly steps: each week's count
// is Poisson with mean RatePerWeek, independent of other weeks, so over w
// weeks the count is Poisson with mean and variance w·RatePerWeek.
// Samples come from gonum's distuv.Poisson driven by the stream src.
type Arrivals struct {
	d distuv.Poisson
}

// NewArrivals returns a Poisson arrival stream with mean ratePerWeek a week
// (finite, above 0) drawing from src.
func NewArrivals(ratePerWeek float64, src rand.Source) (*Arrivals, error) {
	if !(ratePerWeek > 0) || math.IsInf(ratePerWeek, 0) {
		return nil, fmt.Errorf("sim: arrivals: rate %v a week: want a finite number above 0", ratePerWeek)
	}
	if src == nil {
		return nil, fmt.Errorf("sim: arrivals: no source")
	}
	return &Arrivals{d: distuv.Poisson{Lambda: ratePerWeek, Src: src}}, nil
}

// Next returns the number of arrivals in the next week.
func (a *Arrivals) Next() int { return int(a.d.Rand()) }

// Rate returns the mean number of arrivals a week.
func (a *Arrivals) Rate() float64 { return a.d.Lambda }
