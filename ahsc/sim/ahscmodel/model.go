package ahscmodel

import (
	"math"
	"math/bits"
	"slices"
	"strings"

	"gonum.org/v1/gonum/stat/distuv"

	"github.com/ahsckit/ahsckit/ahsc/sim"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

// Name and Version identify the model in run manifests; Version changes
// whenever the same scenario, inputs and seed would give other numbers.
const (
	Name    = "ahsc"
	Version = "2"
)

// Stream names the model draws from, one per random process (see
// sim.StreamSeed): funding, the gamma rates of trials, trials' weekly
// recruitment, each stage ("stage-t0", ...) and each pathway's referrals
// ("referrals-<pathway>").
const (
	StreamFunding          = "funding"
	StreamTrialRates       = "trial-rates"
	StreamTrialRecruitment = "trial-recruitment"
)

// Option configures [New] and [Builder].
type Option func(*options)

type options struct {
	capper func(...scenario.FundingCap) Capper
}

// WithCapper makes the model apply its caps ([Model.Caps]) with the
// capper that newCapper returns instead of [NewCapper] (which applies
// funding.ApplyChange's rule): the hook for another rule of what happens
// to money above a cap.
func WithCapper(newCapper func(caps ...scenario.FundingCap) Capper) Option {
	return func(o *options) { o.capper = newCapper }
}

// Caps returns the caps the model applies every year from the start's,
// jointly and in order: the centre policy's private-share caps when the
// scenario applies the policy, then the scenario's own cap.
func (m *Model) Caps() []scenario.FundingCap {
	out := slices.Clone(m.p.caps)
	for i := range out {
		out[i].Classes = slices.Clone(out[i].Classes)
	}
	return out
}

// capRule is the funding rule a cap measures.
func capRule(c scenario.FundingCap) funding.PrivateShareCap {
	return funding.PrivateShareCap{Scope: c.Scope, Cap: c.Cap, Classes: c.Classes}
}

// Model is the AHSC model of one scenario point: it implements sim.Model.
type Model struct {
	p       *params
	opts    options
	metrics []sim.Metric // the metrics reported: all, or the scenario's outputs
	full    int          // the number of metrics the model computes
	sel     []int        // the computed metrics reported, when not all
	ix      metricIndex  // indices among the computed metrics
	// grid maps each simulated week (from the first warm-up week) to its
	// financial year (from firstFY) and its position in the year.
	firstFY vocab.FinancialYear
	fyOf    []int32
	posIn   []int32
	weeksIn []int32 // weeks of each financial year on the weekly grid
}

type metricIndex struct {
	offered, kept, privateShare, refused, deferred, expired, backfilled, breaches, findings int
	spent, started, adopted, failed, inPipeline, trials, recruited                          int
	pathways, facilities                                                                    int
}

// New builds the model of one scenario point (a scenario without a sweep
// whose centre section refers to in) or returns its problems, a
// [vocab.Problems] error with paths into the scenario.
func New(s *scenario.Scenario, in *Inputs, opts ...Option) (*Model, error) {
	p, ps := resolve(s, in)
	if ps.HasErrors() {
		return nil, ps.Errors()
	}
	m := &Model{p: p}
	for _, o := range opts {
		o(&m.opts)
	}
	if m.opts.capper == nil {
		m.opts.capper = NewCapper
	}
	m.buildMetrics()
	m.buildGrid()
	return m, nil
}

// Check returns every problem of a scenario for the model given the
// inputs, errors and warnings (such as a research share above the
// ring-fence), with paths into the scenario; each point of a sweep is
// checked. It is nil when the scenario runs as it is.
func Check(s *scenario.Scenario, in *Inputs) vocab.Problems {
	points, err := s.Points()
	if err != nil {
		return vocab.ProblemsOf(err)
	}
	var out vocab.Problems
	for _, pt := range points {
		_, ps := resolve(pt.Scenario, in)
		for _, pr := range ps {
			if !slices.ContainsFunc(out, func(q *vocab.Problem) bool { return q.Error() == pr.Error() }) {
				out = append(out, pr)
			}
		}
	}
	return out
}

// ModelInputs is what a run's manifest records as the model's inputs:
// the centre's inputs and the parameters of the scenario without its
// sweep (each sweep point's values are in the manifest's points), every
// one with its origin and source.
type ModelInputs struct {
	// Inputs are what the model read from the centre's documents.
	Inputs *Inputs `json:"inputs"`
	// Parameters are the base scenario's parameters.
	Parameters []Parameter `json:"parameters"`
}

// Builder returns the engine's builder of the model on a centre's inputs.
// Its Inputs function records [ModelInputs] in run manifests.
func Builder(in *Inputs, opts ...Option) sim.Builder {
	return sim.Builder{Name: Name, Version: Version,
		Build: func(s *scenario.Scenario) (sim.Model, error) { return New(s, in, opts...) },
		Inputs: func(s *scenario.Scenario) (any, error) {
			base := s.Clone()
			base.Sweep = nil
			m, err := New(base, in, opts...)
			if err != nil {
				return nil, err
			}
			return ModelInputs{Inputs: in, Parameters: m.Parameters()}, nil
		},
	}
}

// Parameters returns the point's parameters, each with its value, origin
// and source, in the order of the model page.
func (m *Model) Parameters() []Parameter { return slices.Clone(m.p.table) }

// Notes returns the inputs' notes, such as "amounts are illustrative".
func (m *Model) Notes() []string { return slices.Clone(m.p.notes) }

// Cells returns the (funder class, programme) cells the model's money is
// in: the base year's, then any backfill cells.
func (m *Model) Cells() []Cell { return slices.Clone(m.p.cells) }

// Currency returns the currency of the model's money.
func (m *Model) Currency() funding.Currency { return m.p.currency }

// Metrics lists the metrics every week reports, in output order:
//
//	funding-offered           <cur>-minor-units  sum  new money offered in the financial year (booked in its first week)
//	funding-kept              <cur>-minor-units  sum  money kept after the cap
//	private-share-kept        share              sum  the capped classes' share of the money kept, centre-wide
//	funding-refused           <cur>-minor-units  sum  with a cap in decline mode
//	funding-backfilled        <cur>-minor-units  sum  with a backfill
//	funding-deferred          <cur>-minor-units  sum  with a cap in defer mode: moved to the next year
//	funding-expired           <cur>-minor-units  sum  with a cap in defer mode
//	cap-breaches              subjects           sum  with caps: subjects above each cap on the money offered
//	policy-findings           findings           sum  with policy caps: their findings on the money kept
//	research-spent            <cur>-minor-units  sum  money spent starting stages
//	projects-started          projects           sum  projects entering t0
//	projects-adopted          projects           sum  projects passing t3 into routine care
//	projects-failed           projects           sum  projects failing a stage or lapsing unfunded
//	projects-in-pipeline      projects           last projects in a stage, recruiting or waiting
//	trials-active             trials             mean trials recruiting or in follow-up
//	trial-recruitment         participants       sum  participants recruited
//	referrals-<pathway>       patients           sum  per pathway: referrals
//	treated-<pathway>         patients           sum  patients treated (diagnosed, for the 28-day standard)
//	waiting-<pathway>         patients           last waiting list at the period's end
//	performance-<pathway>     share              mean weekly share within the standard's limit
//	standard-met-weeks-<pathway> weeks           sum  weeks meeting the standard's target
//	research-draw-<facility>  units              sum  per facility: capacity research drew
//
// Annual figures are booked in the first simulated week of each financial
// year and are 0 in the other weeks, so their financial-year sum is the
// year's figure. When the scenario lists outputs ([scenario.Centre]
// Outputs), only the metrics of those families are listed and reported,
// in this order.
func (m *Model) Metrics() []sim.Metric { return slices.Clone(m.metrics) }

func (m *Model) buildMetrics() {
	p := m.p
	money := strings.ToLower(string(p.currency)) + "-minor-units"
	var ms []sim.Metric
	var fams []scenario.Output
	at := func(name, unit string, a sim.Aggregation) int {
		ms = append(ms, sim.Metric{Name: name, Unit: unit, Aggregation: a})
		fams = append(fams, scenario.Output(name))
		return len(ms) - 1
	}
	// per adds family fam's metric for one pathway or facility.
	per := func(fam scenario.Output, id, unit string, a sim.Aggregation) {
		at(string(fam)+"-"+id, unit, a)
		fams[len(fams)-1] = fam
	}
	ix := metricIndex{refused: -1, deferred: -1, expired: -1, backfilled: -1, breaches: -1, findings: -1}
	ix.offered = at("funding-offered", money, sim.Sum)
	ix.kept = at("funding-kept", money, sim.Sum)
	ix.privateShare = at("private-share-kept", "share", sim.Sum)
	if len(p.caps) > 0 {
		modes := map[scenario.CapMode]bool{}
		backfill := false
		for _, c := range p.caps {
			modes[c.Mode] = true
			backfill = backfill || c.Backfill != nil && c.Mode == scenario.CapDecline
		}
		if modes[scenario.CapDecline] {
			ix.refused = at("funding-refused", money, sim.Sum)
		}
		if backfill {
			ix.backfilled = at("funding-backfilled", money, sim.Sum)
		}
		if modes[scenario.CapDefer] {
			ix.deferred = at("funding-deferred", money, sim.Sum)
			ix.expired = at("funding-expired", money, sim.Sum)
		}
		ix.breaches = at("cap-breaches", "subjects", sim.Sum)
	}
	if len(p.policyCaps) > 0 {
		ix.findings = at("policy-findings", "findings", sim.Sum)
	}
	ix.spent = at("research-spent", money, sim.Sum)
	ix.started = at("projects-started", "projects", sim.Sum)
	ix.adopted = at("projects-adopted", "projects", sim.Sum)
	ix.failed = at("projects-failed", "projects", sim.Sum)
	ix.inPipeline = at("projects-in-pipeline", "projects", sim.Last)
	ix.trials = at("trials-active", "trials", sim.Mean)
	ix.recruited = at("trial-recruitment", "participants", sim.Sum)
	ix.pathways = len(ms)
	for _, w := range p.pathways {
		id := string(w.id)
		per(scenario.OutputReferrals, id, "patients", sim.Sum)
		per(scenario.OutputTreated, id, "patients", sim.Sum)
		per(scenario.OutputWaiting, id, "patients", sim.Last)
		per(scenario.OutputPerformance, id, "share", sim.Mean)
		per(scenario.OutputStandardMetWeeks, id, "weeks", sim.Sum)
	}
	ix.facilities = len(ms)
	for _, f := range p.facilities {
		per(scenario.OutputResearchDraw, string(f.id), "units", sim.Sum)
	}
	m.metrics, m.full, m.ix, m.sel = ms, len(ms), ix, nil
	if len(p.outputs) > 0 {
		m.sel = make([]int, 0, len(ms)) // not nil, even when no metric is kept
		var keep []sim.Metric
		for i, f := range fams {
			if slices.Contains(p.outputs, f) {
				m.sel = append(m.sel, i)
				keep = append(keep, ms[i])
			}
		}
		m.metrics = keep
	}
}

// buildGrid maps the weekly grid to financial years.
func (m *Model) buildGrid() {
	p := m.p
	first := p.start.AddDays(-7 * p.warmUp)
	m.firstFY = vocab.FinancialYearOf(first)
	n := p.warmUp + p.weeks
	m.fyOf, m.posIn = make([]int32, n), make([]int32, n)
	for w := range n {
		d := first.AddDays(7 * w)
		fy := vocab.FinancialYearOf(d)
		m.fyOf[w] = int32(fy - m.firstFY)
		// Weeks of the grid in the year before this one: the grid's weeks
		// start on days ≡ first (mod 7), counted from the year's start.
		m.posIn[w] = int32(d.DaysSince(fy.Start()) / 7)
	}
	last := vocab.FinancialYearOf(first.AddDays(7 * (n - 1)))
	for fy := m.firstFY; fy <= last; fy++ {
		// Grid days in [start, end]: the first on or after start.
		off := ((first.DaysSince(fy.Start()))%7 + 7) % 7
		days := fy.End().DaysSince(fy.Start()) + 1
		m.weeksIn = append(m.weeksIn, int32((days-off+6)/7))
	}
}

// Replicate starts one replication: it draws every financial year's
// offered money from the funding stream, applies the cap to the years
// from the start's, and sets up the pipeline and the care queues, each on
// its own streams.
func (m *Model) Replicate(st sim.Streams) sim.Replication {
	r, err := m.NewReplication(st)
	if err != nil {
		panic(err) // the capper failed on parameters New accepted: a bug
	}
	return r
}

// NewReplication is [Model.Replicate] returning the concrete replication,
// or the capper's error.
func (m *Model) NewReplication(st sim.Streams) (*Replication, error) {
	p := m.p
	r := &Replication{m: m, curFY: -1}
	r.years = m.drawFunding(st)
	from := len(r.years)
	if len(p.caps) > 0 {
		from = int(p.capFrom - m.firstFY)
	}
	for i := range r.years[:from] {
		y := &r.years[i]
		y.allocOutcome(len(p.cells))
		copy(y.Kept, y.Offered)
	}
	if from < len(r.years) {
		capped := r.years[from:]
		for i := range capped {
			capped[i].Capped = true
		}
		if err := m.opts.capper(p.caps...).Apply(p.cells, capped); err != nil {
			return nil, err
		}
	}
	for i := range r.years {
		y := &r.years[i]
		if y.Capped {
			in := slices.Clone(y.Offered)
			for k, v := range y.CarriedIn {
				in[k] += v
			}
			y.CapBreaches = make([]int, len(p.caps))
			for k, c := range p.caps {
				y.CapBreaches[k] = Breaches(capRule(c), y.Year, p.cells, in)
			}
		}
		y.Findings = make([]int, len(p.policyCaps))
		for k, rule := range p.policyCaps {
			y.Findings[k] = Breaches(rule, y.Year, p.cells, y.Kept)
		}
	}
	r.tr = newTranslation(&p.stages, p.maxWait, st)
	r.care = newCare(p.facilities, p.pathways, st, -p.warmUp)
	return r, nil
}

// drawFunding draws the offered money of every financial year on the
// grid: for year y and each funder class c with base money, in class
// order, one multiplier M ~ Gamma(k, k) with k = 1/variation² (mean 1,
// coefficient of variation `variation`; M = 1 without variation), and for
// each cell of the class round(base × (1 + growth)^(y − base year) × M),
// clamped to [0, MaxMinorPerCell].
func (m *Model) drawFunding(st sim.Streams) []FundingYear {
	p := m.p
	years := make([]FundingYear, len(m.weeksIn))
	v := p.variation.Float64()
	var g distuv.Gamma
	if v > 0 {
		k := 1 / (v * v)
		g = distuv.Gamma{Alpha: k, Beta: k, Src: st.Stream(StreamFunding)}
	}
	growth := 1 + p.growth.Float64()
	// One multiplier a year for each class with base money, in class
	// order: backfill cells (no base money) draw none, so adding a
	// backfill leaves every draw unchanged.
	var classes []funding.FunderClass
	for _, cl := range funding.FunderClasses().Values() {
		for i, c := range p.cells {
			if c.Class == cl && p.base[i] > 0 {
				classes = append(classes, cl)
				break
			}
		}
	}
	for i := range years {
		y := &years[i]
		y.Year = m.firstFY + vocab.FinancialYear(i)
		y.Offered = make([]int64, len(p.cells))
		f := math.Pow(growth, float64(int(y.Year)-int(p.baseYear)))
		for _, cl := range classes {
			mult := 1.0
			if v > 0 {
				mult = g.Rand()
			}
			for k, c := range p.cells {
				if c.Class == cl {
					y.Offered[k] = int64(min(max(math.Round(float64(p.base[k])*f*mult), 0), MaxMinorPerCell))
				}
			}
		}
	}
	return years
}

// Replication is one running replication of the model; it implements
// sim.Replication and exposes its state for inspection.
type Replication struct {
	m       *Model
	years   []FundingYear
	tr      *translation
	care    *care
	curFY   int
	budgets [numStages]int64
	purse   []PurseYear
	all     []float64 // every computed metric of the week, when not all are reported
}

// PurseYear is the research money of one financial year in a
// replication: Opening + Released = Spent + Closing, where Released is
// what the year's simulated weeks released of its stage budgets and the
// purses are the money not yet spent.
type PurseYear struct {
	// Year is the financial year.
	Year vocab.FinancialYear
	// Opening and Closing are the stages' purses at the year's first and
	// last simulated week.
	Opening, Closing int64
	// Released and Spent are the year's money released and spent.
	Released, Spent int64
}

// Funding returns the financial years of the replication's horizon,
// from the first warm-up week's year to the last reported week's.
func (r *Replication) Funding() []FundingYear { return r.years }

// Purses returns the research money of each financial year stepped so
// far.
func (r *Replication) Purses() []PurseYear { return slices.Clone(r.purse) }

// Translation returns the pipeline's running totals and the projects in
// it now.
func (r *Replication) Translation() (TranslationCounts, int) {
	return r.tr.counts64, r.tr.inPipeline()
}

// Care returns each pathway's running totals, in the scenario's order.
func (r *Replication) Care() []CareCounts { return slices.Clone(r.care.totals) }

// Week returns what each pathway did in the last step, in the scenario's
// order.
func (r *Replication) Week() []PathwayWeek { return slices.Clone(r.care.weeks) }

// Draws returns each facility's research draw in the last step.
func (r *Replication) Draws() []int { return slices.Clone(r.care.draws) }

// Step simulates week (negative in the warm-up) and writes the metrics.
func (r *Replication) Step(week int, reported []float64) {
	m, p, ix := r.m, r.m.p, &r.m.ix
	out := reported
	if m.sel != nil {
		if r.all == nil {
			r.all = make([]float64, m.full)
		}
		out = r.all
		defer func() {
			for k, i := range m.sel {
				reported[k] = out[i]
			}
		}()
	}
	clear(out)
	wi := week + p.warmUp
	fi := int(m.fyOf[wi])
	if fi != r.curFY {
		r.book(fi, out)
	}
	pos, n := uint64(m.posIn[wi]), uint64(m.weeksIn[fi])
	var released int64
	for s := range r.budgets {
		b := uint64(r.budgets[s])
		rel := int64(mulDiv(b, pos+1, n) - mulDiv(b, pos, n))
		r.tr.release(s, rel)
		released += rel
	}
	w := r.tr.step(week)
	py := &r.purse[len(r.purse)-1]
	py.Released += released
	py.Spent += w.spent
	py.Closing = r.tr.purses()
	r.care.step(week, w.recruited)
	out[ix.spent] = float64(w.spent)
	out[ix.started] = float64(w.started)
	out[ix.adopted] = float64(w.adopted)
	out[ix.failed] = float64(w.failed)
	out[ix.inPipeline] = float64(r.tr.inPipeline())
	out[ix.trials] = float64(r.tr.activeTrials())
	out[ix.recruited] = float64(w.recruited)
	for i, pw := range r.care.weeks {
		o := out[ix.pathways+5*i:]
		o[0], o[1], o[2], o[3] = float64(pw.Referrals), float64(pw.Treated), float64(pw.Waiting), pw.Performance()
		if pw.Meets(p.pathways[i].standard.Target.Value) {
			o[4] = 1
		}
	}
	for f, d := range r.care.draws {
		out[ix.facilities+f] = float64(d)
	}
}

// book starts financial year fi: its stage budgets from the money kept,
// and its annual metrics.
func (r *Replication) book(fi int, out []float64) {
	p, ix := r.m.p, &r.m.ix
	r.curFY = fi
	y := &r.years[fi]
	open := r.tr.purses()
	r.purse = append(r.purse, PurseYear{Year: y.Year, Opening: open, Closing: open})
	r.budgets = [numStages]int64{}
	byClass := map[funding.FunderClass]int64{}
	for i, c := range p.cells {
		byClass[c.Class] += y.Kept[i]
	}
	for _, cl := range funding.FunderClasses().Values() {
		amt := byClass[cl]
		if amt == 0 {
			continue
		}
		parts, _, err := funding.Apportion(funding.Amount(p.currency, amt), p.payments[cl])
		if err != nil {
			panic("ahscmodel: " + err.Error()) // shares are checked to sum to one
		}
		for s, part := range parts {
			r.budgets[s] += part.Minor
		}
	}
	sum := func(v []int64) float64 {
		var t int64
		for _, x := range v {
			t += x
		}
		return float64(t)
	}
	out[ix.offered] = sum(y.Offered)
	out[ix.kept] = sum(y.Kept)
	if kept := sum(y.Kept); kept > 0 {
		classes := []funding.FunderClass{funding.FunderClassPrivate}
		if p.own != nil {
			classes = capClasses(p.own.Classes)
		}
		var priv int64
		for i, c := range p.cells {
			if slices.Contains(classes, c.Class) {
				priv += y.Kept[i]
			}
		}
		out[ix.privateShare] = float64(priv) / kept
	}
	set := func(i int, v float64) {
		if i >= 0 {
			out[i] = v
		}
	}
	set(ix.refused, sum(y.Refused))
	set(ix.deferred, sum(y.Deferred))
	set(ix.expired, sum(y.Expired))
	set(ix.backfilled, sum(y.Backfilled))
	breaches := 0
	for _, b := range y.CapBreaches {
		breaches += b
	}
	set(ix.breaches, float64(breaches))
	total := 0
	for _, f := range y.Findings {
		total += f
	}
	set(ix.findings, float64(total))
}

// mulDiv returns ⌊a·b/c⌋ for b ≤ c, exactly.
func mulDiv(a, b, c uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	q, _ := bits.Div64(hi, lo, c)
	return q
}
