package scenario

import (
	"slices"
	"strconv"
	"time"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/programme"
)

// Centre is the section of the AHSC model (package
// github.com/ahsckit/ahsckit/ahsc/sim/ahscmodel): a centre's research
// funding by financial year, its translational pipeline T0→T4 with trial
// recruitment, and its front-line care week by week. The centre's own
// documents (ledger, policy, portfolio) are not part of the scenario; the
// model's builder reads them. Every field here is optional: an absent value
// takes the model's default, whose source the model documents, or for
// capacities and demand the centre's documents. A scenario with a centre
// section has no other component and starts on 1 April, so that its
// reported financial years are whole.
type Centre struct {
	// Funding is how money arrives, is capped and pays for stages.
	Funding *CentreFunding `json:"funding,omitempty"`
	// Translation overrides the pipeline's stages.
	Translation *Translation `json:"translation,omitempty"`
	// Care is the front-line care the centre's pathways deliver.
	Care *Care `json:"care,omitempty"`
	// Outputs are the families of the model's metrics to report, each at
	// most once; every metric when none is listed. The rows keep the
	// model's order whatever the order here, and a family a point does not
	// have (funding-refused without a cap in decline mode) is left out.
	Outputs []Output `json:"outputs,omitempty"`
}

// Output is a family of the AHSC model's metrics: one metric, or for
// referrals, treated, waiting, performance and standard-met-weeks one
// per pathway ("waiting-<pathway>"), and for research-draw one per
// facility. The model's documentation defines each.
//
// Codes: "funding-offered", "funding-kept", "private-share-kept",
// "funding-refused", "funding-backfilled", "funding-deferred",
// "funding-expired", "cap-breaches", "policy-findings", "research-spent",
// "projects-started", "projects-adopted", "projects-failed",
// "projects-in-pipeline", "trials-active", "trial-recruitment",
// "referrals", "treated", "waiting", "performance", "standard-met-weeks",
// "research-draw".
type Output string

// The output families, in the model's order.
const (
	OutputFundingOffered     Output = "funding-offered"
	OutputFundingKept        Output = "funding-kept"
	OutputPrivateShareKept   Output = "private-share-kept"
	OutputFundingRefused     Output = "funding-refused"
	OutputFundingBackfilled  Output = "funding-backfilled"
	OutputFundingDeferred    Output = "funding-deferred"
	OutputFundingExpired     Output = "funding-expired"
	OutputCapBreaches        Output = "cap-breaches"
	OutputPolicyFindings     Output = "policy-findings"
	OutputResearchSpent      Output = "research-spent"
	OutputProjectsStarted    Output = "projects-started"
	OutputProjectsAdopted    Output = "projects-adopted"
	OutputProjectsFailed     Output = "projects-failed"
	OutputProjectsInPipeline Output = "projects-in-pipeline"
	OutputTrialsActive       Output = "trials-active"
	OutputTrialRecruitment   Output = "trial-recruitment"
	OutputReferrals          Output = "referrals"
	OutputTreated            Output = "treated"
	OutputWaiting            Output = "waiting"
	OutputPerformance        Output = "performance"
	OutputStandardMetWeeks   Output = "standard-met-weeks"
	OutputResearchDraw       Output = "research-draw"
)

var outputs = vocab.NewEnum(OutputFundingOffered, OutputFundingKept, OutputPrivateShareKept, OutputFundingRefused,
	OutputFundingBackfilled, OutputFundingDeferred, OutputFundingExpired, OutputCapBreaches, OutputPolicyFindings,
	OutputResearchSpent, OutputProjectsStarted, OutputProjectsAdopted, OutputProjectsFailed, OutputProjectsInPipeline,
	OutputTrialsActive, OutputTrialRecruitment, OutputReferrals, OutputTreated, OutputWaiting, OutputPerformance,
	OutputStandardMetWeeks, OutputResearchDraw)

// Outputs returns the enum of output families.
func Outputs() vocab.Enum[Output] { return outputs }

// EnumValues lists the allowed codes (for schema export).
func (Output) EnumValues() []string { return outputs.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *Output) UnmarshalText(b []byte) error { return outputs.Unmarshal(o, b) }

// CentreFunding is how research money arrives each financial year: each
// funder class's flows in the ledger's base year, grown and varied at
// random, capped, and split across the pipeline's stages.
type CentreFunding struct {
	// BaseYear is the ledger's financial year whose disbursement flows are
	// the mean yearly inflows ("2024-25"); the latest year with
	// disbursements when absent.
	BaseYear vocab.FinancialYear `json:"baseYear,omitzero"`
	// Variation is the coefficient of variation of each funder class's
	// yearly inflow around its mean, 0 (none) to 2.
	Variation *vocab.Ratio `json:"variation,omitempty"`
	// Growth is the yearly growth of the mean inflows, −50% to 50%.
	Growth *vocab.Ratio `json:"growth,omitempty"`
	// ApplyPolicy, when set, applies each private-share cap of the
	// centre's funding policy (those not restricted to one year), in
	// policy order, every financial year from the start's, in the mode it
	// gives; the scenario's own Cap applies after them.
	ApplyPolicy *CapApplication `json:"applyPolicy,omitempty"`
	// Cap caps private money every financial year from the start's; none
	// when absent.
	Cap *FundingCap `json:"cap,omitempty"`
	// Payments say which stages each funder class's money pays for; a
	// class not listed keeps the model's default.
	Payments []StagePayments `json:"payments,omitempty"`
}

// CapMode is what happens to money above a cap on private money.
//
// Codes: "decline", "defer".
type CapMode string

// The cap modes.
const (
	// CapDecline refuses the money above the cap; another funder class
	// may backfill part of it.
	CapDecline CapMode = "decline"
	// CapDefer moves the money above the cap to the next financial year,
	// where it counts again; it expires after a stated number of years.
	CapDefer CapMode = "defer"
)

var capModes = vocab.NewEnum(CapDecline, CapDefer)

// CapModes returns the enum of cap modes.
func CapModes() vocab.Enum[CapMode] { return capModes }

// EnumValues lists the allowed codes (for schema export).
func (CapMode) EnumValues() []string { return capModes.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *CapMode) UnmarshalText(b []byte) error { return capModes.Unmarshal(m, b) }

// FundingCap is a cap on the share of private money, measured as
// [funding.PrivateShareCap] measures it, applied every financial year in
// a mode.
type FundingCap struct {
	// Scope is centre (one share a year) or programme (one per programme
	// a year).
	Scope funding.Scope `json:"scope"`
	// Cap is the largest allowed share, 0 to 1.
	Cap vocab.Ratio `json:"cap"`
	// Classes are the funder classes counted as private; private when
	// empty.
	Classes []funding.FunderClass `json:"classes,omitempty"`
	// Mode is decline or defer.
	Mode CapMode `json:"mode"`
	// Backfill, in decline mode only, is a funder class that makes good a
	// share of the refused money.
	Backfill *Backfill `json:"backfill,omitempty"`
	// ExpiresAfterYears, in defer mode (required there), is how many times
	// money may move to the next year before it expires, 1 to 100.
	ExpiresAfterYears int `json:"expiresAfterYears,omitempty"`
}

// CapApplication is how caps taken from a policy apply: a mode, with a
// backfill (decline) or an expiry (defer) as in [FundingCap].
type CapApplication struct {
	// Mode is decline or defer.
	Mode CapMode `json:"mode"`
	// Backfill, in decline mode only, is a funder class that makes good a
	// share of the refused money; not one the policy's caps count.
	Backfill *Backfill `json:"backfill,omitempty"`
	// ExpiresAfterYears, in defer mode (required there), is how many times
	// money may move to the next year before it expires, 1 to 100.
	ExpiresAfterYears int `json:"expiresAfterYears,omitempty"`
}

// Backfill is a funder class that makes good a share of money refused
// under a cap, in the same programme and year.
type Backfill struct {
	// Class is the backfilling funder class; not one the cap counts.
	Class funding.FunderClass `json:"class"`
	// Share is the share of the refused money it provides, 0 to 1.
	Share vocab.Ratio `json:"share"`
}

// TranslationStage is a stage of the AHSC model's translational pipeline:
// the T0–T4 model (programme.Stage) with T2 split into the two efficacy
// phases. A project that passes t3 is adopted into routine care (T4).
//
// Codes: "t0", "t1", "t2-phase-2", "t2-phase-3", "t3".
type TranslationStage string

// The pipeline's stages, in order.
const (
	// StageT0 is discovery (basic research).
	StageT0 TranslationStage = "t0"
	// StageT1 is first in human: a phase 1 trial.
	StageT1 TranslationStage = "t1"
	// StageT2Phase2 is a phase 2 efficacy trial.
	StageT2Phase2 TranslationStage = "t2-phase-2"
	// StageT2Phase3 is a phase 3 efficacy trial.
	StageT2Phase3 TranslationStage = "t2-phase-3"
	// StageT3 is regulatory review and adoption into practice.
	StageT3 TranslationStage = "t3"
)

var translationStages = vocab.NewEnum(StageT0, StageT1, StageT2Phase2, StageT2Phase3, StageT3)

// TranslationStages returns the enum of the pipeline's stages, in order.
func TranslationStages() vocab.Enum[TranslationStage] { return translationStages }

// EnumValues lists the allowed codes (for schema export).
func (TranslationStage) EnumValues() []string { return translationStages.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *TranslationStage) UnmarshalText(b []byte) error { return translationStages.Unmarshal(s, b) }

// IsTrial reports whether projects in the stage are clinical trials that
// recruit participants: t1, t2-phase-2 and t2-phase-3.
func (s TranslationStage) IsTrial() bool {
	return s == StageT1 || s == StageT2Phase2 || s == StageT2Phase3
}

// StagePayments is which stages one funder class's money pays for.
type StagePayments struct {
	// Class is the funder class.
	Class funding.FunderClass `json:"class"`
	// Stages are the stages and the share of the class's money each gets;
	// the shares sum to exactly one.
	Stages []StageShare `json:"stages,omitempty" jsonschema:"required"`
}

// StageShare is one stage's share of a funder class's money.
type StageShare struct {
	// Stage is the stage.
	Stage TranslationStage `json:"stage"`
	// Share is its share, 0 to 1.
	Share vocab.Ratio `json:"share"`
}

// Translation overrides the translational pipeline's parameters.
type Translation struct {
	// MaxWaitWeeks is how long a project that passed a stage waits for the
	// next stage's funding before it lapses, 1 to 10,000 weeks.
	MaxWaitWeeks int `json:"maxWaitWeeks,omitempty"`
	// Stages override stages' parameters, each stage at most once.
	Stages []StageSettings `json:"stages,omitempty"`
}

// StageSettings overrides one stage's parameters; absent values keep the
// model's defaults.
type StageSettings struct {
	// Stage is the stage.
	Stage TranslationStage `json:"stage"`
	// MeanWeeks is the stage's mean duration in weeks, 1 to 10,000; for a
	// trial stage it includes recruitment.
	MeanWeeks vocab.Ratio `json:"meanWeeks,omitzero"`
	// Success is the probability of passing the stage, 0 to 1.
	Success *vocab.Ratio `json:"success,omitempty"`
	// CostPerStart is what starting a project in the stage costs, in the
	// ledger currency's minor units (pence), 1 to 2,147,483,647.
	CostPerStart int `json:"costPerStart,omitempty"`
	// Trial sets a trial stage's recruitment; only for t1, t2-phase-2 and
	// t2-phase-3.
	Trial *TrialRecruitment `json:"trial,omitempty"`
}

// TrialRecruitment is a trial's Poisson–gamma recruitment: its rate is
// drawn from a gamma distribution when it starts, and it recruits a
// Poisson number a week until it reaches its target.
type TrialRecruitment struct {
	// Participants is the recruitment target, 1 to 100,000.
	Participants int `json:"participants,omitempty"`
	// MeanRatePerWeek is the mean of the trials' weekly rates, above 0 and
	// at most 10,000.
	MeanRatePerWeek vocab.Ratio `json:"meanRatePerWeek,omitzero"`
	// Shape is the gamma shape of the rates, above 1 (so the mean time to
	// recruit is finite) and at most 1,000,000.
	Shape vocab.Ratio `json:"shape,omitzero"`
}

// DrawMode is how research draws on a facility's capacity.
//
// Codes: "reserved", "demand".
type DrawMode string

// The draw modes.
const (
	// DrawReserved takes the research share off care every week, whether
	// research uses it or not.
	DrawReserved DrawMode = "reserved"
	// DrawDemand takes what the week's trial participants need, up to the
	// research share.
	DrawDemand DrawMode = "demand"
)

var drawModes = vocab.NewEnum(DrawReserved, DrawDemand)

// DrawModes returns the enum of draw modes.
func DrawModes() vocab.Enum[DrawMode] { return drawModes }

// EnumValues lists the allowed codes (for schema export).
func (DrawMode) EnumValues() []string { return drawModes.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *DrawMode) UnmarshalText(b []byte) error { return drawModes.Unmarshal(m, b) }

// Care is the front-line care simulated: facilities with weekly capacity,
// the share research draws from them, and pathways with weekly referrals.
// The centre's portfolio states capacity and demand by period
// (programme.Capacity, programme.Demand, programme.FacilityUse); the model
// takes the figures in force on the scenario's start, and a value given
// here overrides the documents' one.
type Care struct {
	// RingFence caps the share of any facility's capacity research may
	// draw, 0 to 1; when absent, the tighter of the facility's own
	// ring-fence in the portfolio and the ring-fence rule of the centre's
	// funding policy, if any.
	RingFence *vocab.Ratio `json:"ringFence,omitempty"`
	// Facilities are the facilities care and research share, at most 100,
	// each once; when none is listed, every facility of the portfolio with
	// a capacity figure in force on the start.
	Facilities []CareFacility `json:"facilities,omitempty"`
	// Pathways are the pathways simulated, at most 100, each once; when
	// none is listed, every pathway of the portfolio with a demand figure
	// in force on the start whose facilities are all modelled.
	Pathways []CarePathway `json:"pathways,omitempty"`
}

// CareFacility is a facility's weekly capacity and research's share of it.
type CareFacility struct {
	// Facility is the facility's ID in the centre's portfolio.
	Facility vocab.FacilityID `json:"facility"`
	// CapacityPerWeek is its capacity a week in its own unit (scans,
	// slots), 0 to 10,000,000; the portfolio's figure when absent.
	CapacityPerWeek *int `json:"capacityPerWeek,omitempty"`
	// ResearchShare is the share of the capacity research may draw, 0 to
	// 1; the ring-fence bounds it. The portfolio's figure when absent, else 0.
	ResearchShare *vocab.Ratio `json:"researchShare,omitempty"`
	// Draw is reserved or demand; demand when absent.
	Draw DrawMode `json:"draw,omitempty"`
	// PerParticipant is the capacity each trial participant needs in the
	// week they are recruited, 0 to 1,000 (demand draws only).
	PerParticipant *vocab.Ratio `json:"perParticipant,omitempty"`
}

// CarePathway is a pathway's weekly demand and the capacity it uses.
type CarePathway struct {
	// Pathway is the pathway's ID in the centre's portfolio; its NHS
	// standard comes from there.
	Pathway programme.PathwayID `json:"pathway"`
	// ReferralsPerWeek is the mean number of referrals a week (Poisson),
	// above 0 and at most 1,000,000; the portfolio's figure when absent.
	ReferralsPerWeek vocab.Ratio `json:"referralsPerWeek,omitzero"`
	// SlotsPerWeek is capacity of the pathway's own (clinic slots) a week,
	// 0 to 1,000,000; unlimited when absent.
	SlotsPerWeek *int `json:"slotsPerWeek,omitempty"`
	// Uses are the facilities each referral needs and how much of each;
	// the portfolio's when none is listed.
	Uses []FacilityUse `json:"uses,omitempty"`
	// ListCapacity is the longest the waiting list may be, 1 to
	// 1,000,000,000; 1,000,000 when absent.
	ListCapacity int `json:"listCapacity,omitempty"`
	// Initial is the waiting list when the warm-up begins, 0 to
	// ListCapacity.
	Initial int `json:"initial,omitempty"`
}

// FacilityUse is the capacity of one facility each referral needs.
type FacilityUse struct {
	// Facility is a facility of the care section (of the portfolio, when
	// the care section lists none).
	Facility vocab.FacilityID `json:"facility"`
	// PerReferral is the capacity a referral needs, above 0 and at most
	// 1,000.
	PerReferral vocab.Ratio `json:"perReferral"`
}

// Limits of a centre section.
const (
	MaxCareFacilities = 100
	MaxCarePathways   = 100
	MaxUses           = 10
	MaxCost           = 2_147_483_647 // minor units per start (£21.47 million in pence)
	MaxParticipants   = 100_000
	MaxFacilityUnits  = 10_000_000 // capacity a week
	MaxExpiryYears    = 100
)

// centreProblems checks the centre section (not its references to the
// centre's documents, which the model checks).
func (s *Scenario) centreProblems() vocab.Problems {
	c := s.Centre
	p := vocab.NewPath("centre")
	var ps vocab.Problems
	if s.Arrivals != nil || s.Pipeline != nil || s.Recruitment != nil || s.Queue != nil {
		ps = ps.Add(vocab.Forbidden(p, "the centre model runs alone: remove arrivals, pipeline, recruitment and queue"))
	}
	if !s.Start.IsZero() && (s.Start.Month() != time.April || s.Start.Day() != 1) {
		ps = ps.Add(vocab.Invalid(vocab.NewPath("start"), s.Start.String(),
			"the centre model books funding by financial year: start on 1 April"))
	}
	if f := c.Funding; f != nil {
		ps = append(ps, f.problems(p.Child("funding"))...)
	}
	if t := c.Translation; t != nil {
		ps = append(ps, t.problems(p.Child("translation"))...)
	}
	if cr := c.Care; cr != nil {
		ps = append(ps, cr.problems(p.Child("care"))...)
	}
	op := p.Child("outputs")
	ps = append(ps, vocab.CheckUniqueIDs(c.Outputs, op.Index)...)
	for i, o := range c.Outputs {
		ps = ps.Add(outputs.Check(op.Index(i), o, true))
	}
	return ps
}

func (f *CentreFunding) problems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	if f.BaseYear != 0 && !f.BaseYear.IsValid() {
		ps = ps.Add(vocab.OutOfRange(p.Child("baseYear"), int(f.BaseYear), "a financial year such as 2024-25"))
	}
	if f.Variation != nil {
		ps = ps.Add(ratioIn(p.Child("variation"), *f.Variation, true, 0, 2))
	}
	if f.Growth != nil {
		if g := *f.Growth; g.Compare(vocab.Percent(-50)) < 0 || g.Compare(vocab.Percent(50)) > 0 {
			ps = ps.Add(vocab.OutOfRange(p.Child("growth"), g.String(), "must be from -1/2 to 1/2"))
		}
	}
	if a := f.ApplyPolicy; a != nil {
		ps = append(ps, a.problems(p.Child("applyPolicy"))...)
	}
	if c := f.Cap; c != nil {
		ps = append(ps, c.problems(p.Child("cap"))...)
	}
	pp := p.Child("payments")
	ps = append(ps, vocab.CheckUniqueIDsOf(pp, "class", f.Payments, func(sp *StagePayments) funding.FunderClass { return sp.Class })...)
	for i := range f.Payments {
		sp := &f.Payments[i]
		ip := pp.Index(i)
		ps = ps.Add(funding.FunderClasses().Check(ip.Child("class"), sp.Class, true))
		sts := ip.Child("stages")
		if len(sp.Stages) == 0 {
			ps = ps.Add(vocab.Required(sts, "at least one stage and its share"))
			continue
		}
		var own vocab.Problems
		own = append(own, vocab.CheckUniqueIDsOf(sts, "stage", sp.Stages, func(s *StageShare) TranslationStage { return s.Stage })...)
		shares := make([]vocab.Ratio, len(sp.Stages))
		for j, st := range sp.Stages {
			own = own.Add(translationStages.Check(sts.Index(j).Child("stage"), st.Stage, true))
			own = own.Add(ratioIn(sts.Index(j).Child("share"), st.Share, true, 0, 1))
			shares[j] = st.Share
		}
		if !own.HasErrors() && vocab.CompareSum(shares, vocab.IntRatio(1)) != 0 {
			own = own.Add(vocab.Invalid(sts, nil, "the stages' shares must sum to exactly 1"))
		}
		ps = append(ps, own...)
	}
	return ps
}

func (c *FundingCap) problems(p *vocab.Path) vocab.Problems {
	ps := vocab.Problems{}.Add(
		funding.Scopes().Check(p.Child("scope"), c.Scope, true),
		ratioIn(p.Child("cap"), c.Cap, true, 0, 1))
	ps = append(ps, vocab.CheckUniqueIDs(c.Classes, p.Child("classes").Index)...)
	for i, cl := range c.Classes {
		ps = ps.Add(funding.FunderClasses().Check(p.Child("classes").Index(i), cl, true))
	}
	capped := c.Classes
	if len(capped) == 0 {
		capped = []funding.FunderClass{funding.FunderClassPrivate}
	}
	return append(ps, modeProblems(p, c.Mode, c.Backfill, c.ExpiresAfterYears, capped)...)
}

func (a *CapApplication) problems(p *vocab.Path) vocab.Problems {
	return modeProblems(p, a.Mode, a.Backfill, a.ExpiresAfterYears, nil)
}

// modeProblems checks a cap's mode, backfill and expiry at p; capped are
// the classes the cap counts, when known.
func modeProblems(p *vocab.Path, mode CapMode, b *Backfill, expires int, capped []funding.FunderClass) vocab.Problems {
	ps := vocab.Problems{}.Add(capModes.Check(p.Child("mode"), mode, true))
	if b != nil {
		bp := p.Child("backfill")
		switch {
		case mode == CapDefer:
			ps = ps.Add(vocab.Forbidden(bp, "backfill applies to the decline mode only"))
		case slices.Contains(capped, b.Class):
			ps = ps.Add(vocab.Invalid(bp.Child("class"), string(b.Class), "the backfilling class must not be one the cap counts"))
		default:
			ps = ps.Add(funding.FunderClasses().Check(bp.Child("class"), b.Class, true))
		}
		ps = ps.Add(ratioIn(bp.Child("share"), b.Share, true, 0, 1))
	}
	ep := p.Child("expiresAfterYears")
	switch {
	case mode == CapDefer:
		ps = ps.Add(intIn(ep, expires, 1, MaxExpiryYears))
	case expires != 0:
		ps = ps.Add(vocab.Forbidden(ep, "expiry applies to the defer mode only"))
	}
	return ps
}

func (t *Translation) problems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	if t.MaxWaitWeeks != 0 {
		ps = ps.Add(intIn(p.Child("maxWaitWeeks"), t.MaxWaitWeeks, 1, MaxWeeks))
	}
	sp := p.Child("stages")
	ps = append(ps, vocab.CheckUniqueIDsOf(sp, "stage", t.Stages, func(s *StageSettings) TranslationStage { return s.Stage })...)
	for i := range t.Stages {
		st := &t.Stages[i]
		ip := sp.Index(i)
		ps = ps.Add(translationStages.Check(ip.Child("stage"), st.Stage, true))
		if !st.MeanWeeks.IsZero() {
			ps = ps.Add(ratioIn(ip.Child("meanWeeks"), st.MeanWeeks, true, 1, MaxWeeks))
		}
		if st.Success != nil {
			ps = ps.Add(ratioIn(ip.Child("success"), *st.Success, true, 0, 1))
		}
		if st.CostPerStart != 0 {
			ps = ps.Add(intIn(ip.Child("costPerStart"), st.CostPerStart, 1, MaxCost))
		}
		if tr := st.Trial; tr != nil {
			tp := ip.Child("trial")
			if translationStages.Contains(st.Stage) && !st.Stage.IsTrial() {
				ps = ps.Add(vocab.Forbidden(tp, "only the trial stages t1, t2-phase-2 and t2-phase-3 recruit"))
			}
			if tr.Participants != 0 {
				ps = ps.Add(intIn(tp.Child("participants"), tr.Participants, 1, MaxParticipants))
			}
			if !tr.MeanRatePerWeek.IsZero() {
				ps = ps.Add(ratioIn(tp.Child("meanRatePerWeek"), tr.MeanRatePerWeek, false, 0, MaxSiteRate))
			}
			if !tr.Shape.IsZero() {
				ps = ps.Add(ratioIn(tp.Child("shape"), tr.Shape, false, 1, MaxShape))
			}
		}
	}
	return ps
}

func (c *Care) problems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	if c.RingFence != nil {
		ps = ps.Add(ratioIn(p.Child("ringFence"), *c.RingFence, true, 0, 1))
	}
	fp := p.Child("facilities")
	if len(c.Facilities) > MaxCareFacilities {
		return ps.Add(vocab.OutOfRange(fp, len(c.Facilities), "at most "+strconv.Itoa(MaxCareFacilities)+" facilities"))
	}
	ps = append(ps, vocab.CheckUniqueIDsOf(fp, "facility", c.Facilities, func(f *CareFacility) vocab.FacilityID { return f.Facility })...)
	known := map[vocab.FacilityID]bool{}
	for i := range c.Facilities {
		f := &c.Facilities[i]
		ip := fp.Index(i)
		ps = ps.Add(vocab.CheckID(ip.Child("facility"), f.Facility, true))
		known[f.Facility] = true
		if f.CapacityPerWeek != nil {
			ps = ps.Add(intIn(ip.Child("capacityPerWeek"), *f.CapacityPerWeek, 0, MaxFacilityUnits))
		}
		if f.ResearchShare != nil {
			ps = ps.Add(ratioIn(ip.Child("researchShare"), *f.ResearchShare, true, 0, 1))
		}
		ps = ps.Add(drawModes.Check(ip.Child("draw"), f.Draw, false))
		if f.PerParticipant != nil {
			ps = ps.Add(ratioIn(ip.Child("perParticipant"), *f.PerParticipant, true, 0, 1000))
		}
	}
	pp := p.Child("pathways")
	if len(c.Pathways) > MaxCarePathways {
		return ps.Add(vocab.OutOfRange(pp, len(c.Pathways), "at most "+strconv.Itoa(MaxCarePathways)+" pathways"))
	}
	ps = append(ps, vocab.CheckUniqueIDsOf(pp, "pathway", c.Pathways, func(w *CarePathway) programme.PathwayID { return w.Pathway })...)
	for i := range c.Pathways {
		w := &c.Pathways[i]
		ip := pp.Index(i)
		ps = ps.Add(vocab.CheckID(ip.Child("pathway"), w.Pathway, true))
		if !w.ReferralsPerWeek.IsZero() {
			ps = ps.Add(ratioIn(ip.Child("referralsPerWeek"), w.ReferralsPerWeek, false, 0, MaxRate))
		}
		if w.SlotsPerWeek != nil {
			ps = ps.Add(intIn(ip.Child("slotsPerWeek"), *w.SlotsPerWeek, 0, MaxSlots))
		}
		up := ip.Child("uses")
		if len(w.Uses) > MaxUses {
			ps = ps.Add(vocab.OutOfRange(up, len(w.Uses), "at most "+strconv.Itoa(MaxUses)+" facilities a pathway"))
			continue
		}
		ps = append(ps, vocab.CheckUniqueIDsOf(up, "facility", w.Uses, func(u *FacilityUse) vocab.FacilityID { return u.Facility })...)
		for j, u := range w.Uses {
			jp := up.Index(j)
			if pr := vocab.CheckID(jp.Child("facility"), u.Facility, true); pr != nil {
				ps = ps.Add(pr)
			} else if len(c.Facilities) > 0 && !known[u.Facility] {
				ps = ps.Add(vocab.NotFound(jp.Child("facility"), string(u.Facility), "not among the care section's facilities"))
			}
			ps = ps.Add(ratioIn(jp.Child("perReferral"), u.PerReferral, false, 0, 1000))
		}
		listCap := w.ListCapacity
		if listCap != 0 {
			ps = ps.Add(intIn(ip.Child("listCapacity"), listCap, 1, MaxCapacity))
		} else {
			listCap = DefaultListCapacity
		}
		ps = ps.Add(intIn(ip.Child("initial"), w.Initial, 0, max(listCap, 0)))
	}
	return ps
}

// DefaultListCapacity is a care pathway's waiting-list capacity when the
// scenario gives none.
const DefaultListCapacity = 1_000_000

// clone returns a deep copy of c.
func (c *Centre) clone() *Centre {
	if c == nil {
		return nil
	}
	out := &Centre{Outputs: slices.Clone(c.Outputs)}
	if f := c.Funding; f != nil {
		g := *f
		g.Variation, g.Growth = cloneRatio(f.Variation), cloneRatio(f.Growth)
		if a := f.ApplyPolicy; a != nil {
			x := *a
			if x.Backfill != nil {
				b := *x.Backfill
				x.Backfill = &b
			}
			g.ApplyPolicy = &x
		}
		if f.Cap != nil {
			cp := *f.Cap
			cp.Classes = slices.Clone(cp.Classes)
			if cp.Backfill != nil {
				b := *cp.Backfill
				cp.Backfill = &b
			}
			g.Cap = &cp
		}
		g.Payments = slices.Clone(f.Payments)
		for i := range g.Payments {
			g.Payments[i].Stages = slices.Clone(g.Payments[i].Stages)
		}
		out.Funding = &g
	}
	if t := c.Translation; t != nil {
		u := *t
		u.Stages = slices.Clone(t.Stages)
		for i := range u.Stages {
			u.Stages[i].Success = cloneRatio(u.Stages[i].Success)
			if tr := u.Stages[i].Trial; tr != nil {
				x := *tr
				u.Stages[i].Trial = &x
			}
		}
		out.Translation = &u
	}
	if cr := c.Care; cr != nil {
		d := *cr
		d.RingFence = cloneRatio(cr.RingFence)
		d.Facilities = slices.Clone(cr.Facilities)
		for i := range d.Facilities {
			d.Facilities[i].CapacityPerWeek = cloneInt(d.Facilities[i].CapacityPerWeek)
			d.Facilities[i].ResearchShare = cloneRatio(d.Facilities[i].ResearchShare)
			d.Facilities[i].PerParticipant = cloneRatio(d.Facilities[i].PerParticipant)
		}
		d.Pathways = slices.Clone(cr.Pathways)
		for i := range d.Pathways {
			d.Pathways[i].SlotsPerWeek = cloneInt(d.Pathways[i].SlotsPerWeek)
			d.Pathways[i].Uses = slices.Clone(d.Pathways[i].Uses)
		}
		out.Care = &d
	}
	return out
}

func cloneRatio(r *vocab.Ratio) *vocab.Ratio {
	if r == nil {
		return nil
	}
	v := *r
	return &v
}

func cloneInt(n *int) *int {
	if n == nil {
		return nil
	}
	v := *n
	return &v
}
