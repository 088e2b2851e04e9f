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
	if !rv.IsValid() {
		return ps
	}
	pl := planOf(rv.Type())
	if pl == nil {
		return ps
	}
	w := utf8Walker{ps: ps, at: at}
	w.value(rv, pl, skip)
	return w.ps
}

// utf8Plan is how to walk a type that can hold strings: its kind, and for
// a struct the string-bearing fields, for a pointer, list or map the
// element's plan. A nil plan is a type that holds none, never walked.
type utf8Plan struct {
	kind   reflect.Kind
	fields []planField
	elem   *utf8Plan
}

type planField struct {
	name  string
	index []int
	plan  *utf8Plan
}

var planCache sync.Map // reflect.Type -> *utf8Plan (nil for none)

// planOf returns the cached plan of t, building it (and its parts) once.
func planOf(t reflect.Type) *utf8Plan {
	if v, ok := planCache.Load(t); ok {
		return v.(*utf8Plan)
	}
	building := map[reflect.Type]*utf8Plan{}
	pl := buildPlan(t, building)
	v, _ := planCache.LoadOrStore(t, pl)
	return v.(*utf8Plan)
}

// buildPlan builds t's plan; building holds the plans under construction,
// so a recursive type refers to itself. Cyclic types get a plan even when
// only the cycle holds them together; the walk of such a value ends at its
// nil pointers.
func buildPlan(t reflect.Type, building map[reflect.Type]*utf8Plan) *utf8Plan {
	if pl, ok := building[t]; ok {
		return pl
	}
	pl := &utf8Plan{kind: t.Kind()}
	building[t] = pl
	switch t.Kind() {
	case reflect.String, reflect.Interface:
		return pl
	case reflect.Pointer, reflect.Slice, reflect.Array:
		if pl.elem = buildPlan(t.Elem(), building); pl.elem != nil {
			return pl
		}
	case reflect.Map:
		pl.elem = buildPlan(t.Elem(), building)
		if pl.elem != nil || t.Key().Kind() == reflect.String {
			return pl
		}
	case reflect.Struct:
		for _, f := range fieldsOf(t).list {
			if fp := buildPlan(f.typ, building); fp != nil {
				pl.fields = append(pl.fields, planField{name: f.name, index: f.index, plan: fp})
			}
		}
		if len(pl.fields) > 0 {
			return pl
		}
	}
	building[t] = nil
	return nil
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

func (w *utf8Walker) value(rv reflect.Value, pl *utf8Plan, skip []string) {
	if pl == nil {
		return
	}
	switch pl.kind {
	case reflect.String:
		w.check(rv.String())
	case reflect.Interface:
		if !rv.IsNil() {
			e := rv.Elem()
			w.value(e, planOf(e.Type()), nil)
		}
	case reflect.Pointer:
		if !rv.IsNil() {
			w.value(rv.Elem(), pl.elem, skip)
		}
	case reflect.Slice, reflect.Array:
		if pl.elem == nil {
			return
		}
		for i := range rv.Len() {
			w.steps = append(w.steps, utf8Step{index: i})
			w.value(rv.Index(i), pl.elem, nil)
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
			w.value(rv.MapIndex(k), pl.elem, nil)
			w.steps = w.steps[:len(w.steps)-1]
		}
	case reflect.Struct:
		for i := range pl.fields {
			f := &pl.fields[i]
			if skip != nil && slices.Contains(skip, f.name) {
				continue
			}
			if fv, ok := fieldOf(rv, f.index); ok {
				w.steps = append(w.steps, utf8Step{name: f.name, index: -1})
				w.value(fv, f.plan, nil)
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
	if len(index) == 1 {
		return rv.Field(index[0]), true
	}
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
