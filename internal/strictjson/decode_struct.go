package strictjson

import (
	"reflect"
	"slices"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// decodeStruct decodes the members of object v into struct rv, skipping the
// names in ignore.
func (d *Decoder) decodeStruct(v *Value, rv reflect.Value, ps *vocab.Problems, ignore []string) {
	sf := fieldsOf(rv.Type())
	for m := range d.members(v, locField, ignore, ps) {
		fi, ok := sf.byName[m.Name]
		if !ok {
			if !d.skipUnknown {
				*ps = d.add(*ps, unknownField(sf, m.Name, d.path()))
			}
			continue
		}
		fv, ok := fieldByIndex(rv, sf.list[fi].index)
		if !ok {
			*ps = d.add(*ps, vocab.Invalid(d.path(), nil,
				"cannot set a field of an embedded pointer to an unexported struct type"))
			continue
		}
		d.decode(&m.Value, fv, ps)
	}
}

// unknownField reports key, which sf does not define, listing the known keys
// and suggesting one that differs only in case.
func unknownField(sf *structFields, key string, p *vocab.Path) *vocab.Problem {
	prob := &vocab.Problem{Path: p, Type: vocab.ErrUnknownField, Severity: vocab.SeverityError,
		Allowed: slices.Clone(sf.names)}
	for _, name := range sf.names {
		if strings.EqualFold(name, key) {
			prob.Detail = `did you mean "` + name + `"?`
			break
		}
	}
	return prob
}

// fieldByIndex returns the settable field at index below rv, allocating nil
// embedded pointers on the way. It fails for a nil embedded pointer to an
// unexported struct type, which cannot be allocated through reflection.
func fieldByIndex(rv reflect.Value, index []int) (reflect.Value, bool) {
	for i, x := range index {
		if i > 0 && rv.Kind() == reflect.Pointer {
			if rv.IsNil() {
				if !rv.CanSet() {
					return reflect.Value{}, false
				}
				rv.Set(reflect.New(rv.Type().Elem()))
			}
			rv = rv.Elem()
		}
		rv = rv.Field(x)
	}
	return rv, true
}
