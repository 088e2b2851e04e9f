// Package scalebench holds, in its test files only, the scale benchmarks of
// ahsckit: synthetic valid centres of about 1k, 10k and 100k entities of
// each kind, decoded and validated by ahsckit and, on the same bytes, by a
// bare encoding/json decode, json v2 and santhosh-tekuri/jsonschema v6
// against the published centre schema. See README.md's speed section for
// the command that runs them. The package has no exported API.
package scalebench
