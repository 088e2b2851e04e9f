package programme_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/programme"
)

// A portfolio built inline: a translational programme with a trial under
// it, validated, then broken down by therapeutic area and by stage.
func Example() {
	period := vocab.MustParsePeriod("2024-04-01/2029-03-31")
	d := &programme.Portfolio{
		Version: vocab.CurrentVersion,
		Programmes: []programme.Programme{{
			ID: "cancer", Name: "Translational cancer research", Kind: programme.KindTranslationalResearch,
			Period: period, Lead: "kcl", Stage: programme.StageT1,
			Participants: []programme.Participant{
				{Partner: "kcl", Share: vocab.MustRatio(2, 3)}, {Partner: "gstt", Share: vocab.MustRatio(1, 3)},
			},
			Areas: []programme.Area{{Category: vocab.HealthCancer, Weight: vocab.IntRatio(1)}},
		}, {
			ID: "cancer-trials", Name: "Cancer trials", Kind: programme.KindClinicalTrial, Parent: "cancer",
			Period: period, Lead: "gstt", Stage: programme.StageT2, Phase: programme.Phase2,
			Participants: []programme.Participant{{Partner: "gstt", Share: vocab.IntRatio(1)}},
			Areas: []programme.Area{
				{Category: vocab.HealthCancer, Weight: vocab.Percent(75)},
				{Category: vocab.HealthBlood, Weight: vocab.Percent(25)},
			},
		}},
	}
	fmt.Println("valid:", d.Validate() == nil)

	byArea, err := programme.BalanceByArea(d.All())
	if err != nil {
		panic(err)
	}
	for _, e := range byArea.Entries {
		fmt.Println(e.Key, e.Weight, e.Share.PercentString(1))
	}
	for _, c := range programme.CountByStage(d.SubProgrammes("cancer")) {
		if c.Count > 0 {
			fmt.Println("sub-programmes at", c.Stage, c.Count)
		}
	}
	// Output:
	// valid: true
	// blood 1/4 12.5%
	// cancer-and-neoplasms 7/4 87.5%
	// sub-programmes at t2 1
}

// readKHP decodes King's Health Partners' portfolio from the committed
// testdata file. Its programme areas follow KHP's published description;
// every share, count, goal and performance figure is illustrative.
func readKHP() *programme.Portfolio {
	f, err := os.Open("testdata/khp-portfolio.json")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	d, _, err := programme.Decode(f, vocab.DecodeOptions{})
	if err != nil {
		panic(err)
	}
	return d
}

func ExamplePortfolio_Validate() {
	d := readKHP()
	fmt.Println("valid:", d.Validate() == nil)

	d.Programmes[2].Areas[0].Weight = vocab.MustRatio(49, 100) // mental health 49%, neurology 50%
	d.Programmes[1].Lead = "slam"
	for _, p := range vocab.ProblemsOf(d.Validate()) {
		fmt.Println(p)
	}
	// Output:
	// valid: true
	// programmes[1].lead: invalid value: "slam": the lead partner must be one of the participants
	// programmes[2].areas: invalid value: "sum 99/100": the shares must sum to exactly 1
}

func ExampleBalanceByArea() {
	b, err := programme.BalanceByArea(readKHP().All())
	if err != nil {
		panic(err)
	}
	for _, e := range b.Entries {
		fmt.Printf("%-26s %-5s %s\n", e.Key, e.Weight, e.Share.PercentString(1))
	}
	fmt.Println("programmes:", b.Total)
	// Output:
	// cancer-and-neoplasms       7/2   38.9%
	// cardiovascular             1     11.1%
	// mental-health              7/6   13.0%
	// neurological               5/6   9.3%
	// generic-health-relevance   5/2   27.8%
	// programmes: 9
}

func ExampleBalanceByPartner() {
	b, err := programme.BalanceByPartner(readKHP().All())
	if err != nil {
		panic(err)
	}
	for _, e := range b.Entries {
		fmt.Printf("%-4s %-6s %s\n", e.Key, e.Weight, e.Share.PercentString(1))
	}
	// Output:
	// gstt 31/12  28.7%
	// kch  17/12  15.7%
	// kcl  37/12  34.3%
	// slam 23/12  21.3%
}

func ExampleCountByStage() {
	var bars []string
	for _, c := range programme.CountByStage(readKHP().All()) {
		bars = append(bars, fmt.Sprintf("%s:%s", c.Stage, strings.Repeat("#", c.Count)))
	}
	fmt.Println(strings.Join(bars, " "))
	// Output:
	// t0:# t1:## t2:## t3:## t4:
}

func ExampleGoalsAtRiskAt() {
	d := readKHP()
	for g := range programme.GoalsAtRiskAt(d.All(), vocab.MustParseDate("2024-06-30")) {
		fmt.Printf("%s/%s: %s (latest %s on %s, due %s)\n", g.Programme, g.Goal, g.RAG, g.Latest.Value, g.Latest.Date, g.Due)
	}
	// Output:
	// translational-cancer/early-phase-recruitment: red (latest 310 on 2024-03-31, due 2025-03-31)
	// clinician-scientists/clinician-scientists-appointed: amber (latest 28 on 2024-03-31, due 2025-03-31)
}

func ExamplePerformance_RAG() {
	std, _ := programme.LookupStandard(programme.StandardCancer62Day)
	fmt.Println(std.Name, std.Target, "from", std.Effective)
	for _, within := range []int64{849, 850} {
		m := programme.Performance{Within: within, Total: 1000}
		r, _ := m.Ratio()
		fmt.Println(r.PercentString(1), m.RAG(std))
	}
	// Output:
	// Cancer 62-day referral to treatment ≥ 17/20 from 2023-10-01
	// 84.9% red
	// 85.0% green
}

// Each pathway's recorded performance rated against the NHS standard it is
// held to.
func ExamplePathway() {
	for _, pw := range readKHP().Pathways {
		std, ok := programme.LookupStandard(pw.Standard)
		if !ok {
			continue
		}
		for _, m := range pw.Performance {
			r, _ := m.Ratio()
			fmt.Printf("%-17s %-17s %s %s %s\n", pw.ID, std.ID, m.Period, r.PercentString(1), m.RAG(std))
		}
	}
	// Output:
	// pancreatic-cancer cancer-62-day     2024-04-01/2024-06-30 84.9% red
	// pancreatic-cancer cancer-62-day     2024-07-01/2024-09-30 85.0% green
	// breast-cancer     cancer-28-day-fds 2024-04-01/2024-06-30 76.5% green
	// neuropsychiatry   rtt-18-weeks      2024-04-01/2024-06-30 90.0% red
}

func ExampleCountCohorts() {
	for _, c := range programme.CountCohorts(readKHP().AllCohorts()) {
		fmt.Println(c.Programme, c.Kind, c.People)
	}
	// Output:
	// clinician-scientists trainee 40
	// clinician-scientists clinician-scientist 12
	// clinician-scientists phd-fellow 20
}

func ExampleDecode() {
	const doc = `{"version": "1.0", "programmes": [{"id": "a", "name": "A", "kind": "clinical-trial",
	  "period": "2024-04-01/..", "lead": "kcl", "phase": "phase-5",
	  "participants": [{"partner": "kcl", "share": "1"}]}]}`
	_, _, err := programme.Decode(strings.NewReader(doc), vocab.DecodeOptions{})
	fmt.Println(err)
	// Output:
	// programmes[0].phase: unsupported value: "phase-5": supported values: "n-a", "early-phase-1", "phase-1", "phase-1-phase-2", "phase-2", "phase-2-phase-3", "phase-3", "phase-4"
}
