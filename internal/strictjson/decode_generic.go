package strictjson

import (
	"encoding"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// unmarshalText calls UnmarshalText on ptr with the string v, moving any
// problem it returns to p. A string without escapes is passed as a slice of
// the input, which UnmarshalText must copy if it keeps it.
func (d *Decoder) unmarshalText(ptr any, v *Value, ps *vocab.Problems) {
	text := v.raw[1 : len(v.raw)-1]
	if len(text) != len(v.text) {
		text = []byte(v.text)
	}
	if err := ptr.(encoding.TextUnmarshaler).UnmarshalText(text); err != nil {
		*ps = d.add(*ps, fromError(err, d.path(), v.text)...)
	}
}

// generic converts v to the value encoding/json would store in an
// interface{}: nil, bool, float64, string, []any or map[string]any. Repeated
// keys are reported and the first occurrence kept. ok is false when v
// cannot be represented (a number beyond float64).
func (d *Decoder) generic(v *Value, ps *vocab.Problems) (out any, ok bool) {
	switch v.kind {
	case Null:
		return nil, true
	case Bool:
		return v.Bool(), true
	case String:
		return v.text, true
	case Number:
		f, prob := parseFloat(v.raw, 64)
		if d.fail(prob, ps) {
			return nil, false
		}
		return f, true
	case Array:
		s := make([]any, 0, len(v.elems))
		for i := range v.elems {
			if d.full() {
				break
			}
			d.push(locIndex, "", i)
			e, _ := d.generic(&v.elems[i], ps)
			d.pop()
			s = append(s, e)
		}
		return s, true
	case Object:
		return d.genericObject(v, ps), true
	}
	*ps = d.add(*ps, vocab.Invalid(d.path(), nil, "not a parsed JSON value"))
	return nil, false
}

func (d *Decoder) genericObject(v *Value, ps *vocab.Problems) map[string]any {
	m := make(map[string]any, len(v.members))
	for mb := range d.members(v, locKey, nil, ps) {
		e, _ := d.generic(&mb.Value, ps)
		m[mb.Name] = e
	}
	return m
}
