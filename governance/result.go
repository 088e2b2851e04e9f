package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Result is what became of a motion (Popolo VoteEvent.result). It is
// computed by [Decide], never stored in a document.
//
// Codes: "passed", "failed", "inquorate", "referred", "undecidable".
type Result string

// The results.
const (
	// ResultPassed: quorate, not blocked, and the threshold was met.
	ResultPassed Result = "passed"
	// ResultFailed: quorate, but vetoed, not concurred or short of the
	// threshold.
	ResultFailed Result = "failed"
	// ResultInquorate: too few eligible members present; no vote is taken.
	ResultInquorate Result = "inquorate"
	// ResultReferred: half or more of the members hold hard conflicts, so
	// the motion goes to the body this one reports to.
	ResultReferred Result = "referred"
	// ResultUndecidable: the motion cannot be decided here and there is no
	// body to refer it to (or no voting seat is filled).
	ResultUndecidable Result = "undecidable"
)

var results = vocab.NewEnum(ResultPassed, ResultFailed, ResultInquorate, ResultReferred, ResultUndecidable)

// Results returns the results: list, parse and check codes with it.
func Results() vocab.Enum[Result] { return results }

// EnumValues lists the codes, for schema export.
func (Result) EnumValues() []string { return results.Strings() }

// UnmarshalText decodes a code strictly: anything but a listed code (or
// "", the zero value) is a vocab.ErrNotSupported problem naming the codes.
func (r *Result) UnmarshalText(b []byte) error { return results.Unmarshal(r, b) }
