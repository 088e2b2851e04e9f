package strictjson

import (
	"cmp"
	"reflect"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// field is one JSON-visible struct field, possibly promoted from an
// embedded struct.
type field struct {
	name     string
	tagged   bool
	required bool // tagged without omitempty or omitzero, or with jsonschema:"required": the schema requires it
	omit     bool // omitempty or omitzero: encoding/json leaves the zero value out
	index    []int
	typ      reflect.Type
}

// structFields is the decoding table of one struct type.
type structFields struct {
	list   []field
	byName map[string]int
	names  []string // JSON keys in field order, for ErrUnknownField's Allowed
}

var fieldCache sync.Map // reflect.Type -> *structFields

// fieldsOf returns the cached field table of struct type t.
func fieldsOf(t reflect.Type) *structFields {
	if f, ok := fieldCache.Load(t); ok {
		return f.(*structFields)
	}
	list := typeFields(t)
	sf := &structFields{list: list, byName: make(map[string]int, len(list)), names: make([]string, len(list))}
	for i, f := range list {
		sf.byName[f.name] = i
		sf.names[i] = f.name
	}
	f, _ := fieldCache.LoadOrStore(t, sf)
	return f.(*structFields)
}

// typeFields returns the fields encoding/json would use for t: a breadth-first
// walk of embedded structs where, among fields of the same name, the
// shallowest wins, then the tagged one; ties at equal rank drop the name.
func typeFields(t reflect.Type) []field {
	type queued struct {
		typ   reflect.Type
		index []int
	}
	current, next := []queued{}, []queued{{typ: t}}
	var count map[reflect.Type]int
	nextCount := map[reflect.Type]int{}
	visited := map[reflect.Type]bool{}
	var fields []field
	for len(next) > 0 {
		current, next = next, current[:0]
		count, nextCount = nextCount, map[reflect.Type]int{}
		for _, q := range current {
			if visited[q.typ] {
				continue
			}
			visited[q.typ] = true
			for i := range q.typ.NumField() {
				sf := q.typ.Field(i)
				if sf.Anonymous {
					ft := sf.Type
					if ft.Kind() == reflect.Pointer {
						ft = ft.Elem()
					}
					if !sf.IsExported() && ft.Kind() != reflect.Struct {
						continue
					}
				} else if !sf.IsExported() {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts, _ := strings.Cut(tag, ",")
				optional := false
				for o := range strings.SplitSeq(opts, ",") {
					optional = optional || o == "omitempty" || o == "omitzero"
				}
				omit := optional
				for o := range strings.SplitSeq(sf.Tag.Get("jsonschema"), ",") {
					optional = optional && o != "required"
				}
				if !validTagName(name) {
					name = ""
				}
				index := append(slices.Clone(q.index), i)
				ft := sf.Type
				if ft.Name() == "" && ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if name != "" || !sf.Anonymous || ft.Kind() != reflect.Struct {
					tagged := name != ""
					if name == "" {
						name = sf.Name
					}
					fields = append(fields, field{name: name, tagged: tagged, required: tagged && !optional, omit: omit, index: index, typ: sf.Type})
					if count[q.typ] > 1 {
						// Promoted twice at this depth: the duplicate annihilates the name.
						fields = append(fields, fields[len(fields)-1])
					}
					continue
				}
				nextCount[ft]++
				if nextCount[ft] == 1 {
					next = append(next, queued{typ: ft, index: index})
				}
			}
		}
	}
	slices.SortStableFunc(fields, func(a, b field) int {
		return cmp.Or(strings.Compare(a.name, b.name), cmp.Compare(len(a.index), len(b.index)),
			boolRank(a.tagged, b.tagged), slices.Compare(a.index, b.index))
	})
	out := fields[:0]
	for i := 0; i < len(fields); {
		j := i + 1
		for j < len(fields) && fields[j].name == fields[i].name {
			j++
		}
		if f, ok := dominant(fields[i:j]); ok {
			out = append(out, f)
		}
		i = j
	}
	slices.SortFunc(out, func(a, b field) int { return slices.Compare(a.index, b.index) })
	return out
}

// boolRank orders tagged fields before untagged ones.
func boolRank(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}

// dominant returns the winning field among fields sharing a name, sorted by
// depth then tag; there is none when the first two tie.
func dominant(fs []field) (field, bool) {
	if len(fs) > 1 && len(fs[0].index) == len(fs[1].index) && fs[0].tagged == fs[1].tagged {
		return field{}, false
	}
	return fs[0], true
}

// validTagName reports whether name is usable as a JSON key, following
// encoding/json.
func validTagName(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}
