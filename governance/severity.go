package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// ConflictSeverity says what a conflict of interest does to a vote.
type ConflictSeverity string

// The severities.
const (
	// Hard conflicts recuse: the member is out of the quorum, out of every
	// denominator, and may not vote.
	Hard ConflictSeverity = "hard"
	// Soft conflicts are recorded; the member still counts and votes.
	Soft ConflictSeverity = "soft"
)

var severities = vocab.NewEnum(Hard, Soft)

// ConflictSeverities returns both severities.
func ConflictSeverities() []ConflictSeverity { return severities.Values() }

// ParseConflictSeverity returns text as a ConflictSeverity, or an error listing the allowed codes.
func ParseConflictSeverity(text string) (ConflictSeverity, error) { return severities.Parse(text) }

// IsValid reports whether s is a known severity.
func (s ConflictSeverity) IsValid() bool { return severities.Contains(s) }

// String returns the code.
func (s ConflictSeverity) String() string { return string(s) }

// EnumValues lists the allowed codes (for schema export).
func (ConflictSeverity) EnumValues() []string { return severities.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (s ConflictSeverity) MarshalText() ([]byte, error) { return []byte(s), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *ConflictSeverity) UnmarshalText(b []byte) error { return severities.Unmarshal(s, b) }
