package governance

import (
	"io"

	"github.com/ahsckit/ahsckit/internal/docio"
)

// Decode reads a standalone governance document strictly (unknown or
// repeated keys, wrong types, unsupported enum codes and malformed values
// are problems with paths) and validates it. The error is a
// [vocab.Problems] listing both; on error the document is nil.
func Decode(r io.Reader) (*Document, error) {
	return docio.Decode(r, (*Document).Validate)
}
