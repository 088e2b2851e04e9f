// Package scenario defines the input document of a simulation run (see
// package [github.com/ahsckit/ahsckit/ahsc/sim]): a [Scenario] with a
// version, a weekly time frame with warm-up, the components to simulate with
// their parameters and initial conditions, and an optional sweep, a grid of
// parameter values.
//
// A scenario decodes strictly with [Decode] (unknown, case-variant and
// repeated keys, wrong types, malformed values and input beyond the limits
// of a vocab.DecodeOptions are problems with JSON Pointers and positions)
// and validates with [Scenario.Validate] and [Scenario.Problems] (or
// [Scenario.CollectProblems], into a vocab.Collector that may cap them).
// Its JSON Schema is published by package
// [github.com/ahsckit/ahsckit/ahsc/schema] as "scenario".
//
// Parameters are exact: rates and probabilities are [vocab.Ratio] values
// ("3.5", "1/3", "54%"), counts and weeks are integers. A sweep axis names
// a parameter by JSON Pointer and lists its values:
//
//	{"version": "1.0", "id": "care", "start": "2026-04-01", "weeks": 782,
//	 "queue": {"referralsPerWeek": "9.5", "slotsPerWeek": 10, "capacity": 400},
//	 "sweep": [{"name": "slots", "parameter": "/queue/slotsPerWeek", "values": ["10", "11", "12"]}]}
//
// A scenario with a centre section ([Centre]) is the input of the AHSC
// model (package ahsc/sim/ahscmodel) instead: funding, pipeline and care
// settings that override the model's defaults and the centre's documents
// (which state capacity and demand), and the metric families to report
// ([Centre].Outputs); it starts on 1 April and has no other component. Its
// optional settings are pointers, so a sweep may set them only where the
// scenario gives a value.
//
// [Scenario.Points] expands the grid into scenario points, the first axis
// varying slowest. This package has no dependencies beyond the standard
// library and ahsckit's own: the samplers live in package sim.
package scenario
