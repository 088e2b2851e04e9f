package schema

import (
	"encoding/json"
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/sim/simtest"
)

// The hand-made corpus documents start from King's Health Partners, so
// each edit names a real place in a real document.
func khpCentre() any { return reference.KingsHealthPartners() }

// khpPartnership is the KHP centre without its three documents, the base
// of the hand-made centre documents (the documents' own cases start from
// the standalone ones, which keeps the corpus small).
func khpPartnership() any {
	c := reference.KingsHealthPartners()
	c.Governance, c.Portfolio, c.Ledger = nil, nil, nil
	return c
}
func khpGovernance() any { return reference.KHPGovernance() }
func khpPortfolio() any  { return reference.KHPPortfolio() }
func khpLedger() any     { return reference.KHPLedger() }
func khpPolicy() any     { return reference.KHPPolicy() }
func aScenario() any     { return simtest.Scenario().Example(0) }

// kpi is a KPI owned by the KHP board, to edit.
func kpi() map[string]any {
	return map[string]any{"id": "recruitment", "metric": "share of trials recruiting to time", "unit": "proportion",
		"target":  map[string]any{"direction": "higher-is-better", "value": "4/5"},
		"cadence": "quarterly", "owner": "khp-board",
		"readings": []any{map[string]any{"period": "2024-04-01/2024-06-30", "value": "3/4"}}}
}

// pipeline is a scenario pipeline of n one-week stages.
func pipeline(n int) map[string]any {
	var stages []any
	for i := range n {
		stages = append(stages, map[string]any{"name": fmt.Sprintf("s%d", i), "meanWeeks": "1", "success": "1"})
	}
	return map[string]any{"startsPerWeek": "1", "stages": stages}
}

// axes is a sweep of n axes over the arrival rate and the queue's slots,
// each with values values.
func axes(n, values int) []any {
	var out []any
	for i := range n {
		var vs []any
		for v := range values {
			vs = append(vs, fmt.Sprint(v+1))
		}
		param := []string{"/arrivals/ratePerWeek", "/queue/slotsPerWeek"}[i%2]
		out = append(out, map[string]any{"name": fmt.Sprintf("a%d", i), "parameter": param, "values": vs})
	}
	return out
}

// handCases are the hand-made corpus documents: one invalid document for
// each rule the schemas state (and some the Go-only table lists), and
// valid documents in spellings Go accepts, so the schemas are checked in
// both directions.
func handCases() []handCase {
	const b0 = "/bodies/0"
	c := func(name string, pointer string, edits ...edit) handCase {
		return handCase{name: name, schema: "centre", base: khpPartnership, edits: edits, pointer: pointer}
	}
	gov := func(name string, pointer string, edits ...edit) handCase {
		return handCase{name: name, schema: "governance", base: khpGovernance, edits: edits, pointer: pointer}
	}
	port := func(name string, pointer string, edits ...edit) handCase {
		return handCase{name: name, schema: "portfolio", base: khpPortfolio, edits: edits, pointer: pointer}
	}
	led := func(name string, pointer string, edits ...edit) handCase {
		return handCase{name: name, schema: "ledger", base: khpLedger, edits: edits, pointer: pointer}
	}
	goOnly := func(h handCase, rule string) handCase { h.goOnly = rule; return h }
	return []handCase{
		// The centre and its organisations.
		c("empty centre name", "/name", set("/name", "")),
		c("empty partner list", "/partners", set("/partners", []any{})),
		c("no partners", "/partners", del("/partners")),
		c("partner with no memberships", "/partners/0/memberships", set("/partners/0/memberships", []any{})),
		c("another major version", "/version", set("/version", "2.0")),
		c("version not major.minor", "/version", set("/version", "1.0.0")),
		c("empty organisation name", "/organisations/0/name", set("/organisations/0/name", "")),
		c("lower-case ODS code", "/partners/1/identifiers/0/value", set("/partners/1/identifiers/0/value", "rj1")),
		c("trust ODS code of four characters", "/partners/1/identifiers/0/value", set("/partners/1/identifiers/0/value", "RJ1A")),
		c("ROR ID of the wrong shape", "/partners/0/identifiers/1/value", set("/partners/0/identifiers/1/value", "220mzb33")),
		goOnly(c("ROR ID with a wrong checksum", "/partners/0/identifiers/1/value", set("/partners/0/identifiers/1/value", "0220mzb34")), "identifier-checks"),
		goOnly(c("trust site code not extending its ODS code", "/partners/2/identifiers/1/value", set("/partners/2/identifiers/1/value", "RJ101")), "identifier-checks"),
		c("source URL not http", "/sources/0/url", set("/sources/0/url", "ftp://example.org/report")),
		c("source URL relative", "/sources/0/url", set("/sources/0/url", "/report")),
		c("source URL without a host", "/sources/0/url", set("/sources/0/url", "https:///report")),
		c("empty source title", "/sources/0/title", set("/sources/0/title", "")),
		c("designation round after 9999", "/designations/0/round", set("/designations/0/round", 10000)),
		c("designation open at the start", "/designations/0/period", set("/designations/0/period", "../2014-03-31")),
		c("acronym with an end date", "/partners/0/otherNames/0/until", set("/partners/0/otherNames/0/until", "2020-01-01")),
		c("succession without a date", "/successions/0/date", set("/successions/0/date", "")),

		// Governance (standalone KHP governance).
		gov("seat neither nominated nor independent", b0+"/seats/1/nominatedBy", del(b0+"/seats/1/nominatedBy")),
		gov("seat weight above the maximum", b0+"/seats/1/weight", set(b0+"/seats/1/weight", 1000001)),
		gov("negative seat weight", b0+"/seats/1/weight", set(b0+"/seats/1/weight", -1)),
		gov("threshold without a share", b0+"/rules/threshold/share", del(b0+"/rules/threshold/share")),
		gov("threshold share of zero", b0+"/rules/threshold/share", set(b0+"/rules/threshold/share", "0")),
		gov("threshold share above one", b0+"/rules/threshold/share", set(b0+"/rules/threshold/share", "1.5")),
		gov("quorum share above one", b0+"/rules/quorum/share", set(b0+"/rules/quorum/share", "1.5")),
		goOnly(gov("quorum share above one as a fraction", b0+"/rules/quorum/share", set(b0+"/rules/quorum/share", "3/2")), "ratio-fractions"),
		goOnly(gov("quorum of more than all", b0+"/rules/quorum/moreThan", set(b0+"/rules/quorum/share", "1")), "more-than-all"),
		gov("body open at the start", b0+"/period", set(b0+"/period", "../2020-01-01")),
		gov("term open at the start", b0+"/seats/0/terms/0/period", set(b0+"/seats/0/terms/0/period", "../2025-01-01")),
		gov("interest open at the start", "/interests/0/period", set("/interests/0/period", "../2025-01-01")),
		gov("negative minimum voting seats", b0+"/composition/minVotingSeatsPerPartner",
			set(b0+"/composition", map[string]any{"minVotingSeatsPerPartner": -1})),
		gov("maximum partner share above one", b0+"/composition/maxPartnerShare",
			set(b0+"/composition", map[string]any{"maxPartnerShare": "2"})),
		gov("KPI reading with an open end", "/kpis/0/readings/0/period",
			set("/kpis", []any{kpi()}), set("/kpis/0/readings/0/period", "2024-04-01/..")),
		gov("KPI without a metric", "/kpis/0/metric", set("/kpis", []any{kpi()}), set("/kpis/0/metric", "")),
		gov("KPI with a negative tolerance", "/kpis/0/target/tolerance",
			set("/kpis", []any{kpi()}), set("/kpis/0/target/tolerance", "-1/10")),

		// The portfolio (standalone KHP portfolio).
		port("participant share of zero", "/programmes/0/participants/0/share", set("/programmes/0/participants/0/share", "0")),
		port("participant share above one", "/programmes/0/participants/0/share", set("/programmes/0/participants/0/share", "1.5")),
		port("programme without participants", "/programmes/0/participants", del("/programmes/0/participants")),
		port("empty programme name", "/programmes/0/name", set("/programmes/0/name", "")),
		port("negative patients within the standard", "/pathways/0/performance/0/within", set("/pathways/0/performance/0/within", -1)),
		port("performance period with an open end", "/pathways/0/performance/0/period", set("/pathways/0/performance/0/period", "2024-04-01/..")),
		port("cohort open at the start", "/cohorts/0/period", set("/cohorts/0/period", "../2027-09-30")),

		// The ledger (standalone KHP ledger).
		led("malformed transaction ID", "/transactions/0/id", set("/transactions/0/id", "Brc 2023")),
		led("empty transaction ID", "/transactions/0/id", set("/transactions/0/id", "")),
		led("funder share of zero", "/awards/0/funders/0/share", set("/awards/0/funders/0/share", "0")),
		led("allocation share above one", "/awards/1/allocations/0/share", set("/awards/1/allocations/0/share", "1.5")),
		led("restricted condition without a purpose", "/awards/2/conditions/0/programmes", del("/awards/2/conditions/0/healthCategories")),
		led("performance condition naming programmes", "/awards/5/conditions/0/kind",
			set("/awards/5/conditions/0/programmes", []any{"precision-medicine"})),
		led("lower-case currency", "/currency", set("/currency", "gbp")),
		led("zero amount awarded", "/awards/0/amountAwarded/minor", set("/awards/0/amountAwarded/minor", 0)),
		led("zero transaction amount", "/transactions/0/amount/minor", set("/transactions/0/amount/minor", 0)),

		// Standalone documents.
		{name: "governance without a version", schema: "governance", base: khpGovernance, edits: []edit{del("/version")}, pointer: "/version"},
		{name: "portfolio without a version", schema: "portfolio", base: khpPortfolio, edits: []edit{del("/version")}, pointer: "/version"},
		{name: "ledger without a version", schema: "ledger", base: khpLedger, edits: []edit{del("/version")}, pointer: "/version"},
		{name: "null rule", schema: "policy", base: khpPolicy, edits: []edit{set("/rules/0", nil)}, pointer: "/rules/0"},
		{name: "cap above one as a decimal", schema: "policy", base: khpPolicy, edits: []edit{set("/rules/0/cap", "1.5")}, pointer: "/rules/0/cap"},
		{name: "weeks above the limit", schema: "scenario", base: aScenario, edits: []edit{set("/weeks", 10001)}, pointer: "/weeks"},
		{name: "pipeline of 21 stages", schema: "scenario", base: aScenario, edits: []edit{set("/pipeline", pipeline(21))}, pointer: "/pipeline/stages"},
		{name: "sweep of 9 axes", schema: "scenario", base: aScenario, edits: []edit{set("/sweep", axes(9, 1))}, pointer: "/sweep"},
		{name: "axis of 1001 values", schema: "scenario", base: aScenario, edits: []edit{set("/sweep", axes(1, 1001))}, pointer: "/sweep/0/values"},

		// What the contract refuses, Go refuses too: integers beyond what a
		// JSON reader holds exactly, and null for an optional member.
		led("amount beyond 2^53-1", "/awards/0/amountAwarded/minor",
			set("/awards/0/amountAwarded/minor", json.Number("9007199254740993"))),
		port("patient count beyond 2^53-1", "/pathways/0/performance/0/total",
			set("/pathways/0/performance/0/total", json.Number("9007199254740992"))),
		c("null other names", "/partners/0/otherNames", set("/partners/0/otherNames", nil)),
		c("null governance", "/governance", set("/governance", nil)),
		led("null sources", "/sources", set("/sources", nil)),
		// An optional member is left out, never empty.
		gov("empty optional code", b0+"/meets", set(b0+"/meets", "")),
		gov("empty optional ID", b0+"/reportsTo", set(b0+"/reportsTo", "")),
		gov("empty optional note", b0+"/note", set(b0+"/note", "")),
		led("empty URL of an illustrative source", "/sources/0/url", set("/sources/0/url", "")),
		led("empty peer review", "/awards/1/peerReview", set("/awards/1/peerReview", map[string]any{})),

		// Valid documents in spellings Go accepts.
		c("identifier spellings Go normalises", "",
			set("/partners/0/identifiers/1/value", "https://ror.org/0220MZB33"),
			set("/organisations/1/identifiers", []any{map[string]any{"scheme": "crossref-funder", "value": "https://doi.org/10.13039/501100000272"}}),
			set("/organisations/4/identifiers", []any{map[string]any{"scheme": "charity-northern-ireland", "value": "NIC100001"}})),
		port("ratio spellings", "",
			set("/programmes/0/participants/0/share", "50%"),
			set("/programmes/0/participants/1/share", "0.25"),
			set("/programmes/0/participants/2/share", "+1/4")),
		c("URL scheme in capitals", "", set("/sources/0/url", "HTTPS://www.kingshealthpartners.org/")),
		gov("unanimity with an unused share", "", set("/bodies/1/rules/threshold", map[string]any{"rule": "unanimity", "share": "1/2"})),
		{name: "newer minor version", schema: "ledger", base: khpLedger, edits: []edit{set("/version", "1.7")}},
	}
}
