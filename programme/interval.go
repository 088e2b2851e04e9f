package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Interval is the length of time a rate is stated per: a facility's
// capacity and a pathway's referral demand are so many per week (the
// interval the 18-week and 62-day standards are counted in), per month and
// so on.
//
// Codes: "day", "week", "month", "quarter", "year".
type Interval string

// The intervals.
const (
	// IntervalDay is per day.
	IntervalDay Interval = "day"
	// IntervalWeek is per week.
	IntervalWeek Interval = "week"
	// IntervalMonth is per calendar month.
	IntervalMonth Interval = "month"
	// IntervalQuarter is per quarter (three calendar months).
	IntervalQuarter Interval = "quarter"
	// IntervalYear is per year.
	IntervalYear Interval = "year"
)

var intervals = vocab.NewEnum(IntervalDay, IntervalWeek, IntervalMonth, IntervalQuarter, IntervalYear)

// Intervals returns the enum of intervals, in declaration order, for
// listing, parsing and checking.
func Intervals() vocab.Enum[Interval] { return intervals }

// EnumValues lists the allowed codes (for schema export).
func (Interval) EnumValues() []string { return intervals.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// ErrNotSupported problem listing the allowed ones.
func (v *Interval) UnmarshalText(b []byte) error { return intervals.Unmarshal(v, b) }
