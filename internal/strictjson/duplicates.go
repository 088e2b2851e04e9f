package strictjson

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// rawValue reads the value at the lexer and returns its source bytes (a
// slice of the input), reporting repeated keys anywhere inside, for values
// handed on whole (json.RawMessage, json.Unmarshaler). Map-style paths are
// used, as the structure is unknown. ok is false for malformed input.
func (d *Decoder) rawValue(ps *vocab.Problems) (raw []byte, ok bool) {
	lx := d.lx
	lx.peek()
	start := lx.pos
	if !d.checkDuplicates(ps) {
		return nil, false
	}
	return lx.data[start:lx.pos], true
}

// checkDuplicates reads one value, reporting repeated keys; it keeps the
// keys of each object open, nothing else.
func (d *Decoder) checkDuplicates(ps *vocab.Problems) bool {
	lx := d.lx
	switch c := lx.peek(); c {
	case '{':
		if !lx.open() {
			return d.syntax(ps)
		}
		var seen map[string]mark
		for first := true; ; first = false {
			key, at, ok := lx.member(first)
			if !ok {
				return d.syntax(ps)
			}
			name := string(key)
			if firstAt, dup := seen[name]; dup {
				d.duplicate(locKey, name, at, firstAt, ps)
			} else {
				if seen == nil {
					seen = make(map[string]mark)
				}
				seen[name] = at
			}
			d.push(locKey, name, 0, at)
			ok = d.checkDuplicates(ps)
			d.pop()
			if !ok {
				return false
			}
		}
	case '[':
		if !lx.open() {
			return d.syntax(ps)
		}
		for i := 0; lx.elem(i == 0); i++ {
			d.push(locIndex, "", i, lx.at(lx.pos))
			ok := d.checkDuplicates(ps)
			d.pop()
			if !ok {
				return false
			}
		}
		return d.syntax(ps)
	default:
		if !lx.scalar(c) {
			return d.syntax(ps)
		}
		return true
	}
}
