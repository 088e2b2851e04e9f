package ahscmodel_test

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/sim"
	"github.com/ahsckit/ahsckit/ahsc/sim/ahscmodel"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/programme"
)

func ratio(s string) *vocab.Ratio { r := vocab.MustParseRatio(s); return &r }
func count(n int) *int            { return &n }

// weekly is a documents' capacity of n units a week from 1 April 2020 on.
func weekly(n int64) []programme.Capacity {
	return []programme.Capacity{{Period: vocab.PeriodFrom(vocab.MustParseDate("2020-04-01")), Amount: n, Per: programme.IntervalWeek}}
}

// near fails t when got is more than z standard errors se from want.
func near(t *testing.T, what string, got, want, se float64) {
	t.Helper()
	if d := math.Abs(got - want); !(d <= z*se) {
		t.Errorf("%s = %.6g, want %.6g ± %.3g (%.1f standard errors of %.3g off)", what, got, want, z*se, d/se, se)
	}
}

func khpCentre() *ahsc.Centre    { return reference.KingsHealthPartners() }
func khpPolicy() *funding.Policy { return reference.KHPPolicy() }

func khpInputs(t *testing.T) *ahscmodel.Inputs {
	t.Helper()
	in, err := ahscmodel.ReadCentre(khpCentre(), khpPolicy())
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// TestReadCentreKHP: the inputs read from KHP's documents are its
// ledger's flows, its policy's two private-share caps and 2% ring-fence,
// and its portfolio's programmes, facilities and pathways.
func TestReadCentreKHP(t *testing.T) {
	in := khpInputs(t)
	byYear := map[string]int64{}
	private := map[string]int64{}
	for _, f := range in.Flows {
		byYear[f.Year.String()] += f.Minor
		if f.Class == funding.FunderClassPrivate {
			private[f.Year.String()] += f.Minor
		}
	}
	// 2024-25 disbursements in ahsc/reference: BRC £2m, MRC £0.5m, Wellcome
	// £1m, CRUK £1m, GSTT Foundation £0.75m, pharma-partnered £1.6m (3/4
	// private): £6.85m, of which £1.2m private (17.5%).
	if byYear["2024-25"] != 685_000_000 || private["2024-25"] != 120_000_000 || byYear["2023-24"] != 350_000_000 {
		t.Errorf("flows by year %v, private %v", byYear, private)
	}
	if len(in.PolicyCaps) != 2 || in.RingFence == nil || *in.RingFence != vocab.Percent(2) {
		t.Errorf("policy caps %v, ring-fence %v", in.PolicyCaps, in.RingFence)
	}
	if len(in.Programmes) != 9 || len(in.Facilities) != 5 || len(in.Pathways) != 3 || in.Pathways[0].Standard != programme.StandardCancer62Day {
		t.Errorf("portfolio inputs %+v", in)
	}
	// KHP's illustrative capacity and demand: the imaging centre's 600
	// scans a week (10% to research, 25% ring-fence); 60, 300 and 80
	// referrals a week needing 2, 1 and 1 scans.
	var imaging *ahscmodel.FacilityInput
	for i := range in.Facilities {
		if f := &in.Facilities[i]; f.ID == "imaging" {
			imaging = f
		} else if len(f.Capacity) > 0 || f.RingFence != nil {
			t.Errorf("facility %s: capacity %v, ring-fence %v; the documents state none", f.ID, f.Capacity, f.RingFence)
		}
	}
	if imaging == nil || len(imaging.Capacity) != 1 || imaging.Capacity[0].Amount != 600 || imaging.Capacity[0].Per != programme.IntervalWeek ||
		imaging.Capacity[0].ResearchShare != vocab.Percent(10) || imaging.RingFence == nil || *imaging.RingFence != vocab.Percent(25) ||
		imaging.Unit != programme.CapacityUnitScans {
		t.Errorf("imaging %+v", imaging)
	}
	want := map[programme.PathwayID][2]int64{"pancreatic-cancer": {60, 2}, "breast-cancer": {300, 1}, "neuropsychiatry": {80, 1}}
	for _, w := range in.Pathways {
		if len(w.Demand) != 1 || len(w.Uses) != 1 || w.Demand[0].Referrals != want[w.ID][0] || w.Uses[0].Facility != "imaging" ||
			w.Uses[0].Need != vocab.IntRatio(want[w.ID][1]) {
			t.Errorf("pathway %s: demand %v, uses %v", w.ID, w.Demand, w.Uses)
		}
	}
	// Every illustrative label of the documents is a note.
	for _, what := range []string{"(the ledger)", "(the funding policy)", "(the portfolio)"} {
		if !slices.ContainsFunc(in.Notes, func(n string) bool { return strings.HasPrefix(n, "ILLUSTRATIVE "+what) }) {
			t.Errorf("no illustrative note from %s in %q", what, in.Notes)
		}
	}
}

// TestKHPCareFromTheDocuments: with no care overrides, the model runs
// KHP's documented facility and pathways: 600 scans a week, research's
// 10% share bounded by the tighter of the facility's 25% ring-fence and
// the policy's 2% (so ⌊2% × 600⌋ = 12 scans), each pathway's weekly
// referrals and its scans per referral, every one with its origin.
func TestKHPCareFromTheDocuments(t *testing.T) {
	in := khpInputs(t)
	s := capScenario(nil)
	s.Weeks = 52
	ps := ahscmodel.Check(s, in)
	if ps.HasErrors() || len(ps) != 1 || ps[0].Type != vocab.ErrOutOfRange || ps[0].Path.String() != vocab.NewPath("centre").Child("care").Child("facilities").String() {
		t.Fatalf("problems %v, want only the research share above the ring-fence", ps)
	}
	m := mustModel(t, s, in)
	for name, want := range map[string][2]string{
		"care/facilities/imaging/capacity-per-week":          {"600", "documents"},
		"care/facilities/imaging/research-share":             {"1/10", "documents"},
		"care/facilities/imaging/ring-fence":                 {"1/50", "documents"},
		"care/pathways/pancreatic-cancer/referrals-per-week": {"60", "documents"},
		"care/pathways/pancreatic-cancer/uses/imaging":       {"2", "documents"},
		"care/pathways/breast-cancer/referrals-per-week":     {"300", "documents"},
		"care/pathways/neuropsychiatry/referrals-per-week":   {"80", "documents"},
	} {
		p := parameter(t, m, name)
		if p.Value != want[0] || string(p.Origin) != want[1] {
			t.Errorf("%s = %s (%s), want %s (%s)", name, p.Value, p.Origin, want[0], want[1])
		}
	}
	r, err := m.NewReplication(streams(1))
	if err != nil {
		t.Fatal(err)
	}
	out := make([]float64, len(m.Metrics()))
	draw := metricIndex(m, "research-draw-imaging")
	for w := range 52 {
		r.Step(w, out)
		if out[draw] > 12 {
			t.Fatalf("week %d: research drew %v scans, above ⌊2%% × 600⌋ = 12", w, out[draw])
		}
	}
	// A scenario's value overrides the documents'.
	s.Centre.Care = &scenario.Care{Facilities: []scenario.CareFacility{{Facility: "imaging", CapacityPerWeek: count(500)}}}
	if p := parameter(t, mustModel(t, s, in), "care/facilities/imaging/capacity-per-week"); p.Value != "500" || p.Origin != ahscmodel.OriginScenario {
		t.Errorf("override: %+v", p)
	}
}

// capScenario is a one-year KHP scenario without variation or growth, so
// the year's offer is exactly the 2024-25 flows.
func capScenario(c *scenario.FundingCap) *scenario.Scenario {
	return &scenario.Scenario{Version: vocab.CurrentVersion, ID: "khp-cap", Start: vocab.MustParseDate("2026-04-01"), Weeks: 1,
		Centre: &scenario.Centre{Funding: &scenario.CentreFunding{BaseYear: vocab.MustParseFinancialYear("2024-25"),
			Variation: ratio("0"), Growth: ratio("0"), Cap: c}}}
}

// TestKHPCapKnownAnswers: on KHP's 2024-25 flows (private £1.2m of
// £6.85m; the precision-medicine programme private £1.2m of £2.1m), the
// money a cap refuses is the smallest x with (P − x)/(T − x) ≤ cap,
// computed by hand:
//
//   - programme scope, 30%: x = ⌈(1.2m·10 − 3·2.1m)/7⌉ pence = £814,285.72,
//     the programme's excess the what-if issue computed by hand;
//   - centre scope, 10%: x = ⌈(1.2m·10 − 6.85m)/9⌉ pence = £572,222.23;
//   - centre scope, 30%: nothing (17.5% is within the cap);
//   - KHP's own policy applied (25% for the centre, 50% a programme):
//     x = ⌈(1.2m·2 − 1·2.1m)/1⌉ pence = £300,000 from precision medicine;
//   - programme scope, 30%, academic money backfilling half of what is
//     refused (funding.ApplyChange's rule): the least x with
//     (P − x)·10 ≤ 3·(T − x + ⌊x/2⌋) is x = 67,058,824 pence
//     (£670,588.24; at x − 1 the left side is 529,411,770 against
//     529,411,764), backfilled ⌊x/2⌋ = 33,529,412 pence.
func TestKHPCapKnownAnswers(t *testing.T) {
	in := khpInputs(t)
	for _, c := range []struct {
		cap                 *scenario.FundingCap
		refused, backfilled int64
		policy              bool
	}{
		{nil, 30_000_000, 0, true},
		{&scenario.FundingCap{Scope: funding.ScopeProgramme, Cap: vocab.Percent(30), Mode: scenario.CapDecline}, 81_428_572, 0, false},
		{&scenario.FundingCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(10), Mode: scenario.CapDecline}, 57_222_223, 0, false},
		{&scenario.FundingCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(30), Mode: scenario.CapDecline}, 0, 0, false},
		{&scenario.FundingCap{Scope: funding.ScopeProgramme, Cap: vocab.Percent(30), Mode: scenario.CapDecline,
			Backfill: &scenario.Backfill{Class: funding.FunderClassAcademic, Share: vocab.Percent(50)}}, 67_058_824, 33_529_412, false},
		{nil, 0, 0, false},
	} {
		s := capScenario(c.cap)
		if c.policy {
			s.Centre.Funding.ApplyPolicy = &scenario.CapApplication{Mode: scenario.CapDecline}
		}
		m := mustModel(t, s, in)
		r, err := m.NewReplication(streams(1))
		if err != nil {
			t.Fatal(err)
		}
		y := r.Funding()[0]
		if y.Year.String() != "2026-27" || sum(y.Offered) != 685_000_000 || sum(y.Refused) != c.refused || sum(y.Backfilled) != c.backfilled {
			t.Errorf("cap %+v: %s offered %d, refused %d, backfilled %d; want 685000000, %d and %d", c.cap, y.Year,
				sum(y.Offered), sum(y.Refused), sum(y.Backfilled), c.refused, c.backfilled)
		}
		out := make([]float64, len(m.Metrics()))
		r.Step(0, out)
		want := float64(120_000_000-c.refused) / float64(685_000_000-c.refused+c.backfilled)
		if got := out[metricIndex(m, "private-share-kept")]; got != want {
			t.Errorf("cap %+v: private share kept %v, want %v", c.cap, got, want)
		}
	}
}

// careOnly is a centre with one scanner of 12 scans a week (its capacity
// in the documents), one RTT pathway needing one scan a referral, and
// research money so dear that the pipeline hardly runs.
func careOnly(referrals string, share string, draw scenario.DrawMode) (*ahscmodel.Inputs, *scenario.Scenario) {
	in := &ahscmodel.Inputs{Centre: "care", Currency: funding.GBP,
		Flows:      []ahscmodel.YearFlow{{Year: vocab.MustParseFinancialYear("2025-26"), Class: funding.FunderClassPublic, Programme: "p", Minor: 100_000_00}},
		Programmes: []vocab.ProgrammeID{"p"},
		Facilities: []ahscmodel.FacilityInput{{ID: "scanner", Unit: programme.CapacityUnitScans, Capacity: weekly(12)}},
		Pathways:   []ahscmodel.PathwayInput{{ID: "elective", Standard: programme.StandardRTT18Weeks}}}
	s := &scenario.Scenario{Version: vocab.CurrentVersion, ID: "care-only", Start: vocab.MustParseDate("2026-04-01"), Weeks: 1500, WarmUpWeeks: 200,
		Centre: &scenario.Centre{
			Funding: &scenario.CentreFunding{Variation: ratio("0"), Growth: ratio("0")},
			Care: &scenario.Care{
				Facilities: []scenario.CareFacility{{Facility: "scanner", ResearchShare: ratio(share), Draw: draw}},
				Pathways: []scenario.CarePathway{{Pathway: "elective", ReferralsPerWeek: vocab.MustParseRatio(referrals), ListCapacity: 40,
					Uses: []scenario.FacilityUse{{Facility: "scanner", PerReferral: vocab.IntRatio(1)}}}}}}}
	return in, s
}

// TestCareOnlyQueueIsTheEnginesQueue: with no research draw (research share
// 0), or a reserved share (a fixed draw), a pathway's waiting list is the
// engine's weekly queue with slots = capacity − ⌊share × capacity⌋, so the
// long-run share of weeks ending with k waiting is the exact stationary
// distribution sim.QueueStationary computes from the transition matrix.
func TestCareOnlyQueueIsTheEnginesQueue(t *testing.T) {
	const reps = 60
	for _, c := range []struct {
		referrals, share string
		draw             scenario.DrawMode
		slots            int
	}{
		{"9.5", "0", scenario.DrawDemand, 12},
		{"7.5", "25%", scenario.DrawReserved, 9}, // 12 − ⌊3⌋
	} {
		in, s := careOnly(c.referrals, c.share, c.draw)
		pi, err := sim.QueueStationary(sim.QueueSpec{ReferralsPerWeek: vocab.MustParseRatio(c.referrals).Float64(), SlotsPerWeek: c.slots, Capacity: 40})
		if err != nil {
			t.Fatal(err)
		}
		m := mustModel(t, s, in)
		occ := make([][]float64, len(pi))
		for k := range occ {
			occ[k] = make([]float64, reps)
		}
		for r := range reps {
			run(t, m, s, 11, r, func(week int, rp *ahscmodel.Replication, _ []float64) {
				if w := rp.Week()[0]; week >= 0 {
					if w.Slots != c.slots {
						t.Fatalf("week %d: %d slots, want %d", week, w.Slots, c.slots)
					}
					occ[w.Waiting][r] += 1 / float64(s.Weeks)
				}
			})
		}
		for k := range pi {
			mean, se := meanSE(occ[k])
			se = max(se, math.Sqrt(pi[k]*(1-pi[k])/float64(reps*s.Weeks)))
			near(t, c.share+" share of weeks ending with "+strconv.Itoa(k)+" waiting", mean, pi[k], se)
		}
	}
}

// pipelineCentre is a centre whose research money starts about two
// projects a week in t0 and funds every later stage amply (a start there
// costs a penny), so no project waits: the pipeline is the product of its
// stages.
func pipelineCentre() (*ahscmodel.Inputs, *scenario.Scenario) {
	in := &ahscmodel.Inputs{Centre: "pipe", Currency: funding.GBP,
		Flows: []ahscmodel.YearFlow{{Year: vocab.MustParseFinancialYear("2025-26"), Class: funding.FunderClassPublic, Programme: "p", Minor: 520_000_000}}}
	share := func(stage scenario.TranslationStage, r string) scenario.StageShare {
		return scenario.StageShare{Stage: stage, Share: vocab.MustParseRatio(r)}
	}
	stage := func(st scenario.TranslationStage, weeks int64, success string, cost int, trial *scenario.TrialRecruitment) scenario.StageSettings {
		return scenario.StageSettings{Stage: st, MeanWeeks: vocab.IntRatio(weeks), Success: ratio(success), CostPerStart: cost, Trial: trial}
	}
	s := &scenario.Scenario{Version: vocab.CurrentVersion, ID: "pipeline", Start: vocab.MustParseDate("2026-04-01"), Weeks: 300, WarmUpWeeks: 200,
		Centre: &scenario.Centre{
			Funding: &scenario.CentreFunding{Variation: ratio("0"), Growth: ratio("0"),
				Payments: []scenario.StagePayments{{Class: funding.FunderClassPublic, Stages: []scenario.StageShare{
					share(scenario.StageT0, "96%"), share(scenario.StageT1, "1%"), share(scenario.StageT2Phase2, "1%"),
					share(scenario.StageT2Phase3, "1%"), share(scenario.StageT3, "1%")}}}},
			Translation: &scenario.Translation{Stages: []scenario.StageSettings{
				stage(scenario.StageT0, 3, "80%", 4_992_000, nil),
				stage(scenario.StageT1, 12, "70%", 1, &scenario.TrialRecruitment{Participants: 5, MeanRatePerWeek: vocab.IntRatio(1), Shape: vocab.IntRatio(4)}),
				stage(scenario.StageT2Phase2, 10, "60%", 1, &scenario.TrialRecruitment{Participants: 3, MeanRatePerWeek: vocab.IntRatio(1), Shape: vocab.IntRatio(4)}),
				stage(scenario.StageT2Phase3, 8, "90%", 1, &scenario.TrialRecruitment{Participants: 2, MeanRatePerWeek: vocab.IntRatio(2), Shape: vocab.IntRatio(3)}),
				stage(scenario.StageT3, 4, "50%", 1, nil),
			}}}}
	return in, s
}

// TestPipelineKnownAnswers: in steady state, with starts arriving at rate
// λ a week and no project waiting for money,
//
//   - adoptions a week = λ·∏ p_s (the chance of passing every stage);
//   - projects in the pipeline = λ·Σ_s r_s·w_s (Little's law), r_s the
//     chance of reaching stage s and w_s its mean weeks, so trial stages
//     last their cited mean including recruitment;
//   - trials active = λ·Σ_{trial s} r_s·w_s;
//   - participants a week = λ·Σ_{trial s} r_s·n_s, each trial recruiting
//     its target n_s.
//
// λ is the measured rate of starts; each replication gives one time
// average, and the standard errors come from their spread.
func TestPipelineKnownAnswers(t *testing.T) {
	in, s := pipelineCentre()
	m := mustModel(t, s, in)
	const reps = 60
	idx := func(name string) int { return metricIndex(m, name) }
	started, adopted, inPipe, trials, recruited := idx("projects-started"), idx("projects-adopted"), idx("projects-in-pipeline"),
		idx("trials-active"), idx("trial-recruitment")
	var lambda float64
	got := make([][]float64, 4)
	for k := range got {
		got[k] = make([]float64, reps)
	}
	for r := range reps {
		var starts float64
		run(t, m, s, 3, r, func(week int, _ *ahscmodel.Replication, out []float64) {
			if week < 0 {
				return
			}
			starts += out[started]
			for k, i := range []int{adopted, inPipe, trials, recruited} {
				got[k][r] += out[i] / float64(s.Weeks)
			}
		})
		lambda = starts / float64(s.Weeks) // the same in every replication: funding does not vary
	}
	stages := []struct {
		weeks, p float64
		trial    bool
		n        float64
	}{{3, 0.8, false, 0}, {12, 0.7, true, 5}, {10, 0.6, true, 3}, {8, 0.9, true, 2}, {4, 0.5, false, 0}}
	reach, occupancy, active, participants := 1.0, 0.0, 0.0, 0.0
	for _, st := range stages {
		occupancy += reach * st.weeks
		if st.trial {
			active += reach * st.weeks
			participants += reach * st.n
		}
		reach *= st.p
	}
	if lambda < 1.9 || lambda > 2 {
		t.Fatalf("starts a week %v, want about 1.92", lambda)
	}
	for k, want := range []float64{lambda * reach, lambda * occupancy, lambda * active, lambda * participants} {
		mean, se := meanSE(got[k])
		near(t, []string{"adoptions a week", "projects in the pipeline", "trials active", "participants a week"}[k], mean, want, se)
	}
}

// TestDocumentFiguresBecomeWeekly: the documents' figures in force on the
// start become weekly ones exactly: 3,000 scans a month are
// ⌊3000 × 12 × 7/365.25⌋ = ⌊689.9⌋ = 689 a week, 1,461 referrals a year
// are 1461 × 7/365.25 = 28 a week and 2 a day are 14 a week; a figure
// that ended before the start is not used, and a facility whose figure
// starts after it is not modelled, nor a pathway that uses it.
func TestDocumentFiguresBecomeWeekly(t *testing.T) {
	from := func(d string) vocab.Period { return vocab.PeriodFrom(vocab.MustParseDate(d)) }
	old := vocab.Period{Start: vocab.MustParseDate("2020-04-01"), End: vocab.MustParseDate("2026-03-31")}
	in := &ahscmodel.Inputs{Centre: "weekly", Currency: funding.GBP,
		Flows: []ahscmodel.YearFlow{{Year: vocab.MustParseFinancialYear("2025-26"), Class: funding.FunderClassPublic, Minor: 100_000_00}},
		Facilities: []ahscmodel.FacilityInput{
			{ID: "scanner", Unit: programme.CapacityUnitScans, Capacity: []programme.Capacity{
				{Period: old, Amount: 10, Per: programme.IntervalWeek},
				{Period: from("2026-04-01"), Amount: 3000, Per: programme.IntervalMonth}}},
			{ID: "later", Unit: programme.CapacityUnitScans, Capacity: []programme.Capacity{{Period: from("2027-04-01"), Amount: 5, Per: programme.IntervalWeek}}}},
		Pathways: []ahscmodel.PathwayInput{
			{ID: "yearly", Standard: programme.StandardRTT18Weeks, Demand: []programme.Demand{{Period: from("2020-04-01"), Referrals: 1461, Per: programme.IntervalYear}},
				Uses: []programme.FacilityUse{{Facility: "scanner", Need: vocab.IntRatio(1), Unit: programme.CapacityUnitScans}}},
			{ID: "daily", Standard: programme.StandardRTT18Weeks, Demand: []programme.Demand{{Period: from("2020-04-01"), Referrals: 2, Per: programme.IntervalDay}},
				Uses: []programme.FacilityUse{{Facility: "scanner", Need: vocab.IntRatio(1), Unit: programme.CapacityUnitScans}}},
			{ID: "elsewhere", Standard: programme.StandardRTT18Weeks, Demand: []programme.Demand{{Period: from("2020-04-01"), Referrals: 2, Per: programme.IntervalWeek}},
				Uses: []programme.FacilityUse{{Facility: "later", Need: vocab.IntRatio(1), Unit: programme.CapacityUnitScans}}}}}
	s := &scenario.Scenario{Version: vocab.CurrentVersion, ID: "weekly", Start: vocab.MustParseDate("2026-04-01"), Weeks: 4,
		Centre: &scenario.Centre{}}
	ps := ahscmodel.Check(s, in)
	if ps.HasErrors() || len(ps) != 2 || ps[0].Type != vocab.ErrNotFound || !strings.Contains(ps[0].Error(), "later") ||
		!strings.Contains(ps[1].Error(), "pathway elsewhere uses facility later") {
		t.Fatalf("problems %v, want warnings for the facility not yet in force and the pathway that uses it", ps)
	}
	m := mustModel(t, s, in)
	for name, want := range map[string]string{
		"care/facilities/scanner/capacity-per-week": "689",
		"care/pathways/yearly/referrals-per-week":   "28",
		"care/pathways/daily/referrals-per-week":    "14",
		"care/facilities/scanner/research-share":    "0",
		"care/facilities/scanner/ring-fence":        "1", // no ring-fence in these inputs
		"care/pathways/yearly/uses/scanner":         "1",
	} {
		if p := parameter(t, m, name); p.Value != want {
			t.Errorf("%s = %s, want %s (%s)", name, p.Value, want, p.Source)
		}
	}
	for _, mt := range m.Metrics() {
		if strings.HasSuffix(mt.Name, "-later") || strings.HasSuffix(mt.Name, "-elsewhere") {
			t.Errorf("metric %s of a facility not in force", mt.Name)
		}
	}
}
