package vocab

import (
	"fmt"
	"math/big"
)

// Direction says which way a measure improves.
//
// Codes: "higher-is-better", "lower-is-better".
type Direction string

// The directions.
const (
	HigherIsBetter Direction = "higher-is-better"
	LowerIsBetter  Direction = "lower-is-better"
)

var directions = NewEnum(HigherIsBetter, LowerIsBetter)

// Directions returns the enum of both directions.
func Directions() Enum[Direction] { return directions }

// EnumValues lists the allowed codes (for schema export).
func (Direction) EnumValues() []string { return directions.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Direction) UnmarshalText(b []byte) error { return directions.Unmarshal(d, b) }

// RAG is a red/amber/green status.
//
// Codes: "green", "amber", "red", "no-data".
type RAG string

// The statuses. RAGNoData is for a target with no reported value.
const (
	RAGGreen  RAG = "green"
	RAGAmber  RAG = "amber"
	RAGRed    RAG = "red"
	RAGNoData RAG = "no-data"
)

var rags = NewEnum(RAGGreen, RAGAmber, RAGRed, RAGNoData)

// RAGs returns the enum of every status.
func RAGs() Enum[RAG] { return rags }

// EnumValues lists the allowed codes (for schema export).
func (RAG) EnumValues() []string { return rags.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *RAG) UnmarshalText(b []byte) error { return rags.Unmarshal(r, b) }

// Target is a goal for a measure: the value to reach, which way is better,
// and an amber band. Governance KPIs and programme goals share it.
//
// Status is exact: with Value 85/100 and no tolerance, 849/1000 is red and
// 850/1000 is green.
type Target struct {
	// Direction says whether higher or lower values are better.
	Direction Direction `json:"direction"`
	// Value is the level that counts as meeting the target.
	Value Ratio `json:"value"`
	// Tolerance is the width of the amber band beyond Value; zero means a
	// miss is red.
	Tolerance Ratio `json:"tolerance,omitzero" jsonschema:"minimum=0"`
}

// Status returns the RAG status of an observed value: green when the target
// is met, amber when missed by no more than the tolerance, red otherwise.
func (t Target) Status(observed Ratio) RAG {
	gap := new(big.Rat).Sub(observed.big(), t.Value.big()) // > 0: above target
	if t.Direction == LowerIsBetter {
		gap.Neg(gap)
	}
	switch {
	case gap.Sign() >= 0:
		return RAGGreen
	case new(big.Rat).Add(gap, t.Tolerance.big()).Sign() >= 0:
		return RAGAmber
	}
	return RAGRed
}

// Problems reports a missing direction or a negative tolerance at p.
func (t Target) Problems(p *Path) Problems {
	var ps Problems
	ps = ps.Add(directions.Check(p.Child("direction"), t.Direction, true))
	if t.Tolerance.Sign() < 0 {
		ps = ps.Add(OutOfRange(p.Child("tolerance"), t.Tolerance, "must not be negative"))
	}
	return ps
}

// String describes the target: "≥ 17/20 (amber within 1/20)".
func (t Target) String() string {
	op := "≥"
	if t.Direction == LowerIsBetter {
		op = "≤"
	}
	if t.Tolerance.IsZero() {
		return fmt.Sprintf("%s %s", op, t.Value)
	}
	return fmt.Sprintf("%s %s (amber within %s)", op, t.Value, t.Tolerance)
}
