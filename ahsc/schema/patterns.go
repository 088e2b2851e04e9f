package schema

import (
	"strconv"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// The string patterns of the vocabulary value types. They use only the
// common subset of RE2 and ECMA-262 regular expressions (no look-around, no
// back-references), so Go, santhosh-tekuri/jsonschema and ajv agree on them.
const (
	// DatePattern matches vocab.Date text at any precision, as FHIR's date
	// type: a day "YYYY-MM-DD" that exists, a month "YYYY-MM" or a year
	// "YYYY", in years 0001 to 9999.
	DatePattern = `^(` + datePart + `|` + monthPart + `|` + year + `)$`

	// DayPattern matches vocab.Date text of a day only, "YYYY-MM-DD", for
	// exactly the days that exist in years 0001 to 9999: the schema of a
	// date field tagged `vocab:"day"`, which also carries format "date"
	// (RFC 3339 full-date) for tools that read formats.
	DayPattern = `^` + datePart + `$`

	// PeriodPattern matches vocab.Period text, "START/END" where each side
	// is a date at any precision or ".." for an open end ("2020-04-01/..",
	// "2014-04/2020-03-31").
	PeriodPattern = `^(` + datePart + `|` + monthPart + `|` + year + `|\.\.)/(` + datePart + `|` + monthPart + `|` + year + `|\.\.)$`

	// DayPeriodPattern matches vocab.Period text whose sides are days or
	// "..": the schema of a period field tagged `vocab:"day"`.
	DayPeriodPattern = `^(` + datePart + `|\.\.)/(` + datePart + `|\.\.)$`

	// StartedPeriodPattern matches the periods that need a start: a date at
	// any precision, then a date or ".." ("2020-04-01/..", "2014-04/..").
	// Fields tagged `jsonschema:"period=started"` use it.
	StartedPeriodPattern = `^(` + datePart + `|` + monthPart + `|` + year + `)/(` + datePart + `|` + monthPart + `|` + year + `|\.\.)$`

	// ClosedPeriodPattern matches the periods that need both ends, each at
	// any precision ("2024-04-01/2025-03-31", "2014-04/2020-03-31"). Fields
	// tagged `jsonschema:"period=closed"` use it.
	ClosedPeriodPattern = `^(` + datePart + `|` + monthPart + `|` + year + `)/(` + datePart + `|` + monthPart + `|` + year + `)$`

	// DayStartedPeriodPattern is [StartedPeriodPattern] for a period field
	// also tagged `vocab:"day"`: days only.
	DayStartedPeriodPattern = `^` + datePart + `/(` + datePart + `|\.\.)$`

	// DayClosedPeriodPattern is [ClosedPeriodPattern] for a period field
	// also tagged `vocab:"day"`: days only ("2024-04-01/2025-03-31").
	DayClosedPeriodPattern = `^` + datePart + `/` + datePart + `$`

	// FinancialYearPattern matches vocab.FinancialYear text, "2024-25" (or
	// "2024/25", which the parser also reads) with a first year from 0001
	// to 9998. That the second year follows the first is not expressible
	// here; validation reports it.
	FinancialYearPattern = `^(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])[-/][0-9]{2}$`

	// RatioPattern matches what vocab.ParseRatio accepts: "n/d" with a
	// positive denominator, an integer, a decimal ("0.875") or a
	// percentage ("87.5%"), each numerator optionally signed.
	RatioPattern = `^([+-]?[0-9]+/[0-9]*[1-9][0-9]*|[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)%?)$`

	// VersionPattern matches vocab.Version text, "MAJOR.MINOR" with up to
	// six digits a part and no leading zeros. The published schemas use
	// [ReadableVersionPattern] instead.
	VersionPattern = `^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$`
)

// ReadableVersionPattern returns the pattern of the versions this release
// reads: the major version of vocab.CurrentVersion with any minor version
// ("^1\.(0|[1-9][0-9]{0,5})$"). A document of another major version is
// refused by the Go decoder and by the schema alike.
func ReadableVersionPattern() string {
	return `^` + strconv.Itoa(vocab.CurrentVersion.Major()) + `\.(0|[1-9][0-9]{0,5})$`
}

// datePart is one existing date in years 0001-9999, without anchors: days
// beyond a month's length and 29 February outside leap years (proleptic
// Gregorian: every fourth year, but centuries only when divisible by 400)
// do not match, so a Period's two dates are checked exactly too.
const datePart = `(` +
	year + `-(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|` +
	year + `-(0[469]|11)-(0[1-9]|[12][0-9]|30)|` +
	year + `-02-(0[1-9]|1[0-9]|2[0-8])|` +
	leapYear + `-02-29)`

// monthPart is a month of years 0001-9999, "YYYY-MM", without anchors.
const monthPart = year + `-(0[1-9]|1[0-2])`

// year is 0001-9999; leapYear is the leap years among them.
const (
	year     = `(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})`
	leapYear = `([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)`
)

// maxSafeInteger is 2^53−1, the largest integer a JavaScript number (and
// so most JSON readers outside Go) holds exactly.
const maxSafeInteger = 1<<53 - 1
