package vocab

import "strings"

// Period is a span of civil dates with an inclusive end, as in FHIR Period.
// A zero Start means open at the start and a zero End means open-ended
// (ongoing). The zero Period is open at both ends and contains every date.
//
// Either bound may be a partial [Date]: "2014-04/2020-03-31" started on
// some day in April 2014 and ended on 31 March 2020. A period with partial
// bounds has days it certainly covers and days it only possibly covers
// ([Period.Certain] ⊆ [Period.Possible]). A day is certainly in the period
// when it is on or after the latest day the period may start and on or
// before the earliest day it may end; possibly in it when it is between the
// earliest possible start and the latest possible end. (A period starts no
// later than it ends, so "2011/2011-06-30" certainly covers 2011-06-30.)
// The queries come in pairs: [Period.Contains], [Period.Overlaps] and
// [Period.Covers] answer for certain; [Period.MayContain],
// [Period.MayOverlap] and [Period.MayCover] for possibly. On a period with
// exact (or open) bounds each pair agrees.
//
// Its text form is ISO 8601-2 style "2020-04-01/2025-03-31", with ".." for an
// open end: "2020-04-01/..", "../2025-03-31", and partial bounds as written:
// "2009/2014-03". The zero Period marshals to "" and prints as "../..".
type Period struct {
	Start Date // first day (or the month or year it falls in), or zero for open at the start
	End   Date // last day, inclusive (or its month or year), or zero for open-ended
}

// PeriodOf returns the period from start to end inclusive. Either may be zero.
func PeriodOf(start, end Date) Period { return Period{Start: start, End: end} }

// PeriodOfDay returns the period of d: the one day when d is a day, or
// "some day within d" when d is partial (both bounds d).
func PeriodOfDay(d Date) Period { return Period{Start: d, End: d} }

// PeriodFrom returns the open-ended period starting on d.
func PeriodFrom(d Date) Period { return Period{Start: d} }

// ParsePeriod parses "START/END" where each side is a date at any precision
// ("2020-04-01", "2014-04", "2009") or ".." for an open end. It rejects a
// period whose end is certainly before its start.
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

// IsValid reports whether p's end is not certainly before its start: the
// earliest day it may start is on or before the latest day it may end.
func (p Period) IsValid() bool {
	return p.Start.IsZero() || p.End.IsZero() || p.Start.n <= p.End.last()
}

// IsExact reports whether each bound of p is a day or open.
func (p Period) IsExact() bool {
	return (p.Start.IsZero() || p.Start.IsExact()) && (p.End.IsZero() || p.End.IsExact())
}

// IsOpenEnded reports whether p has no end date.
func (p Period) IsOpenEnded() bool { return p.End.IsZero() }

// span is a closed range of day numbers: lo = 0 is open at the start and
// hi = openEnd open at the end; lo > hi is empty.
type span struct{ lo, hi int32 }

const openEnd = maxDays + 1

// bounds returns the first and last day numbers p may start on and end on,
// with the open sentinels.
func (p Period) bounds() (s0, s1, e0, e1 int32) {
	s0, s1, e0, e1 = 0, 0, openEnd, openEnd
	if !p.Start.IsZero() {
		s0, s1 = p.Start.n, p.Start.last()
	}
	if !p.End.IsZero() {
		e0, e1 = p.End.n, p.End.last()
	}
	return s0, s1, e0, e1
}

// certain is the span of days p certainly covers: from the latest day it
// may start (no later than the latest day it may end) to the earliest day
// it may end (no earlier than the earliest day it may start).
func (p Period) certain() span {
	s0, s1, e0, e1 := p.bounds()
	return span{min(s1, e1), max(e0, s0)}
}

// possible is the span of days p may cover.
func (p Period) possible() span {
	s0, _, _, e1 := p.bounds()
	return span{s0, e1}
}

func (s span) period() Period {
	var p Period
	if s.lo > 0 {
		p.Start = Date{n: s.lo}
	}
	if s.hi < openEnd {
		p.End = Date{n: s.hi}
	}
	return p
}

// dayspan is the span of days d may be.
func dayspan(d Date) span { return span{d.n, d.last()} }

// Certain returns the days p certainly covers, as a period with exact (or
// open) bounds, and false when there is no such day ("2011/2011" may be any
// single day of 2011). It is p itself when p is exact and valid.
func (p Period) Certain() (Period, bool) {
	c := p.certain()
	if !p.IsValid() || c.lo > c.hi {
		return Period{}, false
	}
	return c.period(), true
}

// Possible returns the days p may cover, from the first day it may start
// to the last day it may end, as a period with exact (or open) bounds. It
// is p itself when p is exact.
func (p Period) Possible() Period { return p.possible().period() }

// Contains reports whether p certainly contains d: every day d may be is a
// day p certainly covers. The zero Date is in no period.
func (p Period) Contains(d Date) bool {
	if d.IsZero() || !p.IsValid() {
		return false
	}
	c, e := p.certain(), dayspan(d)
	return c.lo <= e.lo && e.hi <= c.hi
}

// MayContain reports whether d may fall within p: some day d may be is a
// day p may cover. The zero Date is in no period.
func (p Period) MayContain(d Date) bool {
	if d.IsZero() || !p.IsValid() {
		return false
	}
	c, e := p.possible(), dayspan(d)
	return c.lo <= e.hi && e.lo <= c.hi
}

// Overlaps reports whether p and q certainly share a day: each certainly
// starts no later than the other certainly ends. Invalid periods overlap
// nothing.
func (p Period) Overlaps(q Period) bool {
	if !p.IsValid() || !q.IsValid() {
		return false
	}
	a, b := p.certain(), q.certain()
	return a.lo <= b.hi && b.lo <= a.hi
}

// MayOverlap reports whether p and q may share a day. Invalid periods
// overlap nothing.
func (p Period) MayOverlap(q Period) bool {
	if !p.IsValid() || !q.IsValid() {
		return false
	}
	a, b := p.possible(), q.possible()
	return a.lo <= b.hi && b.lo <= a.hi
}

// Covers reports whether every day q may cover is a day p certainly
// covers.
func (p Period) Covers(q Period) bool {
	if !p.IsValid() || !q.IsValid() {
		return false
	}
	a, b := p.certain(), q.possible()
	return a.lo <= b.lo && b.hi <= a.hi
}

// MayCover reports whether q may lie within p: some way p and q could
// really run has every day of q within p. Use it for "must fall within"
// rules, which fail only when q certainly leaves p.
func (p Period) MayCover(q Period) bool {
	if !p.IsValid() || !q.IsValid() {
		return false
	}
	// Let p run as long as it can; q must then start within it, end within
	// it, and start no later than it ends.
	a := p.possible()
	s0, s1, e0, e1 := q.bounds()
	return a.lo <= s1 && e0 <= a.hi && max(s0, a.lo) <= min(e1, a.hi)
}

// Intersect returns the days p and q share, and false when they cannot
// share any ([Period.MayOverlap] is false). For exact periods it is exactly
// the shared days. With partial bounds it runs from the start whose first
// day is later to the end whose last day is earlier (ties: the finer
// date), so it is valid and lies within what both may cover; where the
// true bound is not a calendar day, month or year (the earlier end of
// "2020-01" and 2020-01-20 is some day from 1 to 20 January) it is the
// tighter of the two.
func (p Period) Intersect(q Period) (Period, bool) {
	if !p.MayOverlap(q) {
		return Period{}, false
	}
	return Period{Start: laterStart(p.Start, q.Start), End: earlierEnd(p.End, q.End)}, true
}

func laterStart(a, b Date) Date {
	switch {
	case a.n != b.n:
		if a.n > b.n {
			return a
		}
		return b
	case a.last() < b.last():
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
	case a.last() != b.last():
		if a.last() < b.last() {
			return a
		}
		return b
	case a.n > b.n:
		return a
	}
	return b
}

// Days returns the number of days in p, and false when p is open at either
// end, has a partial bound or is invalid.
func (p Period) Days() (int, bool) {
	if p.Start.IsZero() || p.End.IsZero() || !p.IsExact() || !p.IsValid() {
		return 0, false
	}
	return p.End.DaysSince(p.Start) + 1, true
}

// CheckDayPeriod reports a problem at p when a bound of q is a month or a
// year ([CheckDay]): the period of a reading the centre reports starts and
// ends on days. It returns nil for a period with exact or open bounds.
func CheckDayPeriod(p *Path, q Period) *Problem {
	if q.IsExact() {
		return nil
	}
	return Invalid(p, q.String(), "both ends must be days (YYYY-MM-DD), not months or years: a reading the centre reports covers known days")
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
