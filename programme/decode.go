package programme

import (
	"io"

	"github.com/ahsckit/ahsckit/internal/docio"
)

// Decode reads a standalone portfolio strictly (unknown or repeated keys,
// wrong types, unsupported enum codes and malformed values are problems
// with paths) and validates it. The error is a [vocab.Problems] listing
// both; on error the portfolio is nil.
func Decode(r io.Reader) (*Portfolio, error) {
	return docio.Decode(r, (*Portfolio).Validate)
}
