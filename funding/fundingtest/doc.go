// Package fundingtest provides rapid generators for package funding, in the
// style of net/http/httptest: [Ledger] and [Policy] generate documents that
// are valid by construction, [Rule] and [RuleOf] valid rules of any
// registered kind, [Change] valid changes for funding.ApplyChange, and
// [MutatedLedger] and [MutatedPolicy] documents
// broken in exactly one way, each a [vocabtest.Mutation] with the path and
// problem type validation must report ([LedgerMutationKinds] and
// [PolicyMutationKinds] list the kinds of defect).
// Production code must never import it.
package fundingtest
