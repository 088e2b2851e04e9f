package ahsc_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
)

// A partner that joins after the board was formed, and gets no seat,
// breaks "every partner nominates a voting seat" from its joining date:
// only the Centre knows that date.
func TestCompositionCheckedWhenPartnersJoin(t *testing.T) {
	c := smallCentre()
	c.Partners = append(c.Partners, partner("late", ahsc.OrgKindUniversity, member("2018-01-01", "")))
	seat := func(id string, org vocab.OrgID) governance.Seat {
		return governance.Seat{ID: governance.SeatID(id), Label: id, NominatedBy: org, Voting: true,
			Terms: []governance.Term{{Person: vocab.PersonID(id + "-holder"), Period: vocab.PeriodFrom(d("2017-01-01"))}}}
	}
	c.Governance = &governance.Document{Bodies: []governance.Body{{
		ID: "board", Name: "Board", Kind: governance.BodyKindBoard, Period: vocab.PeriodFrom(d("2017-01-01")),
		Seats:       []governance.Seat{seat("uni-seat", "uni"), seat("trust-seat", "trust")},
		Composition: governance.Composition{MinVotingSeatsPerPartner: 1},
		Rules:       governance.TermsOfReference{Quorum: governance.Quorum{Share: vocab.MustRatio(1, 2)}, Threshold: governance.Majority()},
	}}}
	ps := c.Problems()
	var onJoin vocab.Problems
	for _, p := range ps {
		if p.Path.HasPrefix(vocab.NewPath("governance", "bodies").Index(0).Child("composition")) {
			onJoin = append(onJoin, p)
		}
	}
	require.NotEmpty(t, onJoin, "want a composition problem from 2018-01-01; got %v", ps)
	assert.Contains(t, onJoin.Error(), "late")

	// Give the new partner a seat from its joining date and the problem goes.
	s := seat("late-seat", "late")
	s.Terms[0].Period = vocab.PeriodFrom(d("2018-01-01"))
	c.Governance.Bodies[0].Seats = append(c.Governance.Bodies[0].Seats, s)
	for _, p := range c.Problems() {
		assert.False(t, p.Path.HasPrefix(vocab.NewPath("governance")), "unexpected %v", p)
	}
}

// The fixture: a board requiring one voting seat per partner,
// with partners joining on several dates and seats changing on others,
// reported the same partner three times at the same pointer (once per
// seat change date and again per roster change date). Now each fault is
// one problem per partner and contiguous run of days, naming the run: gstt
// is short from joining in 2012 until its seat is created in 2014, and
// again once that seat is abolished; kch is short from joining on.
func TestCompositionShortfallIsOneProblemPerPartnerAndRun(t *testing.T) {
	doc := `{"version": "1.0", "id": "x", "name": "X",
  "partners": [
    {"id": "kcl", "name": "KCL", "kind": "university", "sources": [{"kind": "illustrative", "note": "test"}],
     "memberships": [{"role": "partner", "joined": "2009-01-01", "sources": [{"kind": "illustrative", "note": "test"}]}]},
    {"id": "gstt", "name": "GSTT", "kind": "nhs-trust", "sources": [{"kind": "illustrative", "note": "test"}],
     "memberships": [{"role": "partner", "joined": "2012-04-01", "sources": [{"kind": "illustrative", "note": "test"}]}]},
    {"id": "kch", "name": "KCH", "kind": "nhs-trust", "sources": [{"kind": "illustrative", "note": "test"}],
     "memberships": [{"role": "partner", "joined": "2013-10-01", "sources": [{"kind": "illustrative", "note": "test"}]}]}
  ],
  "governance": {"bodies": [{"id": "board", "name": "Board", "kind": "board", "period": "2010-01-01/..",
    "composition": {"minVotingSeatsPerPartner": 1},
    "seats": [
      {"id": "kcl-1", "label": "KCL seat", "nominatedBy": "kcl", "voting": true},
      {"id": "kcl-2", "label": "KCL second seat", "nominatedBy": "kcl", "voting": true, "period": "2011-01-01/2015-12-31"},
      {"id": "gstt-1", "label": "GSTT seat", "nominatedBy": "gstt", "voting": true, "period": "2014-01-01/2019-12-31"}
    ]}]}
}`
	_, _, err := ahsc.Decode(strings.NewReader(doc), vocab.DecodeOptions{})
	ps := vocab.ProblemsOf(err)
	got := make([]string, len(ps))
	for i, p := range ps {
		got[i] = p.Pointer() + " " + fmt.Sprint(p.Value) + ": " + p.Detail
	}
	const at = "/governance/bodies/0/composition/minVotingSeatsPerPartner"
	assert.Equal(t, []string{
		at + " gstt: during 2012-04-01/2013-12-31 the partner nominates 0 voting seats, fewer than 1",
		at + " gstt: during 2020-01-01/.. the partner nominates 0 voting seats, fewer than 1",
		at + " kch: during 2013-10-01/.. the partner nominates 0 voting seats, fewer than 1",
	}, got)
	for _, p := range ps {
		assert.False(t, p.IsWarning())
		assert.True(t, p.Position.IsValid(), "%v has no position", p)
	}
}
