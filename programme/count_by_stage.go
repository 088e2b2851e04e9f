package programme

import (
	"iter"
	"slices"
)

// StageCount is the number of programmes at one translational stage.
type StageCount struct {
	// Stage is the translational stage.
	Stage Stage
	// Count is how many programmes are at it.
	Count int
}

// CountByStage counts programmes per translational stage, the
// translational pipeline: one entry per stage, T0 to T4, zeros included.
// Programmes without a known stage, and nil programmes, are not counted.
// [BalanceByStage] gives the same counts as exact shares.
func CountByStage(ps iter.Seq[*Programme]) []StageCount {
	all := stages.Values()
	counts := make([]StageCount, len(all))
	for i, s := range all {
		counts[i].Stage = s
	}
	for pr := range ps {
		if pr == nil {
			continue
		}
		if i := slices.Index(all, pr.Stage); i >= 0 {
			counts[i].Count++
		}
	}
	return counts
}
