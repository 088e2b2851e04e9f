package ahsc

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// reachable reports whether to is reachable from from by one or more
// successions (brute force, for checking the linear algorithm).
func reachable(ss []Succession, from, to vocab.OrgID) bool {
	seen := map[vocab.OrgID]bool{}
	work := []vocab.OrgID{from}
	for len(work) > 0 {
		at := work[len(work)-1]
		work = work[:len(work)-1]
		for _, s := range ss {
			if s.Predecessor != at || s.Predecessor == s.Successor || seen[s.Successor] {
				continue
			}
			if s.Successor == to {
				return true
			}
			seen[s.Successor] = true
			work = append(work, s.Successor)
		}
	}
	return false
}

// The cycle check reports exactly one problem per group of mutually
// reachable organisations, at the group's last succession, naming the
// group: compared with brute-force reachability.
func TestSuccessionCyclesMatchReachability(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		orgs := []vocab.OrgID{"a", "b", "c", "d", "e"}
		n := rapid.IntRange(0, 9).Draw(t, "n")
		ss := make([]Succession, n)
		for i := range ss {
			ss[i] = Succession{Predecessor: rapid.SampledFrom(orgs).Draw(t, "from"),
				Successor: rapid.SampledFrom(orgs).Draw(t, "to")}
		}
		// want: for each succession i, the group it closes, when it is the
		// last succession inside a cyclic group.
		want := map[int]string{}
		for i, s := range ss {
			if s.Predecessor == s.Successor || !reachable(ss, s.Successor, s.Predecessor) {
				continue
			}
			var group []string
			for _, o := range orgs {
				if o == s.Predecessor || reachable(ss, s.Predecessor, o) && reachable(ss, o, s.Predecessor) {
					group = append(group, string(o))
				}
			}
			key := strings.Join(group, ", ")
			for j, k := range want {
				if k == key {
					delete(want, j) // a later succession in the same group
				}
			}
			want[i] = key
		}
		got := map[int]string{}
		for _, p := range cyclesOf(ss) {
			var i int
			if _, err := fmt.Sscanf(p.Pointer(), "/successions/%d", &i); err != nil || p.Type != vocab.ErrInvalid {
				t.Fatalf("unexpected problem %v", p)
			}
			group, _, _ := strings.Cut(strings.TrimPrefix(p.Detail, "closes a cycle of successions among "), ";")
			got[i] = group
		}
		if !mapsEqual(got, want) {
			t.Fatalf("successions %v: got %v, want %v", ss, got, want)
		}
	})
}

func mapsEqual(a, b map[int]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// A long chain closed into a ring is one cycle, reported once, in linear
// time (the old walk was quadratic in the chain's length).
func TestSuccessionRingOfManyIsOneProblem(t *testing.T) {
	const n = 20_000
	ss := make([]Succession, n)
	for i := range ss {
		ss[i] = Succession{Predecessor: vocab.OrgID(fmt.Sprintf("o%d", i)), Successor: vocab.OrgID(fmt.Sprintf("o%d", (i+1)%n))}
	}
	ps := cyclesOf(ss)
	if len(ps) != 1 || ps[0].Pointer() != fmt.Sprintf("/successions/%d", n-1) {
		t.Fatalf("want one problem at the last succession, got %d: %.200v", len(ps), ps)
	}
}

// A designation is warned about exactly when it certainly overlaps one that
// starts earlier in Compare order (or on the same date and is listed
// earlier), and the warning
// names such a designation: compared with the all-pairs definition.
func TestDesignationOverlapsMatchAllPairs(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := &Centre{}
		for range rapid.IntRange(0, 6).Draw(t, "n") {
			c.Designations = append(c.Designations, Designation{Period: genPartialPeriod(t, "designation", true)})
		}
		p := vocab.NewPath("designations")
		got := map[string]string{}
		for _, pr := range c.designationOverlaps(new(vocab.Collector), p).Problems() {
			got[pr.Path.String()] = strings.TrimPrefix(pr.Detail, "overlaps designation ")
		}
		before := func(j, i int) bool {
			a, b := c.Designations[j].Period.Start, c.Designations[i].Period.Start
			return a.Compare(b) < 0 || a == b && j < i
		}
		usable := func(g Designation) bool { return !g.Period.Start.IsZero() && g.Period.IsValid() }
		for i, g := range c.Designations {
			at := p.Index(i).Child("period").String()
			var earlier []string
			for j, h := range c.Designations {
				if j != i && usable(g) && usable(h) && before(j, i) && h.Period.Overlaps(g.Period) {
					earlier = append(earlier, p.Index(j).String())
				}
			}
			named, warned := got[at]
			switch {
			case warned != (len(earlier) > 0):
				t.Fatalf("%s %v: warned=%v, overlapping earlier %v", at, g.Period, warned, earlier)
			case warned && !slices.Contains(earlier, named):
				t.Fatalf("%s names %s, not one of %v", at, named, earlier)
			}
		}
	})
}

// The index answers roster questions as the Centre does.
func TestIndexRosterAgreesWithCentre(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := &Centre{}
		ids := []vocab.OrgID{"a", "b", "c"}
		for range rapid.IntRange(0, 5).Draw(t, "partners") {
			var ms []Membership
			for range rapid.IntRange(0, 2).Draw(t, "memberships") {
				p := genPartialPeriod(t, "membership", true)
				ms = append(ms, Membership{Joined: p.Start, Left: p.End})
			}
			c.Partners = append(c.Partners, Partner{Organisation: Organisation{ID: rapid.SampledFrom(ids).Draw(t, "id")}, Memberships: ms})
		}
		ix := newIndex(c)
		d := window.AddDays(rapid.IntRange(-1, 91).Draw(t, "day"))
		if rapid.Bool().Draw(t, "month") {
			d = d.Truncate(vocab.PrecisionMonth)
		}
		for _, id := range append(ids, "z") {
			if got, want := ix.IsPartnerAt(id, d), c.IsPartnerAt(id, d); got != want {
				t.Fatalf("IsPartnerAt(%s, %s): index %v, centre %v", id, d, got, want)
			}
		}
		if got, want := ix.PartnersAt(d), c.PartnersAt(d); !slices.Equal(got, want) {
			t.Fatalf("PartnersAt(%s): index %v, centre %v", d, got, want)
		}
	})
}

// The memoised walk inside one validation answers as the Centre's own
// walk does, for every organisation and date, cycles included, whatever
// order the questions come in.
func TestMemoisedCurrentSuccessorAgreesWithCentre(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		orgs := []vocab.OrgID{"a", "b", "c", "d", "e"}
		base := vocab.MustParseDate("2020-01-30")
		// A date in the last days of January or the first of February, or
		// one of those months.
		date := func(label string) vocab.Date {
			d := base.AddDays(rapid.IntRange(-1, 4).Draw(t, label))
			if rapid.IntRange(0, 3).Draw(t, label+".month") == 0 {
				return d.Truncate(vocab.PrecisionMonth)
			}
			return d
		}
		c := &Centre{}
		for range rapid.IntRange(0, 8).Draw(t, "n") {
			c.Successions = append(c.Successions, Succession{Predecessor: rapid.SampledFrom(orgs).Draw(t, "from"),
				Successor: rapid.SampledFrom(orgs).Draw(t, "to"), Date: date("date")})
		}
		ix := newIndex(c)
		for range 20 {
			id := rapid.SampledFrom(orgs).Draw(t, "id")
			d := date("on")
			if got, want := ix.currentSuccessor(id, d), c.CurrentSuccessor(id, d); got != want {
				t.Fatalf("%s on %s: memoised %s, centre %s (successions %v)", id, d, got, want, c.Successions)
			}
		}
	})
}

// cyclesOf returns the cycle problems of ss, indexed on their own.
func cyclesOf(ss []Succession) vocab.Problems {
	nodes := newOrgNodes(0)
	x := indexSuccessions(ss, &nodes)
	return successionCycles(new(vocab.Collector), vocab.NewPath("successions"), &x).Problems()
}
