package reference

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
)

// KHPGovernance returns KHP's bodies as described at
// https://www.kingshealthpartners.org/about-us/our-governance (accessed
// 2026-11-23): a Board chaired by the Independent Chair, an Executive Group
// meeting quarterly, Clinical Academic Group leaders meeting bi-monthly, and
// programme boards. The Board existed in 2009 (Lord Butler chaired it from
// 2009). Seat counts, voting rights, quorum, thresholds, terms and the
// interests register are ILLUSTRATIVE (they are not public), and each body
// carries an illustrative label saying so in the data; people are
// illustrative IDs.
func KHPGovernance() *governance.Document {
	page := vocab.Source{
		URL:       "https://www.kingshealthpartners.org/about-us/our-governance",
		Title:     "Our governance",
		Publisher: "King's Health Partners",
		Accessed:  accessed,
		Note:      "Board chaired by the Independent Chair; Executive Group meets quarterly; CAG leaders meet bi-monthly; programme boards",
	}
	illustrative := "seat counts, voting rights, quorum, thresholds and terms are illustrative (not public)"
	label := vocab.Illustrative(illustrative + "; the body's start year is taken as the partnership's (2009)")
	src := []vocab.Source{page, label}
	// The Board's start is sourced to the year; the other bodies' is taken
	// as the partnership's, which their illustrative label says.
	board2009 := []vocab.Source{page, srcButler, vocab.Illustrative(illustrative)}
	since := vocab.PeriodFrom(founded)
	term := vocab.PeriodFrom(vocab.MustParseDate("2024-04-01")) // illustrative: labelled on each body
	partners := []vocab.OrgID{"kcl", "gstt", "kch", "slam"}
	board := governance.Body{
		ID: "khp-board", Name: "King's Health Partners Board", Kind: governance.BodyKindBoard,
		Period: since, Sources: board2009, Note: illustrative,
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
		ID: "khp-executive", Name: "King's Health Partners Executive Group", Kind: governance.BodyKindExecutiveGroup,
		ReportsTo: "khp-board", Period: since, Meets: governance.CadenceQuarterly, Sources: src, Note: illustrative,
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
	d := &governance.Document{Version: vocab.CurrentVersion,
		Sources: []vocab.Source{page, vocab.Illustrative("the bodies' seats, rules and terms and the interests register are illustrative: KHP's are not public")},
		// Illustrative: a funding reviewer's declared interest, so the
		// funding conflict-of-interest safeguard has something to find.
		Interests: []governance.Interest{{Person: "reviewer-d", Organisation: "illustrative-pharma",
			Kind: governance.InterestKindFinancial, Severity: governance.ConflictSeverityHard,
			Period: vocab.PeriodFrom(vocab.MustParseDate("2024-01-01")), Description: "shareholding (illustrative)"}},
		Bodies: []governance.Body{board, exec, {
			ID: "khp-cags", Name: "Clinical Academic Group leaders", Kind: governance.BodyKindClinicalAcademicGroup,
			ReportsTo: "khp-executive", Period: since, Meets: governance.CadenceBiMonthly, Sources: src,
		}}}
	for _, pb := range []struct{ id, name string }{
		{"neurosciences", "Neurosciences"}, {"haematology", "Haematology"},
		{"womens-childrens", "Women's & Children's Health"}, {"diabetes-endocrinology-obesity", "Diabetes, Endocrinology & Obesity"},
		{"cardiovascular-respiratory", "Cardiovascular & Respiratory"}, {"mind-body", "Mind & Body"},
	} {
		d.Bodies = append(d.Bodies, governance.Body{ID: vocab.BodyID("khp-pb-" + pb.id), Name: "KHP " + pb.name + " Programme Board",
			Kind: governance.BodyKindProgrammeBoard, ReportsTo: "khp-executive", Period: since, Sources: src})
	}
	return d
}
