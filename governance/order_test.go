package governance_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
)

// The fixture: a knock-on ballot problem was listed before the
// invalid seat that caused it. Problems now follow the document (bodies
// before decisions, seats by index, fields as encoded), and the knock-on
// — the decision's ballots, left unchecked because the body has an
// error — comes right after its cause and names it, even though its own
// path comes later; the cause's sibling problems follow.
func TestKnockOnBallotComesAfterTheInvalidSeat(t *testing.T) {
	b := fourSeats(governance.TermsOfReference{Quorum: governance.Quorum{Share: vocab.MustRatio(1, 2)}, Threshold: governance.Majority()})
	b.ReportsTo = ""
	b.Seats[2].Period = vocab.PeriodOf(vocab.MustParseDate("2024-01-01"), vocab.MustParseDate("2023-01-01")) // ends before it starts
	b.Seats[3].Label = ""                                                                                    // a second, unrelated fault
	d := governance.Document{Version: vocab.CurrentVersion, Bodies: []governance.Body{*b},
		Decisions: []governance.Decision{
			{Body: "board", Motion: governance.Motion{ID: "m1", Text: "Adopt", Date: vocab.MustParseDate("2025-01-15")},
				Present: []vocab.PersonID{"kcl-1", "gstt-1"}, Ballots: []governance.Ballot{yes("kcl-1"), yes("gstt-1")}},
			{Body: "nobody", Motion: governance.Motion{ID: "m2", Text: "Adopt", Date: vocab.MustParseDate("2025-01-15")}},
		}}
	ps := d.Problems()
	got := make([]string, len(ps))
	for i, p := range ps {
		got[i] = p.Pointer()
	}
	assert.Equal(t, []string{
		"/bodies/0/seats/2/period",
		"/decisions/0/ballots",
		"/bodies/0/seats/3/label",
		"/decisions/1/body",
	}, got, "%v", ps)
	require.Len(t, ps, 4)
	knock := ps[1]
	assert.True(t, knock.IsWarning())
	assert.Equal(t, "the 2 ballots were neither checked nor counted: body board has errors; because of the problem at bodies[0].seats[2].period", knock.Detail)
	assert.True(t, ps[0].Path.Equal(knock.Cause.(*vocab.Problem).Path), "the cause is the seat problem")
	assert.ErrorIs(t, knock, vocab.ErrInvalid)

	// The cap keeps the first problems in that order.
	c := d.CollectProblems(&vocab.Collector{Limit: 2}).Problems()
	require.Len(t, c, 3)
	assert.Equal(t, "/bodies/0/seats/2/period", c[0].Pointer())
	assert.Equal(t, "/decisions/0/ballots", c[1].Pointer())
	assert.Contains(t, c[2].Detail, "stopped listing after 2 problems; 2 more found")
}
