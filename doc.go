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
//   - [github.com/ahsckit/ahsckit/ahsc/reference]: the designated AHSCs of
//     England as sourced data, picked by ID (reference.Centre("khp")).
//   - [github.com/ahsckit/ahsckit/ahsc/network]: several centres in one
//     world of organisations, checked for consistency and queried by date.
//
// Each package has a generator package beside it (vocabtest, ahsctest,
// networktest, governancetest, programmetest, fundingtest) with rapid generators for
// property-based tests of your own code.
//
// A short tour:
//
//	c, problems, err := ahsc.DecodeFile("khp.json", vocab.DecodeOptions{}) // strict, then validated
//	for _, p := range problems { // errors and warnings, each with its position
//		fmt.Println(p.Position, p.Pointer(), p) // line 50, column 9 /partners/2/identifiers/0/value ...
//	}
//	if err != nil { ... } // c is nil when any problem is an error
//	for _, id := range c.PartnersAt(vocab.MustParseDate("2021-06-01")) { ... }
//
// The runnable example examples/khp reports King's Health Partners from
// cited facts (go run ./examples/khp), and examples/network the designated
// centres on a date (go run ./examples/network 2021-02-01).
//
// # Conventions
//
// Every package follows the same conventions, so what you learn in one
// holds in the others.
//
// Enums are typed strings with constants, as in the FHIR and Popolo code
// lists they follow. The type's doc lists its codes. One accessor, named as
// the plural of the type, returns its [github.com/ahsckit/ahsckit/ahsc/vocab.Enum] for listing, parsing and
// checking: governance.Cadences().Values(), .Parse("quarterly"),
// .Contains(c), .Check(path, c, required). A type has no ParseX, IsValid or
// String of its own; encoding/json writes the code as it is.
//
// Validation has three names, one per role:
//
//   - Validate() error: nil, or a [github.com/ahsckit/ahsckit/ahsc/vocab.Problems] error holding every
//     problem of severity error. Warnings never fail a document.
//   - Problems() vocab.Problems: on a document that stands alone (Centre,
//     governance.Document, programme.Portfolio, funding.Ledger,
//     funding.Policy), every problem including warnings, at paths from the
//     document's root. Problems(at *vocab.Path) on a part of a document
//     (a Body, a Programme, an Award) checks that part at the given path.
//   - Check…: a function that checks one value at a path, such as
//     [github.com/ahsckit/ahsckit/ahsc/vocab.CheckID] and [github.com/ahsckit/ahsckit/ahsc/vocab.CheckSharesSumToOne].
//   - CollectProblems(ps *vocab.Collector) *vocab.Collector: on a document
//     that stands alone, the problems Problems() returns, added to a
//     [github.com/ahsckit/ahsckit/ahsc/vocab.Collector] that lists at most its Limit and counts the rest, so
//     memory stays bounded on hostile input; Problems() is CollectProblems
//     into a collector without a limit. Validators inside the packages are
//     written the same way, append-style (ps = ps.Add(...)), and the
//     Collect… functions of vocab are the Check… functions into a
//     collector.
//
// Every problem has a field path and a JSON Pointer, a type that errors.Is
// matches (vocab.ErrRequired, vocab.ErrNotFound...), the offending value and
// what was allowed.
//
// One fault, one problem, in a defined order. A rule broken over time is
// one problem per subject and run of days, naming the run ("during
// 2012-04-01/2013-12-31"), never one per date checked. Problems follow the
// document ([github.com/ahsckit/ahsckit/ahsc/vocab.DocumentOrder]): object members in the order the Go type
// encodes them, then list elements by index, a value before what is inside
// it, unknown keys after known ones; problems at one place keep the order
// their checks found them in. A knock-on problem — one found only because
// of an earlier fault, such as ballots left uncounted at a body with an
// invalid seat — is built with [github.com/ahsckit/ahsckit/ahsc/vocab.KnockOn]: it names its cause, carries it
// as Cause, and is listed right after it. A collector with a limit
// (DecodeOptions.MaxProblems) keeps the first problems in that order,
// whatever order they were found in. Unknown keys suggest the nearest
// allowed key, and a required key a misspelling displaced is reported
// missing; a date that does not exist says which part is out of range.
//
// Decoding: every document has one decoder (ahsc.Decode and DecodeFile,
// governance.Decode, programme.Decode, funding.DecodeLedger and
// DecodePolicy, scenario.Decode) with one shape: it takes a
// [github.com/ahsckit/ahsckit/ahsc/vocab.DecodeOptions] (size, depth and problem limits; the zero value
// is 32 MiB, 128 levels, 100 problems) and returns the document, every
// problem found — decoding problems, or the validation problems of a
// well-formed document, warnings included, each with its byte offset,
// line and column — and err, which is problems.Err(). The document is nil
// exactly when err is not, so a valid document comes back with its
// warnings. Input beyond the limits is a problem, never a panic or an
// exhausted memory.
//
// Time: methods that take a date end in At (Centre.PartnersAt(d)). Dates
// are civil dates ([github.com/ahsckit/ahsckit/ahsc/vocab.Date]) at the precision their source gives (a
// day, a month or a year), periods have inclusive ends
// ([github.com/ahsckit/ahsckit/ahsc/vocab.Period]), and no function reads the clock: "as of" is always an
// argument. A query over partial dates answers for certain (PartnersAt,
// Contains) or possibly (PossiblePartnersAt, MayContain); events the centre
// records (meetings, transactions, readings) are days, tagged `vocab:"day"`.
//
// Sources: a fact carries its sources as data; an invented value carries
// an illustrative label instead ({"kind": "illustrative", "note": ...}).
//
// Numbers are exact: money is integer minor units (funding.Money), shares,
// caps and thresholds are exact ratios ([github.com/ahsckit/ahsckit/ahsc/vocab.Ratio]); nothing wraps
// around silently ([github.com/ahsckit/ahsckit/ahsc/vocab.ErrOverflow]).
//
// Reports: Report is a verb. A method named Report writes a human-readable
// report (governance.Document.Report writes Markdown); no type is named
// …Report.
//
// Value types follow net/netip: a meaningful zero value, Parse and
// MustParse, Compare, AppendTo (infallible) beside encoding.TextAppender's
// AppendText, and text marshalling.
//
// Test support: beside each package P is a generator package Ptest
// (vocabtest, ahsctest, governancetest, programmetest, fundingtest) in the
// style of net/http/httptest: functions named after the type they generate
// (governancetest.Document()), MutatedX(kinds...) returning
// [github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest.Mutation] values with the path and problem type validation
// must report, and XMutationKinds() listing the kinds. Production code never
// imports them.
//
// The exported API is listed in .ci/api.txt and checked by
// internal/apicheck, together with these documentation rules and the
// dependency guard; regenerate the listing deliberately with
// go test ./internal/apicheck -update.
package ahsckit
