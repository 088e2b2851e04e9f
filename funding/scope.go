package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Scope says what a cap on shares of money is measured over.
//
// Codes: "centre", "programme".
type Scope string

// The scopes.
const (
	// ScopeCentre measures over the whole centre.
	ScopeCentre Scope = "centre"
	// ScopeProgramme measures each programme separately.
	ScopeProgramme Scope = "programme"
)

var scopes = vocab.NewEnum(ScopeCentre, ScopeProgramme)

// Scopes returns the enum of scopes, for listing, parsing and checking.
func Scopes() vocab.Enum[Scope] { return scopes }

// EnumValues lists the allowed codes (for schema export).
func (Scope) EnumValues() []string { return scopes.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; unknown codes are an
// ErrNotSupported problem listing the allowed ones.
func (v *Scope) UnmarshalText(b []byte) error { return scopes.Unmarshal(v, b) }
