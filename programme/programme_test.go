package programme_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/programme"
)

// trial returns a small valid programme for tests to break.
func trial(id vocab.ProgrammeID) programme.Programme {
	return programme.Programme{
		ID: id, Name: "Trial " + string(id), Kind: programme.KindClinicalTrial,
		Period: vocab.MustParsePeriod("2024-04-01/2027-03-31"),
		Lead:   "kcl",
		Participants: []programme.Participant{
			{Partner: "kcl", Share: vocab.MustRatio(2, 3)}, {Partner: "gstt", Share: vocab.MustRatio(1, 3)},
		},
		Areas: []programme.Area{{Category: vocab.HealthCancer, Weight: vocab.IntRatio(1)}},
		Stage: programme.StageT2, Phase: programme.Phase2,
	}
}

// problemsAt returns each problem's field path and type.
func problemsAt(ps vocab.Problems) map[string]vocab.ProblemType {
	m := map[string]vocab.ProblemType{}
	for _, p := range ps {
		m[p.Field()] = p.Type
	}
	return m
}

func TestProgrammeProblems(t *testing.T) {
	cases := []struct {
		name   string
		break_ func(*programme.Programme)
		want   map[string]vocab.ProblemType
	}{
		{"valid", func(*programme.Programme) {}, map[string]vocab.ProblemType{}},
		{"lead outside", func(p *programme.Programme) { p.Lead = "slam" },
			map[string]vocab.ProblemType{"lead": vocab.ErrInvalid}},
		{"shares sum to 4/3", func(p *programme.Programme) { p.Participants[1].Share = vocab.MustRatio(2, 3) },
			map[string]vocab.ProblemType{"participants": vocab.ErrInvalid}},
		{"negative share", func(p *programme.Programme) {
			p.Participants[0].Share = vocab.MustRatio(4, 3)
			p.Participants[1].Share = vocab.MustRatio(-1, 3)
		}, map[string]vocab.ProblemType{"participants[0].share": vocab.ErrOutOfRange, "participants[1].share": vocab.ErrOutOfRange}},
		{"duplicate partner", func(p *programme.Programme) { p.Participants[1].Partner = "kcl" },
			map[string]vocab.ProblemType{"participants[1].partner": vocab.ErrDuplicate}},
		{"areas at 99%", func(p *programme.Programme) {
			p.Areas = []programme.Area{{Category: vocab.HealthCancer, Weight: vocab.Percent(49)}, {Category: vocab.HealthBlood, Weight: vocab.Percent(50)}}
		}, map[string]vocab.ProblemType{"areas": vocab.ErrInvalid}},
		{"unknown area", func(p *programme.Programme) { p.Areas[0].Category = "oncology" },
			map[string]vocab.ProblemType{"areas[0].category": vocab.ErrNotSupported}},
		{"phase on education", func(p *programme.Programme) { p.Kind = programme.KindEducation },
			map[string]vocab.ProblemType{"phase": vocab.ErrForbidden}},
		{"own parent", func(p *programme.Programme) { p.Parent = p.ID },
			map[string]vocab.ProblemType{"parent": vocab.ErrInvalid}},
		{"period backwards", func(p *programme.Programme) { p.Period = vocab.Period{Start: p.Period.End, End: p.Period.Start} },
			map[string]vocab.ProblemType{"period": vocab.ErrInvalid}},
		{"timeline", func(p *programme.Programme) {
			p.Timeline = []programme.StatusEntry{
				{Status: programme.StatusActive, Date: vocab.MustParseDate("2024-05-01"), Actual: true},
				{Status: programme.StatusCompleted, Date: vocab.MustParseDate("2024-06-01"), Actual: true},
				{Status: programme.StatusActive, Date: vocab.MustParseDate("2024-07-01"), Actual: true},
				{Status: programme.StatusClosed, Date: vocab.MustParseDate("2026-01-01")},
				{Status: programme.StatusCompleted, Date: vocab.MustParseDate("2025-01-01")},
				{Status: "finished", Date: vocab.MustParseDate("2030-01-01"), Actual: true},
			}
		}, map[string]vocab.ProblemType{
			"timeline[2].status": vocab.ErrInvalid, "timeline[4].date": vocab.ErrInvalid,
			"timeline[5].status": vocab.ErrNotSupported, "timeline[5].date": vocab.ErrOutOfRange,
		}},
		{"goals", func(p *programme.Programme) {
			p.Goals = []programme.Goal{
				{ID: "recruitment", Measure: "participants recruited", Unit: "participants",
					Target: vocab.Target{Direction: vocab.HigherIsBetter, Value: vocab.IntRatio(300)}, Due: vocab.MustParseDate("2027-04-01"),
					Readings: []programme.GoalReading{{Date: vocab.MustParseDate("2025-01-01")}, {Date: vocab.MustParseDate("2025-01-01")}}},
				{ID: "recruitment"},
			}
		}, map[string]vocab.ProblemType{
			"goals[0].due": vocab.ErrOutOfRange, "goals[0].readings[1].date": vocab.ErrInvalid,
			"goals[1].id": vocab.ErrDuplicate, "goals[1].measure": vocab.ErrRequired, "goals[1].unit": vocab.ErrRequired,
			"goals[1].target.direction": vocab.ErrRequired, "goals[1].due": vocab.ErrRequired,
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := trial("t")
			c.break_(&p)
			assert.Equal(t, c.want, problemsAt(p.Problems(nil)))
		})
	}
}

func TestPortfolioCrossChecks(t *testing.T) {
	a, b, c := trial("a"), trial("b"), trial("c")
	a.Parent, b.Parent, c.Parent = "c", "a", "b" // a three-programme cycle
	a.Facilities = []vocab.FacilityID{"biobank", "imaging"}
	d := &programme.Portfolio{
		Version:    vocab.CurrentVersion,
		Programmes: []programme.Programme{a, b, c},
		Facilities: []programme.Facility{{ID: "biobank", Name: "Biobank", Kind: programme.FacilityKindBiobank, Owners: []vocab.OrgID{"kcl"}}},
		Pathways:   []programme.Pathway{{ID: "p", Name: "P", Standard: programme.StandardRTT18Weeks, Programme: "zzz"}},
		Cohorts: []programme.Cohort{
			{ID: "c1", Programme: "a", Kind: programme.CohortKindPhDFellow, Period: vocab.MustParsePeriod("2030-01-01/.."), Size: 4},
			{ID: "c2", Programme: "nope", Kind: programme.CohortKindTrainee, Period: vocab.MustParsePeriod("2025-01-01/.."), Size: 4},
		},
	}
	assert.Equal(t, map[string]vocab.ProblemType{
		"programmes[0].parent":        vocab.ErrInvalid,
		"programmes[1].parent":        vocab.ErrInvalid,
		"programmes[2].parent":        vocab.ErrInvalid,
		"programmes[0].facilities[1]": vocab.ErrNotFound,
		"pathways[0].programme":       vocab.ErrNotFound,
		"cohorts[0].period":           vocab.ErrOutOfRange,
		"cohorts[1].programme":        vocab.ErrNotFound,
	}, problemsAt(d.Problems()))
}

func TestStatusAt(t *testing.T) {
	p := trial("t")
	p.Timeline = []programme.StatusEntry{
		{Status: programme.StatusProposed, Date: vocab.MustParseDate("2024-04-01"), Actual: true},
		{Status: programme.StatusActive, Date: vocab.MustParseDate("2024-06-01"), Actual: true},
		{Status: programme.StatusCompleted, Date: vocab.MustParseDate("2025-01-01")}, // planned only
	}
	_, ok := p.StatusAt(vocab.MustParseDate("2024-03-31"))
	assert.False(t, ok)
	s, _ := p.StatusAt(vocab.MustParseDate("2024-05-31"))
	assert.Equal(t, programme.StatusProposed, s)
	s, _ = p.StatusAt(vocab.MustParseDate("2026-01-01"))
	assert.Equal(t, programme.StatusActive, s)
	assert.True(t, p.IsActiveAt(vocab.MustParseDate("2026-01-01")))
}

func TestGoalStatus(t *testing.T) {
	g := programme.Goal{
		ID: "recruitment", Measure: "participants recruited", Unit: "participants",
		Target: vocab.Target{Direction: vocab.HigherIsBetter, Value: vocab.IntRatio(200), Tolerance: vocab.IntRatio(20)},
		Due:    vocab.MustParseDate("2026-03-31"),
		Readings: []programme.GoalReading{
			{Date: vocab.MustParseDate("2025-03-31"), Value: vocab.IntRatio(150)},
			{Date: vocab.MustParseDate("2025-09-30"), Value: vocab.IntRatio(185)},
		},
	}
	cases := []struct {
		asOf   string
		status vocab.RAG
		risk   bool
	}{
		{"2025-01-01", vocab.RAGNoData, false},
		{"2025-04-01", vocab.RAGRed, true},
		{"2025-10-01", vocab.RAGAmber, true},
	}
	for _, c := range cases {
		d := vocab.MustParseDate(c.asOf)
		assert.Equal(t, c.status, g.RAGAt(d), c.asOf)
		assert.Equal(t, c.risk, g.IsAtRiskAt(d), c.asOf)
	}
	g.Readings = nil
	assert.True(t, g.IsAtRiskAt(vocab.MustParseDate("2026-03-31")), "due with nothing read")
}
