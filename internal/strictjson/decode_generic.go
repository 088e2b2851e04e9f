package strictjson

import (
	"encoding"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// unmarshalText calls UnmarshalText on ptr with the string at the lexer,
// moving any problem it returns to the current location. The text is a
// slice of the input or of the lexer's scratch buffer, which UnmarshalText
// must copy if it keeps it.
func (d *Decoder) unmarshalText(ptr any, ps *vocab.Problems) {
	text, ok := d.lx.str()
	if !ok {
		d.syntax(ps)
		return
	}
	if err := ptr.(encoding.TextUnmarshaler).UnmarshalText(text); err != nil {
		d.fromError(err, text, ps)
	}
}

// generic reads the value at the lexer as encoding/json would store it in
// an interface{}: nil, bool, float64, string, []any or map[string]any.
// Repeated keys are reported and the first occurrence kept. ok is false
// when the value cannot be represented (a number beyond float64) or is
// malformed.
func (d *Decoder) generic(ps *vocab.Problems) (out any, ok bool) {
	lx := d.lx
	switch kindAt(lx.peek()) {
	case Null, Bool:
		k, b, ok := lx.literal()
		if !ok || k == Null {
			return nil, d.syntax(ps)
		}
		return b, true
	case String:
		s, ok := lx.str()
		if !ok {
			return nil, d.syntax(ps)
		}
		return string(s), true
	case Number:
		text, ok := lx.number()
		if !ok {
			return nil, d.syntax(ps)
		}
		f, fault := parseFloat(text, 64)
		if fault != numOK {
			*ps = ps.Add(d.numProblem(fault, text, "float64", false))
			return nil, false
		}
		return f, true
	case Array:
		return d.genericArray(ps)
	case Object:
		return d.genericObject(ps)
	}
	lx.unexpected(ctxValue)
	return nil, d.syntax(ps)
}

func (d *Decoder) genericArray(ps *vocab.Problems) (any, bool) {
	lx := d.lx
	if !lx.open() {
		return nil, d.syntax(ps)
	}
	s := []any{}
	for i := 0; lx.elem(i == 0); i++ {
		d.push(locIndex, "", i, lx.at(lx.pos))
		e, _ := d.generic(ps)
		d.pop()
		if lx.err != nil {
			return s, false
		}
		s = append(s, e)
	}
	return s, d.syntax(ps)
}

func (d *Decoder) genericObject(ps *vocab.Problems) (any, bool) {
	lx := d.lx
	if !lx.open() {
		return nil, d.syntax(ps)
	}
	m := map[string]any{}
	var seen map[string]mark
	for first := true; ; first = false {
		key, at, ok := lx.member(first)
		if !ok {
			break
		}
		name := string(key)
		if firstAt, dup := seen[name]; dup {
			d.duplicate(locKey, name, at, firstAt, ps)
			if !d.skipMember(locKey, at, ps) {
				return m, false
			}
			continue
		}
		if seen == nil {
			seen = make(map[string]mark)
		}
		seen[name] = at
		d.push(locKey, name, 0, at)
		e, _ := d.generic(ps)
		d.pop()
		if lx.err != nil {
			return m, false
		}
		m[name] = e
	}
	return m, d.syntax(ps)
}
