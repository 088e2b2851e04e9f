package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Cadence is how often something recurs: a body's meetings or a KPI's
// reporting.
type Cadence string

// The cadences.
const (
	Monthly    Cadence = "monthly"
	BiMonthly  Cadence = "bi-monthly" // every two months
	Quarterly  Cadence = "quarterly"
	HalfYearly Cadence = "half-yearly"
	Annual     Cadence = "annual"
)

var cadences = vocab.NewEnum(Monthly, BiMonthly, Quarterly, HalfYearly, Annual)

// Cadences returns every cadence.
func Cadences() []Cadence { return cadences.Values() }

// ParseCadence returns text as a Cadence, or an error listing the allowed codes.
func ParseCadence(text string) (Cadence, error) { return cadences.Parse(text) }

// IsValid reports whether c is a known cadence.
func (c Cadence) IsValid() bool { return cadences.Contains(c) }

// String returns the code.
func (c Cadence) String() string { return string(c) }

// EnumValues lists the allowed codes (for schema export).
func (Cadence) EnumValues() []string { return cadences.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (c Cadence) MarshalText() ([]byte, error) { return []byte(c), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Cadence) UnmarshalText(b []byte) error { return cadences.Unmarshal(c, b) }
