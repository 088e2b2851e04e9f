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
	var tree node
	if !tree.read(lx) || !lx.eof() {
		return nil, lx.problem(nil)
	}
	out := make([]byte, 0, buf.Len())
	return appendCanonical(out, &tree, compileSets(sets))
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

// read reads the value at lx into n.
func (n *node) read(lx *lexer) bool {
	c := lx.peek()
	n.kind = kindAt(c)
	switch n.kind {
	case Object:
		lx.open()
		for first := true; ; first = false {
			key, _, ok := lx.member(first)
			if !ok {
				return lx.err == nil
			}
			n.members = append(n.members, member{name: string(key)})
			if !n.members[len(n.members)-1].value.read(lx) {
				return false
			}
		}
	case Array:
		lx.open()
		for i := 0; lx.elem(i == 0); i++ {
			n.elems = append(n.elems, node{})
			if !n.elems[i].read(lx) {
				return false
			}
		}
		return lx.err == nil
	case String:
		s, ok := lx.str()
		n.text = string(s)
		return ok
	}
	start := lx.pos
	if !lx.scalar(c) {
		return false
	}
	n.raw = lx.data[start:lx.pos]
	return true
}

func appendCanonical(b []byte, v *node, sets *setTrie) ([]byte, error) {
	switch v.kind {
	case String:
		return appendString(b, v.text), nil
	case Number:
		return appendNumber(b, v.raw)
	case Object:
		ms := slices.Clone(v.members)
		slices.SortStableFunc(ms, func(x, y member) int { return compareUTF16(x.name, y.name) })
		b = append(b, '{')
		for i := range ms {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(appendString(b, ms[i].name), ':')
			var err error
			if b, err = appendCanonical(b, &ms[i].value, sets.child(ms[i].name)); err != nil {
				return nil, err
			}
		}
		return append(b, '}'), nil
	case Array:
		return appendArray(b, v, sets)
	}
	return append(b, v.raw...), nil // null, true, false
}

// appendArray writes an array: identified elements sorted by id, then by
// canonical bytes; the elements of a set sorted by canonical bytes; others
// in order.
func appendArray(b []byte, v *node, sets *setTrie) ([]byte, error) {
	elemSets := sets.child("*")
	ids, byID := elementIDs(v.elems)
	if !byID && (sets == nil || !sets.set) {
		b = append(b, '[')
		for i := range v.elems {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = appendCanonical(b, &v.elems[i], elemSets); err != nil {
				return nil, err
			}
		}
		return append(b, ']'), nil
	}
	type enc struct {
		id    string
		bytes []byte
	}
	encs := make([]enc, len(v.elems))
	for i := range v.elems {
		e, err := appendCanonical(nil, &v.elems[i], elemSets)
		if err != nil {
			return nil, err
		}
		encs[i].bytes = e
		if byID {
			encs[i].id = ids[i]
		}
	}
	slices.SortStableFunc(encs, func(x, y enc) int {
		return cmp.Or(compareUTF16(x.id, y.id), bytes.Compare(x.bytes, y.bytes))
	})
	b = append(b, '[')
	for i, e := range encs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, e.bytes...)
	}
	return append(b, ']'), nil
}

// elementIDs returns the "id" of every element when all elements are
// objects with a string "id" member (the first, if repeated).
func elementIDs(elems []node) ([]string, bool) {
	if len(elems) == 0 {
		return nil, false
	}
	ids := make([]string, len(elems))
	for i := range elems {
		found := false
		for _, m := range elems[i].members {
			if m.name == "id" {
				if m.value.kind != String {
					return nil, false
				}
				ids[i], found = m.value.text, true
				break
			}
		}
		if !found {
			return nil, false
		}
	}
	return ids, true
}

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
