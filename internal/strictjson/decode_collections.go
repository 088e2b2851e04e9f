package strictjson

import (
	"encoding"
	"encoding/base64"
	"reflect"
	"strconv"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// decodeSlice decodes array v into a fresh slice stored in rv.
func (d *Decoder) decodeSlice(v *Value, rv reflect.Value, ps *vocab.Problems) {
	s := reflect.MakeSlice(rv.Type(), len(v.elems), len(v.elems))
	for i := range v.elems {
		if d.full() {
			break
		}
		d.push(locIndex, "", i)
		d.decode(&v.elems[i], s.Index(i), ps)
		d.pop()
	}
	rv.Set(s)
}

// decodeArray decodes array v into the Go array rv; missing elements are
// zero and extra elements are out of range.
func (d *Decoder) decodeArray(v *Value, rv reflect.Value, ps *vocab.Problems) {
	n := rv.Len()
	for i := range v.elems {
		if i >= n {
			*ps = d.add(*ps, vocab.OutOfRange(d.path().Index(i), nil,
				"the array holds at most "+strconv.Itoa(n)+" elements"))
			break
		}
		if d.full() {
			break
		}
		d.push(locIndex, "", i)
		d.decode(&v.elems[i], rv.Index(i), ps)
		d.pop()
	}
	for i := len(v.elems); i < n; i++ {
		rv.Index(i).SetZero()
	}
}

// decodeBytes decodes a base64 string into a byte slice, like encoding/json.
func (d *Decoder) decodeBytes(v *Value, rv reflect.Value, ps *vocab.Problems) {
	b, err := base64.StdEncoding.DecodeString(v.text)
	if err != nil {
		*ps = d.add(*ps, &vocab.Problem{Path: d.path(), Type: vocab.ErrInvalid, Severity: vocab.SeverityError,
			Detail: "want base64 (RFC 4648, standard alphabet, padded)", Cause: err})
		return
	}
	rv.SetBytes(b)
}

// decodeMap decodes the members of object v into map rv (allocated if nil),
// skipping the names in ignore. Keys are data: string, integer and
// TextUnmarshaler key types are supported.
func (d *Decoder) decodeMap(v *Value, rv reflect.Value, ps *vocab.Problems, ignore []string) {
	t := rv.Type()
	kt := t.Key()
	if !infoOf(kt).text && kt.Kind() != reflect.String && !isInt(kt.Kind()) && !isUint(kt.Kind()) {
		*ps = d.add(*ps, vocab.Invalid(d.path(), nil, "cannot decode into map with key type "+kt.String()))
		return
	}
	if rv.IsNil() {
		rv.Set(reflect.MakeMapWithSize(t, len(v.members)))
	}
	for m := range d.members(v, locKey, ignore, ps) {
		key, ok := d.mapKey(kt, m.Name, ps)
		if !ok {
			continue
		}
		elem := reflect.New(t.Elem()).Elem()
		d.decode(&m.Value, elem, ps)
		rv.SetMapIndex(key, elem)
	}
}

// mapKey converts name to a key of type kt.
func (d *Decoder) mapKey(kt reflect.Type, name string, ps *vocab.Problems) (reflect.Value, bool) {
	key := reflect.New(kt)
	switch k := kt.Kind(); {
	case infoOf(kt).text:
		if err := key.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(name)); err != nil {
			*ps = d.add(*ps, fromError(err, d.path(), name)...)
			return key, false
		}
	case k == reflect.String:
		key.Elem().SetString(name)
	case isInt(k):
		n, prob := parseInt([]byte(name), kt.Bits())
		if d.fail(keyProblem(prob), ps) {
			return key, false
		}
		key.Elem().SetInt(n)
	default:
		n, prob := parseUint([]byte(name), kt.Bits())
		if d.fail(keyProblem(prob), ps) {
			return key, false
		}
		key.Elem().SetUint(n)
	}
	return key.Elem(), true
}

// keyProblem adapts a number problem to a map key: a key that is not an
// integer at all is invalid rather than of the wrong JSON type.
func keyProblem(prob *vocab.Problem) *vocab.Problem {
	if prob != nil && prob.Type == vocab.ErrTypeInvalid {
		prob.Type = vocab.ErrInvalid
		prob.Detail = "map key: " + prob.Detail
	}
	return prob
}
