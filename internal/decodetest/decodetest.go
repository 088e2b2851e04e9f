// Package decodetest checks the properties every public decoder of
// ahsckit has (ahsc.Decode, governance.Decode, programme.Decode,
// funding.DecodeLedger, funding.DecodePolicy, scenario.Decode), for their
// fuzz targets and tests. Production code never imports it.
//
// For any input, [Check] requires that the decoder
//
//   - returns the documented result shape: err is problems.Err(), and the
//     document is nil exactly when err is not;
//   - lists at most DecodeOptions.MaxProblems problems plus one closing
//     problem, each with a position inside the input;
//   - allocates at most [AllocPerByte] bytes per input byte plus
//     [AllocBase] (never panicking is checked by the fuzzing itself);
//
// and that a document it accepts validates the same as the value decoded
// (its problems are the value's Problems, warnings included), re-encodes,
// and decodes again to an equal document with the same problems.
package decodetest

import (
	"bytes"
	"io"
	"runtime"
	"slices"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// The allocation bound of [Check]. A list element as short as "{}" decodes
// into a struct of up to a few hundred bytes and is validated with paths
// and problems (those past the limit are built, counted and dropped), so a
// few hundred bytes per input byte is normal; the bound catches growth
// faster than the input, such as quadratic work or problems kept past the
// limit, on inputs of a few kilobytes and more.
const (
	// AllocPerByte is the most a decoder may allocate per input byte.
	AllocPerByte = 2048
	// AllocBase is what a decoder may allocate whatever the input.
	AllocBase = 4 << 20
)

// Decoder is the shape of every public decoder.
type Decoder[T any] func(io.Reader, vocab.DecodeOptions) (*T, vocab.Problems, error)

// Document is a decoded document with its Problems method, and a way to
// encode it for decoding again.
type Document[T any] struct {
	// Decode is the public decoder.
	Decode Decoder[T]
	// Encode writes a document as JSON its decoder reads.
	Encode func(*T) ([]byte, error)
	// Problems is the document's Problems method.
	Problems func(*T) vocab.Problems
	// Options compare two documents (beside vocabtest.CmpOptions and
	// cmpopts.EquateEmpty).
	Options []cmp.Option
}

// TB is the part of testing.TB that Check uses; *rapid.T has it too.
type TB interface {
	Helper()
	Fatalf(format string, args ...any)
}

// Check decodes data with the default options and with a limit of three
// problems, fails t on any property of the package doc that does not hold,
// and returns the document (nil when data is refused).
func (d Document[T]) Check(t TB, data []byte) *T {
	t.Helper()
	doc, ps := d.decode(t, data, vocab.DecodeOptions{})
	small, sps := d.decode(t, data, vocab.DecodeOptions{MaxProblems: 3})
	if (doc == nil) != (small == nil) {
		t.Fatalf("the problem limit changed the verdict: %v with the default, %v with 3", ps, sps)
	}
	for i := range min(len(sps), 3) {
		if sps[i].Error() != ps[i].Error() {
			t.Fatalf("problem %d is %v with the default limit, %v with 3", i, ps[i], sps[i])
		}
	}
	if doc == nil {
		return nil
	}
	want := d.Problems(doc)
	if len(want) > vocab.DefaultMaxProblems {
		want = want[:vocab.DefaultMaxProblems]
	}
	if got := strings(ps[:min(len(ps), len(want))]); len(ps) < len(want) || !slices.Equal(got, strings(want)) {
		t.Fatalf("the decoded document's problems are not its Problems():\n%v\nwant\n%v", ps, want)
	}
	out, err := d.Encode(doc)
	if err != nil {
		t.Fatalf("an accepted document does not encode: %v", err)
	}
	again, aps, err := d.Decode(bytes.NewReader(out), vocab.DecodeOptions{})
	if err != nil {
		t.Fatalf("decoding our own encoding failed: %v\n%s", err, out)
	}
	opts := append(append(vocabtest.CmpOptions(), cmpopts.EquateEmpty()), d.Options...)
	if diff := cmp.Diff(doc, again, opts...); diff != "" {
		t.Fatalf("the re-decoded document differs (-first +again):\n%s", diff)
	}
	if !slices.Equal(strings(ps), strings(aps)) {
		t.Fatalf("the re-decoded document has other problems:\n%v\nwant\n%v", aps, ps)
	}
	return doc
}

// CheckValue encodes v, a document built in Go, decodes it and fails t
// unless the decoder reports what v's Problems method does: the same
// problems in the same order when decoding accepts the text, or, when
// decoding refuses a value (an unknown enum code), only problems that
// validation reports too, at the same pointers or ones enclosing them (a
// ballot, where decoding names its option). Every problem must carry a
// position: that of its value in the encoded text, or of the nearest
// enclosing value for a missing member. The encoded text then passes
// [Document.Check]. A value that does not encode (a policy with a nil
// rule) has no text to decode and is skipped.
func (d Document[T]) CheckValue(t TB, v *T) {
	t.Helper()
	data, err := d.Encode(v)
	if err != nil {
		return
	}
	want := d.Problems(v)
	opts := vocab.DecodeOptions{MaxProblems: len(want) + 1}
	doc, ps := d.decode(t, data, opts)
	if doc != nil && len(want) > 0 && !want.HasErrors() && ps.HasErrors() {
		t.Fatalf("the document has warnings only, yet decoding found errors: %v", ps)
	}
	if !slices.Equal(strings(ps), strings(want)) {
		for _, p := range ps {
			if !slices.ContainsFunc(want, func(q *vocab.Problem) bool { return p.Path.HasPrefix(q.Path) && q.Type == p.Type }) {
				t.Fatalf("decoding reported %v, which validation does not:\n%v", p, want)
			}
		}
	}
	in := strictjson.NewInput(data)
	for _, p := range ps {
		if at, exact := in.Lookup(p.Pointer()); exact && at != p.Position {
			t.Fatalf("%v is at %v; its value is at %v", p, p.Position, at)
		}
		switch c := data[p.Position.Offset]; {
		case c == '"', c == '{', c == '[', c == '-', '0' <= c && c <= '9', c == 't', c == 'f', c == 'n':
		default:
			t.Fatalf("%v at %v points at %q, not at a key or value", p, p.Position, c)
		}
	}
	d.Check(t, data)
}

// decode decodes data with opts and checks the result shape, the problems'
// positions and the allocation bound.
func (d Document[T]) decode(t TB, data []byte, opts vocab.DecodeOptions) (*T, vocab.Problems) {
	t.Helper()
	var doc *T
	var ps vocab.Problems
	var err error
	allocated := Allocated(func() { doc, ps, err = d.Decode(bytes.NewReader(data), opts) })
	if limit := AllocPerByte*uint64(len(data)) + AllocBase; allocated > limit {
		t.Fatalf("decoding %d bytes allocated %d bytes, more than %d", len(data), allocated, limit)
	}
	switch {
	case (err == nil) == ps.HasErrors():
		t.Fatalf("err %v does not match the problems %v", err, ps)
	case err != nil && err.Error() != ps.Error():
		t.Fatalf("err %q is not problems.Err() %q", err, ps.Error())
	case (doc == nil) != (err != nil):
		t.Fatalf("document %v returned with error %v", doc, err)
	case len(ps) > opts.WithDefaults().MaxProblems+1:
		t.Fatalf("%d problems listed, more than the limit of %d and the closing one", len(ps), opts.WithDefaults().MaxProblems)
	}
	for _, p := range ps {
		if !p.Position.IsValid() || p.Position.Offset > int64(len(data)) {
			t.Fatalf("%v has position %+v in %d bytes", p, p.Position, len(data))
		}
	}
	return doc, ps
}

// The allocation bound of [CheckParseAlloc] for Parse functions: a small
// multiple of the input (a parser may copy its text, and its error quote
// it), plus a base that covers what the fuzzing engine's own goroutines
// allocate meanwhile (runtime.ReadMemStats counts the whole process).
const (
	// ParseAllocPerByte is the most a Parse function may allocate per
	// input byte.
	ParseAllocPerByte = 16
	// ParseAllocBase is what a Parse function may allocate whatever the
	// input.
	ParseAllocBase = 64 << 10
)

// CheckParseAlloc fails t when parse, given an input of n bytes, allocates
// more than ParseAllocPerByte×n + ParseAllocBase bytes.
func CheckParseAlloc(t TB, n int, parse func()) {
	t.Helper()
	if got, limit := Allocated(parse), uint64(ParseAllocPerByte*n+ParseAllocBase); got > limit {
		t.Fatalf("parsing %d bytes allocated %d bytes, more than %d", n, got, limit)
	}
}

// Allocated returns the bytes f allocates, counted with
// runtime.ReadMemStats (for the whole process).
func Allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func strings(ps vocab.Problems) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Pointer() + " " + p.Error()
	}
	return out
}
