package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Cadence is how often something recurs: a body's meetings or a KPI's
// reporting.
//
// Codes: "monthly", "bi-monthly", "quarterly", "half-yearly", "annual".
type Cadence string

// The cadences.
const (
	// CadenceMonthly is every month.
	CadenceMonthly Cadence = "monthly"
	// CadenceBiMonthly is every two months.
	CadenceBiMonthly Cadence = "bi-monthly"
	// CadenceQuarterly is every three months.
	CadenceQuarterly Cadence = "quarterly"
	// CadenceHalfYearly is every six months.
	CadenceHalfYearly Cadence = "half-yearly"
	// CadenceAnnual is every year.
	CadenceAnnual Cadence = "annual"
)

var cadences = vocab.NewEnum(CadenceMonthly, CadenceBiMonthly, CadenceQuarterly, CadenceHalfYearly, CadenceAnnual)

// Cadences returns the cadences: list, parse and check codes with it.
func Cadences() vocab.Enum[Cadence] { return cadences }

// EnumValues lists the codes, for schema export.
func (Cadence) EnumValues() []string { return cadences.Strings() }

// UnmarshalText decodes a code strictly: anything but a listed code (or
// "", the zero value) is a vocab.ErrNotSupported problem naming the codes.
func (c *Cadence) UnmarshalText(b []byte) error { return cadences.Unmarshal(c, b) }
