package strictjson

import (
	"fmt"
	"reflect"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// CollectInvalidUTF8 adds to ps one ErrInvalid problem for every string in
// v (struct fields as JSON names them, list elements, map keys and values,
// the dynamic values of interfaces) that is not valid UTF-8, at its path
// below at, and returns ps. Such a string cannot be encoded faithfully:
// encoding/json writes each invalid byte as U+FFFD, so two strings that
// differ only in invalid bytes would encode, and compare, the same. The
// strict decoder refuses invalid UTF-8 in its input, so only documents
// built in Go can hold one. The fields of the root struct named in skip
// (JSON names) are not visited: embedded documents that check themselves.
//
// Types that can hold no string are never walked, so the cost is one visit
// of every string-bearing value; a valid document allocates nothing.
func CollectInvalidUTF8(ps *vocab.Collector, at *vocab.Path, v any, skip ...string) *vocab.Collector {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || !holdsStrings(rv.Type()) {
		return ps
	}
	w := utf8Walker{ps: ps, at: at}
	w.value(rv, skip)
	return w.ps
}

// utf8Walker walks a value, keeping the path as a stack of steps so that
// a *vocab.Path is built only for a problem.
type utf8Walker struct {
	ps    *vocab.Collector
	at    *vocab.Path
	steps []utf8Step
}

type utf8Step struct {
	name  string
	index int // -1 for a name
	key   bool
}

func (w *utf8Walker) path() *vocab.Path {
	p := w.at
	for _, s := range w.steps {
		switch {
		case s.key:
			p = p.Key(s.name)
		case s.index >= 0:
			p = p.Index(s.index)
		default:
			p = p.Child(s.name)
		}
	}
	return p
}

func (w *utf8Walker) check(s string) {
	if !utf8.ValidString(s) {
		w.ps = w.ps.Add(invalidUTF8(w.path(), s))
	}
}

func (w *utf8Walker) value(rv reflect.Value, skip []string) {
	if !rv.IsValid() || !holdsStrings(rv.Type()) {
		return
	}
	switch rv.Kind() {
	case reflect.String:
		w.check(rv.String())
	case reflect.Pointer, reflect.Interface:
		if !rv.IsNil() {
			w.value(rv.Elem(), skip)
		}
	case reflect.Slice, reflect.Array:
		for i := range rv.Len() {
			w.steps = append(w.steps, utf8Step{index: i})
			w.value(rv.Index(i), nil)
			w.steps = w.steps[:len(w.steps)-1]
		}
	case reflect.Map:
		keys := rv.MapKeys()
		slices.SortFunc(keys, compareKeys)
		for _, k := range keys {
			w.steps = append(w.steps, utf8Step{name: fmt.Sprint(k.Interface()), index: -1, key: true})
			if k.Kind() == reflect.String {
				w.check(k.String())
			}
			w.value(rv.MapIndex(k), nil)
			w.steps = w.steps[:len(w.steps)-1]
		}
	case reflect.Struct:
		for _, f := range fieldsOf(rv.Type()).list {
			if !holdsStrings(f.typ) || slices.Contains(skip, f.name) {
				continue
			}
			if fv, ok := fieldOf(rv, f.index); ok {
				w.steps = append(w.steps, utf8Step{name: f.name, index: -1})
				w.value(fv, nil)
				w.steps = w.steps[:len(w.steps)-1]
			}
		}
	}
}

// compareKeys orders map keys by their printed form.
func compareKeys(a, b reflect.Value) int {
	x, y := fmt.Sprint(a.Interface()), fmt.Sprint(b.Interface())
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// fieldOf returns the field at index below rv without allocating: false
// when a nil embedded pointer lies on the way.
func fieldOf(rv reflect.Value, index []int) (reflect.Value, bool) {
	for i, x := range index {
		if i > 0 && rv.Kind() == reflect.Pointer {
			if rv.IsNil() {
				return reflect.Value{}, false
			}
			rv = rv.Elem()
		}
		rv = rv.Field(x)
	}
	return rv, true
}

// invalidUTF8 is the problem of string s at at.
func invalidUTF8(at *vocab.Path, s string) *vocab.Problem {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		i += n
	}
	return vocab.Invalid(at, s, fmt.Sprintf("not valid UTF-8: byte 0x%02x at offset %d; text must be UTF-8", s[i], i))
}

var stringsCache sync.Map // reflect.Type -> bool

// holdsStrings reports whether a value of type t can hold a string the
// walk visits. Results are cached per type; a type is cached only once
// fully known, so concurrent walks never see a partial answer.
func holdsStrings(t reflect.Type) bool {
	if v, ok := stringsCache.Load(t); ok {
		return v.(bool)
	}
	h := computeHoldsStrings(t, map[reflect.Type]bool{})
	stringsCache.Store(t, h)
	return h
}

func computeHoldsStrings(t reflect.Type, visiting map[reflect.Type]bool) bool {
	if v, ok := stringsCache.Load(t); ok {
		return v.(bool)
	}
	if visiting[t] {
		return false // a cycle adds nothing its other fields do not
	}
	visiting[t] = true
	switch t.Kind() {
	case reflect.String, reflect.Interface:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return computeHoldsStrings(t.Elem(), visiting)
	case reflect.Map:
		return t.Key().Kind() == reflect.String || computeHoldsStrings(t.Elem(), visiting)
	case reflect.Struct:
		for _, f := range fieldsOf(t).list {
			if computeHoldsStrings(f.typ, visiting) {
				return true
			}
		}
	}
	return false
}
