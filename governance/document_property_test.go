package governance_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/governance/governancetest"
)

// Document.Decide is Decide on the body, with the motion's conflicts
// completed from the register, whether the ballots are valid or not.
func TestDocumentDecideIsDecideWithConflicts(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := governancetest.Document().Draw(t, "doc")
		if rapid.Bool().Draw(t, "invalid ballot") {
			var ballots []string
			for _, k := range governancetest.DocumentMutationKinds() {
				if strings.HasPrefix(k, "decision: ") {
					ballots = append(ballots, k)
				}
			}
			d = governancetest.MutatedDocument(ballots...).Draw(t, "mutated").Value
		}
		for i := range d.Decisions {
			dec := &d.Decisions[i]
			got, gotErr := d.Decide(dec)
			b, ok := d.Body(dec.Body)
			if !ok {
				if gotErr == nil {
					t.Fatalf("decision %d: no body %q but no error", i, dec.Body)
				}
				continue
			}
			m := dec.Motion
			m.Declarations = d.Conflicts(&dec.Motion)
			want, wantErr := governance.Decide(b, &m, dec.Present, dec.Ballots)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("decision %d (-Decide +Document.Decide):\n%s", i, diff)
			}
			if diff := cmp.Diff(vocab.ProblemsOf(wantErr), vocab.ProblemsOf(gotErr), vocabtest.CmpOptions()...); diff != "" {
				t.Fatalf("decision %d problems (-Decide +Document.Decide):\n%s", i, diff)
			}
		}
	})
}

// A body is reported as on a reporting loop exactly when following
// reportsTo from it leads back to it (the walk the checker replaced).
func TestReportingLoopsMatchTheWalk(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 12).Draw(t, "bodies")
		d := governance.Document{Version: vocab.CurrentVersion}
		for i := range n {
			to := rapid.IntRange(-2, n-1).Draw(t, "reportsTo")
			b := governance.Body{ID: vocab.BodyID(fmt.Sprintf("b%d", i)), Name: "B", Kind: governance.BodyKindCommittee,
				Period: vocab.MustParsePeriod("2009-01-01/..")}
			switch {
			case to == -1:
				b.ReportsTo = "ghost"
			case to >= 0:
				b.ReportsTo = vocab.BodyID(fmt.Sprintf("b%d", to))
			}
			d.Bodies = append(d.Bodies, b)
		}
		next := func(i int) int { // -1 when the line stops
			r := d.Bodies[i].ReportsTo
			if r == "" || r == d.Bodies[i].ID || r == "ghost" {
				return -1
			}
			var j int
			fmt.Sscanf(string(r), "b%d", &j)
			return j
		}
		var want []string
		for i := range n {
			for cur, k := next(i), 0; cur >= 0 && k < n; cur, k = next(cur), k+1 {
				if cur == i {
					want = append(want, fmt.Sprintf("bodies[%d].reportsTo", i))
					break
				}
			}
		}
		var got []string
		for _, p := range d.Problems() {
			if p.Detail == "the reporting line loops back to this body" {
				got = append(got, p.Field())
			}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("loops reported at %v, the walk finds %v", got, want)
		}
	})
}

// roster is defined in composition_test.go.

// RosterProblems reports exactly the minimum-seat shortfalls that
// CheckCompositionAt finds on the seat change dates and the roster change
// dates: a partner short on a date lies in exactly one of its reported
// runs for that body, a partner not short in none; each run begins and
// ends on a short day, the day after it ends is not short (or outside the
// membership or the body), and a partner's runs neither overlap nor
// touch.
func TestRosterProblemsAgreeWithCheckCompositionAt(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := governancetest.Document().Draw(t, "doc")
		board := &d.Bodies[1]
		board.Composition.MinVotingSeatsPerPartner = rapid.IntRange(1, 3).Draw(t, "min")
		for i := range board.Seats {
			if rapid.IntRange(0, 3).Draw(t, "abolished") == 0 {
				board.Seats[i].Period = vocab.PeriodOf(vocab.MustParseDate("2009-04-01"), vocab.MustParseDate("2024-12-31"))
			}
		}
		r := roster{}
		var changes []vocab.Date
		for _, org := range governancetest.Partners() {
			if rapid.IntRange(0, 4).Draw(t, "partner") > 0 {
				p := vocabtest.OpenPeriod().Draw(t, "membership")
				if p.Start.IsZero() {
					continue // a membership has a start
				}
				r[org] = p
				changes = append(changes, p.Start)
				if !p.End.IsZero() {
					changes = append(changes, p.End.AddDays(1))
				}
			}
		}
		got := d.RosterProblems(r.memberships())
		type key struct {
			body int
			org  vocab.OrgID
		}
		runs := map[key][]vocab.Period{}
		for _, p := range got {
			var body int
			if _, err := fmt.Sscanf(p.Pointer(), "/bodies/%d/composition/minVotingSeatsPerPartner", &body); err != nil {
				t.Fatalf("problem at %s", p.Pointer())
			}
			var run string
			if _, err := fmt.Sscanf(p.Detail, "during %s ", &run); err != nil {
				if _, err := fmt.Sscanf(p.Detail, "on %s ", &run); err != nil {
					t.Fatalf("detail names no run: %q", p.Detail)
				}
				run += "/" + run
			}
			k := key{body, p.Value.(vocab.OrgID)}
			runs[k] = append(runs[k], vocab.MustParsePeriod(run))
		}
		short := func(b int, org vocab.OrgID, day vocab.Date) bool {
			for _, p := range d.Bodies[b].CheckCompositionAt(nil, r, day) {
				if p.Path.Equal(vocab.NewPath("composition", "minVotingSeatsPerPartner")) && p.Value == org {
					return true
				}
			}
			return false
		}
		for k, rs := range runs {
			for i, run := range rs {
				if i > 0 && !rs[i-1].End.IsZero() && rs[i-1].End.AddDays(1).Compare(run.Start) >= 0 {
					t.Fatalf("runs %s and %s of %s overlap or touch", rs[i-1], run, k.org)
				}
				if !short(k.body, k.org, run.Start) {
					t.Fatalf("%s is not short on %s, the start of its run %s", k.org, run.Start, run)
				}
				if !run.End.IsZero() {
					if !short(k.body, k.org, run.End) {
						t.Fatalf("%s is not short on %s, the end of its run %s", k.org, run.End, run)
					}
					if short(k.body, k.org, run.End.AddDays(1)) && d.Bodies[k.body].Period.Contains(run.End.AddDays(1)) {
						t.Fatalf("%s is still short on the day after its run %s", k.org, run)
					}
				}
			}
		}
		for i := range d.Bodies {
			b := &d.Bodies[i]
			dates := append(b.SeatChangeDates(), changes...)
			for _, day := range dates {
				if !b.Period.Contains(day) {
					continue
				}
				for _, org := range r.PartnersAt(day) {
					n := 0
					for _, run := range runs[key{i, org}] {
						if run.Contains(day) {
							n++
						}
					}
					if want := 0; short(i, org, day) {
						if n != 1 {
							t.Fatalf("%s is short on %s in body %d; %d runs hold the day: %v", org, day, i, n, got)
						}
					} else if n != want {
						t.Fatalf("%s is not short on %s in body %d, yet a run holds the day: %v", org, day, i, got)
					}
				}
			}
		}
	})
}
