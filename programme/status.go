package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Status is a programme's state in its lifecycle; in this package "status"
// always means this (red/amber/green assessments are called RAG). "active",
// "completed" and "withdrawn" are FHIR research-study-status codes
// (http://hl7.org/fhir/ValueSet/research-study-status); FHIR has no code
// for the other states a portfolio needs, so they are kebab-case words.
// "completed" and "withdrawn" are final: nothing follows them in a
// timeline.
//
// Codes: "proposed", "active", "paused", "closed", "completed", "withdrawn".
type Status string

// The programme statuses, in lifecycle order.
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

// Statuses returns the enum of programme statuses, in lifecycle order, for
// listing, parsing and checking.
func Statuses() vocab.Enum[Status] { return statuses }

// EnumValues lists the allowed codes (for schema export).
func (Status) EnumValues() []string { return statuses.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// ErrNotSupported problem listing the allowed ones.
func (s *Status) UnmarshalText(b []byte) error { return statuses.Unmarshal(s, b) }

// isFinal reports whether s ends the programme (completed or withdrawn).
func isFinal(s Status) bool { return s == StatusCompleted || s == StatusWithdrawn }
