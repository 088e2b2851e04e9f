package schema

import (
	"slices"
	"strings"
)

// GoOnlyRule is a rule the Go validators check that the published schemas
// do not state, because JSON Schema cannot (it compares values across a
// document, counts, sums or follows references) or can only in part. A
// document a schema accepts can still break one of these rules; only the
// Go validation (Validate and Problems) reports it.
type GoOnlyRule struct {
	// Name is the rule's stable name, such as "references".
	Name string
	// Rule says what the rule requires, in plain text.
	Rule string
	// Documents are the published documents the rule concerns ("centre",
	// "governance", ...).
	Documents []string
}

// goOnlyRules is the one list of rules only Go checks; the schemas'
// top-level descriptions, the README's table and the agreement tests'
// list of expected disagreements are all made from it.
var goOnlyRules = []GoOnlyRule{
	{"references", "An ID that refers to another entity names one that exists: partners and organisations (designation issuers, " +
		"succession ends, seat nominators, interests, programme leads and participants, facility owners, award recipients, funders, " +
		"budget trusts), bodies (reportsTo, KPI owners, decisions), programmes (parents, pathways, cohorts, allocations, transactions, " +
		"draws, restricted conditions), facilities and awards. A programme's lead is one of its participants.",
		[]string{"centre", "governance", "portfolio", "ledger", "network"}},
	{"unique-ids", "IDs are unique in their list (organisation IDs across partners and organisations; bodies, seats, KPIs, motions, " +
		"programmes, goals, facilities, pathways, cohorts, awards, transactions, budget lines, pipeline stages, sweep axes); so are " +
		"an organisation's identifiers, a facility's owners, a programme's participants, areas and facilities, an award's funders " +
		"and allocations, a condition's programmes, reviewers, decision makers and veto holders.",
		[]string{"centre", "governance", "portfolio", "ledger", "scenario", "network"}},
	{"sums", "Shares of one whole sum to exactly 1 (a programme's participants and areas, an award's funders) and an award's " +
		"allocations to at most 1; disbursed and committed amounts are at most the amount awarded; disbursement transactions sum " +
		"to amountDisbursed; patients within a standard are at most the total; sums of amounts fit in 64 bits.",
		[]string{"centre", "portfolio", "ledger", "network"}},
	{"date-order", "Periods end on or after their start; memberships, seat terms, KPI readings and performance periods of one " +
		"holder do not overlap; a seat lies within its body's period and a term within its seat's; a motion falls within its " +
		"body's period; a programme's goals are due, its timeline dated in order and its cohorts start within its period; a draw " +
		"falls within its budget's financial year and a transaction on or after its award date; a membership is left on or after " +
		"it is joined; a financial year's second year follows its first.",
		[]string{"centre", "governance", "portfolio", "ledger", "network"}},
	{"roster-over-time", "What needs the partner roster on a date: an ID that must name a partner names one that is a partner on " +
		"the dates it is used; each partner nominates a body's minimum voting seats, and no partner more than its maximum share, " +
		"on every date the roster or the seats change; a body has one chair seat at a time (and an independent one when its " +
		"composition says so) and a person one voting seat at a time; a reference to a closed organisation is a warning naming " +
		"its successor.",
		[]string{"centre", "governance", "network"}},
	{"acyclic", "Successions, reporting lines and parent programmes never loop; nothing succeeds, reports to or is the parent of " +
		"itself; a member is not their own alternate.",
		[]string{"centre", "governance", "portfolio", "network"}},
	{"decisions", "A recorded decision's ballots agree with attendance, seats and interests: each voter is present and holds a " +
		"voting seat on the motion's date, or is the alternate of an absent holder, is not recused by a hard conflict, and votes " +
		"once; a casting vote is cast only when the terms of reference give the chair one.",
		[]string{"centre", "governance", "network"}},
	{"identifier-checks", "The ROR check digits; an ODS site code starts with its organisation's ODS code (an NHS trust's adds " +
		"two characters); and the warnings: a UKPRN not starting with 1, an unknown Companies House number prefix.",
		[]string{"centre", "ledger", "network"}},
	{"capacity", "A pathway's facility uses and demand agree with the facility: the need is in the facility's unit, demand is " +
		"stated per the facility's capacity interval, a facility's capacity figures do not overlap in time, and research's " +
		"share of a capacity figure is within the facility's ring-fence.",
		[]string{"centre", "portfolio", "network"}},
	{"currency", "Every amount in a ledger is in the ledger's currency.",
		[]string{"centre", "ledger", "network"}},
	{"ratio-fractions", "A ratio written as a fraction n/d meets its field's bounds (a share n/d has n ≤ d); the schemas bound a " +
		"fraction by its sign only. A ratio's numerator and denominator, and a decimal's digits, fit in 64 bits.",
		[]string{"centre", "governance", "portfolio", "ledger", "policy", "scenario", "network"}},
	{"more-than-all", "A quorum or threshold of more than the whole (moreThan with a share of 1) can never be met.",
		[]string{"centre", "governance", "network"}},
	{"scenario-limits", "A scenario has at least one component; a sweep names known parameters with values in each one's range " +
		"(whole numbers for counts) and at most 10,000 points in all; a pipeline has at most 20 stages and 1,000,000 initial " +
		"projects, and its expected projects in progress (starts a week × total mean weeks) are at most 1,000,000; a waiting " +
		"list starts no fuller than its capacity; the last week ends before 31 March 9999.",
		[]string{"scenario"}},
	{"network-consistency", "In a network, centre IDs are unique and an organisation ID names the same organisation in every " +
		"centre: the same identifiers, kind, name and other names.",
		[]string{"network"}},
	{"duplicate-keys", "An object never repeats a key; JSON Schema validators see a parsed object, usually the last value.",
		[]string{"centre", "governance", "portfolio", "ledger", "policy", "scenario", "network"}},
}

// GoOnlyRules returns the rules the Go validators check and the published
// schemas do not state, in a fixed order. Each schema's top-level
// description lists those that concern its document.
func GoOnlyRules() []GoOnlyRule {
	out := slices.Clone(goOnlyRules)
	for i := range out {
		out[i].Documents = slices.Clone(out[i].Documents)
	}
	return out
}

// goOnlyRulesFor returns the rules concerning document name.
func goOnlyRulesFor(name string) []GoOnlyRule {
	var out []GoOnlyRule
	for _, r := range goOnlyRules {
		if slices.Contains(r.Documents, name) {
			out = append(out, r)
		}
	}
	return out
}

// GoOnlyRulesMarkdown returns the rules as a Markdown table (rule, what it
// requires, documents), as the README shows it.
func GoOnlyRulesMarkdown() string {
	var b strings.Builder
	b.WriteString("| rule | what only the Go validator checks | documents |\n|---|---|---|\n")
	for _, r := range goOnlyRules {
		b.WriteString("| `" + r.Name + "` | " + r.Rule + " | " + strings.Join(r.Documents, ", ") + " |\n")
	}
	return b.String()
}
