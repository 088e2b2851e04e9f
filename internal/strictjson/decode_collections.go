package strictjson

import (
	"encoding"
	"encoding/base64"
	"reflect"
	"strconv"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// decodeSlice decodes the array at the lexer into a fresh slice stored in
// rv ([] gives an empty, non-nil slice). The slice grows as elements
// arrive, except that an array not inside another array being decoded, once
// past countAfter elements, has its remaining elements counted so that the
// slice grows once to its final length: growing a large slice of structs
// element by element would allocate several times its size and copy it as
// often. Counting only outermost arrays reads no byte more than twice.
func (d *Decoder) decodeSlice(rv reflect.Value, ps *vocab.Problems) {
	lx := d.lx
	if !lx.open() {
		d.syntax(ps)
		return
	}
	// Decode into a fresh slice (never the caller's backing array), in
	// place: rv is settable.
	sv := rv
	sv.SetZero()
	outer := d.inArray == 0
	d.inArray++
	for i := 0; lx.elem(i == 0); i++ {
		if sv.Len() == sv.Cap() {
			more := 1
			if outer && i >= countAfter {
				more = max(lx.countRest(), 1)
				outer = false
			}
			sv.Grow(more)
		}
		sv.SetLen(i + 1)
		d.push(locIndex, "", i, lx.at(lx.pos))
		d.decode(sv.Index(i), ps)
		d.pop()
		if lx.err != nil {
			break
		}
	}
	d.inArray--
	d.syntax(ps)
	if sv.IsNil() {
		sv.Set(reflect.MakeSlice(rv.Type(), 0, 0)) // [] decodes as empty, not nil
	}
}

// countAfter is the length beyond which decodeSlice counts an outermost
// array's remaining elements.
const countAfter = 64

// decodeArray decodes the array at the lexer into the Go array rv; missing
// elements are zero and extra elements are out of range.
func (d *Decoder) decodeArray(rv reflect.Value, ps *vocab.Problems) {
	lx := d.lx
	if !lx.open() {
		d.syntax(ps)
		return
	}
	n := rv.Len()
	i := 0
	for ; lx.elem(i == 0); i++ {
		d.push(locIndex, "", i, lx.at(lx.pos))
		if i < n {
			d.decode(rv.Index(i), ps)
		} else if d.skip(ps) && i == n {
			*ps = ps.Add(d.problem(vocab.ErrOutOfRange, nil, "the array holds at most "+strconv.Itoa(n)+" elements"))
		}
		d.pop()
		if lx.err != nil {
			break
		}
	}
	d.syntax(ps)
	for ; i < n; i++ {
		rv.Index(i).SetZero()
	}
}

// decodeBytes decodes a base64 string into a byte slice, like encoding/json.
func (d *Decoder) decodeBytes(rv reflect.Value, ps *vocab.Problems) {
	s, ok := d.lx.str()
	if !ok {
		d.syntax(ps)
		return
	}
	b := make([]byte, base64.StdEncoding.DecodedLen(len(s)))
	n, err := base64.StdEncoding.Decode(b, s)
	if err != nil {
		if p := d.problem(vocab.ErrInvalid, nil, "want base64 (RFC 4648, standard alphabet, padded)"); p != nil {
			p.Cause = err
			*ps = append(*ps, p)
		}
		return
	}
	rv.SetBytes(b[:n])
}

// decodeMap decodes the members of the object at the lexer into map rv
// (allocated if nil), skipping the names in ignore. Keys are data: string,
// integer and TextUnmarshaler key types are supported. It keeps where each
// key was first seen, to report repeats.
func (d *Decoder) decodeMap(rv reflect.Value, ps *vocab.Problems, ignore []string) {
	lx := d.lx
	t := rv.Type()
	kt := t.Key()
	if !infoOf(kt).text && kt.Kind() != reflect.String && !isInt(kt.Kind()) && !isUint(kt.Kind()) {
		if d.skip(ps) {
			*ps = ps.Add(d.problem(vocab.ErrInvalid, nil, "cannot decode into map with key type "+kt.String()))
		}
		return
	}
	if !lx.open() {
		d.syntax(ps)
		return
	}
	if rv.IsNil() {
		rv.Set(reflect.MakeMap(t))
	}
	var seen map[string]mark
	var ignored []mark
	elem := reflect.New(t.Elem()).Elem()
	for first := true; ; first = false {
		key, at, ok := lx.member(first)
		if !ok {
			break
		}
		if i := indexOf(ignore, key); i >= 0 {
			if ignored == nil {
				ignored = make([]mark, len(ignore))
			}
			if ignored[i].off > 0 {
				d.duplicate(locKey, ignore[i], at, ignored[i], ps)
			}
			ignored[i] = at
			if !d.skipMember(locKey, at, ps) {
				return
			}
			continue
		}
		name := string(key)
		if firstAt, dup := seen[name]; dup {
			d.duplicate(locKey, name, at, firstAt, ps)
			if !d.skipMember(locKey, at, ps) {
				return
			}
			continue
		}
		if seen == nil {
			seen = make(map[string]mark)
		}
		seen[name] = at
		d.push(locKey, name, 0, at)
		if k, ok := d.mapKey(kt, name, ps); !ok {
			d.skip(ps)
		} else {
			elem.SetZero()
			d.decode(elem, ps)
			rv.SetMapIndex(k, elem)
		}
		d.pop()
		if lx.err != nil {
			return
		}
	}
	d.syntax(ps)
}

// mapKey converts name to a key of type kt.
func (d *Decoder) mapKey(kt reflect.Type, name string, ps *vocab.Problems) (reflect.Value, bool) {
	key := reflect.New(kt)
	switch k := kt.Kind(); {
	case infoOf(kt).text:
		if err := key.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(name)); err != nil {
			d.fromError(err, []byte(name), ps)
			return key, false
		}
	case k == reflect.String:
		key.Elem().SetString(name)
	case isInt(k):
		n, f := parseInt([]byte(name), kt.Bits())
		if f != numOK {
			*ps = ps.Add(d.numProblem(f, []byte(name), "int"+strconv.Itoa(kt.Bits()), true))
			return key, false
		}
		key.Elem().SetInt(n)
	default:
		n, f := parseUint([]byte(name), kt.Bits())
		if f != numOK {
			*ps = ps.Add(d.numProblem(f, []byte(name), "uint"+strconv.Itoa(kt.Bits()), true))
			return key, false
		}
		key.Elem().SetUint(n)
	}
	return key.Elem(), true
}
