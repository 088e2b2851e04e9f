package strictjson

import (
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Parse parses data as exactly one JSON value. It reports malformed JSON,
// invalid UTF-8, a byte order mark and trailing data as vocab.ErrSyntax, and
// nesting beyond opts.MaxDepth as vocab.ErrOutOfRange, each at the deepest
// path reached and naming the byte offset. Parse stops at the first problem.
// It does not check for duplicate keys: decoding does, because only the
// destination type knows whether an object is a struct or a map.
func Parse(data []byte, opts Options) (*Value, *vocab.Problem) {
	opts = opts.withDefaults()
	ps := parser{data: data, maxDepth: opts.MaxDepth}
	v := new(Value)
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		return nil, ps.fail(0, "byte order mark not allowed")
	}
	ps.skipSpace()
	if !ps.value(v) {
		return nil, ps.err
	}
	ps.skipSpace()
	if ps.pos < len(data) {
		return nil, ps.fail(ps.pos, "trailing data after the top-level value")
	}
	return v, nil
}

// segment is one step of the parser's current location.
type segment struct {
	key   string
	index int // -1 for object members
}

type parser struct {
	data     []byte
	pos      int
	depth    int
	maxDepth int
	stack    []segment
	err      *vocab.Problem
	keys     map[string]string // interned object keys
}

// maxInterned bounds the number of distinct keys the parser interns.
const maxInterned = 128

// path returns the parser's current location.
func (ps *parser) path() *vocab.Path {
	var p *vocab.Path
	for _, s := range ps.stack {
		if s.index >= 0 {
			p = p.Index(s.index)
		} else {
			p = p.Child(s.key)
		}
	}
	return p
}

// fail records a syntax problem at offset and returns it.
func (ps *parser) fail(offset int, what string) *vocab.Problem {
	ps.err = &vocab.Problem{Path: ps.path(), Type: vocab.ErrSyntax, Severity: vocab.SeverityError,
		Detail: what + " at byte offset " + strconv.Itoa(offset)}
	return ps.err
}

// unexpected records a problem for the byte at ps.pos.
func (ps *parser) unexpected(looking string) bool {
	if ps.pos >= len(ps.data) {
		ps.fail(ps.pos, "unexpected end of input "+looking)
		return false
	}
	ps.fail(ps.pos, fmt.Sprintf("invalid character %s %s", quoteByte(ps.data[ps.pos]), looking))
	return false
}

func quoteByte(c byte) string {
	if c < utf8.RuneSelf && strconv.IsPrint(rune(c)) {
		return strconv.QuoteRune(rune(c))
	}
	return fmt.Sprintf("byte 0x%02X", c)
}

func (ps *parser) skipSpace() {
	for ps.pos < len(ps.data) {
		switch ps.data[ps.pos] {
		case ' ', '\t', '\n', '\r':
			ps.pos++
		default:
			return
		}
	}
}

// value parses one value at ps.pos into v.
func (ps *parser) value(v *Value) bool {
	if ps.pos >= len(ps.data) {
		return ps.unexpected("looking for a value")
	}
	start := ps.pos
	v.offset = start
	ok := false
	switch c := ps.data[ps.pos]; {
	case c == '{':
		ok = ps.object(v)
	case c == '[':
		ok = ps.array(v)
	case c == '"':
		v.kind = String
		v.text, ok = ps.str()
	case c == '-' || ('0' <= c && c <= '9'):
		v.kind = Number
		ok = ps.number()
	case c == 't':
		v.kind = Bool
		ok = ps.literal("true")
	case c == 'f':
		v.kind = Bool
		ok = ps.literal("false")
	case c == 'n':
		v.kind = Null
		ok = ps.literal("null")
	default:
		return ps.unexpected("looking for a value")
	}
	v.raw = ps.data[start:ps.pos]
	return ok
}

func (ps *parser) literal(lit string) bool {
	for i := 0; i < len(lit); i++ {
		if ps.pos >= len(ps.data) || ps.data[ps.pos] != lit[i] {
			return ps.unexpected("in literal " + lit)
		}
		ps.pos++
	}
	return true
}

// enter checks the nesting limit before an object or array.
func (ps *parser) enter() bool {
	ps.depth++
	if ps.depth > ps.maxDepth {
		ps.err = vocab.OutOfRange(ps.path(), nil,
			fmt.Sprintf("nesting deeper than %d at byte offset %d", ps.maxDepth, ps.pos))
		return false
	}
	return true
}

func (ps *parser) object(v *Value) bool {
	if !ps.enter() {
		return false
	}
	v.kind = Object
	ps.pos++ // '{'
	ps.skipSpace()
	if ps.pos < len(ps.data) && ps.data[ps.pos] == '}' {
		ps.pos++
		ps.depth--
		return true
	}
	for {
		if ps.pos >= len(ps.data) || ps.data[ps.pos] != '"' {
			return ps.unexpected("looking for the beginning of an object key")
		}
		keyOffset := ps.pos
		key, ok := ps.key()
		if !ok {
			return false
		}
		ps.skipSpace()
		if ps.pos >= len(ps.data) || ps.data[ps.pos] != ':' {
			return ps.unexpected("after object key")
		}
		ps.pos++
		ps.skipSpace()
		ps.stack = append(ps.stack, segment{key: key, index: -1})
		v.members = append(v.members, Member{Name: key, Offset: keyOffset})
		if !ps.value(&v.members[len(v.members)-1].Value) {
			return false
		}
		ps.skipSpace()
		if ps.pos < len(ps.data) && (ps.data[ps.pos] == ',' || ps.data[ps.pos] == '}') {
			ps.stack = ps.stack[:len(ps.stack)-1]
			ps.pos++
			if ps.data[ps.pos-1] == '}' {
				ps.depth--
				return true
			}
			ps.skipSpace()
			continue
		}
		return ps.unexpected("after object member")
	}
}

func (ps *parser) array(v *Value) bool {
	if !ps.enter() {
		return false
	}
	v.kind = Array
	ps.pos++ // '['
	ps.skipSpace()
	if ps.pos < len(ps.data) && ps.data[ps.pos] == ']' {
		ps.pos++
		ps.depth--
		v.elems = []Value{}
		return true
	}
	for i := 0; ; i++ {
		ps.stack = append(ps.stack, segment{index: i})
		v.elems = append(v.elems, Value{})
		if !ps.value(&v.elems[i]) {
			return false
		}
		ps.skipSpace()
		if ps.pos < len(ps.data) && (ps.data[ps.pos] == ',' || ps.data[ps.pos] == ']') {
			ps.stack = ps.stack[:len(ps.stack)-1]
			ps.pos++
			if ps.data[ps.pos-1] == ']' {
				ps.depth--
				return true
			}
			ps.skipSpace()
			continue
		}
		return ps.unexpected("after array element")
	}
}

// number scans -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (ps *parser) number() bool {
	if ps.data[ps.pos] == '-' {
		ps.pos++
	}
	switch {
	case ps.pos < len(ps.data) && ps.data[ps.pos] == '0':
		ps.pos++
	case ps.pos < len(ps.data) && isDigit(ps.data[ps.pos]):
		ps.digits()
	default:
		return ps.unexpected("in numeric literal")
	}
	if ps.pos < len(ps.data) && ps.data[ps.pos] == '.' {
		ps.pos++
		if ps.pos >= len(ps.data) || !isDigit(ps.data[ps.pos]) {
			return ps.unexpected("after decimal point in numeric literal")
		}
		ps.digits()
	}
	if ps.pos < len(ps.data) && (ps.data[ps.pos] == 'e' || ps.data[ps.pos] == 'E') {
		ps.pos++
		if ps.pos < len(ps.data) && (ps.data[ps.pos] == '+' || ps.data[ps.pos] == '-') {
			ps.pos++
		}
		if ps.pos >= len(ps.data) || !isDigit(ps.data[ps.pos]) {
			return ps.unexpected("in exponent of numeric literal")
		}
		ps.digits()
	}
	return true
}

func (ps *parser) digits() {
	for ps.pos < len(ps.data) && isDigit(ps.data[ps.pos]) {
		ps.pos++
	}
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// key scans an object key like str, interning plain keys: documents repeat
// the same few keys many times.
func (ps *parser) key() (string, bool) {
	start := ps.pos + 1
	end := start
	for end < len(ps.data) {
		c := ps.data[end]
		if c == '"' {
			break
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			return ps.str()
		}
		end++
	}
	if end >= len(ps.data) {
		return ps.str()
	}
	ps.pos = end + 1
	if k, ok := ps.keys[string(ps.data[start:end])]; ok {
		return k, true
	}
	k := string(ps.data[start:end])
	if ps.keys == nil {
		ps.keys = make(map[string]string)
	}
	if len(ps.keys) < maxInterned {
		ps.keys[k] = k
	}
	return k, true
}

// str scans a string starting at the opening quote and returns its content.
func (ps *parser) str() (string, bool) {
	ps.pos++ // opening quote
	start := ps.pos
	// Fast path: printable ASCII without escapes.
	for ps.pos < len(ps.data) {
		c := ps.data[ps.pos]
		if c == '"' {
			s := string(ps.data[start:ps.pos])
			ps.pos++
			return s, true
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			break
		}
		ps.pos++
	}
	buf := make([]byte, 0, ps.pos-start+16)
	buf = append(buf, ps.data[start:ps.pos]...)
	for ps.pos < len(ps.data) {
		c := ps.data[ps.pos]
		switch {
		case c == '"':
			ps.pos++
			return string(buf), true
		case c == '\\':
			var ok bool
			if buf, ok = ps.escape(buf); !ok {
				return "", false
			}
		case c < 0x20:
			ps.fail(ps.pos, fmt.Sprintf("control character 0x%02X in string", c))
			return "", false
		case c < utf8.RuneSelf:
			buf = append(buf, c)
			ps.pos++
		default:
			r, size := utf8.DecodeRune(ps.data[ps.pos:])
			if r == utf8.RuneError && size <= 1 {
				ps.fail(ps.pos, "invalid UTF-8 in string")
				return "", false
			}
			buf = append(buf, ps.data[ps.pos:ps.pos+size]...)
			ps.pos += size
		}
	}
	ps.unexpected("in string literal")
	return "", false
}

// escape decodes the escape sequence at ps.pos and appends it to buf.
func (ps *parser) escape(buf []byte) ([]byte, bool) {
	at := ps.pos
	ps.pos++ // backslash
	if ps.pos >= len(ps.data) {
		return buf, ps.unexpected("in string escape code")
	}
	c := ps.data[ps.pos]
	ps.pos++
	switch c {
	case '"', '\\', '/':
		return append(buf, c), true
	case 'b':
		return append(buf, '\b'), true
	case 'f':
		return append(buf, '\f'), true
	case 'n':
		return append(buf, '\n'), true
	case 'r':
		return append(buf, '\r'), true
	case 't':
		return append(buf, '\t'), true
	case 'u':
		r, ok := ps.hex4()
		if !ok {
			return buf, false
		}
		if utf16.IsSurrogate(r) {
			r2 := rune(-1)
			if ps.pos+1 < len(ps.data) && ps.data[ps.pos] == '\\' && ps.data[ps.pos+1] == 'u' {
				ps.pos += 2
				if r2, ok = ps.hex4(); !ok {
					return buf, false
				}
			}
			r = utf16.DecodeRune(r, r2)
			if r == utf8.RuneError {
				ps.fail(at, "unpaired surrogate in string escape")
				return buf, false
			}
		}
		return utf8.AppendRune(buf, r), true
	}
	ps.pos--
	return buf, ps.unexpected("in string escape code")
}

func (ps *parser) hex4() (rune, bool) {
	var r rune
	for range 4 {
		if ps.pos >= len(ps.data) {
			return 0, ps.unexpected("in \\u hexadecimal character escape")
		}
		c := ps.data[ps.pos]
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, ps.unexpected("in \\u hexadecimal character escape")
		}
		r = r<<4 | rune(c)
		ps.pos++
	}
	return r, true
}
