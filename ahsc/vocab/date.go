package vocab

import (
	"errors"
	"fmt"
	"time"
)

// Date is a civil (calendar) date with no time of day and no time zone, in
// the proleptic Gregorian calendar, years 1 to 9999. Its text form is ISO
// 8601 "2009-03-09". The zero Date is "no date": IsZero reports true, it
// marshals to "" and sorts before every real date. Dates are comparable
// with == and ordered by [Date.Compare].
type Date struct {
	n int32 // days since 0001-01-01, plus one; 0 is the zero Date
}

const maxDays = 3652059 // days from 0001-01-01 to 9999-12-31, inclusive

// DateOf returns the date y-m-d. It reports an error when the date does not
// exist (2023-02-29) or lies outside years 1..9999.
func DateOf(y int, m time.Month, d int) (Date, error) {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return Date{}, fmt.Errorf("vocab: no such date %04d-%02d-%02d", y, int(m), d)
	}
	return Date{n: int32(daysFromCivil(y, int(m), d)) + 1}, nil
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

// DateFromTime returns the civil date of t in t's location.
func DateFromTime(t time.Time) Date {
	y, m, d := t.Date()
	dt, _ := DateOf(y, m, d)
	return dt
}

// ParseDate parses an ISO 8601 calendar date "YYYY-MM-DD".
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &ParseError{Type: "date", Input: s, Msg: "want YYYY-MM-DD"}
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, &ParseError{Type: "date", Input: s, Msg: "want YYYY-MM-DD"}
	}
	dt, err := DateOf(y, time.Month(m), d)
	if err != nil {
		return Date{}, &ParseError{Type: "date", Input: s, Msg: "no such day"}
	}
	return dt, nil
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

// Civil returns the year, month and day of d; all zero for the zero Date.
func (d Date) Civil() (year int, month time.Month, day int) {
	if d.n == 0 {
		return 0, 0, 0
	}
	y, m, dd := civilFromDays(int(d.n) - 1)
	return y, time.Month(m), dd
}

// Year returns d's year (0 for the zero Date).
func (d Date) Year() int { y, _, _ := d.Civil(); return y }

// Month returns d's month (0 for the zero Date).
func (d Date) Month() time.Month { _, m, _ := d.Civil(); return m }

// Day returns d's day of the month (0 for the zero Date).
func (d Date) Day() int { _, _, dd := d.Civil(); return dd }

// Weekday returns d's day of the week. 0001-01-01 (n = 1) was a Monday, so
// n mod 7 is the weekday directly. The zero Date reports Sunday.
func (d Date) Weekday() time.Weekday { return time.Weekday(int(d.n) % 7) }

// AddDays returns d moved by n days (n may be negative). Results outside
// years 1..9999 saturate at the ends of that range; the zero Date stays zero.
func (d Date) AddDays(n int) Date {
	if d.n == 0 {
		return d
	}
	v := int64(d.n) + int64(n)
	v = min(max(v, 1), maxDays)
	return Date{n: int32(v)}
}

// DaysSince returns the number of days from e to d (negative when d is
// earlier). Both must be non-zero for the answer to mean anything.
func (d Date) DaysSince(e Date) int { return int(d.n) - int(e.n) }

// Compare returns -1, 0 or +1 as d is before, equal to or after e. The zero
// Date sorts first.
func (d Date) Compare(e Date) int {
	switch {
	case d.n < e.n:
		return -1
	case d.n > e.n:
		return 1
	}
	return 0
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.n < e.n }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.n > e.n }

// Equal reports whether d and e are the same date. (== works too.)
func (d Date) Equal(e Date) bool { return d.n == e.n }

// Time returns midnight at the start of d in loc.
func (d Date) Time(loc *time.Location) time.Time {
	y, m, dd := d.Civil()
	return time.Date(y, m, dd, 0, 0, 0, 0, loc)
}

// String returns "YYYY-MM-DD", or "" for the zero Date.
func (d Date) String() string {
	return string(d.AppendTo(nil))
}

// AppendTo appends d's text form ("YYYY-MM-DD", nothing for the zero Date)
// to b and returns the extended buffer.
func (d Date) AppendTo(b []byte) []byte {
	if d.n == 0 {
		return b
	}
	y, m, dd := d.Civil()
	b = appendPadded(b, y, 4)
	b = append(b, '-')
	b = appendPadded(b, int(m), 2)
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
