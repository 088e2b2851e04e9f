package ahsc

import (
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// genPeriod draws a small period in days 1..60 of 2020, sometimes open at either end.
func genPeriod(t *rapid.T, label string) vocab.Period {
	base := vocab.MustParseDate("2020-01-01")
	a := rapid.IntRange(0, 60).Draw(t, label+".start")
	b := rapid.IntRange(a, 60).Draw(t, label+".end")
	p := vocab.PeriodOf(base.AddDays(a), base.AddDays(b))
	if rapid.IntRange(0, 5).Draw(t, label+".openStart") == 0 {
		p.Start = vocab.Date{}
	}
	if rapid.IntRange(0, 5).Draw(t, label+".openEnd") == 0 {
		p.End = vocab.Date{}
	}
	return p
}

// TestCoveredByMatchesDayByDay checks the interval-union algorithm against
// brute force over a bounded window (days outside the window are covered by
// construction only through open ends, which the window's edges witness).
func TestCoveredByMatchesDayByDay(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 4).Draw(t, "n")
		periods := make([]vocab.Period, n)
		for i := range periods {
			periods[i] = genPeriod(t, "m")
		}
		q := genPeriod(t, "q")
		base := vocab.MustParseDate("2020-01-01")
		want := true
		// Days -1 and 61 stand for everything before and after the window.
		for day := -1; day <= 61; day++ {
			d := base.AddDays(day)
			if !q.Contains(d) {
				continue
			}
			in := false
			for _, p := range periods {
				in = in || p.Contains(d)
			}
			if !in {
				want = false
				break
			}
		}
		if got := coveredBy(periods, q); got != want {
			t.Fatalf("coveredBy(%v, %v) = %v, want %v", periods, q, got, want)
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
		{"across the gap", vocab.Reference{Kind: vocab.RefPartner, ID: "trust", During: vocab.MustParsePeriod("2012-06-01/2014-06-01")}, vocab.ErrInvalid, true},
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
