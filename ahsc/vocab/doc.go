// Package vocab is the shared vocabulary of ahsckit: the small value types that
// every domain package speaks in, and the validation problems they all report.
//
// It holds civil dates at a precision of a day, a month or a year ([Date]),
// periods with inclusive ends ([Period]), UK financial years
// ([FinancialYear]), typed identifiers ([ID] and its aliases such as
// [OrgID]), external organisation identifiers ([Identifier]), exact ratios
// ([Ratio]), sources, cited or illustrative ([Source]), targets with RAG
// status ([Target]), cross-document references ([Reference], [Roster]) and
// path-aware validation problems ([Path], [Problem], [Problems]).
//
// # Precision
//
// A fact is recorded at the precision its source gives: "2011-10-03",
// "2011-10" or "2011" (FHIR's date). A partial date is the span of days it
// names ([Date.First], [Date.Last]), so a [Period] with partial bounds has
// days it certainly covers and days it possibly covers, and the queries
// come in pairs: [Period.Contains] / [Period.MayContain],
// [Period.Overlaps] / [Period.MayOverlap], [Period.Covers] /
// [Period.MayCover], with certain ⊆ possible. Use the certain query to
// answer "who was a partner on d" and the possible one for rules that fail
// only when a value certainly breaks them ("must fall within the
// programme's period"). [Date.Compare] is a total order for sorting;
// [Date.Before] and [Date.After] are certain.
//
// One Date type serves both kinds of field. Which fields may be partial is
// a rule of the field, not of the type: events the centre records itself
// (a meeting and its ballots, a transaction, a reading) have a day, which
// their validators check with [CheckDay] and [CheckDayPeriod] and their
// schema states with a day-only pattern (the field is tagged
// `vocab:"day"`). A separate exact type would make every query and
// comparison between the two kinds of field a conversion, and a Period
// could no longer hold both; a tag and a check keep one vocabulary and
// still reject "2024-06" for a transaction, at its JSON Pointer.
//
// # Sources
//
// A value is either cited or labelled illustrative in the data itself
// ([Illustrative]: {"kind": "illustrative", "note": "..."}), wherever
// sources go; [CheckSourced] requires one or the other.
//
// Value types follow net/netip: the zero value is meaningful, text forms round
// trip through Parse/String and MarshalText/UnmarshalText, and values are
// comparable with ==.
//
// Validation problems follow Kubernetes' validation/field package: validators
// descend with a [Path] and append [Problem] values to a [Problems] list whose
// [Problems.Err] is nil when it holds no errors. Every problem matches its
// kind with errors.Is (for example errors.Is(err, vocab.ErrRequired)) and
// unwraps to *Problem with errors.As, however deeply the list is wrapped.
//
// # Order
//
// Problems are listed in the order of the document ([DocumentOrder]):
// members in the order the Go type encodes its fields (declaration order,
// embedded structs' fields in place), then list elements by index and map
// entries by key, a value before the values inside it, and members the
// type does not declare after those it does. Problems at the same place
// keep the order their checks found them in. A knock-on problem, found
// only because of another fault, is built with [KnockOn]: its Cause is
// the causing *Problem, its detail names the cause's path, and it is
// listed right after its cause wherever its own path lies. Each
// document's CollectProblems sets the order on its [Collector]
// ([Collector.OrderBy]); with a Limit the collector keeps the first Limit
// problems in that order, in memory bounded by the limit, and counts the
// rest.
package vocab
