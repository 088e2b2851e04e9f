// Package docio decodes ahsckit's top-level documents one way: strictly,
// then validated, with decoding and validation problems in one list.
package docio

import (
	"io"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Decode reads one document of type T from r with strict decoding, then
// validates it. It returns the document and nil when there are no errors
// (warnings are dropped), and nil and a [vocab.Problems] error otherwise:
// decoding problems alone when the input is malformed, decoding warnings
// and validation problems when it is well formed but invalid.
func Decode[T any](r io.Reader, validate func(*T) error) (*T, error) {
	var doc T
	ps := strictjson.Decode(r, &doc, strictjson.Options{})
	if ps.HasErrors() {
		return nil, ps
	}
	if err := validate(&doc); err != nil {
		return nil, append(ps, vocab.ProblemsOf(err)...)
	}
	return &doc, nil
}
