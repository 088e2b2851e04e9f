package schema

import (
	"encoding"
	"reflect"
	"regexp"
	"slices"
	"testing"
)

// TestTextTypesRefuseEmpty: the strict decoder refuses "" for a named
// string type or a text type wherever "" would stand for nothing (a list
// element, an optional member); the schemas must refuse it there too, so
// every such type reachable from a document has a pattern or an enum that
// "" does not match.
func TestTextTypesRefuseEmpty(t *testing.T) {
	textUnmarshaler := reflect.TypeFor[encoding.TextUnmarshaler]()
	checked := map[reflect.Type]bool{}
	for _, d := range documents {
		walkTypes(d.goType, func(_ reflect.Type, fields []reflect.StructField) {
			for _, f := range fields {
				ft := f.Type
				for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice || ft.Kind() == reflect.Map {
					ft = ft.Elem()
				}
				named := ft.Kind() == reflect.String && ft.PkgPath() != ""
				if checked[ft] || !named && !reflect.PointerTo(ft).Implements(textUnmarshaler) {
					continue
				}
				checked[ft] = true
				s := mapType(ft)
				switch {
				case s == nil || s.Type != "string":
					t.Errorf("%v: no string schema", ft)
				case len(s.Enum) > 0 && slices.Contains(s.Enum, any("")):
					t.Errorf("%v: its enum holds \"\"", ft)
				case len(s.Enum) == 0 && (s.Pattern == "" || regexp.MustCompile(s.Pattern).MatchString("")):
					t.Errorf("%v: its schema accepts \"\" (pattern %q)", ft, s.Pattern)
				}
			}
		})
	}
	if len(checked) < 20 {
		t.Errorf("only %d text types checked", len(checked))
	}
}
