package ahsc

import (
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// window is the first day of the brute-force tests' window: days 0..90.
var window = vocab.MustParseDate("2020-01-01")

// genBound draws a day of the window, or its month.
func genBound(t *rapid.T, label string, lo int) vocab.Date {
	d := window.AddDays(rapid.IntRange(lo, 90).Draw(t, label))
	if rapid.Bool().Draw(t, label+".month") {
		return d.Truncate(vocab.PrecisionMonth)
	}
	return d
}

// genPartialPeriod draws a valid period in the window with day or month
// bounds; the end is sometimes open, and the start too when openStart.
func genPartialPeriod(t *rapid.T, label string, openStart bool) vocab.Period {
	p := vocab.Period{Start: genBound(t, label+".start", 0)}
	p.End = genBound(t, label+".end", p.Start.First().DaysSince(window))
	if openStart && rapid.IntRange(0, 4).Draw(t, label+".openStart") == 0 {
		p.Start = vocab.Date{}
	}
	if rapid.IntRange(0, 4).Draw(t, label+".openEnd") == 0 {
		p.End = vocab.Date{}
	}
	return p
}

// realisations returns every (first, last) pair of window days, -1 and 91
// standing for open ends, that q could really run.
func realisations(q vocab.Period) [][2]int {
	span := func(d vocab.Date, open int) (int, int) {
		if d.IsZero() {
			return open, open
		}
		return d.First().DaysSince(window), d.Last().DaysSince(window)
	}
	s0, s1 := span(q.Start, -1)
	e0, e1 := span(q.End, 91)
	var out [][2]int
	for s := s0; s <= s1; s++ {
		for e := max(s, e0); e <= e1; e++ {
			out = append(out, [2]int{s, e})
		}
	}
	return out
}

// TestResolvePartnerMatchesBruteForce checks the "throughout" rule against
// its definition, day by day over a window: an error when every way the
// reference could run includes a day no membership may cover (ErrNotFound
// when no membership may overlap it at all), otherwise a warning when a day
// the reference may cover is not certainly covered by a membership.
func TestResolvePartnerMatchesBruteForce(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var ms []Membership
		for range rapid.IntRange(1, 3).Draw(t, "memberships") {
			p := genPartialPeriod(t, "m", false)
			ms = append(ms, Membership{Joined: p.Start, Left: p.End})
		}
		q := genPartialPeriod(t, "q", true)
		c := &Centre{Partners: []Partner{{Organisation: Organisation{ID: "p"}, Memberships: ms}}}
		day := func(i int) vocab.Date { return window.AddDays(i) }
		absent := func(i int) bool { // certainly not a partner on day i (-1, 91: before, after)
			for _, m := range ms {
				if m.Period().MayContain(day(i)) {
					return false
				}
			}
			return true
		}
		overlaps, unavoidable, possiblyAbsent := false, true, false
		for _, r := range realisations(q) {
			hit := false
			for i := r[0]; i <= r[1]; i++ {
				hit = hit || absent(i)
			}
			unavoidable = unavoidable && hit
		}
		for i := -1; i <= 91; i++ {
			if !q.MayContain(day(i)) {
				continue
			}
			certain := false
			for _, m := range ms {
				overlaps = overlaps || m.Period().MayContain(day(i))
				certain = certain || m.Period().Contains(day(i))
			}
			possiblyAbsent = possiblyAbsent || !certain
		}
		var want vocab.ProblemType
		warning := false
		switch {
		case q.IsZero(): // undated: "at any time", only the partner itself is checked
		case !overlaps:
			want = vocab.ErrNotFound
		case unavoidable:
			want = vocab.ErrInvalid
		case possiblyAbsent:
			want, warning = vocab.ErrInvalid, true
		}
		ps := newIndex(c).resolve(new(vocab.Collector), []vocab.Reference{{Kind: vocab.RefPartner, ID: "p", During: q, Path: vocab.NewPath("ref")}}).Problems()
		switch {
		case want == "" && len(ps) != 0:
			t.Fatalf("memberships %v, reference %s: want no problem, got %v", ms, q, ps)
		case want != "" && (len(ps) != 1 || ps[0].Type != want || ps[0].IsWarning() != warning):
			t.Fatalf("memberships %v, reference %s: want %s (warning %v), got %v", ms, q, want, warning, ps)
		}
	})
}

func TestResolvePartnerReferences(t *testing.T) {
	d := vocab.MustParseDate
	c := &Centre{
		Partners: []Partner{
			{Organisation: Organisation{ID: "uni"}, Memberships: []Membership{{Joined: d("2010-01-01")}}},
			{Organisation: Organisation{ID: "trust"}, Memberships: []Membership{
				{Joined: d("2010-01-01"), Left: d("2012-12-31")}, {Joined: d("2014-01-01")}}},
			{Organisation: Organisation{ID: "old"}, Memberships: []Membership{{Joined: d("2010-01-01"), Left: d("2011-12-31")}}},
			{Organisation: Organisation{ID: "late"}, Memberships: []Membership{{Joined: d("2011-10"), Left: d("2015")}}},
		},
		Organisations: []Organisation{{ID: "funder"}},
		Successions:   []Succession{{Predecessor: "old", Successor: "trust", Date: d("2012-01-01")}},
	}
	at := vocab.NewPath("doc", "ref")
	for _, tc := range []struct {
		name    string
		ref     vocab.Reference
		want    vocab.ProblemType // "" for no problem
		warning bool
	}{
		{"partner throughout", vocab.Reference{Kind: vocab.RefPartner, ID: "uni", During: vocab.MustParsePeriod("2011-01-01/2020-01-01")}, "", false},
		{"open-ended while member", vocab.Reference{Kind: vocab.RefPartner, ID: "uni", During: vocab.MustParsePeriod("2011-01-01/..")}, "", false},
		{"before joining", vocab.Reference{Kind: vocab.RefPartner, ID: "uni", During: vocab.MustParsePeriod("2001-01-01/2002-01-01")}, vocab.ErrNotFound, false},
		{"in the gap", vocab.Reference{Kind: vocab.RefPartner, ID: "trust", During: vocab.MustParsePeriod("2013-01-01/2013-12-31")}, vocab.ErrNotFound, false},
		{"across the gap", vocab.Reference{Kind: vocab.RefPartner, ID: "trust", During: vocab.MustParsePeriod("2012-06-01/2014-06-01")}, vocab.ErrInvalid, false},
		{"until the month it joined", vocab.Reference{Kind: vocab.RefPartner, ID: "late", During: vocab.MustParsePeriod("2011-11-01/2012-12-31")}, "", false},
		{"within the month it joined", vocab.Reference{Kind: vocab.RefPartner, ID: "late", During: vocab.MustParsePeriod("2011-10-15/2012-12-31")}, vocab.ErrInvalid, true},
		{"before the month it joined", vocab.Reference{Kind: vocab.RefPartner, ID: "late", During: vocab.MustParsePeriod("2011-09-15/2012-12-31")}, vocab.ErrInvalid, false},
		{"in the year it left", vocab.Reference{Kind: vocab.RefPartner, ID: "late", During: vocab.MustParsePeriod("2012-01-01/2015-06-30")}, vocab.ErrInvalid, true},
		{"after the year it left", vocab.Reference{Kind: vocab.RefPartner, ID: "late", During: vocab.MustParsePeriod("2012-01-01/2016-01-01")}, vocab.ErrInvalid, false},
		{"sometime in a year it was a member", vocab.Reference{Kind: vocab.RefPartner, ID: "late", During: vocab.MustParsePeriod("2013/2013")}, "", false},
		{"sometime in the year it joined", vocab.Reference{Kind: vocab.RefPartner, ID: "late", During: vocab.MustParsePeriod("2011/2011")}, vocab.ErrInvalid, true},
		{"undated", vocab.Reference{Kind: vocab.RefPartner, ID: "trust"}, "", false},
		{"organisation, not partner", vocab.Reference{Kind: vocab.RefPartner, ID: "funder"}, vocab.ErrNotFound, false},
		{"unknown partner", vocab.Reference{Kind: vocab.RefPartner, ID: "nobody"}, vocab.ErrNotFound, false},
		{"organisation known", vocab.Reference{Kind: vocab.RefOrganisation, ID: "funder"}, "", false},
		{"partner is an organisation too", vocab.Reference{Kind: vocab.RefOrganisation, ID: "uni"}, "", false},
		{"organisation unknown", vocab.Reference{Kind: vocab.RefOrganisation, ID: "nobody"}, vocab.ErrNotFound, false},
		{"closed organisation", vocab.Reference{Kind: vocab.RefOrganisation, ID: "old", During: vocab.PeriodOfDay(d("2015-01-01"))}, vocab.ErrInvalid, true},
		{"before it closed", vocab.Reference{Kind: vocab.RefOrganisation, ID: "old", During: vocab.PeriodOfDay(d("2011-06-01"))}, "", false},
		{"programme without portfolio", vocab.Reference{Kind: vocab.RefProgramme, ID: "p"}, vocab.ErrNotFound, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.ref.Path = at
			ps := newIndex(c).resolve(new(vocab.Collector), []vocab.Reference{tc.ref}).Problems()
			if tc.want == "" {
				if len(ps) != 0 {
					t.Fatalf("want no problem, got %v", ps)
				}
				return
			}
			if len(ps) == 0 || ps[0].Type != tc.want || ps[0].IsWarning() != tc.warning || !ps[0].Path.Equal(at) {
				t.Fatalf("want %s (warning=%v) at %s, got %v", tc.want, tc.warning, at, ps)
			}
		})
	}
}

func TestClosedWarningNamesSuccessor(t *testing.T) {
	d := vocab.MustParseDate
	c := &Centre{
		Organisations: []Organisation{{ID: "a"}, {ID: "b"}, {ID: "c"}},
		Successions: []Succession{{Predecessor: "a", Successor: "b", Kind: SuccessionMerger, Date: d("2010-01-01")},
			{Predecessor: "b", Successor: "c", Kind: SuccessionMerger, Date: d("2015-01-01")}},
	}
	ps := newIndex(c).resolve(new(vocab.Collector), []vocab.Reference{{Kind: vocab.RefOrganisation, ID: "a", During: vocab.PeriodOfDay(d("2020-01-01"))}}).Problems()
	if len(ps) != 1 || !ps[0].IsWarning() {
		t.Fatalf("want one warning, got %v", ps)
	}
	if want := "succeeded by c"; !strings.Contains(ps[0].Detail, want) {
		t.Fatalf("detail %q does not name the current successor (%q)", ps[0].Detail, want)
	}
}

// A membership ending on 9999-12-31, the last supported day, is the same
// as one with no end: every reference resolves with the same problems
// (type, severity, path), for references open or ending on that day too.
func TestLastDayIsOpenEnded(t *testing.T) {
	last := vocab.MustParseDate("9999-12-31")
	rapid.Check(t, func(t *rapid.T) {
		joined := genBound(t, "joined", 0)
		refStart := genBound(t, "refStart", 0)
		var refEnd vocab.Date
		switch rapid.IntRange(0, 2).Draw(t, "refEnd") {
		case 1:
			refEnd = last
		case 2:
			refEnd = genBound(t, "refEndDay", 0)
		}
		ref := vocab.Reference{Kind: vocab.RefPartner, ID: "p", During: vocab.PeriodOf(refStart, refEnd), Path: vocab.NewPath("ref")}
		if !ref.During.IsValid() {
			t.Skip("reference ends before it starts")
		}
		problems := func(left vocab.Date) []string {
			c := &Centre{Partners: []Partner{{Organisation: Organisation{ID: "p"}, Memberships: []Membership{{Joined: joined, Left: left}}}}}
			var out []string
			for _, p := range newIndex(c).resolve(new(vocab.Collector), []vocab.Reference{ref}).Problems() {
				out = append(out, p.Pointer()+" "+string(p.Type)+" "+string(p.Severity))
			}
			return out
		}
		open, closed := problems(vocab.Date{}), problems(last)
		if strings.Join(open, "|") != strings.Join(closed, "|") {
			t.Fatalf("reference %s: open membership %v, ending 9999-12-31 %v", ref.During, open, closed)
		}
	})
}
