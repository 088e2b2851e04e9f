package strictjson

import (
	"iter"
	"math"
	"strconv"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Kind is the JSON type of a [Value].
type Kind uint8

// The JSON kinds. The zero Kind is Invalid, the kind of the zero Value.
const (
	Invalid Kind = iota
	Null
	Bool
	Number
	String
	Object
	Array
)

// String returns the JSON name of the kind: "null", "boolean", "number",
// "string", "object" or "array".
func (k Kind) String() string {
	switch k {
	case Null:
		return "null"
	case Bool:
		return "boolean"
	case Number:
		return "number"
	case String:
		return "string"
	case Object:
		return "object"
	case Array:
		return "array"
	}
	return "invalid"
}

// Value is one well-formed JSON value of an input: a span of the input, not
// a tree. Its accessors read the span again when asked, allocating only what
// they return, so a hook given a Value of any size costs no memory until it
// decodes parts of it. The zero Value has kind Invalid.
type Value struct {
	src   *source
	kind  Kind
	start mark // where the value starts
	end   int  // offset just past it
	depth int  // objects and arrays around it
}

// Kind returns the JSON type of v.
func (v *Value) Kind() Kind { return v.kind }

// Offset returns the byte offset at which v starts in the input.
func (v *Value) Offset() int { return v.start.off }

// Position returns where v starts in the input: offset, line and column.
func (v *Value) Position() vocab.Position {
	if v.src == nil {
		return vocab.Position{}
	}
	return v.src.position(v.start)
}

// Raw returns v's source bytes. The slice aliases the input; callers that
// keep it must copy it.
func (v *Value) Raw() []byte {
	if v.src == nil {
		return nil
	}
	return v.src.data[v.start.off:v.end]
}

// Text returns the unescaped content of a string, the literal text of a
// number ("-1.5e3"), or "true", "false" or "null"; "" for other kinds.
func (v *Value) Text() string {
	switch v.kind {
	case String:
		lx := v.lexer()
		s, _ := lx.str()
		return string(s)
	case Number, Bool, Null:
		return string(v.Raw())
	}
	return ""
}

// Bool reports whether v is the literal true.
func (v *Value) Bool() bool { return v.kind == Bool && v.end-v.start.off == 4 }

// lexer returns a lexer positioned at v, limited to v's span.
func (v *Value) lexer() *lexer {
	return &lexer{src: v.src, data: v.src.data[:v.end], pos: v.start.off, line: v.start.line,
		lineStart: v.start.lineStart, depth: v.depth, maxDepth: math.MaxInt}
}

// next reads the value at lx's position into *v, which the lexer has
// already checked, and reports whether it could.
func (v *Value) next(lx *lexer) bool {
	c := lx.peek()
	*v = Value{src: lx.src, kind: kindAt(c), start: lx.at(lx.pos), depth: lx.depth}
	if !lx.skip() {
		return false
	}
	v.end = lx.pos
	return true
}

// Member returns the value of the first member called name, if v is an
// object that has one. It reads the object up to that member.
func (v *Value) Member(name string) (*Value, bool) {
	for k, mv := range v.Members() {
		if k == name {
			out := *mv
			return &out, true
		}
	}
	return nil, false
}

// Members yields the members of an object in document order, duplicates
// included; nothing for other kinds. The *Value yielded is reused for the
// next member: copy it to keep it.
func (v *Value) Members() iter.Seq2[string, *Value] {
	return func(yield func(string, *Value) bool) {
		if v.kind != Object || v.src == nil {
			return
		}
		lx := v.lexer()
		lx.open()
		var mv Value
		for first := true; ; first = false {
			key, _, ok := lx.member(first)
			if !ok {
				return
			}
			name := string(key)
			if !mv.next(lx) || !yield(name, &mv) {
				return
			}
		}
	}
}

// Elems yields the elements of an array with their indexes; nothing for
// other kinds. The *Value yielded is reused for the next element: copy it
// to keep it.
func (v *Value) Elems() iter.Seq2[int, *Value] {
	return func(yield func(int, *Value) bool) {
		if v.kind != Array || v.src == nil {
			return
		}
		lx := v.lexer()
		lx.open()
		var ev Value
		for i := 0; lx.elem(i == 0); i++ {
			if !ev.next(lx) || !yield(i, &ev) {
				return
			}
		}
	}
}

// Parse checks that data is exactly one JSON value and returns it. It
// reports malformed JSON, invalid UTF-8, a byte order mark and trailing
// data as vocab.ErrSyntax, and nesting beyond opts.MaxDepth as
// vocab.ErrOutOfRange, each at the deepest path reached with its position.
// Parse stops at the first problem. It does not check for duplicate keys:
// decoding does, because only the destination type knows whether an object
// is a struct or a map. It allocates only the returned Value.
func Parse(data []byte, opts Options) (*Value, *vocab.Problem) {
	return NewInput(data).Parse(opts)
}

// Parse is [Parse] for the input.
func (in *Input) Parse(opts Options) (*Value, *vocab.Problem) {
	opts = opts.WithDefaults()
	lx := in.lexer(opts)
	v := new(Value)
	if !lx.bom() || !v.next(lx) || !lx.eof() {
		return nil, lx.problem(nil)
	}
	return v, nil
}

// lexer returns a lexer at the start of the input.
func (in *Input) lexer(opts Options) *lexer {
	return &lexer{src: &in.src, data: in.src.data, maxDepth: opts.MaxDepth}
}

// bom refuses a byte order mark at the start of the input.
func (lx *lexer) bom() bool {
	if d := lx.data; len(d) >= 3 && d[0] == 0xEF && d[1] == 0xBB && d[2] == 0xBF {
		return lx.fail(mark{}, "byte order mark: JSON text starts without one")
	}
	return true
}

// eof checks that only whitespace follows the top-level value.
func (lx *lexer) eof() bool {
	if lx.peek(); lx.pos < len(lx.data) {
		return lx.unexpected(ctxTrailing)
	}
	return true
}

// problem turns lx's error into a problem at path p, extended by the
// location inside skipped content where it was found.
func (lx *lexer) problem(p *vocab.Path) *vocab.Problem {
	e := lx.err
	e.reported = true
	for _, s := range e.segs {
		switch {
		case s.array:
			p = p.Index(s.index)
		case s.index >= 0:
			p = p.Child(lx.keyAt(s.index))
		}
		if !s.array && s.index < 0 {
			break
		}
	}
	pos := lx.src.position(e.at)
	detail := e.msg + " at " + pos.String()
	if e.tooDeep {
		prob := vocab.OutOfRange(p, nil, detail)
		prob.Position = pos
		return prob
	}
	return &vocab.Problem{Path: p, Type: vocab.ErrSyntax, Severity: vocab.SeverityError,
		Detail: detail, Position: pos}
}

// itoa formats a non-negative index for JSON Pointer lookups into buf.
func itoa(buf []byte, i int) []byte { return strconv.AppendInt(buf[:0], int64(i), 10) }
