package programme_test

import (
	"fmt"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/khp"
	"github.com/ahsckit/ahsckit/programme"
)

func ExamplePortfolio_Validate() {
	d := khp.Portfolio()
	fmt.Println("valid:", d.Validate() == nil)

	d.Programmes[2].Areas[0].Weight = vocab.MustRatio(49, 100) // mental health 49%, neurology 50%
	d.Programmes[1].Lead = "slam"
	for _, p := range vocab.ProblemsOf(d.Validate()) {
		fmt.Println(p)
	}
	// Output:
	// valid: true
	// programmes[1].lead: invalid value: "slam": the lead partner must be one of the participants
	// programmes[2].areas: invalid value: "99/100": must sum to exactly 1
}

func ExampleBalanceByArea() {
	d := khp.Portfolio()
	b, err := programme.BalanceByArea(d.All())
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
	d := khp.Portfolio()
	b, _ := programme.BalanceByPartner(d.All())
	for _, e := range b.Entries {
		fmt.Printf("%-4s %-6s %s\n", e.Key, e.Weight, e.Share.PercentString(1))
	}
	// Output:
	// gstt 31/12  28.7%
	// kch  17/12  15.7%
	// kcl  37/12  34.3%
	// slam 23/12  21.3%
}

func ExamplePipeline() {
	var bars []string
	for _, c := range programme.Pipeline(khp.Portfolio().All()) {
		bars = append(bars, fmt.Sprintf("%s:%s", c.Stage, strings.Repeat("#", c.Count)))
	}
	fmt.Println(strings.Join(bars, " "))
	// Output:
	// t0:# t1:## t2:## t3:## t4:
}

func ExampleGoalsAtRisk() {
	d := khp.Portfolio()
	for g := range programme.GoalsAtRisk(d.All(), vocab.MustParseDate("2024-06-30")) {
		fmt.Printf("%s/%s: %s (latest %s, due %s)\n", g.Programme, g.Goal, g.Status, g.Latest, g.Due)
	}
	// Output:
	// translational-cancer/early-phase-recruitment: red (latest 310, due 2025-03-31)
	// clinician-scientists/clinician-scientists-appointed: amber (latest 28, due 2025-03-31)
}

func ExamplePerformance_Status() {
	std, _ := programme.LookupStandard(programme.StandardCancer62Day)
	fmt.Println(std.Name, std.Target, "from", std.Effective)
	for _, within := range []int64{849, 850} {
		m := programme.Performance{Within: within, Total: 1000}
		r, _ := m.Ratio()
		fmt.Println(r.PercentString(1), m.Status(std))
	}
	// Output:
	// Cancer 62-day referral to treatment ≥ 17/20 from 2023-10-01
	// 84.9% red
	// 85.0% green
}

func ExamplePortfolio_PathwayResults() {
	for r := range khp.Portfolio().PathwayResults() {
		fmt.Printf("%-17s %-17s %s %s %s\n", r.Pathway, r.Standard, r.Period, r.Performance.PercentString(1), r.Status)
	}
	// Output:
	// pancreatic-cancer cancer-62-day     2024-04-01/2024-06-30 84.9% red
	// pancreatic-cancer cancer-62-day     2024-07-01/2024-09-30 85.0% green
	// breast-cancer     cancer-28-day-fds 2024-04-01/2024-06-30 76.5% green
	// neuropsychiatry   rtt-18-weeks      2024-04-01/2024-06-30 90.0% red
}

func ExampleEducation() {
	for _, e := range programme.Education(khp.Portfolio().AllCohorts()) {
		fmt.Println(e.Programme, e.Kind, e.People)
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
	_, err := programme.Decode(strings.NewReader(doc))
	fmt.Println(err)
	// Output:
	// programmes[0].phase: unsupported value: "phase-5": supported values: "n-a", "early-phase-1", "phase-1", "phase-1-phase-2", "phase-2", "phase-2-phase-3", "phase-3", "phase-4"
}
