// Package funding records a centre's money — funders, awards, transactions
// and ring-fenced clinical budgets — and checks it against funding
// safeguards, explaining every breach.
//
// # Main types and entry points
//
//   - [Ledger] is the funding document: [Funder]s, [Award]s,
//     [Transaction]s and [BudgetLine]s in one [Currency]. Read one with
//     [DecodeLedger]; check it with [Ledger.Validate] or [Ledger.Problems]
//     ([Ledger.CollectProblems] into a vocab.Collector, which may cap it);
//     [Ledger.References] lists what the Centre must resolve.
//   - [Policy] is the safeguards document: a list of [Rule]s. Read one with
//     [DecodePolicy].
//   - [Evaluate] checks a ledger against a policy as of a date, with an
//     [Env] supplying declared interests and programme categories, and
//     returns an [Evaluation]: [Finding]s — rule, subject, path, measured
//     value, limit, severity and a one-sentence explanation — and a
//     [RuleSummary] per rule. [Evaluation.Report] writes it as Markdown.
//   - [Money] is an exact amount; [Apportion] splits one exactly by shares.
//
// # Records
//
// A [Ledger] holds one currency. [Money] is an int64 number of minor units
// plus an ISO 4217 [Currency]; it is never a float, and its arithmetic
// reports [vocab.ErrOverflow] or [ErrCurrencyMismatch] instead of wrapping.
// Comparisons with exact ratios ([Money.CompareShare]) cross-multiply in
// 128 bits, so a value exactly at a cap passes and one minor unit above
// fails.
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
// # Validation
//
// [Ledger] and [Policy] are documents that stand alone: Problems() returns
// every problem, errors and warnings, with paths from the document's root,
// and Validate() returns nil or a [vocab.Problems] error holding the
// errors. A ledger inside an ahsc.Centre is checked by the Centre, which
// prefixes its paths with "ledger" and resolves [Ledger.References]. A part
// of a document checks itself at the path it is given: [Funder.Problems],
// [Condition.Problems], [PeerReview.Problems] and every [Rule]'s Problems
// take the path as their one argument.
//
// # Safeguards
//
// A [Policy] is a list of [Rule]s; in JSON each rule is its fields plus a
// "kind". The built-in rules, by kind (the registry [RuleKinds] lists the
// same kinds, and a test keeps this list in step with it):
//
//   - "conflict-of-interest", [ConflictOfInterest]: no decision-maker or
//     reviewer of an award holds a hard conflict of interest with a funder
//     of the checked classes
//   - "funder-concentration-cap", [FunderConcentrationCap]: caps any single
//     funder's share of the centre's disbursements in a financial year
//   - "peer-review-required", [PeerReviewRequired]: requires independent,
//     favourable peer review of awards above a threshold
//   - "private-share-cap", [PrivateShareCap]: caps the share of private
//     money in disbursements, for the whole centre or per programme, per
//     financial year
//   - "restricted-purpose", [RestrictedPurpose]: keeps restricted funds to
//     the programmes or health categories their conditions allow
//   - "ring-fence", [RingFence]: caps research draws on each ring-fenced
//     clinical budget line
//
// Each built-in rule lives in one file: its type, its methods and an init
// function that registers its [RuleKind] (its code comes from the rule's
// Kind method). Decoding, the JSON Schema (package ahsc/schema) and the
// test generators (package fundingtest) all read the registry. A rule of
// your own implements [Rule]; [NewRuleKind] makes its kind and
// [WithRuleKind] lets [DecodePolicy] decode it.
//
// # How shares are measured
//
// Caps on shares of money measure disbursements, dated in a financial year
// and on or before the evaluation date, split into [Flow]s by
// [Ledger.FlowsAt]: each disbursement goes to its recorded programme, or
// is split across its award's allocations rounded down (the rest is
// unallocated), and each piece is split across the award's funders by
// largest remainder ([Apportion]), so every minor unit belongs to exactly
// one funder. The private share is the private funders' flows over all
// flows, for the whole centre or per programme. Awards without
// disbursement transactions do not count towards shares.
package funding
