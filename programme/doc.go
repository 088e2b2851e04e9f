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
//     and listed by the programmes that use them;
//   - clinical pathways ([Pathway]), each held to one of the NHS England
//     waiting-time [Standards] and carrying its recorded [Performance] as
//     counts of patients;
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
// [CohortKinds]. In this package "status" always means a programme's
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
