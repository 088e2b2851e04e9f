package governance_test

import (
	"fmt"
	"os"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
)

// Example decides a reserved matter at a KHP Board meeting. The board is
// decoded from testdata/khp-board.json (its seats, rules, people and this
// meeting are illustrative). One member's registered interest in the
// company concerned recuses them; a majority votes yes, but one partner's
// members split yes/abstain, so that partner does not concur and the
// reserved matter fails.
func Example() {
	f, err := os.Open("testdata/khp-board.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	d, _, err := governance.Decode(f, vocab.DecodeOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	d.Interests = []governance.Interest{{Person: "gstt-board-2", Organisation: "acme-diagnostics",
		Kind: governance.InterestKindAdvisory, Severity: governance.ConflictSeverityHard, Period: vocab.PeriodFrom(vocab.MustParseDate("2023-01-01"))}}
	dec := governance.Decision{
		Body: "khp-board",
		Motion: governance.Motion{ID: "board-2025-06-1", Text: "Approve the diagnostics partnership with Acme",
			Date: vocab.MustParseDate("2025-06-12"), Reserved: true, Concerns: []vocab.OrgID{"acme-diagnostics"}},
		Present: []vocab.PersonID{"independent-chair", "kcl-board-1", "kcl-board-2", "gstt-board-1", "gstt-board-2",
			"kch-board-1", "slam-board-1", "slam-board-2"},
		Ballots: []governance.Ballot{
			{Voter: "kcl-board-1", Option: governance.VoteOptionYes}, {Voter: "kcl-board-2", Option: governance.VoteOptionYes},
			{Voter: "gstt-board-1", Option: governance.VoteOptionYes}, {Voter: "kch-board-1", Option: governance.VoteOptionYes},
			{Voter: "slam-board-1", Option: governance.VoteOptionYes}, {Voter: "slam-board-2", Option: governance.VoteOptionAbstain},
		},
	}
	d.Decisions = append(d.Decisions, dec)
	fmt.Println("valid:", d.Validate() == nil)
	o, err := d.Decide(&dec)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(o.Explanation())
	// Output:
	// valid: true
	// Motion board-2025-06-1 before khp-board on 2025-06-12: FAILED. Members 8, eligible 7, present 6. Votes: 5 yes, 0 no, 1 abstain, 0 not voting, 1 absent. Recused (hard conflict): gstt-board-2. Failed: reserved matter without the concurrence of slam (1 of its 2 eligible members present voted yes; more than half needed).
}

// ExampleDecide shows a tie settled by the chair's casting vote.
func ExampleDecide() {
	term := []governance.Term{{Person: "", Period: vocab.PeriodFrom(vocab.MustParseDate("2024-01-01"))}}
	seat := func(id string, org vocab.OrgID, chair bool) governance.Seat {
		t := append([]governance.Term(nil), term...)
		t[0].Person = vocab.PersonID(id)
		return governance.Seat{ID: governance.SeatID(id), Label: id, NominatedBy: org, Voting: true, Chair: chair, Terms: t}
	}
	body := &governance.Body{ID: "committee", Name: "Committee", Kind: governance.BodyKindCommittee,
		Period: vocab.PeriodFrom(vocab.MustParseDate("2020-01-01")),
		Seats:  []governance.Seat{seat("ann", "kcl", true), seat("bo", "gstt", false), seat("cy", "kch", false), seat("di", "slam", false)},
		Rules:  governance.TermsOfReference{Quorum: governance.Quorum{Share: vocab.MustRatio(1, 2)}, Threshold: governance.Majority(), CastingVote: true},
	}
	motion := &governance.Motion{ID: "m1", Text: "Adopt the policy", Date: vocab.MustParseDate("2025-03-01")}
	o, err := governance.Decide(body, motion, []vocab.PersonID{"ann", "bo", "cy", "di"}, []governance.Ballot{
		{Voter: "ann", Option: governance.VoteOptionYes}, {Voter: "bo", Option: governance.VoteOptionNo},
		{Voter: "cy", Option: governance.VoteOptionYes}, {Voter: "di", Option: governance.VoteOptionNo},
		{Voter: "ann", Option: governance.VoteOptionYes, Casting: true},
	})
	fmt.Println(o.Result, err)
	fmt.Println(o.Reason)
	// Output:
	// passed <nil>
	// Passed: the vote was tied (2 yes, 2 no; the threshold is more than 1/2 of votes cast) and the chair, ann, gave a casting vote yes; 3 yes, 2 no; the threshold is more than 1/2 of votes cast.
}

// ExampleDocument_Report writes a publishable report with personal
// interests redacted.
func ExampleDocument_Report() {
	d := &governance.Document{Version: vocab.CurrentVersion,
		Bodies: []governance.Body{{ID: "board", Name: "Board", Kind: governance.BodyKindBoard, Period: vocab.PeriodFrom(vocab.MustParseDate("2009-03-09"))}},
		KPIs: []governance.KPI{{ID: "recruitment", Metric: "Trials recruiting to time | target", Unit: "proportion",
			Target:  vocab.Target{Direction: vocab.HigherIsBetter, Value: vocab.Percent(80), Tolerance: vocab.Percent(5)},
			Cadence: governance.CadenceQuarterly, Owner: "board",
			Readings: []governance.Reading{{Period: vocab.MustParsePeriod("2025-04-01/2025-06-30"), Value: vocab.Percent(77)}}}},
	}
	_ = d.Report(os.Stdout, vocab.MustParsePeriod("2025-04-01/2026-03-31"), governance.ReportOptions{Title: "KPIs (illustrative)", RedactInterests: true})
	// Output:
	// # KPIs \(illustrative\), 2025-04-01/2026-03-31
	//
	// ## Key performance indicators
	//
	// | KPI | Owner | Unit | Target | Latest | Period | RAG |
	// | --- | --- | --- | --- | --- | --- | --- |
	// | Trials recruiting to time \| target | board | proportion | ≥ 4/5 \(amber within 1/20\) | 77/100 | 2025-04-01/2025-06-30 | amber |
	//
	// ## Decisions
	//
	// No decisions.
	//
	// ## Declared conflicts of interest
	//
	// None declared.
}
