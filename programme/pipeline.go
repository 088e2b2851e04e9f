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

// Pipeline counts programmes per translational stage: one entry per stage,
// T0 to T4, zeros included. Programmes without a known stage are not
// counted.
func Pipeline(ps iter.Seq[*Programme]) []StageCount {
	all := Stages()
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
