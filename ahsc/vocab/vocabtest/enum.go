package vocabtest

import (
	"encoding"
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// EnumType is what every ahsckit enum type implements: a typed string whose
// EnumValues lists its codes for schema export.
type EnumType interface {
	~string
	// EnumValues lists the type's codes in declaration order.
	EnumValues() []string
}

// CheckEnum checks that an enum type and its accessor agree, and fails t
// otherwise. Call it once per enum, with the accessor's result:
//
//	func TestCadences(t *testing.T) { vocabtest.CheckEnum(t, governance.Cadences()) }
//
// It checks that the enum is non-empty with distinct codes; that EnumValues
// lists the same codes in the same order; that every code round-trips
// through encoding/json and UnmarshalText; that Parse accepts exactly the
// codes and reports anything else as vocab.ErrNotSupported naming the
// allowed codes; and that UnmarshalText accepts "" as the zero value.
func CheckEnum[E EnumType, P interface {
	*E
	encoding.TextUnmarshaler
}](t *testing.T, e vocab.Enum[E]) {
	t.Helper()
	values := e.Values()
	var zero E
	if len(values) == 0 || e.Len() != len(values) {
		t.Fatalf("enum %T has no values", zero)
	}
	if got, want := zero.EnumValues(), e.Strings(); !slices.Equal(got, want) {
		t.Fatalf("%T.EnumValues() = %q, the accessor lists %q", zero, got, want)
	}
	seen := make(map[E]bool, len(values))
	for _, v := range values {
		if v == "" || seen[v] {
			t.Fatalf("enum %T: code %q is empty or repeated", zero, v)
		}
		seen[v] = true
		b, err := json.Marshal(v)
		var back E
		if err != nil || json.Unmarshal(b, &back) != nil || back != v {
			t.Errorf("%T %q does not round-trip through encoding/json: %s, %v", zero, v, b, err)
		}
		back = ""
		if err := P(&back).UnmarshalText([]byte(v)); err != nil || back != v {
			t.Errorf("%T.UnmarshalText(%q) = %q, %v", zero, v, back, err)
		}
	}
	back := values[0]
	if err := P(&back).UnmarshalText(nil); err != nil || back != "" {
		t.Errorf(`%T.UnmarshalText("") = %q, %v; want the zero value`, zero, back, err)
	}
	rapid.Check(t, func(rt *rapid.T) {
		s := rapid.OneOf(rapid.String(), rapid.SampledFrom(e.Strings())).Draw(rt, "code")
		v, err := e.Parse(s)
		valid := seen[E(s)]
		switch {
		case valid && (err != nil || v != E(s)):
			rt.Fatalf("Parse(%q) = %q, %v", s, v, err)
		case !valid && !errors.Is(err, vocab.ErrNotSupported):
			rt.Fatalf("Parse(%q) = %q, %v; want ErrNotSupported", s, v, err)
		case !valid:
			var p *vocab.Problem
			if !errors.As(err, &p) || !slices.Equal(p.Allowed, e.Strings()) {
				rt.Fatalf("Parse(%q): the problem does not list the allowed codes: %v", s, err)
			}
		}
		if e.Contains(E(s)) != valid {
			rt.Fatalf("Contains(%q) = %v", s, !valid)
		}
	})
}
