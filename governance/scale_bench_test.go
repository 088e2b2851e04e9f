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

// historyBody is a body with a long history: ten voting seats, each held
// by n/10 holders in turn for a week at a time (a seat's holders drawn from
// a hundred people, so each person holds it many times), and n/10 chair
// seats, each existing for one of those weeks. The motion falls in the
// last week, when every holder is present and votes yes.
func historyBody(n int) (*governance.Body, *governance.Motion, []vocab.PersonID, []governance.Ballot) {
	start := vocab.MustParseDate("1900-01-01")
	week := func(j int) vocab.Period { return vocab.PeriodOf(start.AddDays(7*j), start.AddDays(7*j+6)) }
	weeks := n / 10
	b := &governance.Body{ID: "board", Name: "Board", Kind: governance.BodyKindBoard, Period: vocab.PeriodFrom(start),
		Rules: governance.TermsOfReference{Threshold: governance.Majority()}}
	orgs := []vocab.OrgID{"kcl", "gstt", "kch", "slam"}
	for k := range weeks {
		b.Seats = append(b.Seats, governance.Seat{ID: governance.SeatID(fmt.Sprintf("chair-%d", k)), Label: "Chair", Independent: true,
			Chair: true, Period: week(k), Terms: []governance.Term{{Person: vocab.PersonID(fmt.Sprintf("chair-%d", k%100)), Period: week(k)}}})
	}
	var present []vocab.PersonID
	var ballots []governance.Ballot
	for i := range 10 {
		s := governance.Seat{ID: governance.SeatID(fmt.Sprintf("s%d", i)), Label: "Seat", NominatedBy: orgs[i%4], Voting: true}
		for j := range weeks {
			s.Terms = append(s.Terms, governance.Term{Person: vocab.PersonID(fmt.Sprintf("s%d-%d", i, j%100)), Period: week(j)})
		}
		last := s.Terms[len(s.Terms)-1].Person
		present = append(present, last)
		ballots = append(ballots, governance.Ballot{Voter: last, Option: governance.VoteOptionYes})
		b.Seats = append(b.Seats, s)
	}
	m := &governance.Motion{ID: "m", Text: "t", Date: start.AddDays(7*(weeks-1) + 3)}
	return b, m, present, ballots
}

// BenchmarkDecideHistory decides a motion before bodies with histories of
// 1k, 10k and 100k terms (historyBody): checking the seats' terms, the
// people's voting capacities and the chair seats for overlaps is a sweep,
// so the cost per term should not grow with the history.
func BenchmarkDecideHistory(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		body, m, present, ballots := historyBody(n)
		b.Run(fmt.Sprintf("terms=%d", n), func(b *testing.B) {
			perUnit(b, n, "term", func() {
				o, err := governance.Decide(body, m, present, ballots)
				if err != nil || o.Result != governance.ResultPassed {
					b.Fatal(err, o.Result)
				}
			})
		})
	}
}

// registerDocument is a document of one committee that decided n motions
// concerning one organisation, whose interests register holds n entries in
// that organisation, all but one long expired (one a week from 1900).
func registerDocument(n int) *governance.Document {
	since := vocab.PeriodFrom(vocab.MustParseDate("2009-01-01"))
	d := &governance.Document{Version: vocab.CurrentVersion, Bodies: []governance.Body{{ID: "c", Name: "Committee", Kind: "committee",
		Period: since, Rules: governance.TermsOfReference{Threshold: governance.Majority()},
		Seats: []governance.Seat{{ID: "s", Label: "Seat", NominatedBy: "kcl", Voting: true,
			Terms: []governance.Term{{Person: "p", Period: since}}}}}}}
	start := vocab.MustParseDate("1900-01-01")
	for i := range n {
		d.Interests = append(d.Interests, governance.Interest{Person: vocab.PersonID(fmt.Sprintf("q%d", i)), Organisation: "pharma",
			Kind: "financial", Severity: "soft", Period: vocab.PeriodOf(start.AddDays(7*i), start.AddDays(7*i+6))})
		d.Decisions = append(d.Decisions, governance.Decision{Body: "c",
			Motion:  governance.Motion{ID: governance.MotionID(fmt.Sprintf("m%d", i)), Text: "t", Date: vocab.MustParseDate("2025-01-01"), Concerns: []vocab.OrgID{"pharma"}},
			Present: []vocab.PersonID{"p"}, Ballots: []governance.Ballot{{Voter: "p", Option: "yes"}}})
	}
	d.Interests[n-1].Period = since
	return d
}

// BenchmarkValidateRegister validates documents of 1k, 10k and 100k
// decisions concerning one organisation with as many register entries in
// it (registerDocument): each decision finds the entries in force through
// the register's index, without reading the expired ones, so the cost per
// decision should not grow with n.
func BenchmarkValidateRegister(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		d := registerDocument(n)
		b.Run(fmt.Sprintf("decisions=%d", n), func(b *testing.B) {
			perUnit(b, n, "decision", func() {
				if err := d.Validate(); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

// BenchmarkOutcomes decides every decision of registerDocument(n): with
// Document.Outcomes, which indexes bodies and interests once, and, at the
// two smaller sizes, with Document.Decide per decision, which indexes them
// each time (quadratic in all, the alternative a script would write
// first).
func BenchmarkOutcomes(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		d := registerDocument(n)
		b.Run(fmt.Sprintf("Outcomes/decisions=%d", n), func(b *testing.B) {
			perUnit(b, n, "decision", func() {
				for _, err := range d.Outcomes() {
					if err != nil {
						b.Fatal(err)
					}
				}
			})
		})
		if n > 10_000 {
			continue
		}
		b.Run(fmt.Sprintf("Decide-each/decisions=%d", n), func(b *testing.B) {
			perUnit(b, n, "decision", func() {
				for i := range d.Decisions {
					if _, err := d.Decide(&d.Decisions[i]); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}
