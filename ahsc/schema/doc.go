// Package schema exports JSON Schemas (draft 2020-12) for ahsckit's
// documents: the [Centre] and the governance, programme and funding
// documents it embeds, each of which also stands alone, the simulation
// scenario, and the network of several centres (ahsc/network).
//
// Entry points: [Centre], [Governance], [Portfolio], [Ledger], [Policy],
// [Network] and the scenario in [Documents] build each document's schema;
// [Problem] builds the schema of a validation problem in its JSON form
// (the output of examples/validate -json); [JSON] returns the published
// bytes committed in json/, which equal [Marshal] of the built schema;
// [GoOnlyRules] lists the rules only the Go validation
// checks; [Reflector] reflects a user's own types with the same type
// mapping.
//
// # Reading the schemas
//
// A schema's $id (https://ahsckit.github.io/schema/v1/centre.schema.json)
// is an identifier, not a download address: each file is self-contained,
// so register it with a validator under its $id or load it from disk.
// Nothing needs fetching: examples/validate compiles the embedded files
// with a loader that refuses every URL. Formats ("date") are assertions:
// enable format checking (ajv needs
// ajv-formats; santhosh-tekuri/jsonschema needs AssertFormat). Every
// definition has a title, its name ("GovernanceBody"); descriptions are
// the Go doc comments as plain text, and a field's description wraps a
// reference in allOf instead of sitting beside $ref, so code generators
// (json-schema-to-typescript) mint one type per definition. Each schema's
// top-level description lists the Go-only rules that concern it.
//
// # How Go types become schemas
//
// One reflector configuration maps Go types by behaviour rather than by a
// list of types:
//
//   - a type with an EnumValues() []string method (every enum, and
//     programme.StandardID, whose values are the library's standards) is a
//     string enum of those values;
//   - a type with an IDKind() string method (every typed ID) is a string
//     matching [vocab.IDPattern];
//   - vocab.Date, vocab.Period, vocab.FinancialYear, vocab.Ratio and
//     vocab.Version are strings with the patterns in this package, which
//     accept what their parsers accept; the version pattern accepts only
//     the major version this release reads ([ReadableVersionPattern]);
//   - a string type with a TextPattern() string method (funding.Currency)
//     is a string matching that pattern;
//   - any other encoding.TextMarshaler is a string (never an empty object);
//   - integers are bounded: 64-bit ones to the JavaScript safe range
//     ±(2^53−1), so money in minor units survives a JavaScript reader.
//
// In the published document schemas each of these value types is a named
// definition ("VocabDate", "VocabOrgID", "GovernanceVoteOption"), and the
// rules a schema can state are added from the Go side, next to the Go
// checks:
//
//   - a required plain string (no omitempty) is never empty, and a list
//     that is omitempty yet tagged `jsonschema:"required"` is never empty;
//   - a field's `jsonschema` tag states integer ranges with the standard
//     keywords (`jsonschema:"minimum=2009,maximum=9999"`), bounds a ratio
//     the same way (`jsonschema:"exclusiveMinimum=0,maximum=1"`, a named
//     definition such as "VocabRatioAbove0To1"), requires a period's start
//     or both ends (`jsonschema:"period=started"`, "period=closed"), leaves
//     out enum codes (`jsonschema:"exclude=absent"`), gives a plain string
//     the ID syntax (`jsonschema:"id"`) or makes money positive
//     (`jsonschema:"positive"`);
//   - rules between fields (a former name has an end date, a seat is
//     nominated or independent, a share-based threshold has a share, only
//     a clinical trial has a phase, a restricted condition names its
//     purpose, an identifier's value has its scheme's shape from
//     vocab.Scheme.ValuePattern) are if/then/else conditions; where they
//     depend on codes, the codes are found by asking the Go validation
//     about each, so a code added in Go reaches the schema on regeneration;
//   - a document that also stands alone requires its version there; inside
//     the centre its definition is a second one ("GovernanceDocumentInCentre")
//     whose version is optional.
//
// Definitions are named after their package and type ("VocabSource",
// "AhscPartner"), so equal type names in two packages never collide.
//
// # Agreement with Go
//
// testdata/corpus holds documents with Go's verdict on each (valid
// documents drawn from the generator packages with fixed seeds, King's
// Health Partners, two documents of every mutation kind of every generator
// package, and hand-made cases for each rule). The package's tests check
// that the schemas accept every valid one and reject every invalid one at
// the JSON Pointer where Go reports the defect, unless it breaks a rule of
// [GoOnlyRules]; .ci/run repeats the check with ajv and compiles the
// TypeScript json-schema-to-typescript generates.
//
// Descriptions come from the Go doc comments. They are extracted when the
// schemas are regenerated and embedded (comments.json), so the published
// schemas in json/ and the schemas built at run time are the same bytes.
// go test ./ahsc/schema -update regenerates the schemas, the comments and
// the corpus, deterministically; a test fails when any of them drifts from
// the Go types.
package schema
