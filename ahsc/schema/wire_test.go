package schema

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var lowerCamel = regexp.MustCompile(`^[a-z][A-Za-z0-9]*$`)

// wireProblems lists what in the Go types reachable from t would make the
// schema disagree with encoding/json, or break the wire conventions.
func wireProblems(t reflect.Type) []string {
	var out []string
	walkTypes(t, func(typ reflect.Type, fields []reflect.StructField) {
		at := func(f reflect.StructField, msg string, args ...any) {
			out = append(out, fmt.Sprintf("%v.%s: %s", typ, f.Name, fmt.Sprintf(msg, args...)))
		}
		if typ.Kind() == reflect.Map && typ.Key().Kind() != reflect.String &&
			(typ.Key().Implements(textMarshalerType) || reflect.PointerTo(typ.Key()).Implements(textMarshalerType)) {
			out = append(out, fmt.Sprintf("%v: map keys are text but the schema would say digits", typ))
		}
		if typ.Implements(jsonMarshalerType) && mapType(typ) == nil && !isTaggedUnion(typ) {
			out = append(out, fmt.Sprintf("%v: MarshalJSON decides its shape; the schema cannot see it", typ))
		}
		for _, f := range fields {
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			optional := slices.Contains(strings.Split(opts, ","), "omitempty") || slices.Contains(strings.Split(opts, ","), "omitzero")
			embedded := f.Anonymous && name == ""
			switch {
			case embedded:
			case name == "":
				at(f, "no json tag; the key would be the Go name %q", f.Name)
			case !lowerCamel.MatchString(name):
				at(f, "JSON key %q is not lowerCamelCase", name)
			}
			if slices.Contains(strings.Split(opts, ","), "string") {
				at(f, `the ",string" option makes a number text; the schema keeps its bounds`)
			}
			switch f.Type.Kind() {
			// A slice without omitempty is a required list: valid documents
			// have entries, and validation reports an empty one.
			case reflect.Pointer, reflect.Map, reflect.Interface:
				if !optional && !embedded {
					at(f, "nil encodes as null, which the schema (required %s) rejects; add omitempty", f.Type.Kind())
				}
			case reflect.Float32, reflect.Float64:
				at(f, "floating point; money is int64 minor units and shares are vocab.Ratio")
			}
		}
	})
	return out
}

// TestWireModel checks every type the documents reach.
func TestWireModel(t *testing.T) {
	for _, d := range documents {
		for _, p := range wireProblems(d.goType) {
			t.Errorf("%s: %s", d.name, p)
		}
	}
}

// TestWireProblemsFindsFaults checks the checker on a type with one fault
// of each kind.
func TestWireProblemsFindsFaults(t *testing.T) {
	type yearKeyed map[textYear]int
	type bad struct {
		NoTag   string
		Snake   string         `json:"snake_case"`
		Text    int64          `json:"text,string"`
		Nilable *string        `json:"nilable"`
		Map     map[string]int `json:"map"`
		Float   float64        `json:"float,omitempty"`
		Years   yearKeyed      `json:"years,omitempty"`
		Fine    []string       `json:"fine,omitempty"`
		FinePtr *string        `json:"finePtr,omitzero"`
	}
	got := wireProblems(reflect.TypeFor[bad]())
	wantSubstrings := []string{"NoTag: no json tag", `"snake_case" is not lowerCamelCase`, `",string"`,
		"Nilable: nil encodes as null", "Map: nil encodes as null", "Float: floating point", "map keys are text"}
	if len(got) != len(wantSubstrings) {
		t.Errorf("got %d problems, want %d:\n%s", len(got), len(wantSubstrings), strings.Join(got, "\n"))
	}
	for _, w := range wantSubstrings {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, w) }) {
			t.Errorf("no problem mentions %q in:\n%s", w, strings.Join(got, "\n"))
		}
	}
}

// textYear is an integer with a text form, like vocab.FinancialYear.
type textYear int

func (y textYear) MarshalText() ([]byte, error) { return fmt.Appendf(nil, "y%d", int(y)), nil }

func isTaggedUnion(t reflect.Type) bool {
	return slices.ContainsFunc(taggedUnions, func(u taggedUnion) bool { return u.list == t })
}
