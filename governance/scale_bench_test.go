package governance_test

import (
	"fmt"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
)

// chainDocument is a document of n committees, each reporting to the one
// before, each with one voting seat and one recorded decision, and an
// interests register of n entries in organisations the motions concern.
func chainDocument(n int) *governance.Document {
	since := vocab.PeriodFrom(vocab.MustParseDate("2009-01-01"))
	d := &governance.Document{Version: vocab.CurrentVersion}
	for i := range n {
		id := vocab.BodyID(fmt.Sprintf("c%d", i))
		p := vocab.PersonID(fmt.Sprintf("p%d", i))
		b := governance.Body{ID: id, Name: "Committee", Kind: "committee", Period: since,
			Rules: governance.TermsOfReference{Threshold: governance.Majority()},
			Seats: []governance.Seat{{ID: "s", Label: "Seat", NominatedBy: "kcl", Voting: true,
				Terms: []governance.Term{{Person: p, Period: since}}}}}
		if i > 0 {
			b.ReportsTo = vocab.BodyID(fmt.Sprintf("c%d", i-1))
		}
		d.Bodies = append(d.Bodies, b)
		org := vocab.OrgID(fmt.Sprintf("org%d", i))
		d.Interests = append(d.Interests, governance.Interest{Person: p, Organisation: org, Kind: "financial", Severity: "soft", Period: since})
		d.Decisions = append(d.Decisions, governance.Decision{Body: id,
			Motion:  governance.Motion{ID: governance.MotionID(fmt.Sprintf("m%d", i)), Text: "t", Date: vocab.MustParseDate("2025-01-01"), Concerns: []vocab.OrgID{org}},
			Present: []vocab.PersonID{p}, Ballots: []governance.Ballot{{Voter: p, Option: "yes"}}})
	}
	return d
}

// BenchmarkValidateChain validates documents of 1k, 10k and 100k bodies in
// one reporting chain, each with a decision: linear apart from sorting.
func BenchmarkValidateChain(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		d := chainDocument(n)
		b.Run(fmt.Sprintf("bodies=%d", n), func(b *testing.B) {
			for b.Loop() {
				if err := d.Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
