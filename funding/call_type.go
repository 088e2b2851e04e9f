package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// CallType says how an award was competed for, as 360Giving's fromOpenCall
// (the 360Giving Data Standard,
// https://standard.threesixtygiving.org).
//
// Codes: "open-call", "invited".
type CallType string

// The call types.
const (
	// CallTypeOpen is an award made through an open, competitive call.
	CallTypeOpen CallType = "open-call"
	// CallTypeInvited is an award made by invitation or direct negotiation.
	CallTypeInvited CallType = "invited"
)

var callTypes = vocab.NewEnum(CallTypeOpen, CallTypeInvited)

// CallTypes returns the enum of call types, for listing, parsing and
// checking.
func CallTypes() vocab.Enum[CallType] { return callTypes }

// EnumValues lists the allowed codes (for schema export).
func (CallType) EnumValues() []string { return callTypes.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; unknown codes are an
// ErrNotSupported problem listing the allowed ones.
func (v *CallType) UnmarshalText(b []byte) error { return callTypes.Unmarshal(v, b) }
