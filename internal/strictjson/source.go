package strictjson

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// source is one input document in memory.
type source struct {
	data []byte
	// The last column computed, so that columns asked for in document order
	// cost time linear in the length of the line, not its square.
	colMark mark
	col     int
}

// position returns the position of m, counting the column in characters.
func (s *source) position(m mark) vocab.Position {
	var col int
	if s.col > 0 && s.colMark.lineStart == m.lineStart && s.colMark.off <= m.off {
		col = s.col + utf8.RuneCount(s.data[s.colMark.off:m.off])
	} else {
		col = 1 + utf8.RuneCount(s.data[m.lineStart:m.off])
	}
	s.colMark, s.col = m, col
	return vocab.Position{Offset: int64(m.off), Line: m.line + 1, Column: col}
}

// markOf returns the mark of offset off, counting lines from the start.
func (s *source) markOf(off int) mark {
	off = min(max(off, 0), len(s.data))
	head := s.data[:off]
	m := mark{off: off, line: bytes.Count(head, []byte{'\n'})}
	if i := bytes.LastIndexByte(head, '\n'); i >= 0 {
		m.lineStart = i + 1
	}
	return m
}

// Input is one JSON document held in memory: the bytes read by [Read] and
// what is needed to give positions. Decoding keeps no tree: the input itself,
// at most [Options.MaxBytes] long, is the only copy of the document, and it
// serves as the JSON Pointer → position index for problems found later
// (see [Input.Locate]). An Input is not safe for concurrent use.
type Input struct {
	src source
}

// NewInput returns an Input holding data, which the caller must not change
// while the Input is in use.
func NewInput(data []byte) *Input { return &Input{src: source{data: data}} }

// Bytes returns the input. The caller must not change it.
func (in *Input) Bytes() []byte { return in.src.data }

// Position returns the position of byte offset off in the input, clamped to
// the input's bounds.
func (in *Input) Position(off int) vocab.Position { return in.src.position(in.src.markOf(off)) }

// Read reads one document from r into memory: at most opts.MaxBytes bytes.
// Longer input is reported as vocab.ErrOutOfRange at the root, whatever
// reader r is, after reading opts.MaxBytes+1 bytes; a failing reader as
// vocab.ErrInvalid at the root. Both problems carry the position where
// reading stopped. Readers that report their size (bytes.Reader,
// strings.Reader, bytes.Buffer, os.File) are read into one buffer of that
// size; others into a buffer that doubles as it fills.
func Read(r io.Reader, opts Options) (*Input, vocab.Problems) {
	opts = opts.WithDefaults()
	data, err := readAll(r, opts.MaxBytes)
	in := NewInput(data)
	switch {
	case err != nil:
		p := &vocab.Problem{Type: vocab.ErrInvalid, Severity: vocab.SeverityError,
			Detail: "cannot read input: " + err.Error(), Cause: err, Position: in.Position(len(data))}
		return nil, vocab.Problems{p}
	case int64(len(data)) > opts.MaxBytes:
		return nil, vocab.Problems{tooLarge(in, opts.MaxBytes)}
	}
	return in, nil
}

// tooLarge reports input beyond max bytes, at the first byte beyond.
func tooLarge(in *Input, max int64) *vocab.Problem {
	p := vocab.OutOfRange(nil, nil, "input exceeds "+strconv.FormatInt(max, 10)+
		" bytes (the size limit; DecodeOptions.MaxBytes raises it)")
	p.Position = in.Position(int(min(max, int64(len(in.src.data)))))
	return p
}

// readAll reads r up to limit+1 bytes.
func readAll(r io.Reader, limit int64) ([]byte, error) {
	want := limit + 1
	size := int64(-1)
	switch s := r.(type) {
	case interface{ Len() int }:
		size = int64(s.Len())
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := s.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
			if sk, ok := r.(io.Seeker); ok {
				if cur, err := sk.Seek(0, io.SeekCurrent); err == nil {
					size -= cur
				}
			}
		}
	}
	n := int64(64 << 10)
	if size >= 0 {
		n = size + 1 // +1 to see the end without growing
	}
	buf := make([]byte, 0, min(n, want))
	for int64(len(buf)) < want {
		if len(buf) == cap(buf) {
			next := min(int64(cap(buf))*2, want)
			buf = slices.Grow(buf, int(next)-len(buf))
		}
		m, err := r.Read(buf[len(buf):min(int64(cap(buf)), want)])
		buf = buf[:len(buf)+m]
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
	return buf, nil
}
