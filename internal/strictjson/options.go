package strictjson

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Default limits used when the corresponding [Options] field is zero: those
// of [vocab.DecodeOptions].
const (
	// DefaultMaxBytes is the default input size limit: 32 MiB.
	DefaultMaxBytes = vocab.DefaultMaxBytes
	// DefaultMaxDepth is the default limit on nesting of objects and arrays.
	DefaultMaxDepth = vocab.DefaultMaxDepth
	// DefaultMaxProblems is the default number of problems listed before
	// one closing problem counts the rest.
	DefaultMaxProblems = vocab.DefaultMaxProblems
)

// Options limits what [Decode] accepts and reports: the public decoders'
// [vocab.DecodeOptions], whose doc gives the limits. The zero value uses
// the defaults; zero or negative fields mean the default. Past MaxProblems,
// decoding goes on and counts problems without building them, and one
// closing vocab.ErrOutOfRange problem at the root says how many more were
// found, so a list is at most MaxProblems+1 long.
type Options = vocab.DecodeOptions
