// Package funding records a centre's money — funders, awards, transactions
// and ring-fenced clinical budgets — and turns funding safeguards into rules
// that are checked and explained.
//
// # Records
//
// A [Ledger] holds one currency. [Money] is an int64 number of minor units
// plus an ISO 4217 [Currency]; it is never a float, and its arithmetic
// reports [vocab.ErrOverflow] or [ErrCurrencyMismatch] instead of wrapping.
// Comparisons with exact ratios ([Money.CmpShare]) cross-multiply in 128
// bits, so a value exactly at a cap passes and one minor unit above fails.
//
// [Funder]s are organisations in the shared vocab.OrgID namespace with a
// [FunderClass] (public, philanthropic, private, academic; mapped to FHIR
// research-study-party-organization-type by [FunderClass.FHIRPartyOrgType]).
// An [Award] follows the 360Giving grant: co-funders with exact shares
// summing to one, amounts applied for, awarded and disbursed, award date,
// planned and actual periods, open call or invited, [PeerReview],
// decision-makers, IATI-style [Condition]s and [Allocation]s to programmes.
// [Transaction]s (commitments and disbursements) reconcile with their
// awards, and [BudgetLine]s record trusts' clinical budgets and the research
// [Draw]s on them.
//
// Validation ([Ledger.Validate], [Ledger.Problems]) reports every problem
// with its path; [Ledger.References] lists the funders, partners and
// programmes the Centre must resolve.
//
// # Safeguards
//
// A [Policy] is a list of [Rule]s. The built-in rules are [PrivateShareCap],
// [FunderConcentrationCap], [PeerReviewRequired], [ConflictOfInterest],
// [RingFence] and [RestrictedPurpose]; in JSON each carries a "kind".
// [Evaluate] checks a ledger against a policy as of a date, with an [Env]
// supplying declared interests and programme categories, and returns a
// [Report] of [Finding]s — rule, subject, path, measured value, limit,
// severity and a one-sentence explanation — with a summary per rule,
// renderable as Markdown ([Report.Markdown]).
//
// # How shares are measured
//
// Caps on shares of money measure disbursements, dated in a financial year
// and on or before the evaluation date, split into [Flow]s by
// [Ledger.Flows]: each disbursement goes to its recorded programme, or is
// split across its award's allocations rounded down (the rest is
// unallocated), and each piece is split across the award's funders by
// largest remainder ([Apportion]), so every minor unit belongs to exactly
// one funder. The private share is the private funders' flows over all
// flows, for the whole centre or per programme. Awards without disbursement
// transactions do not count towards shares.
package funding
