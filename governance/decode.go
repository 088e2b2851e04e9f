package governance

import (
	"io"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/docio"
)

// Decode reads a standalone governance document strictly (unknown or
// repeated keys, wrong types, unsupported enum codes, malformed values and
// input beyond the limits of opts are problems), then checks it with
// [Document.CollectProblems]. It returns the document, or nil when any
// problem is an error; every problem found, warnings included, each with
// its path and position in the input, at most opts.MaxProblems of them and
// then one closing problem counting the rest; and problems.Err(). See
// [vocab.DecodeOptions] for the limits and their defaults.
func Decode(r io.Reader, opts vocab.DecodeOptions) (*Document, vocab.Problems, error) {
	return docio.Decode(r, opts, (*Document).CollectProblems)
}
