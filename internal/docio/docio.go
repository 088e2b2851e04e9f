// Package docio decodes ahsckit's top-level documents one way: strictly,
// then checked, with decoding and validation problems in one list, each
// with its position in the input.
package docio

import (
	"io"
	"strconv"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Decode reads one document of type T from r with strict decoding and the
// default limits, then validates it. It returns the document and nil when
// there are no errors (warnings are dropped), and nil and a [vocab.Problems]
// error otherwise: decoding problems alone when the input is malformed,
// decoding warnings and validation problems when it is well formed but
// invalid. It is [DecodeWith] for the current public decoders, whose
// signature drops warnings.
func Decode[T any](r io.Reader, validate func(*T) error) (*T, error) {
	doc, ps := DecodeWith(r, strictjson.Options{}, func(d *T) vocab.Problems {
		return vocab.ProblemsOf(validate(d))
	})
	if ps.HasErrors() {
		return nil, ps
	}
	return doc, nil
}

// DecodeWith reads one document of type T from r with strict decoding,
// limited by opts, then checks it with check, which returns every problem
// of a decoded document, warnings included. It returns the document, or nil
// when any problem is an error, and every problem found: the decoding
// problems alone when the input is malformed, else the decoding problems
// followed by check's. The list holds at most opts.MaxProblems problems
// and, when more were found, a closing vocab.ErrOutOfRange problem at the
// root saying how many. Every problem carries the position (offset, line,
// column) of the value it names; check's problems get theirs from their
// JSON Pointers, or from the nearest enclosing value when the input lacks
// the value (a missing member).
//
// Memory is the input (at most opts.MaxBytes), the document and the
// problems check returns: check builds its list in full before DecodeWith
// cuts it.
func DecodeWith[T any](r io.Reader, opts strictjson.Options, check func(*T) vocab.Problems) (*T, vocab.Problems) {
	in, ps := strictjson.Read(r, opts)
	if ps != nil {
		return nil, ps
	}
	var doc T
	ps = in.Decode(&doc, opts)
	if ps.HasErrors() {
		return nil, ps
	}
	more := check(&doc)
	max := maxProblems(opts)
	found := len(ps) + len(more)
	var cut vocab.Problems
	if found > max {
		more, cut = more[:max-len(ps)], more[max-len(ps):]
	}
	in.Locate(more)
	ps = append(ps, more...)
	if found > max {
		// The closing problem is an error if any problem is: a document
		// whose only problems are many warnings stays valid.
		p := vocab.OutOfRange(nil, nil, "stopped listing after "+strconv.Itoa(max)+" problems; "+
			strconv.Itoa(found-max)+" more found (Options.MaxProblems raises the limit)")
		if !ps.HasErrors() && !cut.HasErrors() {
			p.AsWarning()
		}
		p.Position = ps[len(ps)-1].Position
		ps = append(ps, p)
	}
	if ps.HasErrors() {
		return nil, ps
	}
	return &doc, ps
}

// maxProblems returns opts.MaxProblems or its default.
func maxProblems(opts strictjson.Options) int {
	if opts.MaxProblems <= 0 {
		return strictjson.DefaultMaxProblems
	}
	return opts.MaxProblems
}
