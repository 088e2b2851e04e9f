package vocab

import "strings"

// Period is a span of civil dates with an inclusive end, as in FHIR Period.
// A zero Start means open at the start and a zero End means open-ended
// (ongoing). The zero Period is open at both ends and contains every date.
//
// Its text form is ISO 8601-2 style "2020-04-01/2025-03-31", with ".." for an
// open end: "2020-04-01/..", "../2025-03-31". The zero Period marshals to ""
// and prints as "../..".
type Period struct {
	Start Date // first day, or zero for open at the start
	End   Date // last day (inclusive), or zero for open-ended
}

// PeriodOf returns the period from start to end inclusive. Either may be zero.
func PeriodOf(start, end Date) Period { return Period{Start: start, End: end} }

// PeriodOfDay returns the one-day period containing only d.
func PeriodOfDay(d Date) Period { return Period{Start: d, End: d} }

// PeriodFrom returns the open-ended period starting on d.
func PeriodFrom(d Date) Period { return Period{Start: d} }

// ParsePeriod parses "START/END" where each side is YYYY-MM-DD or "..".
func ParsePeriod(s string) (Period, error) {
	a, b, ok := strings.Cut(s, "/")
	if !ok {
		return Period{}, &ParseError{Type: "period", Input: s, Msg: "want START/END, with .. for an open end"}
	}
	var p Period
	var err error
	if a != ".." {
		if p.Start, err = ParseDate(a); err != nil {
			return Period{}, &ParseError{Type: "period", Input: s, Msg: "bad start: " + err.(*ParseError).Msg}
		}
	}
	if b != ".." {
		if p.End, err = ParseDate(b); err != nil {
			return Period{}, &ParseError{Type: "period", Input: s, Msg: "bad end: " + err.(*ParseError).Msg}
		}
	}
	if !p.IsValid() {
		return Period{}, &ParseError{Type: "period", Input: s, Msg: "end is before start"}
	}
	return p, nil
}

// MustParsePeriod is like [ParsePeriod] but panics on error; for literals.
func MustParsePeriod(s string) Period {
	p, err := ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

// IsZero reports whether p is the zero Period (open at both ends).
func (p Period) IsZero() bool { return p == Period{} }

// IsValid reports whether p's end is not before its start.
func (p Period) IsValid() bool {
	return p.Start.IsZero() || p.End.IsZero() || !p.End.Before(p.Start)
}

// IsOpenEnded reports whether p has no end date.
func (p Period) IsOpenEnded() bool { return p.End.IsZero() }

// Contains reports whether d lies within p. The zero Date is in no period.
func (p Period) Contains(d Date) bool {
	if d.IsZero() {
		return false
	}
	return (p.Start.IsZero() || !d.Before(p.Start)) && (p.End.IsZero() || !d.After(p.End))
}

// Overlaps reports whether p and q share at least one day.
func (p Period) Overlaps(q Period) bool {
	_, ok := p.Intersect(q)
	return ok
}

// Covers reports whether every day of q lies within p.
func (p Period) Covers(q Period) bool {
	startOK := p.Start.IsZero() || (!q.Start.IsZero() && !q.Start.Before(p.Start))
	endOK := p.End.IsZero() || (!q.End.IsZero() && !q.End.After(p.End))
	return startOK && endOK
}

// Intersect returns the days p and q share, and false when they share none.
func (p Period) Intersect(q Period) (Period, bool) {
	r := Period{Start: laterStart(p.Start, q.Start), End: earlierEnd(p.End, q.End)}
	if !r.IsValid() {
		return Period{}, false
	}
	return r, true
}

func laterStart(a, b Date) Date {
	if a.After(b) {
		return a
	}
	return b
}

func earlierEnd(a, b Date) Date {
	switch {
	case a.IsZero():
		return b
	case b.IsZero():
		return a
	case a.Before(b):
		return a
	}
	return b
}

// Days returns the number of days in p, and false when p is open at either end.
func (p Period) Days() (int, bool) {
	if p.Start.IsZero() || p.End.IsZero() {
		return 0, false
	}
	return p.End.DaysSince(p.Start) + 1, true
}

// String returns p's text form; the zero Period is "../..".
func (p Period) String() string {
	if p.IsZero() {
		return "../.."
	}
	return string(p.AppendTo(nil))
}

// AppendTo appends p's text form to b (nothing for the zero Period) and
// returns the extended buffer.
func (p Period) AppendTo(b []byte) []byte {
	if p.IsZero() {
		return b
	}
	b = appendOpen(b, p.Start)
	b = append(b, '/')
	return appendOpen(b, p.End)
}

func appendOpen(b []byte, d Date) []byte {
	if d.IsZero() {
		return append(b, ".."...)
	}
	return d.AppendTo(b)
}

// AppendText implements encoding.TextAppender, as [Period.AppendTo]; it
// never fails.
func (p Period) AppendText(b []byte) ([]byte, error) { return p.AppendTo(b), nil }

// MarshalText implements encoding.TextMarshaler; the zero Period is "".
func (p Period) MarshalText() ([]byte, error) { return p.AppendTo(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler; "" yields the zero Period.
func (p *Period) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Period{}
		return nil
	}
	v, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
