package governance_test

import (
	"fmt"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
)

// rosterBody is a board requiring one voting seat per partner, with n
// partners joining on n different days and n seats, each created a day
// after its partner joins: every partner is short for one day.
func rosterBody(n int) (governance.Document, map[vocab.OrgID][]vocab.Period) {
	start := vocab.MustParseDate("2000-01-01")
	b := governance.Body{ID: "board", Name: "Board", Kind: governance.BodyKindBoard, Period: vocab.PeriodFrom(start),
		Composition: governance.Composition{MinVotingSeatsPerPartner: 1}}
	m := make(map[vocab.OrgID][]vocab.Period, n)
	for i := range n {
		org := vocab.OrgID(fmt.Sprintf("p%06d", i))
		m[org] = []vocab.Period{vocab.PeriodFrom(start.AddDays(2 * i))}
		b.Seats = append(b.Seats, governance.Seat{ID: governance.SeatID(fmt.Sprintf("s%d", i)), Label: "seat", NominatedBy: org, Voting: true,
			Period: vocab.PeriodFrom(start.AddDays(2*i + 1))})
	}
	return governance.Document{Bodies: []governance.Body{b}}, m
}

// BenchmarkRosterProblems checks the per-partner seat minimum for n
// partners and n seats: O(n log n), one problem per partner.
func BenchmarkRosterProblems(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		d, m := rosterBody(n)
		if got := len(d.RosterProblems(m)); got != n {
			b.Fatalf("%d problems, want %d", got, n)
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = d.RosterProblems(m)
			}
		})
	}
}
