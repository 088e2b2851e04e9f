package vocab

import (
	"strconv"
	"time"
)

// FinancialYear is a UK public-sector financial year, 1 April to 31 March,
// named by the calendar year it starts in: FinancialYear(2024) runs from
// 2024-04-01 to 2025-03-31. Its text form is HM Treasury style "2024-25".
// The zero FinancialYear is "no year": it marshals to "".
type FinancialYear int

// FinancialYearOf returns the financial year containing d's first day (zero
// for the zero Date); [FinancialYear.Contains] says whether all of a partial
// date falls in one year.
func FinancialYearOf(d Date) FinancialYear {
	if d.IsZero() {
		return 0
	}
	y, m, _ := d.First().Civil()
	if m < time.April {
		y--
	}
	return FinancialYear(y)
}

// ParseFinancialYear parses "2024-25" (also "2024/25"); the second part must
// be the two-digit year after the first. The year 9999-00 is not representable.
func ParseFinancialYear(s string) (FinancialYear, error) {
	bad := &ParseError{Type: "financial year", Input: s, Msg: `want YYYY-YY, such as "2024-25"`}
	if len(s) != 7 || (s[4] != '-' && s[4] != '/') {
		return 0, bad
	}
	y, ok1 := digits(s[:4])
	n, ok2 := digits(s[5:])
	if !ok1 || !ok2 || y < 1 || y >= 9999 {
		return 0, bad
	}
	if (y+1)%100 != n {
		return 0, &ParseError{Type: "financial year", Input: s, Msg: "second year must follow the first"}
	}
	return FinancialYear(y), nil
}

// MustParseFinancialYear is like [ParseFinancialYear] but panics on error.
func MustParseFinancialYear(s string) FinancialYear {
	fy, err := ParseFinancialYear(s)
	if err != nil {
		panic(err)
	}
	return fy
}

// IsZero reports whether fy is the zero FinancialYear.
func (fy FinancialYear) IsZero() bool { return fy == 0 }

// IsValid reports whether fy starts in years 1..9998.
func (fy FinancialYear) IsValid() bool { return fy >= 1 && fy <= 9998 }

// Start returns 1 April of fy's first year.
func (fy FinancialYear) Start() Date {
	d, _ := DateOf(int(fy), time.April, 1)
	return d
}

// End returns 31 March of fy's second year.
func (fy FinancialYear) End() Date {
	d, _ := DateOf(int(fy)+1, time.March, 31)
	return d
}

// Period returns fy as a closed period.
func (fy FinancialYear) Period() Period { return Period{Start: fy.Start(), End: fy.End()} }

// Contains reports whether d certainly falls in fy: every day d may be.
func (fy FinancialYear) Contains(d Date) bool {
	return !d.IsZero() && FinancialYearOf(d) == fy && FinancialYearOf(d.Last()) == fy
}

// Next returns the following financial year.
func (fy FinancialYear) Next() FinancialYear { return fy + 1 }

// String returns "2024-25", or "" for an invalid year.
func (fy FinancialYear) String() string { return string(fy.AppendTo(nil)) }

// AppendTo appends fy's text form ("2024-25") to b, nothing for an invalid
// year, and returns the extended buffer.
func (fy FinancialYear) AppendTo(b []byte) []byte {
	if !fy.IsValid() {
		return b
	}
	b = appendPadded(b, int(fy), 4)
	b = append(b, '-')
	return appendPadded(b, (int(fy)+1)%100, 2)
}

// AppendText implements encoding.TextAppender: it appends fy's text form,
// nothing for the zero year, and fails for a year out of range.
func (fy FinancialYear) AppendText(b []byte) ([]byte, error) {
	if !fy.IsValid() && !fy.IsZero() {
		return b, &ParseError{Type: "financial year", Input: strconv.Itoa(int(fy)), Msg: "out of range"}
	}
	return fy.AppendTo(b), nil
}

// MarshalText implements encoding.TextMarshaler; the zero year is "".
func (fy FinancialYear) MarshalText() ([]byte, error) { return fy.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler; "" yields the zero year.
func (fy *FinancialYear) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*fy = 0
		return nil
	}
	v, err := ParseFinancialYear(string(b))
	if err != nil {
		return err
	}
	*fy = v
	return nil
}
