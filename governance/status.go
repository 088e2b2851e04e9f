package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Status is the result of a motion.
type Status string

// The statuses.
const (
	// StatusPassed: quorate, not blocked, and the threshold was met.
	StatusPassed Status = "passed"
	// StatusFailed: quorate, but vetoed, not concurred or short of the threshold.
	StatusFailed Status = "failed"
	// StatusInquorate: too few eligible members present; no vote is taken.
	StatusInquorate Status = "inquorate"
	// StatusReferred: half or more of the eligible members hold hard
	// conflicts, so the motion goes to the body this one reports to.
	StatusReferred Status = "referred"
	// StatusUndecidable: the motion cannot be decided here and there is no
	// body to refer it to (or no eligible member at all).
	StatusUndecidable Status = "undecidable"
)

var statuses = vocab.NewEnum(StatusPassed, StatusFailed, StatusInquorate, StatusReferred, StatusUndecidable)

// Statuses returns every status.
func Statuses() []Status { return statuses.Values() }

// ParseStatus returns text as a Status, or an error listing the allowed codes.
func ParseStatus(text string) (Status, error) { return statuses.Parse(text) }

// IsValid reports whether s is a known status.
func (s Status) IsValid() bool { return statuses.Contains(s) }

// String returns the code.
func (s Status) String() string { return string(s) }

// EnumValues lists the allowed codes (for schema export).
func (Status) EnumValues() []string { return statuses.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (s Status) MarshalText() ([]byte, error) { return []byte(s), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Status) UnmarshalText(b []byte) error { return statuses.Unmarshal(s, b) }
