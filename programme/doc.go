// Package programme models an academic health science centre's portfolio:
// research, education, specialised clinical service and shared
// infrastructure programmes, the facilities they share, clinical pathways
// held to NHS waiting-time standards, and education cohorts.
//
// # Types
//
// A [Portfolio] is the document. It holds:
//
//   - programmes ([Programme]), modelled on FHIR ResearchStudy: a [Kind], a
//     period, an
//     optional parent programme (FHIR partOf), a lead and participating
//     partners with exact shares ([Participant]), therapeutic areas as UKCRC
//     HRCS health categories with exact weights ([Area]), a translational
//     [Stage], a FHIR trial [Phase], a [Status] timeline ([StatusEntry]) and
//     measurable goals ([Goal]), each with dated readings ([GoalReading]);
//   - shared facilities ([Facility], of a [FacilityKind]), owned by partners
//     and listed by the programmes that use them, with their [Capacity] per
//     period in a [CapacityUnit] (scans, bed-days, clinic slots...) and the
//     share research may draw (the facility's ring-fence);
//   - clinical pathways ([Pathway]), each held to one of the NHS England
//     waiting-time [Standards] and carrying its recorded [Performance] as
//     counts of patients, its referral [Demand] per period, and the
//     facilities each referral needs ([FacilityUse]);
//   - education and training cohorts ([Cohort], of a [CohortKind]) of a
//     programme.
//
// Partners, programmes and facilities are named by the typed IDs of
// package vocab (vocab.OrgID, vocab.ProgrammeID, vocab.FacilityID), so a
// portfolio never imports the packages that define partners or money.
//
// # Entry points
//
//   - [Decode] reads a standalone portfolio strictly, within the limits of
//     a vocab.DecodeOptions, and validates it, returning its warnings and
//     errors with their positions.
//   - [Portfolio.Validate] and [Portfolio.Problems] check it;
//     [Portfolio.CollectProblems] does so into a vocab.Collector, which
//     may cap the list.
//   - [Portfolio.References] lists its references to partners, which an
//     ahsc.Centre resolves.
//   - The analytics take an iter.Seq of programmes, such as [Portfolio.All]
//     or [Portfolio.ActiveAt], so callers can filter first:
//     [BalanceByArea], [BalanceByPartner], [BalanceByKind] and
//     [BalanceByStage] break the portfolio down exactly;
//     [CountByStage] counts the translational pipeline;
//     [GoalAssessmentsAt] and [GoalsAtRiskAt] rate goals on a date;
//     [CountCohorts] totals cohorts by programme and kind.
//   - [Performance.RAG] rates a pathway's performance against its
//     [Standard] exactly (849 of 1000 breaches an 85% standard, 850 meets
//     it).
//   - [Portfolio.UtilisationAt] measures a facility on a date: its
//     capacity, what research draws, what is left for care and the care
//     demand of the pathways that use it ([Utilisation]);
//     [Utilisation.WithResearchShare] answers "if 20% of the scanner's
//     capacity moves to research, what is left for care?".
//
// # Capacity and demand
//
// Rates are stated in the data with their interval ([Interval]: per day,
// week, month, quarter or year), since the 18-week and 62-day standards
// are counted in weeks. A facility counts its capacity in one unit, lists
// one [Capacity] figure per period (the periods do not overlap, and every
// figure is per the same interval), and caps what research may draw with
// its RingFence; each figure states the ResearchShare research draws,
// within the ring-fence. A pathway lists one [Demand] figure per period,
// per the interval of the capacity of the facilities it uses, and each
// [FacilityUse] says how much of a facility one referral needs, in the
// facility's unit. Validation checks all of this, and that a pathway with
// demand is held to a standard. Utilisation is derived, never stored: on a
// date, demand is the sum over pathways of referrals × need, care capacity
// is capacity × (1 − research share), and utilisation is their exact
// ratio; above 1, waiting lists grow by the shortfall every interval.
//
// # Conventions
//
// Validation has one signature per role. A document that stands alone,
// the [Portfolio], has Problems() (every problem, errors and warnings, with
// paths from the document's root) and Validate() (nil, or a vocab.Problems
// error holding the errors). A part of the document is checked at a path
// by Problems(at *vocab.Path): [Programme.Problems], [Goal.Problems],
// [Facility.Problems], [Pathway.Problems], [Cohort.Problems]; what needs
// the rest of the document (parents, facilities used, the programmes
// pathways and cohorts name) is checked by the portfolio.
//
// Each enum is a typed string whose doc lists its codes, with one accessor
// named as its plural that returns a vocab.Enum for listing, parsing and
// checking: [Kinds], [Statuses], [Stages], [Phases], [FacilityKinds],
// [CohortKinds], [CapacityUnits], [Intervals]. In this package "status" always means a programme's
// lifecycle [Status]; a red/amber/green rating is a "RAG" ([Goal.RAGAt],
// [Performance.RAG]). Methods and functions taking a date end in At.
//
// Shares and weights are exact vocab.Ratio values: a programme's
// participant shares, and its area weights, are each in (0, 1] and sum to
// exactly 1. Nothing reads the clock: dates are arguments. Derived values
// (a goal's rating, a pathway's share within the standard) are computed
// from the stored readings and counts, never stored beside them.
//
// Checking a portfolio takes time linear in its size: IDs are indexed once
// per call and cycles of parent programmes are found in one pass, however
// deep the tree.
//
// Package programmetest generates valid portfolios and portfolios with one
// known defect for property tests.
package programme
