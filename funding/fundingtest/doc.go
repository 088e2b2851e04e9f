// Package fundingtest provides rapid generators for package funding: ledgers
// and policies that are valid by construction, and mutations that break a
// valid ledger in exactly one way with the path and problem type Validate
// must report. Production code must never import it.
package fundingtest
