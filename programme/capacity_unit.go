package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// CapacityUnit is what a facility's capacity, and a pathway's need of it,
// is counted in.
//
// Codes: "scans", "bed-days", "clinic-slots", "theatre-sessions",
// "trial-places", "samples", "tests".
type CapacityUnit string

// The capacity units.
const (
	// CapacityUnitScans counts imaging examinations (an MRI or CT scan).
	CapacityUnitScans CapacityUnit = "scans"
	// CapacityUnitBedDays counts beds occupied for a day.
	CapacityUnitBedDays CapacityUnit = "bed-days"
	// CapacityUnitClinicSlots counts outpatient or clinical research
	// facility appointments.
	CapacityUnitClinicSlots CapacityUnit = "clinic-slots"
	// CapacityUnitTheatreSessions counts operating theatre sessions.
	CapacityUnitTheatreSessions CapacityUnit = "theatre-sessions"
	// CapacityUnitTrialPlaces counts places for participants in trials.
	CapacityUnitTrialPlaces CapacityUnit = "trial-places"
	// CapacityUnitSamples counts samples processed or stored (a biobank).
	CapacityUnitSamples CapacityUnit = "samples"
	// CapacityUnitTests counts diagnostic tests (pathology, genomics).
	CapacityUnitTests CapacityUnit = "tests"
)

var capacityUnits = vocab.NewEnum(CapacityUnitScans, CapacityUnitBedDays, CapacityUnitClinicSlots,
	CapacityUnitTheatreSessions, CapacityUnitTrialPlaces, CapacityUnitSamples, CapacityUnitTests)

// CapacityUnits returns the enum of capacity units, in declaration order,
// for listing, parsing and checking.
func CapacityUnits() vocab.Enum[CapacityUnit] { return capacityUnits }

// EnumValues lists the allowed codes (for schema export).
func (CapacityUnit) EnumValues() []string { return capacityUnits.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// ErrNotSupported problem listing the allowed ones.
func (u *CapacityUnit) UnmarshalText(b []byte) error { return capacityUnits.Unmarshal(u, b) }
