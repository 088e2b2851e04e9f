package ahscmodel

import (
	"io"
	"strconv"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/internal/markdown"
)

// Origin says where a parameter's value came from.
//
// Codes: "default", "scenario", "documents".
type Origin string

// The origins.
const (
	// OriginDefault is the model's default, cited or labelled illustrative.
	OriginDefault Origin = "default"
	// OriginScenario is the scenario's centre section.
	OriginScenario Origin = "scenario"
	// OriginDocuments is the centre's documents ([Inputs]).
	OriginDocuments Origin = "documents"
)

var origins = vocab.NewEnum(OriginDefault, OriginScenario, OriginDocuments)

// Origins returns the enum of origins.
func Origins() vocab.Enum[Origin] { return origins }

// EnumValues lists the allowed codes (for schema export).
func (Origin) EnumValues() []string { return origins.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *Origin) UnmarshalText(b []byte) error { return origins.Unmarshal(o, b) }

// Parameter is one parameter as a model point uses it: its name, value
// and unit, where the value came from, and its source. Defaults without a
// published source say "ILLUSTRATIVE".
type Parameter struct {
	// Name is the parameter's name, a path such as
	// "translation/t1/success".
	Name string `json:"name"`
	// Value is the value as text ("54%", "4383/56").
	Value string `json:"value"`
	// Unit is what the value counts, when it is not a plain number.
	Unit string `json:"unit,omitempty"`
	// Origin is where the value came from.
	Origin Origin `json:"origin"`
	// Source cites the value, or says it is illustrative.
	Source string `json:"source"`
}

// Sources of the cited defaults.
const (
	// SourceBMJ is the source of the phase success rates and cycle times.
	SourceBMJ = "BMJ 2014;349:g4254, Table 2, data on clinical development of new medicines " +
		"(https://pmc.ncbi.nlm.nih.gov/articles/PMC4688422/table/tbl2)"
	// SourceBIO is the source of the likelihood of approval from phase 1.
	SourceBIO = "BIO, Informa Pharma Intelligence and QLS, Clinical Development Success Rates 2011-2020 (February 2021): " +
		"likelihood of approval from phase I 7.9% (https://pharmaintelligence.informa.com/resources/product-content/2021-clinical-development-success-rates)"
	// SourceHRA is the source of the default growth of research funding.
	SourceHRA = "UKCRC, UK Health Research Analysis 2018 (January 2020): UK health research funding grew about 1.5% a year " +
		"in real terms after 2009 (as reported by NIHR; research notes simulation.md §2); applying the UK-wide rate " +
		"to one centre is an assumption"
	// SourceAnisimov is the source of the recruitment model.
	SourceAnisimov = "Poisson-gamma recruitment: Anisimov & Fedorov, Statistics in Medicine 2007;26:4958-4975, doi:10.1002/sim.2956"
	// Illustrative labels a default that has no published source.
	Illustrative = "ILLUSTRATIVE: no published source; chosen for the example"
	// ModelChoice labels a default that is a modelling assumption, not a
	// fact about a centre.
	ModelChoice = "model choice (an assumption, not a fact)"
	// NotAFact labels a default that bounds memory or work.
	NotAFact = "a bound on memory, not a fact"
)

// The pipeline's stages, in order, and their number.
var stageOrder = scenario.TranslationStages().Values()

const numStages = 5

// stageDefault is a stage's default parameters with their sources.
type stageDefault struct {
	meanWeeks, success        vocab.Ratio
	meanSource, successSource string
	cost                      int64 // minor units of GBP
	costSource                string
	participants              int
	rate, shape               vocab.Ratio
	trialSource               string
}

// yearsToWeeks converts years to weeks exactly: years × 365.25 / 7.
func yearsToWeeks(num, den int64) vocab.Ratio { return vocab.MustRatio(num*36525, den*700) }

// stageDefaults are the defaults of t0, t1, t2-phase-2, t2-phase-3 and t3.
var stageDefaults = [numStages]stageDefault{
	{ // t0: discovery
		meanWeeks: vocab.IntRatio(104), success: vocab.Percent(50),
		meanSource: Illustrative + " (no cited figure for discovery's length)", successSource: Illustrative,
		cost: 150_000_00, costSource: Illustrative,
	},
	{ // t1: phase 1
		meanWeeks: yearsToWeeks(3, 2), success: vocab.Percent(54),
		meanSource: SourceBMJ + ": phase I average cycle time 1.5 years (× 365.25/7 weeks)", successSource: SourceBMJ + ": phase I success 54%",
		cost: 250_000_00, costSource: Illustrative,
		participants: 20, rate: vocab.MustRatio(1, 2), shape: vocab.IntRatio(3), trialSource: Illustrative + "; " + SourceAnisimov,
	},
	{ // t2-phase-2
		meanWeeks: yearsToWeeks(5, 2), success: vocab.Percent(34),
		meanSource: SourceBMJ + ": phase II average cycle time 2.5 years", successSource: SourceBMJ + ": phase II success 34%",
		cost: 400_000_00, costSource: Illustrative,
		participants: 60, rate: vocab.IntRatio(1), shape: vocab.IntRatio(3), trialSource: Illustrative + "; " + SourceAnisimov,
	},
	{ // t2-phase-3
		meanWeeks: yearsToWeeks(5, 2), success: vocab.Percent(70),
		meanSource: SourceBMJ + ": phase III average cycle time 2.5 years", successSource: SourceBMJ + ": phase III success 70%",
		cost: 800_000_00, costSource: Illustrative,
		participants: 150, rate: vocab.MustRatio(5, 2), shape: vocab.IntRatio(3), trialSource: Illustrative + "; " + SourceAnisimov,
	},
	{ // t3: regulatory review and adoption
		meanWeeks: vocab.IntRatio(46), success: vocab.MustRatio(1975, 3213),
		meanSource: SourceBMJ + ": median FDA review time 322 days (2001-10), 46 weeks",
		successSource: "set so that the likelihood of approval from phase I, 54% × 34% × 70% × 1975/3213, is exactly 7.9%: " +
			SourceBIO + "; BMJ's 91% of submissions succeeding (2001-10) is the older alternative",
		cost: 250_000_00, costSource: Illustrative,
	},
}

// defaultPayments is the default share of each funder class's money each
// stage gets, in stage order (ILLUSTRATIVE).
var defaultPayments = map[funding.FunderClass][numStages]vocab.Ratio{
	funding.FunderClassPublic:        {vocab.Percent(40), vocab.Percent(25), vocab.Percent(20), vocab.Percent(10), vocab.Percent(5)},
	funding.FunderClassPhilanthropic: {vocab.Percent(40), vocab.Percent(30), vocab.Percent(20), vocab.Percent(10), vocab.IntRatio(0)},
	funding.FunderClassPrivate:       {vocab.IntRatio(0), vocab.Percent(20), vocab.Percent(30), vocab.Percent(40), vocab.Percent(10)},
	funding.FunderClassAcademic:      {vocab.IntRatio(1), vocab.IntRatio(0), vocab.IntRatio(0), vocab.IntRatio(0), vocab.IntRatio(0)},
}

const paymentsSource = Illustrative + ": public and charity money weighted to discovery and early trials, industry money " +
	"to later trials and adoption, the centre's own money to discovery; this table is the stated mechanism by which a cap on " +
	"private money reaches the pipeline"

// Other defaults.
var (
	defaultVariation    = vocab.Percent(20)
	defaultGrowth       = vocab.MustRatio(3, 200)
	defaultMaxWaitWeeks = 104
	defaultPerUnit      = vocab.IntRatio(1)
)

// Defaults returns the model's defaults, each with its source or labelled
// ILLUSTRATIVE, in the order the model page lists them. Capacities,
// demand, facility uses and research shares have no defaults: they come
// from the centre's documents or the scenario.
func Defaults() []Parameter {
	var out []Parameter
	add := func(name, value, unit, source string) {
		out = append(out, Parameter{Name: name, Value: value, Unit: unit, Origin: OriginDefault, Source: source})
	}
	add("funding/base-year", "the latest year with disbursements", "", "the centre's ledger")
	add("funding/variation", defaultVariation.String(), "coefficient of variation", Illustrative)
	add("funding/growth", defaultGrowth.String(), "a year", SourceHRA)
	for _, c := range funding.FunderClasses().Values() {
		for i, s := range stageOrder {
			add("funding/payments/"+string(c)+"/"+string(s), defaultPayments[c][i].String(), "share", paymentsSource)
		}
	}
	add("translation/max-wait-weeks", itoa(defaultMaxWaitWeeks), "weeks", Illustrative)
	for i, s := range stageOrder {
		d := stageDefaults[i]
		p := "translation/" + string(s) + "/"
		add(p+"mean-weeks", d.meanWeeks.String(), "weeks", d.meanSource)
		add(p+"success", d.success.String(), "probability", d.successSource)
		add(p+"cost-per-start", itoa64(d.cost), "GBP minor units", d.costSource)
		if s.IsTrial() {
			add(p+"trial/participants", itoa(d.participants), "participants", d.trialSource)
			add(p+"trial/mean-rate-per-week", d.rate.String(), "participants a week", d.trialSource)
			add(p+"trial/shape", d.shape.String(), "gamma shape", d.trialSource)
		}
	}
	add("care/facilities", "every facility of the portfolio with capacity in force on the start", "", "the centre's portfolio")
	add("care/facilities/*/capacity-per-week", "the portfolio's figure in force on the start, to a week (rounded down)", "units a week", "the centre's portfolio")
	add("care/facilities/*/research-share", "the portfolio's figure in force on the start, else 0", "share", "the centre's portfolio")
	add("care/facilities/*/ring-fence", "the tighter of the facility's ring-fence and the funding policy's, else 1", "share",
		"the centre's portfolio (programme.Facility.RingFence) and funding policy (funding.RingFence)")
	add("care/facilities/*/draw", string(scenario.DrawDemand), "", ModelChoice+": research takes what its participants need, up to its share")
	add("care/facilities/*/per-participant", defaultPerUnit.String(), "units a participant", Illustrative)
	add("care/pathways", "every pathway of the portfolio with demand in force on the start", "", "the centre's portfolio")
	add("care/pathways/*/referrals-per-week", "the portfolio's figure in force on the start, to a week", "referrals a week", "the centre's portfolio")
	add("care/pathways/*/uses", "the portfolio's facility uses", "units a referral", "the centre's portfolio")
	add("care/pathways/*/list-capacity", itoa(scenario.DefaultListCapacity), "patients", NotAFact)
	add("outputs", "all", "metric families", "every metric the point has")
	return out
}

// WriteParameters writes parameters to w as a Markdown table with the
// columns parameter, value, unit, origin and source, all text escaped.
func WriteParameters(w io.Writer, ps []Parameter) error {
	var s strings.Builder
	markdown.Row(&s, "Parameter", "Value", "Unit", "Origin", "Source")
	markdown.Row(&s, "---", "---", "---", "---", "---")
	for _, p := range ps {
		markdown.Row(&s, markdown.Escape(p.Name), markdown.Escape(p.Value), markdown.Escape(p.Unit), string(p.Origin), markdown.Escape(p.Source))
	}
	_, err := io.WriteString(w, s.String())
	return err
}

func itoa(n int) string     { return strconv.Itoa(n) }
func itoa64(n int64) string { return strconv.FormatInt(n, 10) }
