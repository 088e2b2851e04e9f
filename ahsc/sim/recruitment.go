package sim

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"
)

// Recruitment is Poisson–gamma recruitment across trial sites in weekly
// steps (Anisimov & Fedorov, Statistics in Medicine 2007;26:4958–4975,
// doi:10.1002/sim.2956). When it is created each site's rate λᵢ is drawn
// from a gamma distribution with shape α and mean m (rate parameter α/m);
// each week site i recruits a Poisson number with mean λᵢ.
//
// Known answer: over w weeks one site's total is negative binomial with
// mean m·w and variance m·w + (m·w)²/α, and n sites' total has n times
// that mean and variance. Site rates come from gonum distuv.Gamma on one
// stream, weekly counts from distuv.Poisson on another.
type Recruitment struct {
	rates []float64
	d     distuv.Poisson
}

// NewRecruitment draws the rates of sites sites (1 or more) from a gamma
// distribution with shape shape and mean meanRatePerWeek (both finite and
// above 0) from rates, and returns recruitment whose weekly counts draw
// from counts.
func NewRecruitment(sites int, shape, meanRatePerWeek float64, rates, counts rand.Source) (*Recruitment, error) {
	if sites < 1 || !(shape > 0) || math.IsInf(shape, 0) || !(meanRatePerWeek > 0) || math.IsInf(meanRatePerWeek, 0) {
		return nil, fmt.Errorf("sim: recruitment: %d sites, shape %v, mean rate %v: want at least one site and finite shape and rate above 0",
			sites, shape, meanRatePerWeek)
	}
	if rates == nil || counts == nil {
		return nil, fmt.Errorf("sim: recruitment: no source")
	}
	g := distuv.Gamma{Alpha: shape, Beta: shape / meanRatePerWeek, Src: rates}
	r := &Recruitment{rates: make([]float64, sites), d: distuv.Poisson{Src: counts}}
	for i := range r.rates {
		r.rates[i] = g.Rand()
	}
	return r, nil
}

// Step returns the number recruited in the next week, all sites together.
func (r *Recruitment) Step() int {
	n := 0
	for _, l := range r.rates {
		if l > 0 {
			r.d.Lambda = l
			n += int(r.d.Rand())
		}
	}
	return n
}

// Rates returns a copy of the sites' weekly rates.
func (r *Recruitment) Rates() []float64 { return append([]float64(nil), r.rates...) }
