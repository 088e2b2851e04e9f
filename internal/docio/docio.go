// Package docio decodes ahsckit's top-level documents one way: strictly,
// then checked, with decoding and validation problems in one list, each
// with its position in the input. Every public decoder is one call of
// [Decode].
package docio

import (
	"io"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Decode reads one document of type T from r with strict decoding, limited
// by opts, then checks it with collect, which adds every problem of a
// decoded document, warnings included, to a collector (the document's
// CollectProblems method). It returns the public decoders' result: the
// document, or nil when any problem is an error; every problem found; and
// problems.Err().
//
// The problems are the decoding problems alone when the input is
// malformed, else the decoding problems followed by collect's. The list
// holds at most opts.MaxProblems problems and, when more were found, a
// closing vocab.ErrOutOfRange problem at the root saying how many more
// (an error unless every problem found is a warning). Every problem
// carries the position (offset, line, column) of the value it names;
// collect's problems get theirs from their JSON Pointers, or from the
// nearest enclosing value when the input lacks the value (a missing
// member); the closing problem has the position of the last problem listed.
//
// Memory is the input (at most opts.MaxBytes), the document, what collect
// needs to check it, and at most opts.MaxProblems problems: problems past
// the limit are counted, not kept.
func Decode[T any](r io.Reader, opts vocab.DecodeOptions, collect func(*T, *vocab.Collector) *vocab.Collector) (*T, vocab.Problems, error) {
	return DecodeInto(r, opts, new(T), collect)
}

// DecodeInto is [Decode] into doc, which may hold what decoding needs
// beforehand (such as the rule kinds a policy's rules decode with).
func DecodeInto[T any](r io.Reader, opts vocab.DecodeOptions, doc *T, collect func(*T, *vocab.Collector) *vocab.Collector) (*T, vocab.Problems, error) {
	opts = opts.WithDefaults()
	in, ps := strictjson.Read(r, opts)
	if ps != nil {
		return nil, ps, ps.Err()
	}
	ps = in.Decode(doc, opts)
	if ps.HasErrors() {
		return nil, ps, ps.Err()
	}
	c := &vocab.Collector{Limit: opts.MaxProblems}
	ps = collect(doc, c.Add(ps...)).Problems()
	listed := ps
	if c.Len() > len(listed) {
		listed = ps[:len(ps)-1] // the closing problem stays at the root
	}
	in.Locate(listed)
	if len(listed) < len(ps) && len(listed) > 0 {
		ps[len(ps)-1].Position = listed[len(listed)-1].Position
	}
	if ps.HasErrors() {
		return nil, ps, ps.Err()
	}
	return doc, ps, nil
}
