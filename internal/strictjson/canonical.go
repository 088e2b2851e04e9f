package strictjson

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// Canonical returns v's canonical JSON: compact, object keys sorted by
// UTF-16 code units as in RFC 8785 (JCS), strings escaped as JCS prescribes,
// every array whose elements are all objects with a string "id" member
// sorted by id (then by canonical bytes), and every array at one of the
// JSON Pointer patterns in sets ("/ledger/awards/*/funders", "*" matching
// any index or key) sorted by the elements' canonical bytes: those lists
// are sets, whose order carries no meaning. Every other array keeps its
// order. Integer literals are kept exactly; other numbers are written in
// the shortest form that round-trips a float64, as ECMAScript does. The
// same data always gives the same bytes, whatever the order of map keys,
// of identified list elements or of set elements.
func Canonical(v any, sets ...string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	in := NewInput(buf.Bytes())
	lx := in.lexer(Options{MaxDepth: math.MaxInt})
	t := &treeReader{lx: lx}
	tree, ok := t.read()
	if !ok || !lx.eof() {
		return nil, lx.problem(nil)
	}
	out := make([]byte, 0, buf.Len())
	var w writer
	return w.appendCanonical(out, &tree, compileSets(sets))
}

// setTrie holds set-list patterns by path segment; "*" matches any.
type setTrie struct {
	set      bool
	children map[string]*setTrie
}

func compileSets(patterns []string) *setTrie {
	root := &setTrie{}
	for _, p := range patterns {
		t := root
		for seg := range strings.SplitSeq(strings.TrimPrefix(p, "/"), "/") {
			if t.children == nil {
				t.children = map[string]*setTrie{}
			}
			c := t.children[seg]
			if c == nil {
				c = &setTrie{}
				t.children[seg] = c
			}
			t = c
		}
		t.set = true
	}
	return root
}

// child returns the patterns below segment seg, or nil.
func (t *setTrie) child(seg string) *setTrie {
	if t == nil {
		return nil
	}
	if c := t.children[seg]; c != nil {
		return c
	}
	return t.children["*"]
}

// node is a parsed JSON value, for Canonical: its input is the encoding of
// a Go value already in memory, so a tree costs no more than that value.
type node struct {
	kind    Kind
	raw     []byte // numbers and literals: the source bytes
	text    string // strings: the unescaped content
	members []member
	elems   []node
}

type member struct {
	name  string
	value node
}

// treeReader reads a tree with few allocations: strings without escapes
// share the encoded bytes, which Canonical owns and never changes while the
// tree lives; an object's members and an array's elements are gathered on
// a stack and then copied, at their final size, into slices carved from
// larger blocks.
type treeReader struct {
	lx          *lexer
	memberStack []member
	elemStack   []node
	memberBlock []member
	elemBlock   []node
}

// blockSize is the number of members or elements allocated at once.
const blockSize = 256

// read reads the value at t.lx. It returns the node by value, so that
// nodes stay off the heap until they are copied into a block.
func (t *treeReader) read() (n node, ok bool) {
	lx := t.lx
	c := lx.peek()
	n.kind = kindAt(c)
	switch n.kind {
	case Object:
		lx.open()
		base := len(t.memberStack)
		for first := true; ; first = false {
			key, _, ok := lx.member(first)
			if !ok {
				n.members = t.members(base)
				return n, lx.err == nil
			}
			name := t.text(key)
			v, ok := t.read()
			if !ok {
				return n, false
			}
			t.memberStack = append(t.memberStack, member{name: name, value: v})
		}
	case Array:
		lx.open()
		base := len(t.elemStack)
		for i := 0; lx.elem(i == 0); i++ {
			v, ok := t.read()
			if !ok {
				return n, false
			}
			t.elemStack = append(t.elemStack, v)
		}
		n.elems = t.elems(base)
		return n, lx.err == nil
	case String:
		s, ok := lx.str()
		n.text = t.text(s)
		return n, ok
	}
	start := lx.pos
	if !lx.scalar(c) {
		return n, false
	}
	n.raw = lx.data[start:lx.pos]
	return n, true
}

// text returns the unescaped string s the lexer returned: the input's own
// bytes when s is a slice of them (a string without escapes), else a copy.
func (t *treeReader) text(s []byte) string {
	d := t.lx.data
	if len(s) > 0 && len(d) > 0 {
		p, lo := uintptr(unsafe.Pointer(unsafe.SliceData(s))), uintptr(unsafe.Pointer(unsafe.SliceData(d)))
		if p >= lo && p < lo+uintptr(len(d)) {
			return unsafe.String(unsafe.SliceData(s), len(s))
		}
	}
	return string(s)
}

// members pops the members above base off the stack into a slice of their
// own.
func (t *treeReader) members(base int) []member {
	k := len(t.memberStack) - base
	if k == 0 {
		return nil
	}
	if len(t.memberBlock) < k {
		t.memberBlock = make([]member, max(k, blockSize))
	}
	out := t.memberBlock[:k:k]
	t.memberBlock = t.memberBlock[k:]
	copy(out, t.memberStack[base:])
	clear(t.memberStack[base:])
	t.memberStack = t.memberStack[:base]
	return out
}

// elems pops the elements above base off the stack into a slice of their
// own.
func (t *treeReader) elems(base int) []node {
	k := len(t.elemStack) - base
	if k == 0 {
		return nil
	}
	if len(t.elemBlock) < k {
		t.elemBlock = make([]node, max(k, blockSize))
	}
	out := t.elemBlock[:k:k]
	t.elemBlock = t.elemBlock[k:]
	copy(out, t.elemStack[base:])
	clear(t.elemStack[base:])
	t.elemStack = t.elemStack[:base]
	return out
}

// writer writes a tree canonically, reusing the buffers in which the
// elements of sorted arrays are encoded before sorting.
type writer struct {
	free [][]byte
}

func (w *writer) appendCanonical(b []byte, v *node, sets *setTrie) ([]byte, error) {
	switch v.kind {
	case String:
		return appendString(b, v.text), nil
	case Number:
		return appendNumber(b, v.raw)
	case Object:
		ms := v.members // the tree is Canonical's own: sort in place
		slices.SortStableFunc(ms, func(x, y member) int { return compareUTF16(x.name, y.name) })
		b = append(b, '{')
		for i := range ms {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(appendString(b, ms[i].name), ':')
			var err error
			if b, err = w.appendCanonical(b, &ms[i].value, sets.child(ms[i].name)); err != nil {
				return nil, err
			}
		}
		return append(b, '}'), nil
	case Array:
		return w.appendArray(b, v, sets)
	}
	return append(b, v.raw...), nil // null, true, false
}

// appendArray writes an array: identified elements sorted by id, then by
// canonical bytes; the elements of a set sorted by canonical bytes; others
// in order.
func (w *writer) appendArray(b []byte, v *node, sets *setTrie) ([]byte, error) {
	elemSets := sets.child("*")
	byID := identified(v.elems)
	if !byID && (sets == nil || !sets.set) {
		b = append(b, '[')
		for i := range v.elems {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = w.appendCanonical(b, &v.elems[i], elemSets); err != nil {
				return nil, err
			}
		}
		return append(b, ']'), nil
	}
	// Encode the elements one after another into one buffer (reused from
	// an earlier array when one is free), then write them in sorted order.
	type enc struct {
		id         string
		start, end int
	}
	encs := make([]enc, len(v.elems))
	var buf []byte
	if n := len(w.free); n > 0 {
		buf, w.free = w.free[n-1], w.free[:n-1]
	}
	for i := range v.elems {
		encs[i].start = len(buf)
		var err error
		if buf, err = w.appendCanonical(buf, &v.elems[i], elemSets); err != nil {
			return nil, err
		}
		encs[i].end = len(buf)
		if byID {
			encs[i].id = elementID(&v.elems[i])
		}
	}
	slices.SortStableFunc(encs, func(x, y enc) int {
		return cmp.Or(compareUTF16(x.id, y.id), bytes.Compare(buf[x.start:x.end], buf[y.start:y.end]))
	})
	b = append(b, '[')
	for i, e := range encs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, buf[e.start:e.end]...)
	}
	w.free = append(w.free, buf[:0])
	return append(b, ']'), nil
}

// identified reports whether the elements are all objects with a string
// "id" member (the first, if repeated).
func identified(elems []node) bool {
	if len(elems) == 0 {
		return false
	}
	for i := range elems {
		if v := idMember(&elems[i]); v == nil || v.kind != String {
			return false
		}
	}
	return true
}

// idMember returns the value of an object's first "id" member, or nil.
func idMember(n *node) *node {
	for i := range n.members {
		if n.members[i].name == "id" {
			return &n.members[i].value
		}
	}
	return nil
}

// elementID returns the "id" of an identified element.
func elementID(n *node) string { return idMember(n).text }

// compareUTF16 orders strings by their UTF-16 code units, as JCS sorts keys.
func compareUTF16(a, b string) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			return cmpUnits(ra, rb)
		}
		a, b = a[na:], b[nb:]
	}
	return len(a) - len(b)
}

// cmpUnits compares two different runes by their first UTF-16 code unit,
// then by code point (their second units then order the same way).
func cmpUnits(a, b rune) int {
	ua, ub := firstUnit(a), firstUnit(b)
	if ua != ub {
		return int(ua) - int(ub)
	}
	return int(a) - int(b)
}

func firstUnit(r rune) rune {
	if r >= 0x10000 {
		hi, _ := utf16.EncodeRune(r)
		return hi
	}
	return r
}

// appendString writes s as a JCS string: only '"', '\\' and control
// characters are escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c == '\b':
			b = append(b, '\\', 'b')
		case c == '\f':
			b = append(b, '\\', 'f')
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c == '\t':
			b = append(b, '\\', 't')
		case c < 0x20:
			b = fmt.Appendf(b, `\u%04x`, c)
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

// appendNumber writes an integer literal verbatim ("-0" as "0") and any
// other number in ECMAScript's shortest round-trip form.
func appendNumber(b []byte, raw []byte) ([]byte, error) {
	if !bytes.ContainsAny(raw, ".eE") {
		if string(raw) == "-0" {
			return append(b, '0'), nil
		}
		return append(b, raw...), nil
	}
	f, err := strconv.ParseFloat(string(raw), 64)
	if err != nil {
		return nil, fmt.Errorf("strictjson: number %s does not fit in float64", raw)
	}
	if f == 0 {
		return append(b, '0'), nil
	}
	if a := math.Abs(f); a >= 1e-6 && a < 1e21 {
		return strconv.AppendFloat(b, f, 'f', -1, 64), nil
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // 1e-07, 1.5e+21
	mant, exp, _ := strings.Cut(s, "e")
	sign, digits := exp[:1], strings.TrimLeft(exp[1:], "0")
	return append(append(append(b, mant...), 'e'), sign+digits...), nil
}
