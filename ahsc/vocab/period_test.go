package vocab_test

import (
	"encoding/json"
	"errors"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

func TestPeriodText(t *testing.T) {
	d1, d2 := vocab.MustParseDate("2020-04-01"), vocab.MustParseDate("2025-03-31")
	for _, c := range []struct {
		p      vocab.Period
		text   string
		marsh  string
		closed bool
	}{
		{vocab.PeriodOf(d1, d2), "2020-04-01/2025-03-31", "2020-04-01/2025-03-31", true},
		{vocab.PeriodFrom(d1), "2020-04-01/..", "2020-04-01/..", false},
		{vocab.PeriodOf(vocab.Date{}, d2), "../2025-03-31", "../2025-03-31", false},
		{vocab.Period{}, "../..", "", false},
		{vocab.PeriodOfDay(d1), "2020-04-01/2020-04-01", "2020-04-01/2020-04-01", true},
	} {
		if got := c.p.String(); got != c.text {
			t.Errorf("String() = %q, want %q", got, c.text)
		}
		if b, _ := c.p.MarshalText(); string(b) != c.marsh {
			t.Errorf("MarshalText() = %q, want %q", b, c.marsh)
		}
		for _, s := range []string{c.text, c.marsh} {
			var p vocab.Period
			if err := p.UnmarshalText([]byte(s)); err != nil || p != c.p {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", s, p, err, c.p)
			}
		}
		if _, ok := c.p.Days(); ok != c.closed {
			t.Errorf("%s.Days() ok = %v", c.p, ok)
		}
	}
	if n, _ := vocab.PeriodOf(d1, d2).Days(); n != 1826 {
		t.Errorf("2020-04-01/2025-03-31 has %d days, want 1826", n)
	}
}

func TestParsePeriodRejects(t *testing.T) {
	for _, s := range []string{"2025-03-31/2020-04-01", "2020-04-01", "", "2020-04-01/", "/2020-04-01",
		"2020-02-30/..", "../2020-13-01", ".../..", "2020-04-01/2021-04-01/..", "2020-04-01 / 2021-04-01"} {
		p, err := vocab.ParsePeriod(s)
		if err == nil {
			t.Errorf("ParsePeriod(%q) = %s, want error", s, p)
		} else if !errors.Is(err, vocab.ErrInvalid) {
			t.Errorf("ParsePeriod(%q) error %v is not ErrInvalid", s, err)
		}
	}
	if vocab.PeriodOf(vocab.MustParseDate("2025-01-02"), vocab.MustParseDate("2025-01-01")).IsValid() {
		t.Error("end before start reported valid")
	}
}

func TestPeriodRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := vocabtest.OpenPeriod().Draw(t, "p")
		got, err := vocab.ParsePeriod(p.String())
		if err != nil || got != p {
			t.Fatalf("ParsePeriod(%q) = %v, %v", p, got, err)
		}
		b, _ := json.Marshal(struct {
			P vocab.Period `json:"p"`
		}{p})
		var back struct {
			P vocab.Period `json:"p"`
		}
		if err := json.Unmarshal(b, &back); err != nil || back.P != p {
			t.Fatalf("JSON %s -> %v, %v", b, back.P, err)
		}
	})
}

// dayIn generates a date slightly beyond the generated range too, so
// containment is tested on both sides of each bound.
func dayIn() *rapid.Generator[vocab.Date] {
	return vocabtest.DateIn(vocab.PeriodOf(vocabtest.MinDate.AddDays(-30), vocabtest.MaxDate.AddDays(30)))
}

func TestPeriodSetProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p, q := vocabtest.OpenPeriod().Draw(t, "p"), vocabtest.OpenPeriod().Draw(t, "q")
		d := dayIn().Draw(t, "d")
		if p.Overlaps(q) != q.Overlaps(p) {
			t.Fatalf("Overlaps not symmetric for %s, %s", p, q)
		}
		r, ok := p.Intersect(q)
		if ok != p.Overlaps(q) {
			t.Fatalf("Intersect ok = %v, Overlaps = %v", ok, p.Overlaps(q))
		}
		if ok {
			if !r.IsValid() || !p.Covers(r) || !q.Covers(r) {
				t.Fatalf("%s ∩ %s = %s, not covered by both", p, q, r)
			}
			if s, _ := q.Intersect(p); s != r {
				t.Fatalf("Intersect not symmetric: %s vs %s", r, s)
			}
		}
		if in := ok && r.Contains(d); in != (p.Contains(d) && q.Contains(d)) {
			t.Fatalf("%s in %s∩%s = %v, but in p: %v, in q: %v", d, p, q, in, p.Contains(d), q.Contains(d))
		}
		if p.Covers(q) && q.Contains(d) && !p.Contains(d) {
			t.Fatalf("%s covers %s but misses %s", p, q, d)
		}
		if !p.Covers(p) || !(vocab.Period{}).Covers(p) {
			t.Fatalf("cover is not reflexive or the zero period misses %s", p)
		}
		if (vocab.Period{}).Contains(vocab.Date{}) || p.Contains(vocab.Date{}) {
			t.Fatal("the zero Date is in a period")
		}
	})
}

func TestPeriodContainsMatchesBounds(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := vocabtest.Period().Draw(t, "p")
		d := dayIn().Draw(t, "d")
		want := !d.Before(p.Start) && !d.After(p.End)
		if p.Contains(d) != want {
			t.Fatalf("%s.Contains(%s) = %v", p, d, !want)
		}
		n, ok := p.Days()
		if !ok || n != p.End.DaysSince(p.Start)+1 || !p.Contains(p.Start) || !p.Contains(p.End) || p.Contains(p.End.AddDays(1)) {
			t.Fatalf("%s: inclusive end broken (days %d)", p, n)
		}
	})
}

func TestPeriodEdges(t *testing.T) {
	a := vocab.MustParsePeriod("2020-01-01/2020-12-31")
	b := vocab.MustParsePeriod("2020-12-31/..")
	c := vocab.MustParsePeriod("2021-01-01/..")
	if r, ok := a.Intersect(b); !ok || r != vocab.PeriodOfDay(vocab.MustParseDate("2020-12-31")) {
		t.Errorf("touching periods intersect in %s, %v", r, ok)
	}
	if a.Overlaps(c) {
		t.Error("adjacent periods overlap")
	}
	if !b.Covers(c) || c.Covers(b) || a.Covers(b) || b.Covers(a) {
		t.Error("Covers wrong on open-ended periods")
	}
	if !b.IsOpenEnded() || a.IsOpenEnded() {
		t.Error("IsOpenEnded wrong")
	}
	if !(vocab.Period{}).IsZero() || a.IsZero() {
		t.Error("IsZero wrong")
	}
}
