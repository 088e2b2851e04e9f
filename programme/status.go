package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Status is a programme's state in its lifecycle. "active", "completed"
// and "withdrawn" are FHIR research-study-status codes; FHIR has no code
// for the other states a portfolio needs, so they are kebab-case words.
type Status string

// The programme statuses.
const (
	// StatusProposed: proposed, not yet started.
	StatusProposed Status = "proposed"
	// StatusActive: running.
	StatusActive Status = "active"
	// StatusPaused: temporarily stopped; it may become active again.
	StatusPaused Status = "paused"
	// StatusClosed: closed to new participants or work, finishing off.
	StatusClosed Status = "closed"
	// StatusCompleted: finished as planned. Nothing follows it.
	StatusCompleted Status = "completed"
	// StatusWithdrawn: stopped before completion. Nothing follows it.
	StatusWithdrawn Status = "withdrawn"
)

var statuses = vocab.NewEnum(StatusProposed, StatusActive, StatusPaused, StatusClosed, StatusCompleted, StatusWithdrawn)

// Statuses returns every status in lifecycle order.
func Statuses() []Status { return statuses.Values() }

// ParseStatus returns text as a Status, or an error listing the allowed codes.
func ParseStatus(text string) (Status, error) { return statuses.Parse(text) }

// IsValid reports whether s is a known status.
func (s Status) IsValid() bool { return statuses.Contains(s) }

// IsFinal reports whether s ends the programme (completed or withdrawn).
func (s Status) IsFinal() bool { return s == StatusCompleted || s == StatusWithdrawn }

// String returns the code.
func (s Status) String() string { return string(s) }

// EnumValues lists the allowed codes (for schema export).
func (Status) EnumValues() []string { return statuses.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (s Status) MarshalText() ([]byte, error) { return []byte(s), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Status) UnmarshalText(b []byte) error { return statuses.Unmarshal(s, b) }
