package ahscmodel_test

import (
	"context"
	"fmt"
	"io"

	"github.com/ahsckit/ahsckit/ahsc/sim"
	"github.com/ahsckit/ahsckit/ahsc/sim/ahscmodel"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/programme"
)

// A small centre with illustrative numbers: £1m a year from a public and
// a private funder (30% private), one scanner serving an RTT pathway, and
// (60 scans a week, in its documents), and a 20% cap on the private share, run for two financial years with
// funding held steady (no variation, no growth).
func Example() {
	zero := vocab.IntRatio(0)
	scans := []programme.Capacity{{Period: vocab.PeriodFrom(vocab.MustParseDate("2020-04-01")), Amount: 60, Per: programme.IntervalWeek}}
	in := &ahscmodel.Inputs{Centre: "example", Currency: funding.GBP,
		Flows: []ahscmodel.YearFlow{
			{Year: vocab.MustParseFinancialYear("2025-26"), Class: funding.FunderClassPublic, Programme: "cancer", Minor: 70_000_000},
			{Year: vocab.MustParseFinancialYear("2025-26"), Class: funding.FunderClassPrivate, Programme: "cancer", Minor: 30_000_000}},
		Facilities: []ahscmodel.FacilityInput{{ID: "scanner", Unit: programme.CapacityUnitScans, Capacity: scans}},
		Pathways:   []ahscmodel.PathwayInput{{ID: "elective", Standard: programme.StandardRTT18Weeks}},
		Notes:      []string{"illustrative amounts and capacities"}}
	s := &scenario.Scenario{Version: vocab.CurrentVersion, ID: "example", Start: vocab.MustParseDate("2026-04-01"), Weeks: 104, WarmUpWeeks: 52,
		Centre: &scenario.Centre{
			Funding: &scenario.CentreFunding{Variation: &zero, Growth: &zero, Cap: &scenario.FundingCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(20), Mode: scenario.CapDecline}},
			Care: &scenario.Care{Pathways: []scenario.CarePathway{{Pathway: "elective", ReferralsPerWeek: vocab.IntRatio(50),
				Uses: []scenario.FacilityUse{{Facility: "scanner", PerReferral: vocab.IntRatio(1)}}}},
				Facilities: []scenario.CareFacility{{Facility: "scanner"}}}}}
	if ps := ahscmodel.Check(s, in); ps.HasErrors() {
		fmt.Println(ps)
		return
	}
	res, err := sim.Run(context.Background(), sim.Plan{Scenario: s, Model: ahscmodel.Builder(in), MasterSeed: 1, Replications: 20},
		sim.Options{}, io.Discard)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range res.Summary.Cells() {
		switch c.Metric.Name {
		case "funding-refused":
			// The least x with (30m − x)/(100m − x) ≤ 1/5 pence:
			// ⌈(30m·5 − 1·100m)/4⌉ = 12.5m pence, £125,000 a year.
			fmt.Printf("%s: refused £%.0f\n", c.Period, c.Mean/100)
		case "private-share-kept":
			fmt.Printf("%s: private share kept %.4f\n", c.Period, c.Mean)
		}
	}
	// Output:
	// 2026-27: private share kept 0.2000
	// 2026-27: refused £125000
	// 2027-28: private share kept 0.2000
	// 2027-28: refused £125000
}
