package vocab

import (
	"errors"
	"fmt"
	"time"
)

// Date is a civil (calendar) date with no time of day and no time zone, in
// the proleptic Gregorian calendar, years 1 to 9999, known to a precision:
// a day ("2011-10-03"), a month ("2011-10") or a year ("2011"), the three
// forms FHIR's date type allows. A partial date (month or year) is the span
// of days it names: "2011-10" is some day from [Date.First] 2011-10-01 to
// [Date.Last] 2011-10-31, not known which. Record a fact at the precision
// its source gives; never invent a day.
//
// The zero Date is "no date": IsZero reports true and it sorts before every
// real date. Its text form is empty, so documents leave an unknown date out
// (the omitzero fields) rather than write "", which strict decoding refuses.
// Dates are comparable with ==: a day and the month containing it are
// different values.
//
// Order: [Date.Compare] is a total order, by first day and then by length,
// so on days it is calendar order and "2011-10-01" < "2011-10" < "2011" <
// "2011-10-02". [Date.Before] and [Date.After] are the certain relations:
// d.Before(e) when every day d may be is before every day e may be; a month
// and a day inside it are neither before nor after each other.
//
// Which dates may be partial is a rule of each field: facts about the world
// (memberships, successions, designation and programme periods, source
// access) may be; events the centre records itself (meetings and their
// ballots, transactions, readings) must be days, which [CheckDay] checks and
// the schema says with a day-only pattern (fields tagged `vocab:"day"`).
type Date struct {
	n    int32     // first day: days since 0001-01-01, plus one; 0 is the zero Date
	prec precision // how much of the date is known
}

// precision is the unexported form of [Precision]: the zero value is a day,
// so that Date{n: k} is day k.
type precision uint8

const (
	precDay precision = iota
	precMonth
	precYear
)

// Precision is how much of a date is known.
//
// Codes: "day", "month", "year".
type Precision string

// The precisions, finest first.
const (
	// PrecisionDay: the day is known ("2011-10-03").
	PrecisionDay Precision = "day"
	// PrecisionMonth: the month is known, not the day ("2011-10").
	PrecisionMonth Precision = "month"
	// PrecisionYear: only the year is known ("2011").
	PrecisionYear Precision = "year"
)

var precisions = NewEnum(PrecisionDay, PrecisionMonth, PrecisionYear)

// Precisions returns the enum of every precision, finest first.
func Precisions() Enum[Precision] { return precisions }

// EnumValues lists the allowed codes (for schema export).
func (Precision) EnumValues() []string { return precisions.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// ErrNotSupported problem listing the allowed ones.
func (p *Precision) UnmarshalText(b []byte) error { return precisions.Unmarshal(p, b) }

const maxDays = 3652059 // days from 0001-01-01 to 9999-12-31, inclusive

// DateOf returns the day y-m-d. It reports an error when the date does not
// exist (2023-02-29) or lies outside years 1..9999, saying which part is
// out of range: "day 29 is beyond February 2023's 28 days".
func DateOf(y int, m time.Month, d int) (Date, error) {
	if msg := civilFault(y, int(m), d, true); msg != "" {
		return Date{}, fmt.Errorf("vocab: no such date %04d-%02d-%02d: %s", y, int(m), d, msg)
	}
	return Date{n: int32(daysFromCivil(y, int(m), d)) + 1}, nil
}

// MonthOf returns the month y-m, a date of month precision. It reports an
// error outside years 1..9999 or months 1..12.
func MonthOf(y int, m time.Month) (Date, error) {
	if msg := civilFault(y, int(m), 0, false); msg != "" {
		return Date{}, fmt.Errorf("vocab: no such month %04d-%02d: %s", y, int(m), msg)
	}
	return Date{n: int32(daysFromCivil(y, int(m), 1)) + 1, prec: precMonth}, nil
}

// YearOf returns the year y, a date of year precision. It reports an error
// outside years 1..9999.
func YearOf(y int) (Date, error) {
	if msg := civilFault(y, 1, 0, false); msg != "" {
		return Date{}, fmt.Errorf("vocab: no such year %04d: %s", y, msg)
	}
	return Date{n: int32(daysFromCivil(y, 1, 1)) + 1, prec: precYear}, nil
}

// MustDate is like [DateOf] but panics on an impossible date. It is meant
// for literals in tests and examples.
func MustDate(y int, m time.Month, d int) Date {
	dt, err := DateOf(y, m, d)
	if err != nil {
		panic(err)
	}
	return dt
}

// DateFromTime returns the civil date (a day) of t in t's location.
func DateFromTime(t time.Time) Date {
	y, m, d := t.Date()
	dt, _ := DateOf(y, m, d)
	return dt
}

// ParseDate parses an ISO 8601 calendar date at its precision: "YYYY-MM-DD"
// (a day), "YYYY-MM" (a month) or "YYYY" (a year), years 0001 to 9999.
func ParseDate(s string) (Date, error) {
	const want = "want YYYY-MM-DD, YYYY-MM or YYYY"
	bad := func(msg string) (Date, error) { return Date{}, &ParseError{Type: "date", Input: s, Msg: msg} }
	if (len(s) != 4 && len(s) != 7 && len(s) != 10) || (len(s) > 4 && s[4] != '-') || (len(s) > 7 && s[7] != '-') {
		return bad(want)
	}
	y, ok := digits(s[0:4])
	if !ok {
		return bad(want)
	}
	if len(s) == 4 {
		if msg := civilFault(y, 1, 0, false); msg != "" {
			return bad(msg)
		}
		return YearOf(y)
	}
	m, ok := digits(s[5:7])
	if !ok {
		return bad(want)
	}
	if len(s) == 7 {
		if msg := civilFault(y, m, 0, false); msg != "" {
			return bad(msg)
		}
		return MonthOf(y, time.Month(m))
	}
	d, ok := digits(s[8:10])
	if !ok {
		return bad(want)
	}
	if msg := civilFault(y, m, d, true); msg != "" {
		return bad(msg)
	}
	return DateOf(y, time.Month(m), d)
}

// civilFault says which part of y-m-d (of y-m, or y, when hasDay is
// false; m is then 1 for a year) is out of range, or "" when none is:
// "year 0 is out of range 1–9999", "month 13 is out of range 1–12",
// "day 30 is beyond February 2016's 29 days", "day 0 is out of range
// 1–31". The year is checked first, then the month, then the day.
func civilFault(y, m, d int, hasDay bool) string {
	switch {
	case y < 1 || y > 9999:
		return fmt.Sprintf("year %d is out of range 1–9999", y)
	case m < 1 || m > 12:
		return fmt.Sprintf("month %d is out of range 1–12", m)
	case !hasDay:
		return ""
	case d < 1:
		return fmt.Sprintf("day %d is out of range 1–%d", d, daysIn(y, time.Month(m)))
	case d > daysIn(y, time.Month(m)):
		return fmt.Sprintf("day %d is beyond %s %d's %d days", d, time.Month(m), y, daysIn(y, time.Month(m)))
	}
	return ""
}

// MustParseDate is like [ParseDate] but panics on error; for literals.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.n == 0 }

// Precision returns how much of d is known; "" for the zero Date.
func (d Date) Precision() Precision {
	switch {
	case d.n == 0:
		return ""
	case d.prec == precMonth:
		return PrecisionMonth
	case d.prec == precYear:
		return PrecisionYear
	}
	return PrecisionDay
}

// IsExact reports whether d is a day (day precision). The zero Date is not.
func (d Date) IsExact() bool { return d.n != 0 && d.prec == precDay }

// First returns the first day d may be: d itself for a day, the first of
// the month or 1 January for a partial date; zero for the zero Date.
func (d Date) First() Date { return Date{n: d.n} }

// Last returns the last day d may be: d itself for a day, the month's last
// day or 31 December for a partial date; zero for the zero Date.
func (d Date) Last() Date { return Date{n: d.last()} }

// last is the day number of d's last day (0 for the zero Date).
func (d Date) last() int32 {
	if d.n == 0 || d.prec == precDay {
		return d.n
	}
	y, m, _ := civilFromDays(int(d.n) - 1)
	if d.prec == precYear {
		return int32(daysFromCivil(y, 12, 31)) + 1
	}
	return d.n + int32(daysIn(y, time.Month(m))) - 1
}

// Contains reports whether every day e may be is a day d may be: a month
// contains its days, a year its months and days, and a date itself. The
// zero Date contains nothing and is in nothing.
func (d Date) Contains(e Date) bool {
	return d.n != 0 && e.n != 0 && d.n <= e.n && e.last() <= d.last()
}

// Truncate returns the date of precision p that contains d: the month or
// the year of a day, the year of a month. A p finer than d's precision, or
// not a known precision, returns d unchanged; so does the zero Date.
func (d Date) Truncate(p Precision) Date {
	if d.n == 0 {
		return d
	}
	y, m, _ := civilFromDays(int(d.n) - 1)
	switch {
	case p == PrecisionYear && d.prec < precYear:
		t, _ := YearOf(y)
		return t
	case p == PrecisionMonth && d.prec < precMonth:
		t, _ := MonthOf(y, time.Month(m))
		return t
	}
	return d
}

// Civil returns the year, month and day of d; all zero for the zero Date.
// A partial date reports only what is known: day 0 for a month, month and
// day 0 for a year.
func (d Date) Civil() (year int, month time.Month, day int) {
	if d.n == 0 {
		return 0, 0, 0
	}
	y, m, dd := civilFromDays(int(d.n) - 1)
	switch d.prec {
	case precMonth:
		return y, time.Month(m), 0
	case precYear:
		return y, 0, 0
	}
	return y, time.Month(m), dd
}

// Year returns d's year (0 for the zero Date).
func (d Date) Year() int { y, _, _ := d.Civil(); return y }

// Month returns d's month (0 for the zero Date and for a year).
func (d Date) Month() time.Month { _, m, _ := d.Civil(); return m }

// Day returns d's day of the month (0 for the zero Date and for a partial
// date).
func (d Date) Day() int { _, _, dd := d.Civil(); return dd }

// Weekday returns the day of the week of d's first day. 0001-01-01 (n = 1)
// was a Monday, so n mod 7 is the weekday directly. The zero Date reports
// Sunday.
func (d Date) Weekday() time.Weekday { return time.Weekday(int(d.n) % 7) }

// AddDays returns the day n days after d's first day (n may be negative):
// the result is always a day, so move a partial date's [Date.First] or
// [Date.Last] explicitly to say which end you mean. Results outside years
// 1..9999 saturate at the ends of that range; the zero Date stays zero.
func (d Date) AddDays(n int) Date {
	if d.n == 0 {
		return d
	}
	v := int64(d.n) + int64(n)
	v = min(max(v, 1), maxDays)
	return Date{n: int32(v)}
}

// DaysSince returns the number of days from e's first day to d's first day
// (negative when d starts earlier). Both must be non-zero for the answer to
// mean anything.
func (d Date) DaysSince(e Date) int { return int(d.n) - int(e.n) }

// Compare returns -1, 0 or +1 as d sorts before, equal to or after e: by
// first day, then by last day (a day before the month it starts, the month
// before the year). The order is total, agrees with ==, is calendar order
// on days, and sorts the zero Date first.
func (d Date) Compare(e Date) int {
	switch {
	case d.n < e.n:
		return -1
	case d.n > e.n:
		return 1
	case d.prec < e.prec:
		return -1
	case d.prec > e.prec:
		return 1
	}
	return 0
}

// Before reports whether d is certainly before e: d's last day is before
// e's first day. On days it is calendar order; the zero Date is before
// every real date.
func (d Date) Before(e Date) bool { return d.last() < e.n }

// After reports whether d is certainly after e: d's first day is after e's
// last day. On days it is calendar order.
func (d Date) After(e Date) bool { return d.n > e.last() }

// Equal reports whether d and e are the same date at the same precision.
// (== works too.)
func (d Date) Equal(e Date) bool { return d == e }

// Time returns midnight at the start of d's first day in loc.
func (d Date) Time(loc *time.Location) time.Time {
	y, m, dd := d.First().Civil()
	return time.Date(y, m, dd, 0, 0, 0, 0, loc)
}

// String returns "YYYY-MM-DD", "YYYY-MM" or "YYYY" by precision, or "" for
// the zero Date.
func (d Date) String() string {
	return string(d.AppendTo(nil))
}

// AppendTo appends d's text form ("YYYY-MM-DD", "YYYY-MM" or "YYYY";
// nothing for the zero Date) to b and returns the extended buffer.
func (d Date) AppendTo(b []byte) []byte {
	if d.n == 0 {
		return b
	}
	y, m, dd := civilFromDays(int(d.n) - 1)
	b = appendPadded(b, y, 4)
	if d.prec == precYear {
		return b
	}
	b = append(b, '-')
	b = appendPadded(b, m, 2)
	if d.prec == precMonth {
		return b
	}
	b = append(b, '-')
	return appendPadded(b, dd, 2)
}

func appendPadded(b []byte, v, width int) []byte {
	var buf [8]byte
	i := len(buf)
	for v > 0 || width > 0 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		width--
	}
	return append(b, buf[i:]...)
}

// AppendText implements encoding.TextAppender: it appends d's text form,
// as [Date.AppendTo] does, and never fails.
func (d Date) AppendText(b []byte) ([]byte, error) { return d.AppendTo(b), nil }

// MarshalText implements encoding.TextMarshaler; the zero Date is "".
func (d Date) MarshalText() ([]byte, error) { return d.AppendTo(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler; "" yields the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// CheckDay reports a problem at p when d is not a day: ErrInvalid for a
// month or a year (an event the centre records, such as a meeting, a
// transaction or a reading, has a day), and ErrRequired for the zero Date
// when required is true. It returns nil for a day.
func CheckDay(p *Path, d Date, required bool) *Problem {
	switch {
	case d.IsZero() && required:
		return Required(p, "a day, YYYY-MM-DD")
	case d.IsZero() || d.IsExact():
		return nil
	}
	return Invalid(p, d.String(), "must be a day (YYYY-MM-DD), not a "+string(d.Precision())+
		": an event the centre records has a day")
}

// ParseError reports text that does not parse as a vocabulary value.
type ParseError struct {
	Type  string // what was being parsed: "date", "period", "ratio", ...
	Input string // the text that failed
	Msg   string // why
}

// Error implements error.
func (e *ParseError) Error() string {
	return fmt.Sprintf("vocab: invalid %s %q: %s", e.Type, e.Input, e.Msg)
}

// Is makes every ParseError match ErrInvalid.
func (e *ParseError) Is(target error) bool { return errors.Is(ErrInvalid, target) }

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// daysFromCivil returns days since 0001-01-01 (H. Hinnant's algorithm,
// shifted to that epoch).
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 306 // 0000-03-01 is day 0 of era 0; 0001-01-01 is 306 days later
}

func civilFromDays(n int) (y, m, d int) {
	z := n + 306
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}
