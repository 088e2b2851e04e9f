package ahsc_test

import (
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
