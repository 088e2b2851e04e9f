package vocab

// ProblemType classifies a validation problem. Each ProblemType is itself an
// error, so the constants below are the sentinels callers match with
// errors.Is: errors.Is(err, vocab.ErrDuplicate).
//
// Codes: "required", "invalid", "not-supported", "duplicate", "not-found",
// "forbidden", "out-of-range", "type-invalid", "unknown-field", "syntax".
type ProblemType string

// The problem types. Their values are stable kebab-case codes, used in JSON
// reports.
const (
	// ErrRequired: a required value is missing or zero.
	ErrRequired ProblemType = "required"
	// ErrInvalid: a value is malformed or inconsistent with its neighbours.
	ErrInvalid ProblemType = "invalid"
	// ErrNotSupported: a value is not one of an enumerated set; the problem
	// lists what is allowed.
	ErrNotSupported ProblemType = "not-supported"
	// ErrDuplicate: a value that must be unique appears again.
	ErrDuplicate ProblemType = "duplicate"
	// ErrNotFound: a reference names something that does not exist (or does
	// not exist at the referencing date).
	ErrNotFound ProblemType = "not-found"
	// ErrForbidden: a value is well formed but not allowed here.
	ErrForbidden ProblemType = "forbidden"
	// ErrOutOfRange: a number, date or size lies outside its allowed range.
	ErrOutOfRange ProblemType = "out-of-range"
	// ErrTypeInvalid: a JSON value has the wrong type (a string where a
	// number belongs). Reported by strict decoding.
	ErrTypeInvalid ProblemType = "type-invalid"
	// ErrUnknownField: a JSON object has a key the type does not define,
	// including a key that differs from a known one only in case.
	ErrUnknownField ProblemType = "unknown-field"
	// ErrSyntax: the input is not well-formed JSON, or has trailing data.
	ErrSyntax ProblemType = "syntax"
)

var problemTypes = NewEnum(ErrRequired, ErrInvalid, ErrNotSupported, ErrDuplicate, ErrNotFound,
	ErrForbidden, ErrOutOfRange, ErrTypeInvalid, ErrUnknownField, ErrSyntax)

// ProblemTypes returns the enum of every problem type, in declaration order.
func ProblemTypes() Enum[ProblemType] { return problemTypes }

// EnumValues lists the allowed codes (for schema export).
func (ProblemType) EnumValues() []string { return problemTypes.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; unknown codes are an
// ErrNotSupported problem listing the allowed ones.
func (t *ProblemType) UnmarshalText(b []byte) error { return problemTypes.Unmarshal(t, b) }

// Error returns a human-readable description of the type, such as "required value".
func (t ProblemType) Error() string {
	switch t {
	case ErrRequired:
		return "required value"
	case ErrInvalid:
		return "invalid value"
	case ErrNotSupported:
		return "unsupported value"
	case ErrDuplicate:
		return "duplicate value"
	case ErrNotFound:
		return "not found"
	case ErrForbidden:
		return "forbidden"
	case ErrOutOfRange:
		return "out of range"
	case ErrTypeInvalid:
		return "invalid type"
	case ErrUnknownField:
		return "unknown field"
	case ErrSyntax:
		return "syntax error"
	}
	return string(t)
}

// Severity says whether a problem makes a document invalid.
//
// Codes: "error", "warning".
type Severity string

const (
	// SeverityError makes the document invalid; [Problems.Err] reports it.
	SeverityError Severity = "error"
	// SeverityWarning is reported but does not make the document invalid.
	SeverityWarning Severity = "warning"
)

var severities = NewEnum(SeverityError, SeverityWarning)

// Severities returns the enum of both severities.
func Severities() Enum[Severity] { return severities }

// EnumValues lists the allowed codes (for schema export).
func (Severity) EnumValues() []string { return severities.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; unknown codes are an
// ErrNotSupported problem listing the allowed ones.
func (s *Severity) UnmarshalText(b []byte) error { return severities.Unmarshal(s, b) }
