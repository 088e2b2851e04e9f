package sim

import (
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Aggregation is how a metric's weekly values combine into a reporting
// period.
//
// Codes: "sum", "mean", "last".
type Aggregation string

// The aggregations.
const (
	// Sum adds the weeks' values: flows such as referrals or completions.
	Sum Aggregation = "sum"
	// Mean averages the weeks' values: levels such as a waiting list.
	Mean Aggregation = "mean"
	// Last takes the period's last week: stocks at the period's end.
	Last Aggregation = "last"
)

var aggregations = vocab.NewEnum(Sum, Mean, Last)

// Aggregations returns the enum of aggregations.
func Aggregations() vocab.Enum[Aggregation] { return aggregations }

// EnumValues lists the allowed codes (for schema export).
func (Aggregation) EnumValues() []string { return aggregations.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *Aggregation) UnmarshalText(b []byte) error { return aggregations.Unmarshal(a, b) }

// Metric is one output metric of a model.
type Metric struct {
	// Name identifies the metric in output rows, such as "queue-treated".
	Name string `json:"name"`
	// Unit is what the value counts, such as "patients".
	Unit string `json:"unit"`
	// Aggregation combines weeks into reporting periods.
	Aggregation Aggregation `json:"aggregation"`
}

// Model is a simulation model the engine runs. The engine owns time: it
// steps each replication week by week, from the first warm-up week to the
// last reported one, and aggregates the weekly values.
type Model interface {
	// Metrics lists the metrics every week reports, in output order. The
	// list must not change between calls.
	Metrics() []Metric
	// Replicate starts one replication: it takes the streams it needs from
	// s (by name, see [Streams.Stream]) and sets up the initial conditions,
	// drawing them if they are random. It is called from the worker
	// goroutine that runs the replication; a Model must allow concurrent
	// calls.
	Replicate(s Streams) Replication
}

// Replication is one running replication of a model, used by one
// goroutine.
type Replication interface {
	// Step simulates week (negative during the warm-up; 0 is the week
	// starting on the scenario's start date) and writes every metric's
	// value for the week into out, in Metrics order.
	Step(week int, out []float64)
}

// Builder makes the model of each scenario point. Name and Version are
// written into run manifests; change Version whenever the model would give
// different numbers for the same scenario and seed.
type Builder struct {
	// Name names the model, such as "components".
	Name string
	// Version is the model's version, such as "1".
	Version string
	// Build returns the model of one scenario point (a scenario without a
	// sweep), or an error when the scenario does not suit the model.
	Build func(s *scenario.Scenario) (Model, error)
	// Inputs, when set, describes what the model runs on besides the
	// scenario: data read from documents, the defaults it fills in and
	// their sources. It is called once a run with the plan's scenario
	// (with its sweep); its result, marshalled with encoding/json, is
	// written into the run's manifests as "modelInputs", so it must
	// marshal the same way every time.
	Inputs func(s *scenario.Scenario) (any, error)
}
