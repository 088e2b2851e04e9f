package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// InterestKind is the nature of a person's interest in an organisation.
type InterestKind string

// The interest kinds.
const (
	InterestFinancial  InterestKind = "financial"  // shares, payments, grants
	InterestEmployment InterestKind = "employment" // employee or officer
	InterestAdvisory   InterestKind = "advisory"   // advisory-board or consultancy role
	InterestFamily     InterestKind = "family"     // a close family member's interest
)

var interestKinds = vocab.NewEnum(InterestFinancial, InterestEmployment, InterestAdvisory, InterestFamily)

// InterestKinds returns every interest kind.
func InterestKinds() []InterestKind { return interestKinds.Values() }

// ParseInterestKind returns text as an InterestKind, or an error listing the allowed codes.
func ParseInterestKind(text string) (InterestKind, error) { return interestKinds.Parse(text) }

// IsValid reports whether k is a known interest kind.
func (k InterestKind) IsValid() bool { return interestKinds.Contains(k) }

// String returns the code.
func (k InterestKind) String() string { return string(k) }

// EnumValues lists the allowed codes (for schema export).
func (InterestKind) EnumValues() []string { return interestKinds.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (k InterestKind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *InterestKind) UnmarshalText(b []byte) error { return interestKinds.Unmarshal(k, b) }
