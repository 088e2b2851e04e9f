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
//     Each finding carries its numbers as a [Measure] (amount, share, cap,
//     excess or headroom); [WithMeasures] adds a passing finding for every
//     subject a share rule measured.
//   - [ApplyChange] answers "what would this cap have done?": it applies a
//     [Change] (a cap rule, declined or deferred) to a ledger and returns
//     the [Counterfactual] — flows before and after, every [Move], the
//     [Difference] per funder class, programme and financial year, and the
//     findings before and after. [Counterfactual.Report] writes it as
//     Markdown.
//   - [Money] is an exact amount; [Apportion] splits one exactly by shares.
//
// # Records
//
// A [Ledger] holds one currency. [Money] is an int64 number of minor units
// plus an ISO 4217 [Currency]; it is never a float, and its arithmetic
// reports [vocab.ErrOverflow] or [ErrCurrencyMismatch] instead of wrapping;
// so does [Whole], which makes an amount from whole units, while [Pounds],
// for literals, panics on overflow as vocab.MustRatio does.
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
//
// A finding states its numbers twice: in a sentence, with shares printed to
// as many decimals as it takes for the measured share and the cap to read
// differently when they differ (GBP 300.01 of GBP 1,000.01 is "30.001%"
// against a "30.000%" cap), and as a [Measure] a script can use. A
// share's Excess is the least money whose removal meets the cap: because
// removing capped money shrinks the whole too, for capped money p of a
// whole T under cap c it is ⌈(p − c×T)/(1 − c)⌉, not p − c×T.
//
// Transactions must be dated in a financial year that has a text form,
// from 0001-04-01 to 9999-03-31, so that every finding names its year and
// every year encodes; later dates are refused when the ledger is checked.
//
// # What if
//
// [ApplyChange] applies a [Change] to a ledger as if its cap had been in
// force, year by year, and returns a [Counterfactual]. The caps are the
// share caps on disbursements, [PrivateShareCap] and
// [FunderConcentrationCap]; each can be applied in one of two modes
// ([ChangeMode]):
//
//   - decline: the money above the cap is refused. A [Change.Backfill]
//     class may replace a share of the refused money ([Change.BackfillShare]),
//     which adds to the whole, so less needs refusing.
//   - defer: the money above the cap moves to the next financial year,
//     where the cap applies again; money deferred [Change.ExpiresAfter]
//     times and still above the cap expires.
//
// Worked example of decline (illustrative figures, run as
// ExampleApplyChange_decline): a programme receives GBP 700,000 of public
// and GBP 600,000 of private money in 2024-25, 46.2% private. Under a 30%
// cap, refusing x of the private money leaves (600,000 − x) of
// (1,300,000 − x), so x = (600,000 − 0.3×1,300,000)/0.7 = GBP 300,000,
// leaving GBP 300,000 of GBP 1,000,000: exactly 30%. If academic money
// backfills all that is refused, the whole stays GBP 1,300,000 and only
// 600,000 − 390,000 = GBP 210,000 is refused (and replaced).
//
// Worked example of defer (ExampleApplyChange_defer): the same GBP 300,000
// moves to 2025-26, when the programme has GBP 1,000,000 of public and GBP
// 100,000 of private money of its own: GBP 400,000 of GBP 1,400,000 is
// 28.6%, within the cap, so it is all disbursed there and nothing is lost.
// Had there been only GBP 500,000 of public money, GBP 400,000 of GBP
// 900,000 would be 44.4%; the latest money goes first, so the GBP 100,000
// of 2025-26 moves on to 2026-27 and GBP 85,714.29 of the money from
// 2024-25, deferred once already, expires (with ExpiresAfter 1).
//
// The result is exact and deterministic: a cap of 100% changes nothing, the
// counterfactual never breaches the cap it applied, a decline conserves
// money as refused plus kept, and a deferral conserves it across years
// until it expires (rapid properties in the package's tests).
package funding
