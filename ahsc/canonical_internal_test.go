package ahsc

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// CanonicalSets exposes the set patterns to the external tests.
var CanonicalSets = canonicalSets

// Every list of a Centre is exactly one of: entities with IDs (sorted by
// ID), a set (canonicalSets) or a sequence (canonicalSequences), so that
// a list added later must be classified before Canonical's doc is true.
func TestEveryListIsClassifiedForCanonical(t *testing.T) {
	var lists []string
	var walk func(tp reflect.Type, path string, seen map[reflect.Type]bool)
	walk = func(tp reflect.Type, path string, seen map[reflect.Type]bool) {
		for tp.Kind() == reflect.Pointer {
			tp = tp.Elem()
		}
		switch tp.Kind() {
		case reflect.Slice:
			el := tp.Elem()
			if !hasIDField(el) {
				lists = append(lists, path)
			}
			walk(el, path+"/*", seen)
		case reflect.Struct:
			if seen[tp] {
				return
			}
			seen[tp] = true
			defer delete(seen, tp)
			for i := range tp.NumField() {
				f := tp.Field(i)
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				switch {
				case f.Anonymous:
					walk(f.Type, path, seen)
				case name != "-" && f.IsExported():
					walk(f.Type, path+"/"+name, seen)
				}
			}
		case reflect.Map:
			walk(tp.Elem(), path+"/*", seen)
		}
	}
	walk(reflect.TypeOf(Centre{}), "", map[reflect.Type]bool{})
	for _, l := range lists {
		inSets, inSeqs := slices.Contains(canonicalSets, l), slices.Contains(canonicalSequences, l)
		if inSets == inSeqs {
			t.Errorf("list %s: in sets %v, in sequences %v; want exactly one", l, inSets, inSeqs)
		}
	}
	for _, p := range append(slices.Clone(canonicalSets), canonicalSequences...) {
		if !slices.Contains(lists, p) {
			t.Errorf("pattern %s names no list of a Centre", p)
		}
	}
}

// hasIDField reports whether list elements of type t encode a string "id".
func hasIDField(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return false
	}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "id" && f.Type.Kind() == reflect.String {
			return true
		}
		if f.Anonymous && name == "" && hasIDField(f.Type) {
			return true
		}
	}
	return false
}
