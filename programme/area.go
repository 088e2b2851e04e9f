package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Area is one therapeutic area of a programme: a UKCRC HRCS health
// category and the exact share of the programme it accounts for. A
// programme's area weights sum to exactly 1, as HRCS percentage weightings
// sum to 100%.
type Area struct {
	// Category is the HRCS health category.
	Category vocab.HealthCategory `json:"category"`
	// Weight is the share of the programme in this category, in (0, 1].
	Weight vocab.Ratio `json:"weight"`
}

// Participant is a partner taking part in a programme, with its exact
// share of the programme. Shares sum to exactly 1.
type Participant struct {
	// Partner is the participating partner organisation.
	Partner vocab.OrgID `json:"partner"`
	// Share is the partner's share of the programme, in (0, 1].
	Share vocab.Ratio `json:"share"`
}

// wholeProblems checks that weights are each in (0, 1] and sum to exactly
// 1: each bad weight is reported at weightAt(i), a wrong sum at p.
func wholeProblems(p *vocab.Path, weights []vocab.Ratio, weightAt func(i int) *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	for i, w := range weights {
		if w.Sign() <= 0 || !w.InUnitInterval() {
			ps = ps.Add(vocab.OutOfRange(weightAt(i), w, "must be more than 0 and at most 1"))
		}
	}
	sum, err := vocab.SumRatios(weights...)
	switch {
	case err != nil:
		ps = ps.Add(vocab.Invalid(p, nil, "the sum does not fit an exact ratio"))
	case sum != vocab.IntRatio(1):
		ps = ps.Add(vocab.Invalid(p, sum, "must sum to exactly 1"))
	}
	return ps
}
