package reference

import (
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/programme"
)

// capacityFrom is when KHP's illustrative capacity and demand figures
// start; they hold until further notice.
var capacityFrom = vocab.PeriodFrom(vocab.MustParseDate("2024-04-01"))

// withCapacityAndDemand adds ILLUSTRATIVE capacity and demand to d, the
// KHP portfolio, so the imaging question ("if 20% of the scanner's
// capacity moves to research, what happens to waiting times?") has data to
// run on. None of these figures is KHP data: the shared imaging centre
// delivers 600 scans a week, of which research draws 10% under a 25%
// ring-fence; the pancreatic cancer pathway takes 60 referrals a week
// needing 2 scans each, breast cancer 300 needing one, neuropsychiatry 80
// needing one: 500 scans a week of care demand against 540 left for care.
func withCapacityAndDemand(d *programme.Portfolio) *programme.Portfolio {
	week := programme.IntervalWeek
	for i := range d.Facilities {
		if f := &d.Facilities[i]; f.ID == "imaging" {
			f.Unit, f.RingFence = programme.CapacityUnitScans, vocab.Percent(25)
			f.Capacity = []programme.Capacity{{Period: capacityFrom, Amount: 600, Per: week, ResearchShare: vocab.Percent(10)}}
		}
	}
	demand := map[programme.PathwayID]struct {
		referrals int64
		scans     int64
	}{"pancreatic-cancer": {60, 2}, "breast-cancer": {300, 1}, "neuropsychiatry": {80, 1}}
	for i := range d.Pathways {
		pw := &d.Pathways[i]
		if m, ok := demand[pw.ID]; ok {
			pw.Demand = []programme.Demand{{Period: capacityFrom, Referrals: m.referrals, Per: week}}
			pw.Uses = []programme.FacilityUse{{Facility: "imaging", Need: vocab.IntRatio(m.scans), Unit: programme.CapacityUnitScans}}
		}
	}
	return d
}
