package vocab

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Problem is one validation finding: where it is, what kind it is, what was
// wrong and, where useful, what was allowed. It implements error and unwraps
// to its [ProblemType] (and to Cause, if any), so errors.Is matches the kind.
type Problem struct {
	// Path locates the offending value; nil is the document root.
	Path *Path
	// Type classifies the problem.
	Type ProblemType
	// Severity is SeverityError unless the problem is only a warning.
	Severity Severity
	// Value is the offending value, when there is one worth showing.
	Value any
	// Detail says what was wrong, in one sentence without a trailing period.
	Detail string
	// Allowed lists the permitted values, for ErrNotSupported and similar.
	Allowed []string
	// Cause is an underlying error, such as a parse error.
	Cause error
	// Position is where the offending value starts in the decoded input;
	// the zero Position (unknown) for problems of values built in Go.
	Position Position
}

// Position locates a problem in the JSON text it was decoded from. Offset
// counts bytes from the start of the input (0-based); Line and Column are
// 1-based, and Column counts Unicode characters (a tab is one). For an
// object member it is the position of the member's key; for an array element
// or the root, of the value. The zero Position means unknown.
type Position struct {
	// Offset is the byte offset from the start of the input, from 0.
	Offset int64
	// Line is the line number, from 1.
	Line int
	// Column is the column in Unicode characters, from 1.
	Column int
}

// IsValid reports whether p is known (Line > 0).
func (p Position) IsValid() bool { return p.Line > 0 }

// String renders p as "line 50, column 9", or "" when unknown.
func (p Position) String() string {
	if !p.IsValid() {
		return ""
	}
	return "line " + strconv.Itoa(p.Line) + ", column " + strconv.Itoa(p.Column)
}

// Field returns the problem's path in field style (partners[2].name).
func (p *Problem) Field() string { return p.Path.String() }

// Pointer returns the problem's path as a JSON Pointer (/partners/2/name).
func (p *Problem) Pointer() string { return p.Path.JSONPointer() }

// IsWarning reports whether the problem is only a warning.
func (p *Problem) IsWarning() bool { return p.Severity == SeverityWarning }

// Error renders the problem on one line:
//
//	partners[2].kind: unsupported value: "uni": supported values: "university", "nhs-trust"
func (p *Problem) Error() string {
	var b strings.Builder
	if p.Severity == SeverityWarning {
		b.WriteString("warning: ")
	}
	if f := p.Field(); f != "" {
		b.WriteString(f)
		b.WriteString(": ")
	}
	b.WriteString(p.Type.Error())
	if p.Value != nil {
		b.WriteString(": ")
		b.WriteString(quoteValue(p.Value))
	}
	if p.Detail != "" {
		b.WriteString(": ")
		b.WriteString(p.Detail)
	}
	if len(p.Allowed) > 0 {
		b.WriteString(": supported values: ")
		for i, a := range p.Allowed {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(strconv.Quote(a))
		}
	}
	if p.Cause != nil && p.Detail == "" {
		b.WriteString(": ")
		b.WriteString(p.Cause.Error())
	}
	return b.String()
}

func quoteValue(v any) string {
	switch v := v.(type) {
	case string:
		return strconv.Quote(v)
	case fmt.Stringer:
		return strconv.Quote(v.String())
	}
	return fmt.Sprint(v)
}

// Unwrap returns the problem's type and cause, so errors.Is matches either.
func (p *Problem) Unwrap() []error {
	if p.Cause != nil {
		return []error{p.Type, p.Cause}
	}
	return []error{p.Type}
}

// WithPath returns a copy of p whose path is prefix followed by p's path.
// A cause that is itself a *Problem (a knock-on's, see [KnockOn]) is
// moved below prefix too.
func (p *Problem) WithPath(prefix *Path) *Problem {
	q := *p
	q.Path = prefix.Concat(p.Path)
	if c, ok := p.Cause.(*Problem); ok && c != p {
		q.Cause = c.WithPath(prefix)
	}
	return &q
}

// problemJSON is the wire form of a Problem.
type problemJSON struct {
	Path     string        `json:"path"`
	Pointer  string        `json:"pointer"`
	Type     string        `json:"type"`
	Severity string        `json:"severity"`
	Value    string        `json:"value,omitempty"`
	Detail   string        `json:"detail,omitempty"`
	Allowed  []string      `json:"allowed,omitempty"`
	Message  string        `json:"message"`
	Position *positionJSON `json:"position,omitempty"`
}

// positionJSON is the wire form of a known Position.
type positionJSON struct {
	Offset int64 `json:"offset"`
	Line   int   `json:"line"`
	Column int   `json:"column"`
}

// MarshalJSON encodes the problem for reports: path, pointer, type, severity,
// value, detail, allowed values, the full message and, when known, the
// position as {"offset":…,"line":…,"column":…} (omitted when unknown).
func (p *Problem) MarshalJSON() ([]byte, error) {
	w := problemJSON{
		Path: p.Field(), Pointer: p.Pointer(), Type: string(p.Type),
		Severity: string(p.severity()), Detail: p.Detail, Allowed: p.Allowed, Message: p.Error(),
	}
	if p.Value != nil {
		w.Value = fmt.Sprint(p.Value) // verbatim: JSON does the quoting
	}
	if p.Position.IsValid() {
		w.Position = &positionJSON{p.Position.Offset, p.Position.Line, p.Position.Column}
	}
	return json.Marshal(w)
}

func (p *Problem) severity() Severity {
	if p.Severity == "" {
		return SeverityError
	}
	return p.Severity
}

// Required reports a missing value at path.
func Required(path *Path, detail string) *Problem {
	return &Problem{Path: path, Type: ErrRequired, Severity: SeverityError, Detail: detail}
}

// Invalid reports a malformed or inconsistent value at path.
func Invalid(path *Path, value any, detail string) *Problem {
	return &Problem{Path: path, Type: ErrInvalid, Severity: SeverityError, Value: value, Detail: detail}
}

// NotSupported reports a value at path that is not one of allowed.
func NotSupported[T ~string](path *Path, value any, allowed []T) *Problem {
	a := make([]string, len(allowed))
	for i, v := range allowed {
		a[i] = string(v)
	}
	return &Problem{Path: path, Type: ErrNotSupported, Severity: SeverityError, Value: value, Allowed: a}
}

// Duplicate reports a repeated value at path; detail usually names the first
// occurrence.
func Duplicate(path *Path, value any, detail string) *Problem {
	return &Problem{Path: path, Type: ErrDuplicate, Severity: SeverityError, Value: value, Detail: detail}
}

// NotFound reports a reference at path to something that does not exist.
func NotFound(path *Path, value any, detail string) *Problem {
	return &Problem{Path: path, Type: ErrNotFound, Severity: SeverityError, Value: value, Detail: detail}
}

// Forbidden reports a well-formed value at path that is not allowed there.
func Forbidden(path *Path, detail string) *Problem {
	return &Problem{Path: path, Type: ErrForbidden, Severity: SeverityError, Detail: detail}
}

// OutOfRange reports a value at path outside its allowed range, described by detail.
func OutOfRange(path *Path, value any, detail string) *Problem {
	return &Problem{Path: path, Type: ErrOutOfRange, Severity: SeverityError, Value: value, Detail: detail}
}

// AsWarning returns p with its severity lowered to a warning; it returns p
// itself so constructors chain: vocab.Invalid(...).AsWarning().
func (p *Problem) AsWarning() *Problem {
	p.Severity = SeverityWarning
	return p
}
