// Package ahsckit models academic health science centres (AHSCs):
// partnerships such as King's Health Partners, where a university and NHS
// trusts join research, education and patient care under shared governance
// and funding.
//
// This root package holds only documentation; the code lives in:
//
//   - [github.com/ahsckit/ahsckit/ahsc]: the composition root. A Centre
//     brings partners (with time-bounded memberships, identifiers,
//     successions and AHSC designations) together with the three domain
//     documents and resolves every reference between them in one place.
//   - [github.com/ahsckit/ahsckit/ahsc/vocab]: the shared vocabulary every
//     package speaks — civil dates, periods, financial years, typed IDs,
//     external identifiers (ODS, UKPRN, ROR...), exact ratios, sources,
//     targets with RAG status — and the path-aware validation problems all
//     packages report (errors.Is(err, vocab.ErrRequired)).
//   - [github.com/ahsckit/ahsckit/governance]: bodies, seats, terms,
//     decisions with quorum, thresholds and recusal, interests, KPIs.
//   - [github.com/ahsckit/ahsckit/programme]: the portfolio of research,
//     education, clinical and infrastructure programmes, facilities,
//     pathways with NHS standards, cohorts and analytics.
//   - [github.com/ahsckit/ahsckit/funding]: money, funders, awards,
//     transactions, ring-fenced budgets, and safeguard policies evaluated
//     into explained findings.
//   - [github.com/ahsckit/ahsckit/ahsc/schema]: JSON Schemas for every
//     document, for teams in other languages.
//
// Each package has a generator package beside it (vocabtest, ahsctest,
// governancetest, programmetest, fundingtest) with rapid generators for
// property-based tests of your own code.
//
// A short tour:
//
//	c, err := ahsc.DecodeFile("khp.json") // strict: unknown/duplicate keys are problems
//	if err != nil { ... }
//	if err := c.Validate(); err != nil {
//		for _, p := range vocab.ProblemsOf(err) {
//			fmt.Println(p.Pointer(), p) // /partners/2/identifiers/0/value ...
//		}
//	}
//	for _, id := range c.PartnersAt(vocab.MustParseDate("2021-06-01")) { ... }
//
// The runnable example examples/khp builds King's Health Partners from
// cited facts: go run ./examples/khp.
package ahsckit
