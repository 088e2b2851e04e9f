// Package schema exports JSON Schemas (draft 2020-12) for ahsckit's
// documents: the [Centre] and the governance, programme and funding
// documents it embeds, each of which also stands alone.
//
// Entry points: [Centre], [Governance], [Portfolio], [Ledger] and [Policy]
// build each document's schema; [Documents] lists them all as [Doc]s with
// their $id; [JSON] returns the published bytes committed in json/, which
// equal [Marshal] of the built schema; [Reflector] reflects a user's own
// types with the same configuration.
//
// There is one reflector configuration, [Reflector], and it maps Go types to
// schemas by behaviour rather than by a list of types:
//
//   - a type with an IDKind() string method (every typed ID) is a string
//     matching [vocab.IDPattern];
//   - a type with an EnumValues() []string method (every enum) is a string
//     enum of those values;
//   - vocab.Date, vocab.Period, vocab.FinancialYear, vocab.Ratio and
//     vocab.Version are strings with the patterns in this package, which
//     accept what their parsers accept;
//   - a string type with a TextPattern() string method (funding.Currency)
//     is a string matching that pattern;
//   - any other encoding.TextMarshaler is a string (never an empty object);
//   - integers are bounded: 64-bit ones to the JavaScript safe range
//     ±(2^53−1), so money in minor units survives a JavaScript reader.
//
// Definitions are named after their package and type ("VocabSource",
// "AhscPartner"), so equal type names in two packages never collide.
//
// Descriptions come from the Go doc comments. They are extracted when the
// schemas are regenerated (go test ./ahsc/schema -update) and embedded, so
// the published schemas in json/ and the schemas built at run time are the
// same bytes, and a test fails when either drifts from the Go types.
package schema
