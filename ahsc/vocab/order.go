package vocab

import (
	"cmp"
	"errors"
	"reflect"
	"strings"
	"sync"
)

// DocumentOrder returns the order in which the problems of a document of
// doc's Go type are listed: the order of the document itself. Paths
// compare segment by segment: object members in the order the type
// encodes its fields (declaration order, embedded structs' fields in
// place), list elements by index, map entries by key; a value comes before
// the values inside it. A member the type does not declare (an unknown
// key) comes after the declared ones, by name. A knock-on problem — one
// whose Cause is another *Problem, found only because of that fault —
// sorts right after its cause, wherever its own path is. Problems at the
// same place keep the order they were found in.
//
// Comparing two problems costs the depth of their paths; the field
// orders are computed once per type.
func DocumentOrder(doc any) func(a, b *Problem) int {
	root := reflect.TypeOf(doc)
	return func(a, b *Problem) int {
		pa, ka := anchor(a)
		pb, kb := anchor(b)
		if c := comparePaths(root, pa, pb); c != 0 {
			return c
		}
		return cmp.Compare(ka, kb)
	}
}

// anchor returns where p sorts: its own path, or its root cause's path
// and the number of knock-on steps from it.
func anchor(p *Problem) (*Path, int) {
	steps := 0
	for steps < 16 {
		var cause *Problem
		if p.Cause == nil || !errors.As(p.Cause, &cause) || cause == p {
			break
		}
		p = cause
		steps++
	}
	return p.Path, steps
}

// comparePaths orders a and b in a document of type t.
func comparePaths(t reflect.Type, a, b *Path) int {
	as, bs := a.segments(), b.segments()
	for i := 0; i < len(as) && i < len(bs); i++ {
		x, y := as[i], bs[i]
		t = deref(t)
		if x.name == y.name && x.index == y.index && x.key == y.key {
			t = step(t, x)
			continue
		}
		xi, yi := !x.key && x.name == "" && x.index >= 0, !y.key && y.name == "" && y.index >= 0
		switch {
		case xi && yi:
			return cmp.Compare(x.index, y.index)
		case xi != yi:
			if xi {
				return -1
			}
			return 1
		case x.key || y.key || t == nil || t.Kind() != reflect.Struct:
			return strings.Compare(x.name, y.name)
		}
		rx, okx := fieldRank(t, x.name)
		ry, oky := fieldRank(t, y.name)
		switch {
		case okx && oky:
			return cmp.Compare(rx, ry)
		case okx:
			return -1
		case oky:
			return 1
		}
		return strings.Compare(x.name, y.name)
	}
	return cmp.Compare(len(as), len(bs))
}

func deref(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// step returns the type at segment s below t, or nil when unknown.
func step(t reflect.Type, s *Path) reflect.Type {
	if t == nil {
		return nil
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map:
		return t.Elem()
	case reflect.Struct:
		if s.key || s.name == "" {
			return nil
		}
		if f, ok := jsonFields(t)[s.name]; ok {
			return f.typ
		}
	}
	return nil
}

type fieldInfo struct {
	rank int
	typ  reflect.Type
}

var fieldOrders sync.Map // reflect.Type -> map[string]fieldInfo

// fieldRank returns the encoding position of the field named name in
// struct t.
func fieldRank(t reflect.Type, name string) (int, bool) {
	f, ok := jsonFields(t)[name]
	return f.rank, ok
}

// jsonFields maps the JSON names of struct t's fields to their encoding
// position and type, embedded structs without a name flattened in place;
// the shallower field wins a name, as in encoding/json.
func jsonFields(t reflect.Type) map[string]fieldInfo {
	if m, ok := fieldOrders.Load(t); ok {
		return m.(map[string]fieldInfo)
	}
	m := map[string]fieldInfo{}
	depth := map[string]int{}
	n := 0
	var walk func(t reflect.Type, d int, visiting map[reflect.Type]bool)
	walk = func(t reflect.Type, d int, visiting map[reflect.Type]bool) {
		if visiting[t] {
			return
		}
		visiting[t] = true
		defer delete(visiting, t)
		for i := range t.NumField() {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, _, _ := strings.Cut(tag, ",")
			if f.Anonymous && name == "" {
				if et := deref(f.Type); et.Kind() == reflect.Struct {
					walk(et, d+1, visiting)
					continue
				}
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if old, ok := depth[name]; ok && old <= d {
				continue
			}
			depth[name] = d
			m[name] = fieldInfo{rank: n, typ: f.Type}
			n++
		}
	}
	walk(t, 0, map[reflect.Type]bool{})
	v, _ := fieldOrders.LoadOrStore(t, m)
	return v.(map[string]fieldInfo)
}

// KnockOn returns p as a knock-on of cause: a problem found only because
// of cause. It names cause's path in its detail and sets Cause, so that
// [DocumentOrder] lists it right after cause and errors.Is matches cause's
// type too.
func KnockOn(p, cause *Problem) *Problem {
	if p == nil || cause == nil {
		return p
	}
	q := *p
	q.Cause = cause
	where := cause.Path.String()
	if where == "" {
		where = "the document"
	}
	if q.Detail != "" {
		q.Detail += "; "
	}
	q.Detail += "because of the problem at " + where
	return &q
}
