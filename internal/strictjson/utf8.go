package strictjson

import (
	"fmt"
	"reflect"
	"slices"
	"sync"
	"unicode/utf8"
	"unsafe"

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
// Strings of a typed ID or code type (with an IDKind or EnumValues method)
// are not visited either: their shape checks report them (see
// shapeChecked).
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
	if allValidUTF8(rv, pl, skip) {
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

	typ  reflect.Type // the planned type
	size uintptr      // for a slice or array, the element's size
	n    int          // for an array, its length
}

type planField struct {
	name  string
	index []int
	plan  *utf8Plan

	// offset is the field's offset in the struct when direct: no pointer
	// (embedded) lies on the way to it.
	offset uintptr
	direct bool
}

// shapeChecked are the methods of the string types the walk leaves out:
// typed IDs (IDKind) and codes (EnumValues). Each document checks every
// such field against its shape ([vocab.CheckID], [vocab.Enum.Check]),
// which admits ASCII only, so an invalid string there is already an error
// at its path; the documents' tests make every string of a valid document
// invalid in turn and require exactly that.
var shapeChecked = [2]reflect.Type{
	reflect.TypeFor[interface{ IDKind() string }](),
	reflect.TypeFor[interface{ EnumValues() []string }](),
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
	pl := &utf8Plan{kind: t.Kind(), typ: t}
	building[t] = pl
	switch t.Kind() {
	case reflect.String:
		if !t.Implements(shapeChecked[0]) && !t.Implements(shapeChecked[1]) {
			return pl
		}
	case reflect.Interface:
		return pl
	case reflect.Pointer, reflect.Slice, reflect.Array:
		pl.size = t.Elem().Size()
		if t.Kind() == reflect.Array {
			pl.n = t.Len()
		}
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
				off, direct := fieldOffset(t, f.index)
				pl.fields = append(pl.fields, planField{name: f.name, index: f.index, plan: fp, offset: off, direct: direct})
			}
		}
		if len(pl.fields) > 0 {
			return pl
		}
	}
	building[t] = nil
	return nil
}

// fieldOffset returns the offset of the field at index below struct type
// t, and false when an embedded pointer lies on the way.
func fieldOffset(t reflect.Type, index []int) (uintptr, bool) {
	var off uintptr
	for i, x := range index {
		if i > 0 && t.Kind() != reflect.Struct {
			return 0, false
		}
		f := t.Field(x)
		off += f.Offset
		t = f.Type
	}
	return off, true
}

// allValidUTF8 reports whether every string the walk of rv would visit is
// valid UTF-8: the fast path for valid documents, which reads the memory
// of addressable values through the plan's offsets (no reflect.Value per
// value, no path, no allocation) and makes the full walk needed only when
// some string is invalid. Parts it cannot address (map entries, the
// dynamic values of interfaces, fields behind embedded pointers, a root
// that is not a pointer) are checked by the full walk into a scratch
// collector. It agrees with the full walk by construction and by
// TestAllValidUTF8MatchesWalk.
func allValidUTF8(rv reflect.Value, pl *utf8Plan, skip []string) bool {
	if pl.kind != reflect.Pointer || rv.IsNil() || pl.elem.kind != reflect.Struct {
		return slowValidUTF8(rv, pl, skip)
	}
	p, st := rv.UnsafePointer(), pl.elem
	for i := range st.fields {
		f := &st.fields[i]
		if skip != nil && slices.Contains(skip, f.name) {
			continue
		}
		if !fieldValidUTF8(p, st, f) {
			return false
		}
	}
	return true
}

// slowValidUTF8 is the full walk of rv into a scratch collector.
func slowValidUTF8(rv reflect.Value, pl *utf8Plan, skip []string) bool {
	w := utf8Walker{probe: true}
	w.value(rv, pl, skip)
	return !w.found
}

func fieldValidUTF8(p unsafe.Pointer, st *utf8Plan, f *planField) bool {
	if f.direct {
		return validAt(unsafe.Add(p, f.offset), f.plan)
	}
	fv, ok := fieldOf(reflect.NewAt(st.typ, p).Elem(), f.index)
	return !ok || slowValidUTF8(fv, f.plan, nil)
}

// validAt is allValidUTF8 of the value of plan pl at p.
func validAt(p unsafe.Pointer, pl *utf8Plan) bool {
	switch pl.kind {
	case reflect.String:
		return utf8.ValidString(*(*string)(p))
	case reflect.Pointer:
		q := *(*unsafe.Pointer)(p)
		return q == nil || validAt(q, pl.elem)
	case reflect.Slice:
		s := *(*[]byte)(p)
		base := unsafe.Pointer(unsafe.SliceData(s))
		for i := range len(s) {
			if !validAt(unsafe.Add(base, uintptr(i)*pl.size), pl.elem) {
				return false
			}
		}
		return true
	case reflect.Array:
		for i := range pl.n {
			if !validAt(unsafe.Add(p, uintptr(i)*pl.size), pl.elem) {
				return false
			}
		}
		return true
	case reflect.Struct:
		for i := range pl.fields {
			f := &pl.fields[i]
			if f.direct && f.plan.kind == reflect.String { // the common case, without a call
				if !utf8.ValidString(*(*string)(unsafe.Add(p, f.offset))) {
					return false
				}
				continue
			}
			if !fieldValidUTF8(p, pl, f) {
				return false
			}
		}
		return true
	}
	// Interfaces and maps: the full walk, unless nil (a nil map is a nil
	// pointer; a nil interface has a nil type word).
	if *(*unsafe.Pointer)(p) == nil {
		return true
	}
	return slowValidUTF8(reflect.NewAt(pl.typ, p).Elem(), pl, nil)
}

// utf8Walker walks a value, keeping the path as a stack of steps so that
// a *vocab.Path is built only for a problem.
type utf8Walker struct {
	probe bool // only find whether some string is invalid: found
	found bool
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
		if w.probe {
			w.found = true
			return
		}
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
