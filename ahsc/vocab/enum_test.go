package vocab_test

import (
	"encoding"
	"errors"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

type colour string

var colours = vocab.NewEnum[colour]("red", "green")

func TestEnum(t *testing.T) {
	if got := colours.Strings(); !slices.Equal(got, []string{"red", "green"}) {
		t.Errorf("Strings() = %q", got)
	}
	vs := colours.Values()
	vs[0] = "mutated"
	if colours.Values()[0] != "red" {
		t.Error("Values() exposes the internal slice")
	}
	if v, err := colours.Parse("green"); err != nil || v != "green" {
		t.Errorf("Parse(green) = %q, %v", v, err)
	}
	_, err := colours.Parse("blue")
	var p *vocab.Problem
	if !errors.As(err, &p) || !errors.Is(err, vocab.ErrNotSupported) || !slices.Equal(p.Allowed, []string{"red", "green"}) || p.Value != "blue" {
		t.Errorf("Parse(blue) = %#v", err)
	}
	var c colour = "red"
	if err := colours.Unmarshal(&c, nil); err != nil || c != "" {
		t.Errorf(`Unmarshal("") = %q, %v`, c, err)
	}
	if err := colours.Unmarshal(&c, []byte("blue")); err == nil || c != "" {
		t.Errorf("Unmarshal(blue) = %q, %v", c, err)
	}
	at := vocab.NewPath("colour")
	for _, tc := range []struct {
		v        colour
		required bool
		want     error
	}{{"", true, vocab.ErrRequired}, {"", false, nil}, {"red", true, nil}, {"blue", false, vocab.ErrNotSupported}} {
		got := colours.Check(at, tc.v, tc.required)
		if tc.want == nil && got != nil || tc.want != nil && (got == nil || !errors.Is(got, tc.want) || !got.Path.Equal(at)) {
			t.Errorf("Check(%q, %v) = %v, want %v", tc.v, tc.required, got, tc.want)
		}
	}
}

// enumType is what every vocab enum implements.
type enumType interface {
	~string
	IsValid() bool
	String() string
	EnumValues() []string
	encoding.TextMarshaler
}

func checkEnum[E enumType, P interface {
	*E
	encoding.TextUnmarshaler
}](t *testing.T, values []E) {
	t.Helper()
	var zero E
	if got := zero.EnumValues(); len(got) != len(values) || len(values) == 0 {
		t.Fatalf("EnumValues() = %q, values %q", got, values)
	}
	for i, v := range values {
		var back E
		text, err := v.MarshalText()
		if err != nil || P(&back).UnmarshalText(text) != nil || back != v || !v.IsValid() || v.String() != zero.EnumValues()[i] {
			t.Errorf("%q does not round trip", v)
		}
	}
	rapid.Check(t, func(rt *rapid.T) {
		s := rapid.String().Draw(rt, "s")
		var e E
		err := P(&e).UnmarshalText([]byte(s))
		valid := slices.Contains(values, E(s))
		if s != "" && (err == nil) != valid || E(s).IsValid() != valid {
			rt.Fatalf("%q: err %v, valid %v", s, err, valid)
		}
	})
}

func TestEnumTypes(t *testing.T) {
	t.Run("Scheme", func(t *testing.T) { checkEnum(t, vocab.Schemes()) })
	t.Run("HealthCategory", func(t *testing.T) { checkEnum(t, vocab.HealthCategories()) })
	t.Run("Direction", func(t *testing.T) { checkEnum(t, vocab.Directions()) })
	t.Run("RAG", func(t *testing.T) { checkEnum(t, vocab.RAGs()) })
	if n := len(vocab.HealthCategories()); n != 21 {
		t.Errorf("HRCS has 21 health categories, got %d", n)
	}
	if got, err := vocab.ParseHealthCategory("mental-health"); err != nil || got != vocab.HealthMentalHealth {
		t.Errorf("ParseHealthCategory = %q, %v", got, err)
	}
	if p := vocab.HealthCategory("").Check(vocab.NewPath("c"), true); !errors.Is(p, vocab.ErrRequired) {
		t.Errorf("required category: %v", p)
	}
	if len(vocab.RefKinds()) != 6 || !vocab.RefPartner.IsValid() || vocab.RefKind("x").IsValid() || vocab.RefBody.String() != "body" {
		t.Error("RefKind enum wrong")
	}
}
