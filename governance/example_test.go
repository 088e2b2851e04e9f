package governance_test

import (
	"fmt"
	"os"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
)

// khpGovernance builds King's Health Partners' governance bodies. The
// structure follows https://www.kingshealthpartners.org/about-us/our-governance
// (accessed 2026-11-23): a Board chaired by an Independent Chair, an
// Executive Group that meets quarterly, Clinical Academic Groups whose
// leaders meet bi-monthly, and programme boards. Seat counts, voting
// rights, quorum and thresholds are ILLUSTRATIVE: they are not public.
// People are illustrative IDs, not real people.
func khpGovernance() *governance.Document {
	src := []vocab.Source{{
		URL:       "https://www.kingshealthpartners.org/about-us/our-governance",
		Title:     "Our governance",
		Publisher: "King's Health Partners",
		Accessed:  vocab.MustParseDate("2026-11-23"),
		Note:      "Board chaired by the Independent Chair; Executive Group meets quarterly; CAG leaders meet bi-monthly; programme boards",
	}}
	// Illustrative: the founding date of the bodies is taken to be the AHSC
	// designation announcement (DH press release, 9 March 2009).
	since := vocab.Since(vocab.MustParseDate("2009-03-09"))
	term := vocab.Since(vocab.MustParseDate("2024-04-01")) // illustrative
	illustrative := "seat counts, voting rights, quorum and thresholds are illustrative (not public)"
	partners := []vocab.OrgID{"kcl", "gstt", "kch", "slam"}

	board := governance.Body{
		ID: "khp-board", Name: "King's Health Partners Board", Kind: governance.KindBoard,
		Period: since, Sources: src, Note: illustrative,
		Seats: []governance.Seat{{ID: "chair", Label: "Independent Chair", Independent: true, Chair: true,
			Terms: []governance.Term{{Person: "independent-chair", Period: term}}}},
		Composition: governance.Composition{MinVotingSeatsPerPartner: 2, MaxPartnerShare: vocab.MustRatio(1, 3), IndependentChair: true},
		Rules: governance.TermsOfReference{
			Quorum:      governance.Quorum{Share: vocab.MustRatio(1, 2), MoreThan: true, EachPartner: true},
			Threshold:   governance.Majority(),
			CastingVote: true,
			Reserved:    governance.ReservedMatters{Concurrence: true},
		},
	}
	for _, org := range partners {
		for i, role := range []string{"chair", "chief-executive"} {
			board.Seats = append(board.Seats, governance.Seat{
				ID: governance.SeatID(string(org) + "-" + role), Label: string(org) + " " + role, NominatedBy: org, Voting: true,
				Terms: []governance.Term{{Person: vocab.PersonID(fmt.Sprintf("%s-board-%d", org, i+1)), Period: term}},
			})
		}
	}

	exec := governance.Body{
		ID: "khp-executive", Name: "King's Health Partners Executive Group", Kind: governance.KindExecutiveGroup,
		ReportsTo: "khp-board", Period: since, Meets: governance.Quarterly, Sources: src, Note: illustrative,
		Seats: []governance.Seat{{ID: "executive-director", Label: "KHP Executive Director", Independent: true, Chair: true,
			Voting: true, Terms: []governance.Term{{Person: "khp-executive-director", Period: term}}}},
		Rules: governance.TermsOfReference{Quorum: governance.Quorum{Share: vocab.MustRatio(1, 2)}, Threshold: governance.Majority()},
	}
	for _, org := range partners {
		office := "Medical Director"
		if org == "kcl" {
			office = "Dean"
		}
		exec.Seats = append(exec.Seats, governance.Seat{
			ID: governance.SeatID(string(org) + "-lead"), Label: string(org) + " " + office, NominatedBy: org, Voting: true,
			ExOfficio: office, Terms: []governance.Term{{Person: vocab.PersonID(string(org) + "-exec"), Period: term}},
		})
	}

	d := &governance.Document{Version: vocab.CurrentVersion, Sources: src,
		Bodies: []governance.Body{board, exec, {
			ID: "khp-cags", Name: "Clinical Academic Group leaders", Kind: governance.KindClinicalAcademicGroup,
			ReportsTo: "khp-executive", Period: since, Meets: governance.BiMonthly, Sources: src,
		}}}
	for _, pb := range []struct{ id, name string }{
		{"neurosciences", "Neurosciences"}, {"haematology", "Haematology"},
		{"womens-childrens", "Women's & Children's Health"}, {"diabetes-endocrinology-obesity", "Diabetes, Endocrinology & Obesity"},
		{"cardiovascular-respiratory", "Cardiovascular & Respiratory"}, {"mind-body", "Mind & Body"},
	} {
		d.Bodies = append(d.Bodies, governance.Body{ID: vocab.BodyID("khp-pb-" + pb.id), Name: "KHP " + pb.name + " Programme Board",
			Kind: governance.KindProgrammeBoard, ReportsTo: "khp-executive", Period: since, Sources: src})
	}
	return d
}

// Example decides a reserved matter at an (illustrative) KHP Board meeting.
// One member's registered interest in the company concerned recuses them;
// a majority votes yes, but one partner's members split yes/abstain, so
// that partner does not concur and the reserved matter fails.
func Example() {
	d := khpGovernance()
	d.Interests = []governance.Interest{{Person: "gstt-board-2", Organisation: "acme-diagnostics",
		Kind: governance.InterestAdvisory, Severity: governance.Hard, Period: vocab.Since(vocab.MustParseDate("2023-01-01"))}}
	dec := governance.Decision{
		Body: "khp-board",
		Motion: governance.Motion{ID: "board-2025-06-1", Text: "Approve the diagnostics partnership with Acme",
			Date: vocab.MustParseDate("2025-06-12"), Reserved: true, Concerns: []vocab.OrgID{"acme-diagnostics"}},
		Present: []vocab.PersonID{"independent-chair", "kcl-board-1", "kcl-board-2", "gstt-board-1", "gstt-board-2",
			"kch-board-1", "slam-board-1", "slam-board-2"},
		Ballots: []governance.Ballot{
			{Voter: "kcl-board-1", Option: governance.OptionYes}, {Voter: "kcl-board-2", Option: governance.OptionYes},
			{Voter: "gstt-board-1", Option: governance.OptionYes}, {Voter: "kch-board-1", Option: governance.OptionYes},
			{Voter: "slam-board-1", Option: governance.OptionYes}, {Voter: "slam-board-2", Option: governance.OptionAbstain},
		},
	}
	d.Decisions = append(d.Decisions, dec)
	fmt.Println("valid:", d.Validate() == nil)
	o, err := d.Decide(&dec)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(o.Explanation)
	// Output:
	// valid: true
	// Motion board-2025-06-1 before khp-board on 2025-06-12: FAILED. Members 8, eligible 7, present 6. Votes: 5 yes, 0 no, 1 abstain, 0 not voting, 1 absent. Recused (hard conflict): gstt-board-2. Failed: reserved matter without the concurrence of slam (1 of its 2 eligible members present voted yes; more than half needed).
}

// ExampleDecide shows a tie settled by the chair's casting vote.
func ExampleDecide() {
	term := []governance.Term{{Person: "", Period: vocab.Since(vocab.MustParseDate("2024-01-01"))}}
	seat := func(id string, org vocab.OrgID, chair bool) governance.Seat {
		t := append([]governance.Term(nil), term...)
		t[0].Person = vocab.PersonID(id)
		return governance.Seat{ID: governance.SeatID(id), Label: id, NominatedBy: org, Voting: true, Chair: chair, Terms: t}
	}
	body := &governance.Body{ID: "committee", Name: "Committee", Kind: governance.KindCommittee,
		Period: vocab.Since(vocab.MustParseDate("2020-01-01")),
		Seats:  []governance.Seat{seat("ann", "kcl", true), seat("bo", "gstt", false), seat("cy", "kch", false), seat("di", "slam", false)},
		Rules:  governance.TermsOfReference{Quorum: governance.Quorum{Share: vocab.MustRatio(1, 2)}, Threshold: governance.Majority(), CastingVote: true},
	}
	motion := &governance.Motion{ID: "m1", Text: "Adopt the policy", Date: vocab.MustParseDate("2025-03-01")}
	o, err := governance.Decide(body, motion, []vocab.PersonID{"ann", "bo", "cy", "di"}, []governance.Ballot{
		{Voter: "ann", Option: governance.OptionYes}, {Voter: "bo", Option: governance.OptionNo},
		{Voter: "cy", Option: governance.OptionYes}, {Voter: "di", Option: governance.OptionNo},
		{Voter: "ann", Option: governance.OptionYes, Casting: true},
	})
	fmt.Println(o.Status, err)
	fmt.Println(o.Reason)
	// Output:
	// passed <nil>
	// Passed: the vote was tied (2 yes, 2 no; the threshold is more than 1/2 of votes cast) and the chair, ann, gave a casting vote yes; 3 yes, 2 no; the threshold is more than 1/2 of votes cast.
}

// ExampleDocument_Report writes a publishable report with personal
// interests redacted.
func ExampleDocument_Report() {
	d := &governance.Document{Version: vocab.CurrentVersion,
		Bodies: []governance.Body{{ID: "board", Name: "Board", Kind: governance.KindBoard, Period: vocab.Since(vocab.MustParseDate("2009-03-09"))}},
		KPIs: []governance.KPI{{ID: "recruitment", Metric: "Trials recruiting to time | target", Unit: "proportion",
			Target:  vocab.Target{Direction: vocab.HigherIsBetter, Value: vocab.Percent(80), Tolerance: vocab.Percent(5)},
			Cadence: governance.Quarterly, Owner: "board",
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
