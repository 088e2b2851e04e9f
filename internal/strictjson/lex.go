package strictjson

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// mark is a position in the input: the byte offset, and the line (counted
// from 0) with the offset at which that line starts. Columns are computed
// only when a problem needs one.
type mark struct {
	off, line, lineStart int
}

// context says what the lexer was looking for when it met an unexpected
// byte, for the wording of syntax problems.
type context uint8

const (
	ctxValue       context = iota // a value
	ctxKey                        // an object key
	ctxColon                      // the ':' after a key
	ctxAfterMember                // ',' or '}' after an object member
	ctxAfterElem                  // ',' or ']' after an array element
	ctxTrailing                   // nothing after the top-level value
	ctxString                     // inside a string
	ctxNumber                     // inside a number
	ctxLiteral                    // inside true, false or null
)

func (c context) describe() string {
	switch c {
	case ctxKey:
		return "looking for the beginning of an object key"
	case ctxColon:
		return "after object key; want ':'"
	case ctxAfterMember:
		return "after object member; want ',' or '}'"
	case ctxAfterElem:
		return "after array element; want ',' or ']'"
	case ctxTrailing:
		return "after the top-level value"
	case ctxString:
		return "in string literal"
	case ctxNumber:
		return "in numeric literal"
	case ctxLiteral:
		return "in literal"
	}
	return "looking for a value"
}

// lexError is the first syntax problem a lexer met; the lexer stops there.
type lexError struct {
	at       mark
	msg      string
	tooDeep  bool      // the nesting limit, not malformed JSON
	segs     []segment // the location below where a skip started
	reported bool      // already turned into a problem
}

// segment is one level of a value being skipped, kept to name the path of
// a syntax problem found inside skipped content.
type segment struct {
	array bool
	index int // element index, or the key's offset (-1 before the first key)
}

// lexer reads JSON tokens from data, which holds the whole input. It never
// allocates except to unescape strings into buf and to grow its skip stack
// (bounded by the nesting limit). After the first syntax problem every
// method fails.
type lexer struct {
	src       *source
	data      []byte // src.data, possibly cut at the end of a value
	pos       int
	line      int // newlines before pos
	lineStart int // offset where the current line starts
	depth     int // objects and arrays open
	maxDepth  int
	err       *lexError
	buf       []byte    // scratch for unescaped strings
	segs      []segment // scratch for skip
}

// space skips whitespace, counting lines. Newlines occur only in
// whitespace: a string holding a raw newline is a syntax problem.
func (lx *lexer) space() {
	data, i := lx.data, lx.pos
	for i < len(data) && data[i] <= ' ' {
		switch data[i] {
		case ' ', '\t', '\r':
		case '\n':
			lx.line++
			lx.lineStart = i + 1
		default:
			lx.pos = i
			return
		}
		i++
	}
	lx.pos = i
}

// at returns the mark of offset off on the current line.
func (lx *lexer) at(off int) mark { return mark{off, lx.line, lx.lineStart} }

// emptyString reports whether the value at the lexer (after peek) is the
// string "".
func (lx *lexer) emptyString() bool {
	return lx.pos+1 < len(lx.data) && lx.data[lx.pos] == '"' && lx.data[lx.pos+1] == '"'
}

// emptyObject reports whether the value at the lexer (after peek) is an
// object with no members.
func (lx *lexer) emptyObject() bool {
	if lx.pos >= len(lx.data) || lx.data[lx.pos] != '{' {
		return false
	}
	for _, c := range lx.data[lx.pos+1:] {
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		}
		return c == '}'
	}
	return false
}

// peek skips whitespace and returns the next byte, or 0 at the end.
func (lx *lexer) peek() byte {
	lx.space()
	if lx.pos < len(lx.data) {
		return lx.data[lx.pos]
	}
	return 0
}

// kindAt returns the JSON kind of a value starting with c, or Invalid.
func kindAt(c byte) Kind {
	switch {
	case c == '{':
		return Object
	case c == '[':
		return Array
	case c == '"':
		return String
	case c == '-' || isDigit(c):
		return Number
	case c == 't' || c == 'f':
		return Bool
	case c == 'n':
		return Null
	}
	return Invalid
}

// fail records a syntax problem at m and returns false.
func (lx *lexer) fail(m mark, msg string) bool {
	if lx.err == nil {
		lx.err = &lexError{at: m, msg: msg}
	}
	return false
}

// unexpected records a problem for the byte at pos, naming the common
// mistakes of hand-written JSON, and returns false.
func (lx *lexer) unexpected(ctx context) bool {
	m := lx.at(lx.pos)
	if lx.pos >= len(lx.data) {
		return lx.fail(m, "unexpected end of input "+ctx.describe())
	}
	c := lx.data[lx.pos]
	next := byte(0)
	if lx.pos+1 < len(lx.data) {
		next = lx.data[lx.pos+1]
	}
	switch {
	case c == '/' && (next == '/' || next == '*'):
		return lx.fail(m, "comment: JSON has no comments")
	case c == '\'' && (ctx == ctxValue || ctx == ctxKey):
		return lx.fail(m, "single quotes: JSON strings take double quotes")
	case ctx == ctxKey && isIdentStart(c):
		return lx.fail(m, fmt.Sprintf("unquoted object key %s: keys take double quotes", lx.word()))
	case ctx == ctxValue && isIdentStart(c):
		return lx.fail(m, badWord(lx.word()))
	case ctx == ctxValue && c == ',':
		return lx.fail(m, "invalid character ',' looking for a value: an extra comma")
	case ctx == ctxValue && c == '+':
		return lx.fail(m, "invalid character '+' looking for a value: a JSON number takes no plus sign")
	case ctx == ctxValue && c == '.':
		return lx.fail(m, "invalid character '.' looking for a value: a JSON number needs a digit before the point")
	case ctx == ctxAfterMember && (c == '"' || isIdentStart(c)):
		return lx.fail(m, "missing comma between object members")
	case ctx == ctxAfterElem && (kindAt(c) != Invalid || c == '\''):
		return lx.fail(m, "missing comma between array elements")
	case ctx == ctxColon && c == '=':
		return lx.fail(m, "invalid character '=' after object key: want ':'")
	case ctx == ctxColon && kindAt(c) != Invalid:
		return lx.fail(m, "missing colon after object key")
	case ctx == ctxTrailing:
		return lx.fail(m, "trailing data after the top-level value")
	}
	return lx.fail(m, "invalid character "+quoteByte(c)+" "+ctx.describe())
}

// word returns the identifier-like run at pos, quoted and shortened, for
// messages.
func (lx *lexer) word() string {
	end := lx.pos
	for end < len(lx.data) && end-lx.pos < 32 && isIdentPart(lx.data[end]) {
		end++
	}
	return strconv.Quote(string(lx.data[lx.pos:end]))
}

// badWord explains a bare word (quoted) where a value was expected.
func badWord(w string) string {
	bare := strings.ToLower(w[1 : len(w)-1])
	switch {
	case bare == "nan" || bare == "infinity":
		return "invalid value " + w + ": JSON numbers are finite"
	case bare == "none" || bare == "nil" || bare == "undefined" ||
		bare != "" && (strings.HasPrefix("true", bare) || strings.HasPrefix("false", bare) ||
			strings.HasPrefix("null", bare)):
		return "invalid literal " + w + ": JSON's literals are true, false and null"
	}
	return "invalid value " + w + ": a string takes double quotes"
}

func isIdentStart(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c == '$'
}

func isIdentPart(c byte) bool { return isIdentStart(c) || isDigit(c) }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func quoteByte(c byte) string {
	if c < utf8.RuneSelf && strconv.IsPrint(rune(c)) {
		return strconv.QuoteRune(rune(c))
	}
	return fmt.Sprintf("byte 0x%02X", c)
}

// open consumes the '{' or '[' at pos, checking the nesting limit.
func (lx *lexer) open() bool {
	m := lx.at(lx.pos)
	lx.pos++
	lx.depth++
	if lx.depth > lx.maxDepth {
		lx.fail(m, "nesting deeper than "+strconv.Itoa(lx.maxDepth))
		lx.err.tooDeep = true
		return false
	}
	return true
}

// member moves to the next member of the object whose '{' was consumed:
// first is true for the first call. It returns the member's unescaped key
// (valid until the next call on lx) and the key's mark, with ok false at the
// closing '}' (consumed) or on a syntax problem (lx.err is set).
func (lx *lexer) member(first bool) (key []byte, at mark, ok bool) {
	c := lx.peek()
	switch {
	case c == '}' && lx.pos < len(lx.data):
		lx.pos++
		lx.depth--
		return nil, mark{}, false
	case !first && c == ',':
		comma := lx.at(lx.pos)
		lx.pos++
		if lx.peek() == '}' {
			lx.fail(comma, "trailing comma before '}'")
			return nil, mark{}, false
		}
	case !first:
		lx.unexpected(ctxAfterMember)
		return nil, mark{}, false
	}
	if lx.peek() != '"' {
		lx.unexpected(ctxKey)
		return nil, mark{}, false
	}
	at = lx.at(lx.pos)
	if key, ok = lx.str(); !ok {
		return nil, at, false
	}
	if lx.peek() != ':' {
		lx.unexpected(ctxColon)
		return nil, at, false
	}
	lx.pos++
	return key, at, true
}

// elem moves to the next element of the array whose '[' was consumed: first
// is true for the first call. It returns false at the closing ']'
// (consumed) or on a syntax problem (lx.err is set).
func (lx *lexer) elem(first bool) bool {
	c := lx.peek()
	switch {
	case c == ']' && lx.pos < len(lx.data):
		lx.pos++
		lx.depth--
		return false
	case !first && c == ',':
		comma := lx.at(lx.pos)
		lx.pos++
		if lx.peek() == ']' {
			return lx.fail(comma, "trailing comma before ']'")
		}
	case !first:
		return lx.unexpected(ctxAfterElem)
	}
	return true
}

// str reads the string at pos (its opening quote) and returns its content,
// unescaped: a slice of the input when it has no escapes, else of lx.buf.
// Either is valid only until the next call on lx.
func (lx *lexer) str() ([]byte, bool) {
	lx.pos++ // opening quote
	start := lx.pos
	data := lx.data
	for i := start; i < len(data); i++ {
		c := data[i]
		if c == '"' {
			lx.pos = i + 1
			return data[start:i], true
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			lx.pos = i
			return lx.strSlow(start)
		}
	}
	lx.pos = len(data)
	return nil, lx.unexpected(ctxString)
}

// strSlow continues str from pos, where an escape, a control character or
// a non-ASCII byte was found; start is the first content byte.
func (lx *lexer) strSlow(start int) ([]byte, bool) {
	buf := append(lx.buf[:0], lx.data[start:lx.pos]...)
	defer func() { lx.buf = buf[:0] }()
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		switch {
		case c == '"':
			lx.pos++
			return buf, true
		case c == '\\':
			var ok bool
			if buf, ok = lx.escape(buf); !ok {
				return nil, false
			}
		case c == '\n':
			return nil, lx.fail(lx.at(lx.pos), "unescaped newline in string: a string cannot span lines")
		case c < 0x20:
			return nil, lx.fail(lx.at(lx.pos), fmt.Sprintf("control character 0x%02X in string", c))
		case c < utf8.RuneSelf:
			buf = append(buf, c)
			lx.pos++
		default:
			r, size := utf8.DecodeRune(lx.data[lx.pos:])
			if r == utf8.RuneError && size <= 1 {
				return nil, lx.fail(lx.at(lx.pos), "invalid UTF-8 in string")
			}
			buf = append(buf, lx.data[lx.pos:lx.pos+size]...)
			lx.pos += size
		}
	}
	return nil, lx.unexpected(ctxString)
}

// skipStr checks the string at pos like str without unescaping it.
func (lx *lexer) skipStr() bool {
	data := lx.data
	for i := lx.pos + 1; i < len(data); i++ {
		c := data[i]
		if c == '"' {
			lx.pos = i + 1
			return true
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			start := lx.pos + 1
			lx.pos = i
			_, ok := lx.strSlow(start)
			return ok
		}
	}
	lx.pos = len(data)
	return lx.unexpected(ctxString)
}

// escape decodes the escape sequence at pos and appends it to buf.
func (lx *lexer) escape(buf []byte) ([]byte, bool) {
	at := lx.at(lx.pos)
	lx.pos++ // backslash
	if lx.pos >= len(lx.data) {
		return buf, lx.unexpected(ctxString)
	}
	c := lx.data[lx.pos]
	lx.pos++
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
		r, ok := lx.hex4()
		if !ok {
			return buf, false
		}
		if utf16.IsSurrogate(r) {
			r2 := rune(-1)
			if lx.pos+1 < len(lx.data) && lx.data[lx.pos] == '\\' && lx.data[lx.pos+1] == 'u' {
				lx.pos += 2
				if r2, ok = lx.hex4(); !ok {
					return buf, false
				}
			}
			if r = utf16.DecodeRune(r, r2); r == utf8.RuneError {
				return buf, lx.fail(at, "unpaired surrogate in string escape")
			}
		}
		return utf8.AppendRune(buf, r), true
	}
	lx.pos--
	return buf, lx.fail(lx.at(lx.pos), "invalid escape "+quoteByte(c)+" in string")
}

func (lx *lexer) hex4() (rune, bool) {
	var r rune
	for range 4 {
		if lx.pos >= len(lx.data) {
			return 0, lx.unexpected(ctxString)
		}
		c := lx.data[lx.pos]
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, lx.fail(lx.at(lx.pos), "invalid character "+quoteByte(c)+" in \\u hexadecimal character escape")
		}
		r = r<<4 | rune(c)
		lx.pos++
	}
	return r, true
}

// number reads the number at pos, -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?,
// and returns its text, a slice of the input.
func (lx *lexer) number() ([]byte, bool) {
	start := lx.pos
	data := lx.data
	i := start
	if data[i] == '-' {
		i++
	}
	switch {
	case i < len(data) && data[i] == '0':
		i++
		if i < len(data) && isDigit(data[i]) {
			lx.pos = i
			return nil, lx.fail(lx.at(i), "invalid character "+quoteByte(data[i])+
				" after leading zero in numeric literal: JSON numbers have no leading zeros")
		}
	case i < len(data) && isDigit(data[i]):
		i = digits(data, i)
	default:
		lx.pos = i
		return nil, lx.unexpected(ctxNumber)
	}
	if i < len(data) && data[i] == '.' {
		i++
		if i >= len(data) || !isDigit(data[i]) {
			lx.pos = i
			return nil, lx.fail(lx.at(i), "no digit after the decimal point in numeric literal")
		}
		i = digits(data, i)
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if i >= len(data) || !isDigit(data[i]) {
			lx.pos = i
			return nil, lx.unexpected(ctxNumber)
		}
		i = digits(data, i)
	}
	lx.pos = i
	return data[start:i], true
}

func digits(data []byte, i int) int {
	for i < len(data) && isDigit(data[i]) {
		i++
	}
	return i
}

// literal reads true, false or null at pos and returns its kind and, for a
// boolean, its value.
func (lx *lexer) literal() (Kind, bool, bool) {
	var lit string
	var kind Kind
	switch lx.data[lx.pos] {
	case 't':
		lit, kind = "true", Bool
	case 'f':
		lit, kind = "false", Bool
	default:
		lit, kind = "null", Null
	}
	rest := lx.data[lx.pos:]
	if len(rest) >= len(lit) && string(rest[:len(lit)]) == lit &&
		(len(rest) == len(lit) || !isIdentPart(rest[len(lit)])) {
		lx.pos += len(lit)
		return kind, lit == "true", true
	}
	return Invalid, false, lx.fail(lx.at(lx.pos), badWord(lx.word()))
}

// scalar reads a string, number or literal at pos without keeping it.
func (lx *lexer) scalar(c byte) bool {
	switch kindAt(c) {
	case String:
		return lx.skipStr()
	case Number:
		_, ok := lx.number()
		return ok
	case Bool, Null:
		_, _, ok := lx.literal()
		return ok
	}
	return lx.unexpected(ctxValue)
}

// skip reads one value and discards it, checking its syntax and nesting. It
// keeps a stack of where it is, so that a syntax problem inside can name its
// path. It allocates nothing once its stack has grown.
func (lx *lexer) skip() bool {
	base := len(lx.segs)
	defer func() { lx.segs = lx.segs[:base] }()
	for {
		// A value is expected at pos.
		c := lx.peek()
		switch c {
		case '{':
			if !lx.open() {
				return lx.keepSegs(base)
			}
			lx.segs = append(lx.segs, segment{index: -1})
			if !lx.nextMember(true) {
				if lx.err != nil {
					return lx.keepSegs(base)
				}
				lx.segs = lx.segs[:len(lx.segs)-1]
				break
			}
			continue
		case '[':
			if !lx.open() {
				return lx.keepSegs(base)
			}
			lx.segs = append(lx.segs, segment{array: true})
			if !lx.elem(true) {
				if lx.err != nil {
					return lx.keepSegs(base)
				}
				lx.segs = lx.segs[:len(lx.segs)-1]
				break
			}
			continue
		default:
			if !lx.scalar(c) {
				return lx.keepSegs(base)
			}
		}
		// A value ended: move to the next member or element, closing
		// containers as they end.
		for {
			if len(lx.segs) == base {
				return true
			}
			top := &lx.segs[len(lx.segs)-1]
			var more bool
			if top.array {
				if more = lx.elem(false); more {
					top.index++
				}
			} else {
				more = lx.nextMember(false)
			}
			if more {
				break
			}
			if lx.err != nil {
				return lx.keepSegs(base)
			}
			lx.segs = lx.segs[:len(lx.segs)-1]
		}
	}
}

// nextMember is member for skip: it records the key's offset in the top
// segment and does not unescape the key.
func (lx *lexer) nextMember(first bool) bool {
	_, at, ok := lx.member(first)
	if ok {
		lx.segs[len(lx.segs)-1].index = at.off
	}
	return ok
}

// keepSegs copies the skip stack above base into the error, for its path.
func (lx *lexer) keepSegs(base int) bool {
	if lx.err != nil && lx.err.segs == nil {
		lx.err.segs = append([]segment{}, lx.segs[base:]...)
	}
	return false
}

// keyAt returns the unescaped key whose opening quote is at off.
func (lx *lexer) keyAt(off int) string {
	sub := lexer{src: lx.src, data: lx.data, pos: off, maxDepth: 1}
	if off < 0 || off >= len(lx.data) || lx.data[off] != '"' {
		return ""
	}
	k, _ := sub.str()
	return string(k)
}

// countRest returns the number of elements left in the array being read,
// counting the one at pos, without moving the lexer; 0 if the rest is
// malformed (reading it again reports where).
func (lx *lexer) countRest() int {
	sub := *lx
	sub.err = nil
	sub.segs = sub.segs[len(sub.segs):]
	depth := sub.depth
	n := 0
	for first := true; sub.depth == depth && sub.elem(first); first = false {
		if !sub.skip() {
			return 0
		}
		n++
	}
	if sub.err != nil {
		return 0
	}
	return n
}
