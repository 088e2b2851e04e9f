package scenario

import (
	"io"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/docio"
)

// Scenario is the input document of a simulation run: its time frame, the
// components to simulate with their parameters and initial conditions, and
// an optional sweep, a grid of parameter values each of which runs as its
// own scenario point. Time is weekly. Master seed and replication count are
// run options, not part of the scenario: they are recorded in the run's
// manifest.
type Scenario struct {
	// Version is the format version, "1.0".
	Version vocab.Version `json:"version"`
	// ID names the scenario; every output row carries it.
	ID ID `json:"id"`
	// Title describes the scenario for people.
	Title string `json:"title,omitempty"`
	// Start is the first day of the first reported week. Week w (from 0)
	// covers the seven days from Start + 7w; warm-up weeks run before Start.
	Start vocab.Date `json:"start" vocab:"day"`
	// Weeks is the number of reported weeks, 1 to 10,000.
	Weeks int `json:"weeks" jsonschema:"minimum=1,maximum=10000"`
	// WarmUpWeeks is the number of weeks simulated before Start and not
	// reported, 0 to 10,000. Initial conditions apply when the warm-up
	// begins.
	WarmUpWeeks int `json:"warmUpWeeks,omitempty" jsonschema:"minimum=0,maximum=10000"`
	// Reporting is the period output rows aggregate weeks into; the
	// default is "financial-year".
	Reporting ReportingPeriod `json:"reporting,omitempty"`
	// Arrivals is a Poisson arrival stream.
	Arrivals *Arrivals `json:"arrivals,omitempty"`
	// Pipeline is a stage-to-stage project pipeline.
	Pipeline *Pipeline `json:"pipeline,omitempty"`
	// Recruitment is Poisson–gamma recruitment across trial sites.
	Recruitment *Recruitment `json:"recruitment,omitempty"`
	// Queue is a weekly waiting list with fixed treatment capacity.
	Queue *Queue `json:"queue,omitempty"`
	// Centre is the AHSC model's section (package ahsc/sim/ahscmodel); a
	// scenario with one has no other component.
	Centre *Centre `json:"centre,omitempty"`
	// Sweep lists the axes of a parameter grid. Every combination of one
	// value from each axis is a scenario point, the first axis varying
	// slowest; without axes the scenario is its only point.
	Sweep []Axis `json:"sweep,omitempty" jsonschema:"maxItems=8"`
}

// ID identifies a scenario: a slug such as "care-capacity".
type ID string

// IDKind returns "scenario".
func (ID) IDKind() string { return "scenario" }

// AxisID names a sweep axis; it is the axis's column name in outputs.
type AxisID string

// IDKind returns "axis".
func (AxisID) IDKind() string { return "axis" }

// StageID names a pipeline stage, such as "phase-1".
type StageID string

// IDKind returns "stage".
func (StageID) IDKind() string { return "stage" }

// Arrivals is a Poisson arrival stream: each week's count is Poisson with
// mean RatePerWeek, independently of other weeks.
type Arrivals struct {
	// RatePerWeek is the mean number of arrivals a week, above 0 and at
	// most 1,000,000.
	RatePerWeek vocab.Ratio `json:"ratePerWeek" jsonschema:"exclusiveMinimum=0,maximum=1000000"`
}

// Pipeline is a stage-to-stage project pipeline in weekly steps. Each week
// every project in progress leaves its stage with probability
// 1/MeanWeeks (so its time in the stage is geometric with that mean, at
// least one week); a project that leaves a stage passes it with the
// stage's Success probability and enters the next stage the following
// week, or fails. Passing the last stage completes the project.
type Pipeline struct {
	// StartsPerWeek is the mean number of new projects a week entering the
	// first stage, Poisson; 0 to 10,000.
	StartsPerWeek vocab.Ratio `json:"startsPerWeek" jsonschema:"minimum=0,maximum=10000"`
	// Stages are the stages in order, 1 to 20.
	Stages []Stage `json:"stages,omitempty" jsonschema:"required,maxItems=20"`
}

// Stage is one pipeline stage.
type Stage struct {
	// Name identifies the stage, unique in the pipeline.
	Name StageID `json:"name"`
	// MeanWeeks is the mean time in the stage in weeks, 1 to 10,000.
	MeanWeeks vocab.Ratio `json:"meanWeeks" jsonschema:"minimum=1,maximum=10000"`
	// Success is the probability of passing the stage, 0 to 1.
	Success vocab.Ratio `json:"success" jsonschema:"minimum=0,maximum=1"`
	// Initial is the number of projects in this stage when the warm-up
	// begins (an initial condition), 0 to 1,000,000.
	Initial int `json:"initial,omitempty" jsonschema:"minimum=0,maximum=1000000"`
}

// Recruitment is Poisson–gamma recruitment (Anisimov & Fedorov, Statistics
// in Medicine 2007;26:4958–4975, doi:10.1002/sim.2956): each site's weekly
// recruitment rate is drawn once per replication from a gamma distribution
// with the given shape and mean, and each week a site recruits a Poisson
// number with its rate.
type Recruitment struct {
	// Sites is the number of recruiting sites, 1 to 10,000.
	Sites int `json:"sites" jsonschema:"minimum=1,maximum=10000"`
	// Shape is the gamma shape of the site rates, above 0 and at most
	// 1,000,000; smaller means more variation between sites.
	Shape vocab.Ratio `json:"shape" jsonschema:"exclusiveMinimum=0,maximum=1000000"`
	// MeanRatePerWeek is the mean site rate, participants a week, above 0
	// and at most 10,000.
	MeanRatePerWeek vocab.Ratio `json:"meanRatePerWeek" jsonschema:"exclusiveMinimum=0,maximum=10000"`
}

// Queue is a waiting list in weekly steps. Each week the service treats up
// to SlotsPerWeek patients from the list, longest-waiting first; then the
// week's referrals (Poisson with mean ReferralsPerWeek) join the list up to
// Capacity, and the rest are turned away.
type Queue struct {
	// ReferralsPerWeek is the mean number of referrals a week, above 0 and
	// at most 1,000,000.
	ReferralsPerWeek vocab.Ratio `json:"referralsPerWeek" jsonschema:"exclusiveMinimum=0,maximum=1000000"`
	// SlotsPerWeek is the number of patients treated a week when enough are
	// waiting, 0 to 1,000,000.
	SlotsPerWeek int `json:"slotsPerWeek" jsonschema:"minimum=0,maximum=1000000"`
	// Capacity is the longest the waiting list can be, 1 to 1,000,000,000.
	Capacity int `json:"capacity" jsonschema:"minimum=1,maximum=1000000000"`
	// Initial is the waiting-list length when the warm-up begins (an
	// initial condition), 0 to Capacity; those patients were referred the
	// week before.
	Initial int `json:"initial,omitempty" jsonschema:"minimum=0"`
}

// Axis is one dimension of a sweep: a parameter and the values it takes.
type Axis struct {
	// Name identifies the axis; it is the axis's column in outputs.
	Name AxisID `json:"name"`
	// Parameter is a JSON Pointer (RFC 6901) to a number in the scenario
	// outside the sweep, such as "/queue/slotsPerWeek" or
	// "/pipeline/stages/1/success".
	Parameter string `json:"parameter"`
	// Values are the values the parameter takes, 1 to 1,000, distinct;
	// each is a ratio, a decimal or a percentage, and a whole number where
	// the parameter is a count.
	Values []vocab.Ratio `json:"values,omitempty" jsonschema:"required,maxItems=1000"`
}

// Decode reads a scenario document from r strictly (unknown or repeated
// keys, wrong types, malformed values and input beyond the limits of opts
// are problems), then checks it with [Scenario.CollectProblems]. It
// returns the scenario, or nil when any problem is an error; every problem
// found, warnings included, each with its path and position in the input,
// at most opts.MaxProblems of them and then one closing problem counting
// the rest; and problems.Err(). See [vocab.DecodeOptions] for the limits
// and their defaults.
func Decode(r io.Reader, opts vocab.DecodeOptions) (*Scenario, vocab.Problems, error) {
	return docio.Decode(r, opts, (*Scenario).CollectProblems)
}

// Clone returns a deep copy of s.
func (s *Scenario) Clone() *Scenario {
	c := *s
	if s.Arrivals != nil {
		a := *s.Arrivals
		c.Arrivals = &a
	}
	if s.Pipeline != nil {
		p := *s.Pipeline
		p.Stages = slices.Clone(p.Stages)
		c.Pipeline = &p
	}
	if s.Recruitment != nil {
		r := *s.Recruitment
		c.Recruitment = &r
	}
	if s.Queue != nil {
		q := *s.Queue
		c.Queue = &q
	}
	c.Centre = s.Centre.clone()
	c.Sweep = slices.Clone(s.Sweep)
	for i := range c.Sweep {
		c.Sweep[i].Values = slices.Clone(c.Sweep[i].Values)
	}
	return &c
}

// ReportingOrDefault returns s.Reporting, or [FinancialYear] when it is
// empty.
func (s *Scenario) ReportingOrDefault() ReportingPeriod {
	if s.Reporting == "" {
		return FinancialYear
	}
	return s.Reporting
}
