package vocab

import (
	"strconv"
	"strings"
)

// Version is a document format version, "MAJOR.MINOR". Every top-level
// document carries one, so strict decoding stays forward-compatible: a
// reader rejects an unknown major version outright, and skips unknown
// fields in a document of a newer minor version with a warning for each
// instead of rejecting them.
type Version string

// CurrentVersion is the format version this release writes.
const CurrentVersion Version = "1.0"

// ParseVersion parses "MAJOR.MINOR".
func ParseVersion(s string) (Version, error) {
	if _, _, ok := Version(s).parts(); !ok {
		return "", &ParseError{Type: "version", Input: s, Msg: `want "MAJOR.MINOR", such as "1.0"`}
	}
	return Version(s), nil
}

func (v Version) parts() (major, minor int, ok bool) {
	a, b, found := strings.Cut(string(v), ".")
	if !found || a == "" || b == "" || (len(a) > 1 && a[0] == '0') || (len(b) > 1 && b[0] == '0') {
		return 0, 0, false
	}
	major, ok1 := digits(a)
	minor, ok2 := digits(b)
	if !ok1 || !ok2 || len(a) > 6 || len(b) > 6 {
		return 0, 0, false
	}
	return major, minor, true
}

// Major returns the major version, or -1 when v is malformed.
func (v Version) Major() int {
	m, _, ok := v.parts()
	if !ok {
		return -1
	}
	return m
}

// IsNewerMinor reports whether v has the current major version and a later
// minor version: a document written by a newer release of this library.
func (v Version) IsNewerMinor() bool {
	m, n, ok := v.parts()
	cm, cn, _ := CurrentVersion.parts()
	return ok && m == cm && n > cn
}

// String returns v.
func (v Version) String() string { return string(v) }

// Problems reports at p a missing or malformed version, or an unsupported
// major version.
func (v Version) Problems(p *Path) Problems {
	switch {
	case v == "":
		return Problems{Required(p, `a format version such as "`+string(CurrentVersion)+`"`)}
	case v.Major() < 0:
		return Problems{Invalid(p, string(v), `want "MAJOR.MINOR"`)}
	case v.Major() != CurrentVersion.Major():
		return Problems{&Problem{Path: p, Type: ErrNotSupported, Severity: SeverityError, Value: string(v),
			Detail: "this release reads major version " + strconv.Itoa(CurrentVersion.Major())}}
	}
	return nil
}
