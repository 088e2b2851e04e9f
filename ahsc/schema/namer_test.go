package schema

import (
	"reflect"
	"regexp"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

func TestTypeNameCamel(t *testing.T) {
	for in, want := range map[string]string{
		"Source":                                   "Source",
		"Page[github.com/x/model.LineItem]":        "PageOfModelLineItem",
		"Pair[int,github.com/x/other.Config]":      "PairOfIntAndOtherConfig",
		"List[[]*github.com/x/m.Item]":             "ListOfSliceOfPtrToMItem",
		"Page[github.com/x/m.Pair[string,m.Item]]": "PageOfMPairOfStringAndMItem",
		"Index[map[string]github.com/x/m.Item]":    "IndexOfMapOfStringMItem",
	} {
		if got := typeNameCamel(in); got != want {
			t.Errorf("typeNameCamel(%q) = %q, want %q", in, got, want)
		}
	}
}

// Page is a generic wrapper, to check generic instantiations get names a
// JSON Pointer can hold.
type Page[T any] struct {
	Items []T `json:"items"`
}

type pages struct {
	Sources Page[vocab.Source]      `json:"sources"`
	Pairs   Page[Page[vocab.OrgID]] `json:"pairs"`
}

func TestGenericDefinitionsResolve(t *testing.T) {
	s := Reflector().Reflect(&pages{})
	for name := range s.Definitions {
		if !safeName.MatchString(name) {
			t.Errorf("definition name %q is not a plain identifier", name)
		}
	}
	compileSchema(t, s) // a $ref that does not resolve fails to compile
	if _, ok := s.Definitions["SchemaPageOfVocabSource"]; !ok {
		t.Errorf("want SchemaPageOfVocabSource among %v", keys(s.Definitions))
	}
}

var safeName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*$`)

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// sameNamedTypes returns two distinct types that are both named "item" in
// this package, as two functions' local types are.
func sameNamedTypes() (reflect.Type, reflect.Type) {
	first := func() reflect.Type {
		type item struct{ A string }
		return reflect.TypeFor[item]()
	}
	second := func() reflect.Type {
		type item struct{ B int }
		return reflect.TypeFor[item]()
	}
	return first(), second()
}

func TestNamerNeverCollides(t *testing.T) {
	a, b := sameNamedTypes()
	pool := []reflect.Type{a, b, reflect.TypeFor[vocab.Source](), reflect.TypeFor[vocab.Target](),
		reflect.TypeFor[Page[vocab.Source]](), reflect.TypeFor[Page[vocab.Target]](), reflect.TypeFor[Page[int]](),
		reflect.TypeFor[pages](), reflect.TypeFor[vocab.Problems]()}
	rapid.Check(t, func(t *rapid.T) {
		order := rapid.Permutation(pool).Draw(t, "order")
		n := newNamer()
		names := map[string]reflect.Type{}
		for _, typ := range order {
			name := n.name(typ)
			if other, ok := names[name]; ok && other != typ {
				t.Fatalf("%v and %v both named %q", other, typ, name)
			}
			if !safeName.MatchString(name) {
				t.Fatalf("%v named %q", typ, name)
			}
			if again := n.name(typ); again != name {
				t.Fatalf("%v named %q, then %q", typ, name, again)
			}
			names[name] = typ
		}
		if len(n.fallbacks) != 1 {
			t.Fatalf("want exactly one fallback (the second local type item), got %v", n.fallbacks)
		}
	})
	if got := newNamer().name(reflect.TypeFor[[]vocab.Source]()); got != "" {
		t.Errorf("unnamed type named %q; want it inlined", got)
	}
}

// A type named like its package is named once.
func TestNamerTypeNamedLikeItsPackage(t *testing.T) {
	n := newNamer()
	if got := n.name(reflect.TypeFor[vocab.Source]()); got != "VocabSource" {
		t.Errorf("vocab.Source: %q", got)
	}
	if got := n.name(reflect.TypeFor[scenario.Scenario]()); got != "Scenario" {
		t.Errorf("scenario.Scenario: %q", got)
	}
}
