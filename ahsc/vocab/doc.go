// Package vocab is the shared vocabulary of ahsckit: the small value types that
// every domain package speaks in, and the validation problems they all report.
//
// It holds civil dates ([Date]), periods with inclusive ends ([Period]), UK
// financial years ([FinancialYear]), typed identifiers ([ID] and its aliases
// such as [OrgID]), external organisation identifiers ([Identifier]), exact
// ratios ([Ratio]), cited sources ([Source]), targets with RAG status
// ([Target]), cross-document references ([Reference], [Roster]) and
// path-aware validation problems ([Path], [Problem], [Problems]).
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
package vocab
