package vocab_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

// anyDate generates dates over the whole supported range, years 1..9999.
func anyDate() *rapid.Generator[vocab.Date] {
	first := vocab.MustDate(1, time.January, 1)
	return rapid.Custom(func(t *rapid.T) vocab.Date {
		return first.AddDays(rapid.IntRange(0, 3652058).Draw(t, "day"))
	})
}

func TestDateStringRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := anyDate().Draw(t, "d")
		got, err := vocab.ParseDate(d.String())
		if err != nil || got != d {
			t.Fatalf("ParseDate(%q) = %v, %v", d.String(), got, err)
		}
		var u vocab.Date
		text, _ := d.MarshalText()
		if err := u.UnmarshalText(text); err != nil || u != d {
			t.Fatalf("UnmarshalText(%q) = %v, %v", text, u, err)
		}
	})
}

func TestDateAgreesWithTime(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d, e := anyDate().Draw(t, "d"), anyDate().Draw(t, "e")
		td, te := d.Time(time.UTC), e.Time(time.UTC)
		if got, want := d.Compare(e), td.Compare(te); got != want {
			t.Fatalf("%s.Compare(%s) = %d, time says %d", d, e, got, want)
		}
		if d.Before(e) != td.Before(te) || d.After(e) != td.After(te) || d.Equal(e) != td.Equal(te) {
			t.Fatalf("Before/After/Equal disagree with time for %s, %s", d, e)
		}
		if got, want := d.Weekday(), td.Weekday(); got != want {
			t.Fatalf("%s.Weekday() = %s, want %s", d, got, want)
		}
		if got := d.String(); got != td.Format(time.DateOnly) {
			t.Fatalf("String() = %q, time formats %q", got, td.Format(time.DateOnly))
		}
		if got := vocab.DateFromTime(td.In(time.FixedZone("x", 3600))); got != d {
			t.Fatalf("DateFromTime(%v) = %s, want %s", td, got, d)
		}
		if days := int((te.Unix() - td.Unix()) / 86400); e.DaysSince(d) != days {
			t.Fatalf("%s.DaysSince(%s) = %d, time says %d", e, d, e.DaysSince(d), days)
		}
	})
}

func TestAddDaysInvertsDaysSince(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d, e := vocabtest.Date().Draw(t, "d"), vocabtest.Date().Draw(t, "e")
		if got := d.AddDays(e.DaysSince(d)); got != e {
			t.Fatalf("%s.AddDays(%d) = %s, want %s", d, e.DaysSince(d), got, e)
		}
		n := rapid.IntRange(-20000, 20000).Draw(t, "n")
		if got := d.AddDays(n).DaysSince(d); got != n {
			t.Fatalf("AddDays(%d).DaysSince = %d", n, got)
		}
	})
}

func TestAddDaysSaturates(t *testing.T) {
	first, last := vocab.MustDate(1, time.January, 1), vocab.MustDate(9999, time.December, 31)
	d := vocab.MustParseDate("2024-06-01")
	for _, c := range []struct {
		n    int
		want vocab.Date
	}{{-1 << 40, first}, {1 << 40, last}, {0, d}} {
		if got := d.AddDays(c.n); got != c.want {
			t.Errorf("AddDays(%d) = %s, want %s", c.n, got, c.want)
		}
	}
	if got := last.AddDays(1); got != last {
		t.Errorf("9999-12-31 + 1 = %s", got)
	}
	if got := (vocab.Date{}).AddDays(5); !got.IsZero() {
		t.Errorf("zero + 5 = %s, want zero", got)
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, s := range []string{"2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "0000-01-01",
		"2024-1-01", "2024-01-1", "24-01-01", "2024/01/01", "2024-01-01T00:00", "", "abcd-ef-gh",
		"+024-01-01", "2024-0a-01", " 2024-01-01", "１９９０-01-01"} {
		d, err := vocab.ParseDate(s)
		if err == nil {
			t.Errorf("ParseDate(%q) = %s, want error", s, d)
			continue
		}
		if !errors.Is(err, vocab.ErrInvalid) {
			t.Errorf("ParseDate(%q) error %v does not match ErrInvalid", s, err)
		}
		var pe *vocab.ParseError
		if !errors.As(err, &pe) || pe.Input != s || pe.Type != "date" {
			t.Errorf("ParseDate(%q) error %#v", s, err)
		}
	}
}

func TestLeapYears(t *testing.T) {
	for y, leap := range map[int]bool{2024: true, 2023: false, 2000: true, 1900: false, 2100: false, 2400: true, 4: true, 1: false} {
		_, err := vocab.DateOf(y, time.February, 29)
		if (err == nil) != leap {
			t.Errorf("DateOf(%d, Feb, 29) error = %v, leap = %v", y, err, leap)
		}
	}
}

func TestDateCivilAndZero(t *testing.T) {
	d := vocab.MustDate(2009, time.March, 9)
	if y, m, dd := d.Civil(); y != 2009 || m != time.March || dd != 9 || d.Year() != 2009 || d.Month() != time.March || d.Day() != 9 {
		t.Errorf("Civil() = %d-%d-%d", y, m, dd)
	}
	if got := d.Weekday(); got != time.Monday {
		t.Errorf("2009-03-09 was a Monday, got %s", got)
	}
	var z vocab.Date
	if !z.IsZero() || z.String() != "" || z.Year() != 0 || !z.Before(vocab.MustDate(1, 1, 1)) {
		t.Errorf("zero Date misbehaves: %q %d", z.String(), z.Year())
	}
	if _, err := vocab.DateOf(10000, time.January, 1); err == nil {
		t.Error("DateOf(10000, ...) accepted")
	}
	if got := vocab.DateFromTime(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)); !got.IsZero() {
		t.Errorf("DateFromTime(year 10000) = %s, want zero", got)
	}
}

func TestDateTextZero(t *testing.T) {
	var d vocab.Date
	if b, err := d.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero MarshalText = %q, %v", b, err)
	}
	d = vocab.MustParseDate("2020-01-01")
	if err := d.UnmarshalText(nil); err != nil || !d.IsZero() {
		t.Errorf(`UnmarshalText("") = %s, %v; want zero`, d, err)
	}
	if err := d.UnmarshalText([]byte("2020-02-30")); err == nil {
		t.Error("UnmarshalText accepted 2020-02-30")
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		Start vocab.Date `json:"start"`
		End   vocab.Date `json:"end,omitzero"`
	}
	b, err := json.Marshal(doc{})
	if err != nil || string(b) != `{"start":""}` {
		t.Errorf("zero doc = %s, %v", b, err)
	}
	in := doc{Start: vocab.MustParseDate("2009-03-09"), End: vocab.MustParseDate("2014-03-31")}
	b, _ = json.Marshal(in)
	if string(b) != `{"start":"2009-03-09","end":"2014-03-31"}` {
		t.Errorf("doc = %s", b)
	}
	var out doc
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("round trip = %+v, %v", out, err)
	}
	if err := json.Unmarshal([]byte(`{"start":"2009-3-9"}`), &out); err == nil {
		t.Error("JSON accepted 2009-3-9")
	}
}

func TestMustPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"MustDate":               func() { vocab.MustDate(2023, time.February, 29) },
		"MustParseDate":          func() { vocab.MustParseDate("x") },
		"MustParsePeriod":        func() { vocab.MustParsePeriod("x") },
		"MustParseFinancialYear": func() { vocab.MustParseFinancialYear("x") },
		"MustRatio":              func() { vocab.MustRatio(1, 0) },
		"MustParseRatio":         func() { vocab.MustParseRatio("x") },
		"MustParseID":            func() { vocab.MustParseID[vocab.OrgID]("X") },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s did not panic", name)
				}
			}()
			f()
		}()
	}
}

// The fixtures: "2016-13-01" said "no such day". A date that does
// not exist now says which part is out of range, at every precision.
func TestParseDateSaysWhichPartIsOutOfRange(t *testing.T) {
	for in, want := range map[string]string{
		"2016-13-01": "month 13 is out of range 1–12",
		"2016-02-30": "day 30 is beyond February 2016's 29 days",
		"2015-02-29": "day 29 is beyond February 2015's 28 days",
		"2016-04-31": "day 31 is beyond April 2016's 30 days",
		"2016-01-00": "day 0 is out of range 1–31",
		"2016-00-10": "month 0 is out of range 1–12",
		"0000-01-01": "year 0 is out of range 1–9999",
		"2016-13":    "month 13 is out of range 1–12",
		"2016-00":    "month 0 is out of range 1–12",
		"0000":       "year 0 is out of range 1–9999",
		"0000-13-45": "year 0 is out of range 1–9999",
	} {
		_, err := vocab.ParseDate(in)
		if err == nil {
			t.Errorf("%s parsed", in)
			continue
		}
		if got := err.Error(); got != `vocab: invalid date "`+in+`": `+want {
			t.Errorf("%s: %s, want %s", in, got, want)
		}
		if !errors.Is(err, vocab.ErrInvalid) {
			t.Errorf("%s: %v is not ErrInvalid", in, err)
		}
	}
	_, err := vocab.DateOf(2016, 13, 1)
	assert.ErrorContains(t, err, "month 13 is out of range 1–12")
	_, err = vocab.MonthOf(10000, 1)
	assert.ErrorContains(t, err, "year 10000 is out of range 1–9999")
}

// Every three-part string of digits either parses to a date that prints
// back the same, or says which part is out of range.
func TestParseDateFaultNamesThePart(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		y, m, d := rapid.IntRange(0, 9999).Draw(t, "y"), rapid.IntRange(0, 99).Draw(t, "m"), rapid.IntRange(0, 99).Draw(t, "d")
		in := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
		got, err := vocab.ParseDate(in)
		if err == nil {
			if got.String() != in {
				t.Fatalf("%s parsed as %s", in, got)
			}
			return
		}
		msg := err.Error()
		switch {
		case y == 0:
			assertContains(t, msg, "year 0 ")
		case m < 1 || m > 12:
			assertContains(t, msg, fmt.Sprintf("month %d is out of range", m))
		default:
			assertContains(t, msg, fmt.Sprintf("day %d is ", d))
		}
	})
}

func assertContains(t *rapid.T, s, sub string) {
	if !strings.Contains(s, sub) {
		t.Fatalf("%q does not contain %q", s, sub)
	}
}
