package scenario

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// ReportingPeriod is the period output rows aggregate weeks into. A week
// belongs to the period containing its first day.
//
// Codes: "financial-year", "week".
type ReportingPeriod string

// The reporting periods.
const (
	// FinancialYear is the UK financial year, 1 April to 31 March, labelled
	// "2026-27" ([vocab.FinancialYear]). The first and last may be partial.
	FinancialYear ReportingPeriod = "financial-year"
	// Week is each simulated week, labelled by its first day ("2026-04-01").
	Week ReportingPeriod = "week"
)

var reportingPeriods = vocab.NewEnum(FinancialYear, Week)

// ReportingPeriods returns the enum of reporting periods.
func ReportingPeriods() vocab.Enum[ReportingPeriod] { return reportingPeriods }

// EnumValues lists the allowed codes (for schema export).
func (ReportingPeriod) EnumValues() []string { return reportingPeriods.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *ReportingPeriod) UnmarshalText(b []byte) error { return reportingPeriods.Unmarshal(r, b) }
