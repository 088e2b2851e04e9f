package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// InterestKind is the nature of a person's interest in an organisation.
//
// Codes: "financial", "employment", "advisory", "family".
type InterestKind string

// The interest kinds.
const (
	// InterestKindFinancial is shares, payments or grants.
	InterestKindFinancial InterestKind = "financial"
	// InterestKindEmployment is being an employee or officer.
	InterestKindEmployment InterestKind = "employment"
	// InterestKindAdvisory is an advisory-board or consultancy role.
	InterestKindAdvisory InterestKind = "advisory"
	// InterestKindFamily is a close family member's interest.
	InterestKindFamily InterestKind = "family"
)

var interestKinds = vocab.NewEnum(InterestKindFinancial, InterestKindEmployment, InterestKindAdvisory, InterestKindFamily)

// InterestKinds returns the interest kinds: list, parse and check codes
// with it.
func InterestKinds() vocab.Enum[InterestKind] { return interestKinds }

// EnumValues lists the codes, for schema export.
func (InterestKind) EnumValues() []string { return interestKinds.Strings() }

// UnmarshalText decodes a code strictly: anything but a listed code (or
// "", the zero value) is a vocab.ErrNotSupported problem naming the codes.
func (k *InterestKind) UnmarshalText(b []byte) error { return interestKinds.Unmarshal(k, b) }
