package vocab_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
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

func TestEnumTypes(t *testing.T) {
	t.Run("Scheme", func(t *testing.T) { vocabtest.CheckEnum(t, vocab.Schemes()) })
	t.Run("HealthCategory", func(t *testing.T) { vocabtest.CheckEnum(t, vocab.HealthCategories()) })
	t.Run("Direction", func(t *testing.T) { vocabtest.CheckEnum(t, vocab.Directions()) })
	t.Run("RAG", func(t *testing.T) { vocabtest.CheckEnum(t, vocab.RAGs()) })
	t.Run("RefKind", func(t *testing.T) { vocabtest.CheckEnum(t, vocab.RefKinds()) })
	t.Run("Severity", func(t *testing.T) { vocabtest.CheckEnum(t, vocab.Severities()) })
	t.Run("ProblemType", func(t *testing.T) { vocabtest.CheckEnum(t, vocab.ProblemTypes()) })
	if n := vocab.HealthCategories().Len(); n != 21 {
		t.Errorf("HRCS has 21 health categories, got %d", n)
	}
	if p := vocab.HealthCategories().Check(vocab.NewPath("c"), "", true); !errors.Is(p, vocab.ErrRequired) {
		t.Errorf("required category: %v", p)
	}
	if vocab.RefKinds().Len() != 6 {
		t.Error("RefKind enum wrong")
	}
}
