package programme

import (
	"io"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Decode reads a standalone portfolio strictly (unknown or repeated keys,
// wrong types, unsupported enum codes and malformed values are problems
// with paths) and validates it. The error is a [vocab.Problems] listing
// both; on error the portfolio is nil.
func Decode(r io.Reader) (*Portfolio, error) {
	var d Portfolio
	ps := strictjson.Decode(r, &d, strictjson.Options{})
	if ps.HasErrors() {
		return nil, ps
	}
	if err := d.Validate(); err != nil {
		return nil, append(ps, vocab.ProblemsOf(err)...)
	}
	return &d, nil
}
