package vocab_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

// anyPartialDate generates dates at any precision over years 1..9999.
func anyPartialDate() *rapid.Generator[vocab.Date] {
	return rapid.Custom(func(t *rapid.T) vocab.Date {
		return vocabtest.Coarsened(anyDate().Draw(t, "day")).Draw(t, "partial")
	})
}

func TestPartialDateText(t *testing.T) {
	for _, c := range []struct {
		text        string
		prec        vocab.Precision
		first, last string
	}{
		{"2011-10-03", vocab.PrecisionDay, "2011-10-03", "2011-10-03"},
		{"2011-10", vocab.PrecisionMonth, "2011-10-01", "2011-10-31"},
		{"2024-02", vocab.PrecisionMonth, "2024-02-01", "2024-02-29"},
		{"2023-02", vocab.PrecisionMonth, "2023-02-01", "2023-02-28"},
		{"2011", vocab.PrecisionYear, "2011-01-01", "2011-12-31"},
		{"0001", vocab.PrecisionYear, "0001-01-01", "0001-12-31"},
		{"9999-12", vocab.PrecisionMonth, "9999-12-01", "9999-12-31"},
	} {
		d, err := vocab.ParseDate(c.text)
		if err != nil {
			t.Fatalf("ParseDate(%q): %v", c.text, err)
		}
		if d.String() != c.text || d.Precision() != c.prec || d.First().String() != c.first || d.Last().String() != c.last {
			t.Errorf("%q: String %q, Precision %s, First %s, Last %s", c.text, d, d.Precision(), d.First(), d.Last())
		}
		if d.IsExact() != (c.prec == vocab.PrecisionDay) {
			t.Errorf("%q.IsExact() = %v", c.text, d.IsExact())
		}
	}
	for _, s := range []string{"0000", "2011-13", "2011-00", "2011-1", "201", "20111", "2011-", "2011-10-", "-2011", "2011/10"} {
		if d, err := vocab.ParseDate(s); err == nil || !errors.Is(err, vocab.ErrInvalid) {
			t.Errorf("ParseDate(%q) = %s, %v; want an ErrInvalid error", s, d, err)
		}
	}
	if y, m, dd := vocab.MustParseDate("2011-10").Civil(); y != 2011 || m != time.October || dd != 0 {
		t.Errorf("Civil of a month = %d %d %d", y, m, dd)
	}
	if y, m, dd := vocab.MustParseDate("2011").Civil(); y != 2011 || m != 0 || dd != 0 {
		t.Errorf("Civil of a year = %d %d %d", y, m, dd)
	}
	if _, err := vocab.MonthOf(2011, 13); err == nil {
		t.Error("MonthOf(2011, 13) accepted")
	}
	if _, err := vocab.YearOf(10000); err == nil {
		t.Error("YearOf(10000) accepted")
	}
	if (vocab.Date{}).Precision() != "" || (vocab.Date{}).IsExact() {
		t.Error("the zero Date has a precision")
	}
}

// Text, JSON and constructors round-trip at every precision.
func TestPartialDateRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := anyPartialDate().Draw(t, "d")
		if got, err := vocab.ParseDate(d.String()); err != nil || got != d {
			t.Fatalf("ParseDate(%q) = %v, %v", d, got, err)
		}
		b, _ := json.Marshal(d)
		var back vocab.Date
		if err := json.Unmarshal(b, &back); err != nil || back != d {
			t.Fatalf("JSON %s -> %v, %v", b, back, err)
		}
		if got, _ := d.AppendText([]byte("x")); string(got) != "x"+d.String() {
			t.Fatalf("AppendText = %q", got)
		}
		y, m, dd := d.Civil()
		var rebuilt vocab.Date
		switch d.Precision() {
		case vocab.PrecisionDay:
			rebuilt, _ = vocab.DateOf(y, m, dd)
		case vocab.PrecisionMonth:
			rebuilt, _ = vocab.MonthOf(y, m)
		case vocab.PrecisionYear:
			rebuilt, _ = vocab.YearOf(y)
		}
		if rebuilt != d {
			t.Fatalf("constructor from Civil %d-%d-%d gives %s, want %s", y, m, dd, rebuilt, d)
		}
	})
}

// A date is the span of days from First to Last: both are days, First is
// not after Last, the date contains both and every coarsening contains it.
func TestPartialDateIsASpan(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := anyPartialDate().Draw(t, "d")
		f, l := d.First(), d.Last()
		if !f.IsExact() || !l.IsExact() || l.Before(f) || !d.Contains(f) || !d.Contains(l) || !d.Contains(d) {
			t.Fatalf("%s: First %s, Last %s", d, f, l)
		}
		if f.Year() != d.Year() || l.Year() != d.Year() {
			t.Fatalf("%s spans years %d..%d", d, f.Year(), l.Year())
		}
		if (f == l) != d.IsExact() {
			t.Fatalf("%s: one-day span %v, exact %v", d, f == l, d.IsExact())
		}
		for _, p := range vocab.Precisions().Values() {
			c := d.Truncate(p)
			if !c.Contains(d) || c.Truncate(p) != c {
				t.Fatalf("%s.Truncate(%s) = %s: does not contain it or is not idempotent", d, p, c)
			}
		}
		if d.Truncate(d.Precision()) != d {
			t.Fatalf("Truncate to its own precision changed %s", d)
		}
		e := anyPartialDate().Draw(t, "e")
		if want := !e.First().Before(f) && !e.Last().After(l); d.Contains(e) != want {
			t.Fatalf("%s.Contains(%s) = %v, want %v", d, e, !want, want)
		}
	})
}

// Compare is a total order that agrees with == and sorts by first day and
// then by last day; Before and After are the certain relations.
func TestPartialDateOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d, e, g := anyPartialDate().Draw(t, "d"), anyPartialDate().Draw(t, "e"), anyPartialDate().Draw(t, "g")
		if rapid.Bool().Draw(t, "near") { // same first day, often
			e = d.First().Truncate(rapid.SampledFrom(vocab.Precisions().Values()).Draw(t, "p"))
		}
		c := d.Compare(e)
		if c != -e.Compare(d) || (c == 0) != (d == e) || d.Equal(e) != (d == e) {
			t.Fatalf("Compare(%s, %s) = %d, reverse %d", d, e, c, e.Compare(d))
		}
		want := d.First().Compare(e.First())
		if want == 0 {
			want = d.Last().Compare(e.Last())
		}
		if c != want {
			t.Fatalf("Compare(%s, %s) = %d, want %d by (first, last)", d, e, c, want)
		}
		if d.Compare(e) <= 0 && e.Compare(g) <= 0 && d.Compare(g) > 0 {
			t.Fatalf("not transitive: %s <= %s <= %s but %s > %s", d, e, g, d, g)
		}
		before := d.Last().Compare(e.First()) < 0
		if d.Before(e) != before || e.After(d) != before {
			t.Fatalf("%s.Before(%s) = %v, %s.After(%s) = %v; last %s, first %s", d, e, d.Before(e), e, d, e.After(d), d.Last(), e.First())
		}
		if d.Before(e) && c >= 0 {
			t.Fatalf("%s certainly before %s but sorts after", d, e)
		}
		if d.IsExact() && e.IsExact() && (d.Before(e) != (c < 0) || d.After(e) != (c > 0)) {
			t.Fatalf("on days Before/After must be the order: %s %s", d, e)
		}
		if d.Before(d) || d.After(d) {
			t.Fatalf("%s before or after itself", d)
		}
	})
}

func TestCheckDay(t *testing.T) {
	p := vocab.NewPath("date")
	for _, c := range []struct {
		d        string
		required bool
		want     vocab.ProblemType
	}{{"", true, vocab.ErrRequired}, {"", false, ""}, {"2011-10-03", true, ""}, {"2011-10", false, vocab.ErrInvalid}, {"2011", true, vocab.ErrInvalid}} {
		var d vocab.Date
		if c.d != "" {
			d = vocab.MustParseDate(c.d)
		}
		got := vocab.CheckDay(p, d, c.required)
		switch {
		case c.want == "" && got != nil:
			t.Errorf("CheckDay(%q, %v) = %v", c.d, c.required, got)
		case c.want != "" && (got == nil || got.Type != c.want || !got.Path.Equal(p)):
			t.Errorf("CheckDay(%q, %v) = %v, want %s", c.d, c.required, got, c.want)
		}
	}
	if vocab.CheckDayPeriod(p, vocab.MustParsePeriod("2020-04-01/..")) != nil ||
		vocab.CheckDayPeriod(p, vocab.MustParsePeriod("2020-04/2020-06-30")) == nil ||
		vocab.CheckDayPeriod(p, vocab.MustParsePeriod("../2020")) == nil {
		t.Error("CheckDayPeriod")
	}
}

// window is the first day of the brute-force window, days 0..59 (January
// and February 2020); -1 and 60 stand for every day before and after.
var window = vocab.MustParseDate("2020-01-01")

// windowBound draws a day of the window or its month.
func windowBound(t *rapid.T, label string, lo int) vocab.Date {
	d := window.AddDays(rapid.IntRange(lo, 59).Draw(t, label))
	if rapid.Bool().Draw(t, label+".month") {
		return d.Truncate(vocab.PrecisionMonth)
	}
	return d
}

// windowPeriod draws a valid period in the window with day or month bounds,
// sometimes open at either end.
func windowPeriod(t *rapid.T, label string) vocab.Period {
	p := vocab.Period{Start: windowBound(t, label+".start", 0)}
	p.End = windowBound(t, label+".end", p.Start.First().DaysSince(window))
	if rapid.IntRange(0, 4).Draw(t, label+".openStart") == 0 {
		p.Start = vocab.Date{}
	}
	if rapid.IntRange(0, 4).Draw(t, label+".openEnd") == 0 {
		p.End = vocab.Date{}
	}
	return p
}

// runs returns every way p could really run, as [first, last] window days
// with -1 and 60 for open ends: a start within Start, an end within End,
// and the start no later than the end.
func runs(p vocab.Period) [][2]int {
	span := func(d vocab.Date, open int) (int, int) {
		if d.IsZero() {
			return open, open
		}
		return d.First().DaysSince(window), d.Last().DaysSince(window)
	}
	s0, s1 := span(p.Start, -1)
	e0, e1 := span(p.End, 60)
	var out [][2]int
	for s := s0; s <= s1; s++ {
		for e := max(s, e0); e <= e1; e++ {
			out = append(out, [2]int{s, e})
		}
	}
	return out
}

func dayAt(i int) vocab.Date { return window.AddDays(i) }

// The certain and possible queries match their definitions over every way
// the periods (and a partial date) could really run, and certain ⊆
// possible.
func TestPeriodQueriesMatchRealisations(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p, q := windowPeriod(t, "p"), windowPeriod(t, "q")
		rp, rq := runs(p), runs(q)
		if p.IsValid() != (len(rp) > 0) {
			t.Fatalf("%s: IsValid %v with %d realisations", p, p.IsValid(), len(rp))
		}
		d := windowBound(t, "d", 0)
		d0, d1 := d.First().DaysSince(window), d.Last().DaysSince(window)
		allIn, someIn := true, false
		for _, r := range rp {
			for x := d0; x <= d1; x++ {
				in := r[0] <= x && x <= r[1]
				allIn, someIn = allIn && in, someIn || in
			}
		}
		if p.Contains(d) != allIn || p.MayContain(d) != someIn {
			t.Fatalf("%s ∋ %s: Contains %v (want %v), MayContain %v (want %v)", p, d, p.Contains(d), allIn, p.MayContain(d), someIn)
		}
		overlapAll, overlapSome, coverAll, coverSome := true, false, true, false
		for _, a := range rp {
			for _, b := range rq {
				ov := max(a[0], b[0]) <= min(a[1], b[1])
				cv := a[0] <= b[0] && b[1] <= a[1]
				overlapAll, overlapSome = overlapAll && ov, overlapSome || ov
				coverAll, coverSome = coverAll && cv, coverSome || cv
			}
		}
		if p.Overlaps(q) != overlapAll || p.MayOverlap(q) != overlapSome {
			t.Fatalf("%s, %s: Overlaps %v (want %v), MayOverlap %v (want %v)", p, q, p.Overlaps(q), overlapAll, p.MayOverlap(q), overlapSome)
		}
		if p.Covers(q) != coverAll || p.MayCover(q) != coverSome {
			t.Fatalf("%s ⊇ %s: Covers %v (want %v), MayCover %v (want %v)", p, q, p.Covers(q), coverAll, p.MayCover(q), coverSome)
		}
		if p.Overlaps(q) != q.Overlaps(p) || p.MayOverlap(q) != q.MayOverlap(p) {
			t.Fatalf("overlap not symmetric for %s, %s", p, q)
		}
		// Certain and Possible are the days in every and in some realisation.
		c, ok := p.Certain()
		pos := p.Possible()
		if !c.IsExact() || !pos.IsExact() {
			t.Fatalf("%s: Certain %s and Possible %s must have exact bounds", p, c, pos)
		}
		for x := -1; x <= 60; x++ {
			every, some := len(rp) > 0, false
			for _, r := range rp {
				in := r[0] <= x && x <= r[1]
				every, some = every && in, some || in
			}
			if (ok && c.Contains(dayAt(x))) != every || pos.MayContain(dayAt(x)) != some && len(rp) > 0 {
				t.Fatalf("%s on day %d: in Certain %s %v (want %v), in Possible %s %v (want %v)", p, x, c, ok && c.Contains(dayAt(x)), every, pos, pos.MayContain(dayAt(x)), some)
			}
			if p.Contains(dayAt(x)) != every || p.MayContain(dayAt(x)) != some {
				t.Fatalf("%s on day %d: Contains %v MayContain %v; want %v %v", p, x, p.Contains(dayAt(x)), p.MayContain(dayAt(x)), every, some)
			}
		}
	})
}

// Certain implies possible for every query, on any generated periods.
func TestCertainImpliesPossible(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p, q := vocabtest.PartialPeriod().Draw(t, "p"), vocabtest.PartialPeriod().Draw(t, "q")
		d := vocabtest.PartialDate().Draw(t, "d")
		if p.Contains(d) && !p.MayContain(d) || p.Overlaps(q) && !p.MayOverlap(q) || p.Covers(q) && !p.MayCover(q) {
			t.Fatalf("%s, %s, %s: a certain answer without the possible one", p, q, d)
		}
		if c, ok := p.Certain(); ok && !p.Possible().Covers(c) {
			t.Fatalf("%s: Certain %s not within Possible %s", p, c, p.Possible())
		}
		if p.IsExact() {
			if c, ok := p.Certain(); !ok || c != p || p.Possible() != p || p.Contains(d) != p.MayContain(d) && d.IsExact() {
				t.Fatalf("exact %s: Certain %s, Possible %s", p, c, p.Possible())
			}
		}
		if r, ok := p.Intersect(q); ok != p.MayOverlap(q) || ok && (!r.IsValid() || !p.Possible().Covers(r.Possible()) || !q.Possible().Covers(r.Possible())) {
			t.Fatalf("%s ∩ %s = %s, %v: must be valid and within what both may cover", p, q, r, ok)
		}
	})
}

// Coarsening a period's bounds keeps every day it covered possible and
// makes no new day certain.
func TestCoarsenedPeriodKeepsPossibleDays(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := vocabtest.OpenPeriod().Draw(t, "p")
		c := vocabtest.CoarsenedPeriod(p).Draw(t, "coarse")
		d := vocabtest.Date().Draw(t, "d")
		if !c.IsValid() || !c.MayCover(p) || p.Contains(d) && !c.MayContain(d) || c.Contains(d) && !p.Contains(d) {
			t.Fatalf("%s coarsened to %s (day %s)", p, c, d)
		}
	})
}

func TestPartialPeriodText(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := vocabtest.PartialPeriod().Draw(t, "p")
		if got, err := vocab.ParsePeriod(p.String()); err != nil || got != p {
			t.Fatalf("ParsePeriod(%q) = %v, %v", p, got, err)
		}
	})
	for _, s := range []string{"2012/2011-12", "2011-12-31/2011-11", "2012-01/2011"} {
		if p, err := vocab.ParsePeriod(s); err == nil {
			t.Errorf("ParsePeriod(%q) = %s: the end is certainly before the start", s, p)
		}
	}
	for _, s := range []string{"2011/2011", "2011-10/2011-10-01", "2011-12-31/2011", "2009-03-09/2014-03", "2014-04/2020-03-31"} {
		if _, err := vocab.ParsePeriod(s); err != nil {
			t.Errorf("ParsePeriod(%q): %v", s, err)
		}
	}
	if _, ok := vocab.MustParsePeriod("2011/2011").Certain(); ok {
		t.Error(`"2011/2011" may be any one day: it certainly covers none`)
	}
	if c, ok := vocab.MustParsePeriod("2011/2011-06-30").Certain(); !ok || c.String() != "2011-06-30/2011-06-30" {
		t.Errorf(`"2011/2011-06-30" certainly covers its last day, got %s %v`, c, ok)
	}
	if c, ok := vocab.MustParsePeriod("2014-04/2020-03").Certain(); !ok || c.String() != "2014-04-30/2020-03-01" {
		t.Errorf("Certain = %s %v", c, ok)
	}
	if got := vocab.MustParsePeriod("2014-04/2020-03").Possible().String(); got != "2014-04-01/2020-03-31" {
		t.Errorf("Possible = %s", got)
	}
	if _, ok := vocab.MustParsePeriod("2014-04/2020-03").Days(); ok {
		t.Error("Days of a period with partial bounds")
	}
}

// A financial year certainly contains a date when all of it falls inside.
func TestFinancialYearContainsPartialDates(t *testing.T) {
	fy := vocab.FinancialYear(2024)
	for s, want := range map[string]bool{"2024-04": true, "2025-03": true, "2024-03": false, "2024": false, "2025": false, "2024-04-01": true} {
		if got := fy.Contains(vocab.MustParseDate(s)); got != want {
			t.Errorf("2024-25 contains %s: %v, want %v", s, got, want)
		}
	}
	if got := vocab.FinancialYearOf(vocab.MustParseDate("2025")); got != 2024 {
		t.Errorf("FinancialYearOf(2025) = %s, want that of 1 January 2025 (2024-25)", got)
	}
}
