package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// CallType says how an award was competed for, as 360Giving's fromOpenCall.
type CallType string

// The call types.
const (
	// CallOpen is an award made through an open, competitive call.
	CallOpen CallType = "open-call"
	// CallInvited is an award made by invitation or direct negotiation.
	CallInvited CallType = "invited"
)

var callTypes = vocab.NewEnum(CallOpen, CallInvited)

// CallTypes returns every call type, in declaration order.
func CallTypes() []CallType { return callTypes.Values() }

// ParseCallType parses a call type code.
func ParseCallType(s string) (CallType, error) { return callTypes.Parse(s) }

// IsValid reports whether v is a known call type.
func (v CallType) IsValid() bool { return callTypes.Contains(v) }

// String returns the code.
func (v CallType) String() string { return string(v) }

// EnumValues lists the allowed codes (for schema export).
func (CallType) EnumValues() []string { return callTypes.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (v CallType) MarshalText() ([]byte, error) { return []byte(v), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (v *CallType) UnmarshalText(b []byte) error { return callTypes.Unmarshal(v, b) }
