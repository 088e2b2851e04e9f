package governance_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
)

// roster is a test partner roster: each partner with its membership period.
type roster map[vocab.OrgID]vocab.Period

func (r roster) PartnersAt(d vocab.Date) []vocab.OrgID {
	var out []vocab.OrgID
	for id, p := range r {
		if p.Contains(d) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

func (r roster) IsPartnerAt(id vocab.OrgID, d vocab.Date) bool { return r[id].Contains(d) }

// memberships returns the roster as RosterProblems takes it.
func (r roster) memberships() map[vocab.OrgID][]vocab.Period {
	m := make(map[vocab.OrgID][]vocab.Period, len(r))
	for id, p := range r {
		m[id] = []vocab.Period{p}
	}
	return m
}

func TestCompositionEvaluatedOnSeatChangeDates(t *testing.T) {
	b := fourSeats(governance.TermsOfReference{})
	b.Composition = governance.Composition{MinVotingSeatsPerPartner: 1, MaxPartnerShare: vocab.MustRatio(1, 3), IndependentChair: true}
	// slam's seat is abolished at the end of 2022; from 2023 slam has no seat.
	b.Seats[4].Period = vocab.MustParsePeriod("2020-01-01/2022-12-31")
	b.Seats[4].Terms = nil
	r := roster{"kcl": vocab.PeriodFrom(vocab.MustParseDate("2009-01-01")), "gstt": vocab.PeriodFrom(vocab.MustParseDate("2009-01-01")),
		"kch": vocab.PeriodFrom(vocab.MustParseDate("2009-01-01")), "slam": vocab.PeriodFrom(vocab.MustParseDate("2009-01-01"))}
	assert.Equal(t, []vocab.Date{vocab.MustParseDate("2020-01-01"), vocab.MustParseDate("2023-01-01")}, b.SeatChangeDates())

	d := governance.Document{Bodies: []governance.Body{*b}}
	ps := d.RosterProblems(r.memberships())
	fields := make([]string, len(ps))
	for i, p := range ps {
		fields[i] = p.Field() + " " + p.Detail
	}
	assert.Equal(t, []string{
		"bodies[0].composition.minVotingSeatsPerPartner during 2023-01-01/.. the partner nominates 0 voting seats, fewer than 1",
	}, fields)
	assert.Nil(t, b.Problems(nil), "the roster-free rules hold")
	assert.Nil(t, d.RosterProblems(nil), "without a roster nothing is checked")

	// A partner joining in 2021 with no seat is short from its joining
	// date, a date only the roster knows.
	r["late"] = vocab.PeriodFrom(vocab.MustParseDate("2021-06-01"))
	ps = d.RosterProblems(r.memberships())
	require.Len(t, ps, 2, "%v", ps)
	assert.Equal(t, vocab.OrgID("late"), ps[0].Value)
	assert.Contains(t, ps[0].Detail, "during 2021-06-01/..")
	assert.Equal(t, vocab.OrgID("slam"), ps[1].Value, "reported once, for its one run of days")

	b.Composition.MaxPartnerShare = vocab.MustRatio(1, 4)
	b.Seats[0].NominatedBy, b.Seats[0].Independent = "kcl", false
	ps = b.CheckCompositionAt(nil, nil, vocab.MustParseDate("2024-01-01"))
	assert.Len(t, ps, 4, "%v", ps) // chair not independent; gstt, kch, kcl each 1 of 3 voting seats > 1/4
	ps = b.Problems(vocab.NewPath("bodies").Index(0))
	// On 2020-01-01 slam's seat still exists: each partner has 1 of 4, not
	// more than 1/4. From 2023-01-01 each of three has 1 of 3. The chair
	// rule is broken on both dates and reported once.
	assert.Len(t, ps, 4, "%v", ps)
}

func TestReferencesListPartnersPerTermAndOrganisations(t *testing.T) {
	b := fourSeats(governance.TermsOfReference{Threshold: governance.Majority(), Reserved: governance.ReservedMatters{Vetoes: []vocab.OrgID{"slam"}}})
	b.Seats[1].Terms = append(b.Seats[1].Terms, governance.Term{Person: "old", Period: vocab.MustParsePeriod("2020-01-01/2023-12-31")})
	b.Seats[2].Terms = nil
	d := governance.Document{Bodies: []governance.Body{*b},
		Interests: []governance.Interest{{Person: "kcl-1", Organisation: "acme", Kind: governance.InterestKindFinancial, Severity: governance.ConflictSeveritySoft,
			Period: vocab.PeriodFrom(vocab.MustParseDate("2021-01-01"))}},
		Decisions: []governance.Decision{{Body: "board", Motion: governance.Motion{ID: "m", Text: "t", Date: vocab.MustParseDate("2025-01-01"),
			Concerns: []vocab.OrgID{"acme"}}}}}
	var got []string
	for _, r := range d.References() {
		got = append(got, string(r.Kind)+" "+r.ID+" "+r.During.String()+" "+r.Path.String())
	}
	assert.Equal(t, []string{
		"partner kcl 2024-01-01/.. bodies[0].seats[1].nominatedBy",
		"partner kcl 2020-01-01/2023-12-31 bodies[0].seats[1].nominatedBy",
		"partner gstt 2020-01-01/.. bodies[0].seats[2].nominatedBy",
		"partner kch 2024-01-01/.. bodies[0].seats[3].nominatedBy",
		"partner slam 2024-01-01/.. bodies[0].seats[4].nominatedBy",
		"partner slam ../.. bodies[0].rules.reserved.vetoes[0]",
		"organisation acme 2021-01-01/.. interests[0].organisation",
		"organisation acme 2025-01-01/2025-01-01 decisions[0].motion.concerns[0]",
	}, got)
}

// The roster-free rules are one problem per rule, value and run of seat
// change dates, naming the run: the chair is a partner's from 2020 until
// an independent chair seat replaces it in 2023; kcl's second seat, from
// 2021 to 2022, puts it above a 1/4 share for exactly that run.
func TestSeatRulesReportedPerRun(t *testing.T) {
	b := fourSeats(governance.TermsOfReference{})
	b.Composition = governance.Composition{MaxPartnerShare: vocab.MustRatio(1, 4), IndependentChair: true}
	b.Seats[0].Period = vocab.MustParsePeriod("2023-01-01/..")
	b.Seats = append(b.Seats,
		governance.Seat{ID: "old-chair", Label: "Old chair", NominatedBy: "kch", Chair: true, Period: vocab.MustParsePeriod("2020-01-01/2022-12-31")},
		governance.Seat{ID: "kcl-2", Label: "KCL 2", NominatedBy: "kcl", Voting: true, Period: vocab.MustParsePeriod("2021-01-01/2022-06-30")})
	ps := b.Problems(vocab.NewPath("bodies").Index(0))
	got := make([]string, len(ps))
	for i, p := range ps {
		got[i] = p.Field() + " " + fmt.Sprint(p.Value) + ": " + p.Detail
	}
	assert.Equal(t, []string{
		"bodies[0].composition.maxPartnerShare kcl: during 2021-01-01/2022-06-30 the partner nominates 2 of 5 voting seats, more than 1/4 (counted on 2021-01-01)",
		"bodies[0].composition.independentChair <nil>: during 2020-01-01/2022-12-31 the chair seat is nominated by a partner; an independent chair is required",
	}, got)
}
