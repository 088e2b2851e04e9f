// Package strictjson decodes JSON documents strictly and with paths, and
// encodes them deterministically.
//
// encoding/json alone fills an "id" field from an "ID" key, lets the last of
// two duplicate keys win, and reports errors from UnmarshalText without saying
// where they happened. [Decode] parses the whole input into a [Value] tree
// first, then walks that tree and the destination type together, setting
// values itself, so that every finding is a [vocab.Problem] that names its
// [vocab.Path] (field path and JSON Pointer):
//
//   - malformed JSON, invalid UTF-8, a byte order mark or trailing data:
//     [vocab.ErrSyntax], with the byte offset in the detail;
//   - a key repeated in one object: [vocab.ErrDuplicate] at the second key;
//   - a key the struct does not define: [vocab.ErrUnknownField], listing the
//     known keys and suggesting the right spelling of a case-variant key;
//   - a JSON value of the wrong type: [vocab.ErrTypeInvalid];
//   - a number that does not fit its Go type, or input beyond the size or
//     nesting limits of [Options]: [vocab.ErrOutOfRange];
//   - an error from UnmarshalText or UnmarshalJSON: the [vocab.Problem] it
//     returned, moved to the current path, or else [vocab.ErrInvalid].
//
// Struct fields follow encoding/json's rules (tags, "-", embedded structs
// and their precedence). A JSON number decoded into an interface{} becomes a
// float64, as with encoding/json. The ",string" tag option is not supported.
//
// Documents stay forward compatible: when the top-level object has a
// "version" member naming a newer minor version of the current major
// version ([vocab.Version.IsNewerMinor]), unknown keys are skipped silently.
//
// Types that need custom strict decoding, such as a list of rules
// discriminated by a "kind" member, implement [Unmarshaler] and decode their
// parts through the [Decoder] they are given.
//
// [Canonical] and [Encode] are the writing side: canonical bytes for hashing
// and comparison, and indented output for people.
package strictjson
