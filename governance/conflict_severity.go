package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// ConflictSeverity says what a conflict of interest does to a vote.
//
// Codes: "hard", "soft".
type ConflictSeverity string

// The conflict severities.
const (
	// ConflictSeverityHard recuses: the member is out of the quorum, out of
	// every denominator, and may not vote.
	ConflictSeverityHard ConflictSeverity = "hard"
	// ConflictSeveritySoft is recorded; the member still counts and votes.
	ConflictSeveritySoft ConflictSeverity = "soft"
)

var conflictSeverities = vocab.NewEnum(ConflictSeverityHard, ConflictSeveritySoft)

// ConflictSeverities returns the conflict severities: list, parse and check
// codes with it.
func ConflictSeverities() vocab.Enum[ConflictSeverity] { return conflictSeverities }

// EnumValues lists the codes, for schema export.
func (ConflictSeverity) EnumValues() []string { return conflictSeverities.Strings() }

// UnmarshalText decodes a code strictly: anything but a listed code (or
// "", the zero value) is a vocab.ErrNotSupported problem naming the codes.
func (s *ConflictSeverity) UnmarshalText(b []byte) error { return conflictSeverities.Unmarshal(s, b) }
