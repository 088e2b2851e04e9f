package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Scope says what a cap is measured over.
type Scope string

// The scopes.
const (
	// ScopeCentre measures over the whole centre.
	ScopeCentre Scope = "centre"
	// ScopeProgramme measures each programme separately.
	ScopeProgramme Scope = "programme"
)

var scopes = vocab.NewEnum(ScopeCentre, ScopeProgramme)

// Scopes returns every scope, in declaration order.
func Scopes() []Scope { return scopes.Values() }

// ParseScope parses a scope code.
func ParseScope(s string) (Scope, error) { return scopes.Parse(s) }

// IsValid reports whether v is a known scope.
func (v Scope) IsValid() bool { return scopes.Contains(v) }

// String returns the code.
func (v Scope) String() string { return string(v) }

// EnumValues lists the allowed codes (for schema export).
func (Scope) EnumValues() []string { return scopes.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (v Scope) MarshalText() ([]byte, error) { return []byte(v), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (v *Scope) UnmarshalText(b []byte) error { return scopes.Unmarshal(v, b) }
