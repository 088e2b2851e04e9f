package programme_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/programme"
	"github.com/ahsckit/ahsckit/programme/programmetest"
)

var year2024 = vocab.MustParsePeriod("2024-04-01/2025-03-31")

// scannerPortfolio is a small worked example (illustrative figures): a
// scanner of 600 scans a week, research drawing 10% of it under a 25%
// ring-fence, used by three cancer and neuropsychiatry pathways that need
// 60×2 + 300×1 + 80×1 = 500 scans a week.
func scannerPortfolio() *programme.Portfolio {
	week := programme.IntervalWeek
	demand := func(n int64) []programme.Demand {
		return []programme.Demand{{Period: year2024, Referrals: n, Per: week}}
	}
	scans := func(need vocab.Ratio) []programme.FacilityUse {
		return []programme.FacilityUse{{Facility: "imaging", Need: need, Unit: programme.CapacityUnitScans}}
	}
	return &programme.Portfolio{
		Version: vocab.CurrentVersion,
		Programmes: []programme.Programme{{ID: "cancer", Name: "Cancer", Kind: programme.KindSpecialisedService, Period: year2024,
			Lead: "gstt", Participants: []programme.Participant{{Partner: "gstt", Share: vocab.IntRatio(1)}}}},
		Facilities: []programme.Facility{{ID: "imaging", Name: "Imaging centre", Kind: programme.FacilityKindImaging,
			Owners: []vocab.OrgID{"kcl"}, Unit: programme.CapacityUnitScans, RingFence: vocab.Percent(25),
			Capacity: []programme.Capacity{{Period: year2024, Amount: 600, Per: week, ResearchShare: vocab.Percent(10)}}}},
		Pathways: []programme.Pathway{
			{ID: "pancreatic", Name: "Pancreatic", Standard: programme.StandardCancer62Day, Demand: demand(60), Uses: scans(vocab.IntRatio(2))},
			{ID: "breast", Name: "Breast", Standard: programme.StandardCancer28DayFDS, Demand: demand(300), Uses: scans(vocab.IntRatio(1))},
			{ID: "neuro", Name: "Neuropsychiatry", Standard: programme.StandardRTT18Weeks, Demand: demand(80), Uses: scans(vocab.IntRatio(1))},
		},
	}
}

// Known answer: 540 scans a week are left for care against 500 needed,
// 25/27 = 92.6% utilised; with 20% to research, 480 are left: 25/24 =
// 104.2%, 20 scans a week short, so waiting lists grow.
func TestUtilisationKnownAnswer(t *testing.T) {
	d := scannerPortfolio()
	require.NoError(t, d.Validate())
	u, err := d.UtilisationAt("imaging", vocab.MustParseDate("2024-06-03"))
	require.NoError(t, err)
	assert.Equal(t, vocab.IntRatio(600), u.Capacity)
	assert.Equal(t, vocab.IntRatio(60), u.Research)
	assert.Equal(t, vocab.IntRatio(540), u.Care)
	assert.Equal(t, vocab.IntRatio(500), u.Demand)
	assert.Equal(t, []programme.Load{
		{Pathway: "pancreatic", Referrals: 60, Need: vocab.IntRatio(2), Units: vocab.IntRatio(120)},
		{Pathway: "breast", Referrals: 300, Need: vocab.IntRatio(1), Units: vocab.IntRatio(300)},
		{Pathway: "neuro", Referrals: 80, Need: vocab.IntRatio(1), Units: vocab.IntRatio(80)},
	}, u.Loads)
	r, ok := u.Ratio()
	require.True(t, ok)
	assert.Equal(t, vocab.MustRatio(25, 27), r)
	assert.Equal(t, "92.6%", r.PercentString(1))
	assert.True(t, u.Shortfall().IsZero())

	more, err := u.WithResearchShare(vocab.Percent(20))
	require.NoError(t, err)
	assert.Equal(t, vocab.IntRatio(480), more.Care)
	r, ok = more.Ratio()
	require.True(t, ok)
	assert.Equal(t, vocab.MustRatio(25, 24), r)
	assert.Equal(t, vocab.IntRatio(20), more.Shortfall())

	all, err := u.WithResearchShare(vocab.IntRatio(1))
	require.NoError(t, err)
	_, ok = all.Ratio()
	assert.False(t, ok, "nothing left for care")
	assert.Equal(t, vocab.IntRatio(500), all.Shortfall())
	_, err = u.WithResearchShare(vocab.MustRatio(3, 2))
	assert.Error(t, err)
}

func TestUtilisationErrors(t *testing.T) {
	d := scannerPortfolio()
	_, err := d.UtilisationAt("no-such", vocab.MustParseDate("2024-06-03"))
	assert.ErrorIs(t, err, vocab.ErrNotFound)
	_, err = d.UtilisationAt("imaging", vocab.MustParseDate("2025-06-03"))
	assert.ErrorIs(t, err, programme.ErrNoCapacity)
	d.Pathways[0].Uses[0].Unit = programme.CapacityUnitBedDays
	_, err = d.UtilisationAt("imaging", vocab.MustParseDate("2024-06-03"))
	assert.ErrorContains(t, err, "pathway pancreatic")
}

// Each validation fixture: the portfolio with one fault, reported once at
// its path.
func TestCapacityAndDemandProblems(t *testing.T) {
	for _, tc := range []struct {
		name   string
		break_ func(d *programme.Portfolio)
		path   string
		typ    vocab.ProblemType
	}{
		{"need in another unit", func(d *programme.Portfolio) { d.Pathways[1].Uses[0].Unit = programme.CapacityUnitBedDays },
			"pathways[1].uses[0].unit", vocab.ErrInvalid},
		{"research share above the ring-fence", func(d *programme.Portfolio) { d.Facilities[0].Capacity[0].ResearchShare = vocab.Percent(30) },
			"facilities[0].capacity[0].researchShare", vocab.ErrOutOfRange},
		{"ring-fence above one", func(d *programme.Portfolio) { d.Facilities[0].RingFence = vocab.MustRatio(5, 4) },
			"facilities[0].ringFence", vocab.ErrOutOfRange},
		{"demand without a standard", func(d *programme.Portfolio) { d.Pathways[2].Standard = "" },
			"pathways[2].standard", vocab.ErrRequired},
		{"demand per month against capacity per week", func(d *programme.Portfolio) { d.Pathways[0].Demand[0].Per = programme.IntervalMonth },
			"pathways[0].demand[0].per", vocab.ErrInvalid},
		{"capacity figures per two intervals", func(d *programme.Portfolio) {
			f := &d.Facilities[0]
			f.Capacity[0].Period = vocab.MustParsePeriod("2024-04-01/2024-09-30")
			f.Capacity = append(f.Capacity, programme.Capacity{Period: vocab.MustParsePeriod("2024-10-01/2025-03-31"), Amount: 2400, Per: programme.IntervalMonth})
		}, "facilities[0].capacity[1].per", vocab.ErrInvalid},
		{"overlapping capacity", func(d *programme.Portfolio) {
			f := &d.Facilities[0]
			f.Capacity = append(f.Capacity, programme.Capacity{Period: vocab.MustParsePeriod("2025-01-01/2025-06-30"), Amount: 650, Per: programme.IntervalWeek})
		}, "facilities[0].capacity[1].period", vocab.ErrInvalid},
		{"overlapping open-ended demand", func(d *programme.Portfolio) {
			pw := &d.Pathways[0]
			pw.Demand = []programme.Demand{{Period: vocab.PeriodFrom(vocab.MustParseDate("2024-04-01")), Referrals: 60, Per: programme.IntervalWeek},
				{Period: vocab.MustParsePeriod("2030-01-01/2030-12-31"), Referrals: 70, Per: programme.IntervalWeek}}
		}, "pathways[0].demand[1].period", vocab.ErrInvalid},
		{"capacity without a unit", func(d *programme.Portfolio) {
			d.Facilities[0].Unit = ""
			d.Pathways = nil
		}, "facilities[0].unit", vocab.ErrRequired},
		{"unknown unit", func(d *programme.Portfolio) {
			d.Facilities[0].Unit = "mri-minutes"
			d.Pathways = nil
		}, "facilities[0].unit", vocab.ErrNotSupported},
		{"no amount", func(d *programme.Portfolio) { d.Facilities[0].Capacity[0].Amount = 0 },
			"facilities[0].capacity[0].amount", vocab.ErrOutOfRange},
		{"capacity without a start", func(d *programme.Portfolio) { d.Facilities[0].Capacity[0].Period = vocab.Period{} },
			"facilities[0].capacity[0].period", vocab.ErrRequired},
		{"capacity outside the facility's period", func(d *programme.Portfolio) {
			d.Facilities[0].Period = vocab.MustParsePeriod("2024-04-01/2024-12-31")
		}, "facilities[0].capacity[0].period", vocab.ErrOutOfRange},
		{"negative referrals", func(d *programme.Portfolio) { d.Pathways[1].Demand[0].Referrals = -1 },
			"pathways[1].demand[0].referrals", vocab.ErrOutOfRange},
		{"no need", func(d *programme.Portfolio) { d.Pathways[1].Uses[0].Need = vocab.Ratio{} },
			"pathways[1].uses[0].need", vocab.ErrOutOfRange},
		{"unknown facility", func(d *programme.Portfolio) { d.Pathways[1].Uses[0].Facility = "scanner" },
			"pathways[1].uses[0].facility", vocab.ErrNotFound},
		{"facility used twice", func(d *programme.Portfolio) {
			d.Pathways[1].Uses = append(d.Pathways[1].Uses, d.Pathways[1].Uses[0])
		}, "pathways[1].uses[1].facility", vocab.ErrDuplicate},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := scannerPortfolio()
			tc.break_(d)
			ps := d.Problems().Errors()
			require.Len(t, ps, 1, "%v", ps)
			assert.Equal(t, tc.path, ps[0].Path.String())
			assert.True(t, errors.Is(ps[0], tc.typ), "%v is not %v", ps[0], tc.typ)
		})
	}
}

// A demand period that starts before its standard took effect is a
// warning, as a performance period is.
func TestDemandBeforeTheStandardIsAWarning(t *testing.T) {
	d := scannerPortfolio()
	d.Pathways[0].Demand[0].Period = vocab.MustParsePeriod("2023-04-01/2025-03-31")
	ps := d.Problems()
	require.Len(t, ps, 1)
	assert.True(t, ps[0].IsWarning())
	assert.Equal(t, "pathways[0].demand[0].period", ps[0].Path.String())
	assert.NoError(t, d.Validate())
}

// On every generated portfolio, at every capacity figure's start: research
// and care make up the capacity, care is at least what the ring-fence
// protects, demand is the sum of the loads, and more research never leaves
// more for care.
func TestUtilisationInvariants(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := programmetest.Portfolio().Draw(t, "portfolio")
		for _, f := range d.Facilities {
			for _, c := range f.Capacity {
				u, err := d.UtilisationAt(f.ID, c.Period.Start)
				if err != nil {
					t.Fatalf("UtilisationAt(%s, %s): %v", f.ID, c.Period.Start, err)
				}
				sum, _ := u.Research.Add(u.Care)
				protected, _ := vocab.IntRatio(1).Sub(f.RingFence)
				protected, _ = protected.Mul(u.Capacity)
				if sum != u.Capacity || u.Care.Compare(protected) < 0 {
					t.Fatalf("research %s + care %s vs capacity %s, ring-fence %s", u.Research, u.Care, u.Capacity, f.RingFence)
				}
				var demand vocab.Ratio
				for _, l := range u.Loads {
					demand, _ = demand.Add(l.Units)
				}
				if demand != u.Demand {
					t.Fatalf("demand %s, loads sum to %s", u.Demand, demand)
				}
				more, err := u.WithResearchShare(vocabtest.Ratio().Draw(t, "share"))
				if err != nil {
					t.Fatal(err)
				}
				if (more.ResearchShare.Compare(u.ResearchShare) >= 0) != (more.Care.Compare(u.Care) <= 0) {
					t.Fatalf("research share %s → %s moved care %s → %s the wrong way", u.ResearchShare, more.ResearchShare, u.Care, more.Care)
				}
			}
		}
	})
}
