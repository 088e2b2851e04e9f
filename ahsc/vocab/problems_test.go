package vocab_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

// constructors builds one problem of every type at p.
func constructors(p *vocab.Path) map[vocab.ProblemType]*vocab.Problem {
	return map[vocab.ProblemType]*vocab.Problem{
		vocab.ErrRequired:     vocab.Required(p, ""),
		vocab.ErrInvalid:      vocab.Invalid(p, "x", "bad"),
		vocab.ErrNotSupported: vocab.NotSupported(p, "x", []string{"a", "b"}),
		vocab.ErrDuplicate:    vocab.Duplicate(p, "kcl", "first used at partners[0]"),
		vocab.ErrNotFound:     vocab.NotFound(p, "ucl", "no such partner"),
		vocab.ErrForbidden:    vocab.Forbidden(p, "not here"),
		vocab.ErrOutOfRange:   vocab.OutOfRange(p, vocab.MustRatio(3, 2), "must be at most 1"),
	}
}

func TestProblemsErrorsIsAndAs(t *testing.T) {
	for typ, prob := range constructors(vocab.NewPath("partners").Index(1).Child("name")) {
		err := fmt.Errorf("loading khp.json: %w", vocab.Problems{vocab.Required(nil, "").AsWarning(), prob}.Err())
		if !errors.Is(err, typ) {
			t.Errorf("errors.Is(%v, %s) = false", err, typ)
		}
		for _, other := range vocab.ProblemTypes().Values() {
			if other != typ && other != vocab.ErrRequired && errors.Is(err, other) {
				t.Errorf("%s problem matches %s", typ, other)
			}
		}
		var p *vocab.Problem
		if !errors.As(err, &p) || p.Type != vocab.ErrRequired {
			t.Errorf("errors.As(*Problem) = %v", p)
		}
		var ps vocab.Problems
		if !errors.As(err, &ps) || len(ps) != 2 || ps[1] != prob {
			t.Errorf("errors.As(Problems) = %v", ps)
		}
		if got := vocab.ProblemsOf(err); len(got) != 2 {
			t.Errorf("ProblemsOf = %v", got)
		}
		if got := vocab.ProblemsOf(fmt.Errorf("x: %w", prob)); len(got) != 1 || got[0] != prob {
			t.Errorf("ProblemsOf(single) = %v", got)
		}
	}
	if vocab.ProblemsOf(errors.New("plain")) != nil || vocab.ProblemsOf(nil) != nil {
		t.Error("ProblemsOf found problems in a plain error")
	}
}

func TestProblemCause(t *testing.T) {
	_, cause := vocab.ParseDate("2023-02-29")
	p := &vocab.Problem{Path: vocab.NewPath("start"), Type: vocab.ErrInvalid, Severity: vocab.SeverityError, Cause: cause}
	var pe *vocab.ParseError
	if !errors.As(p, &pe) || pe.Input != "2023-02-29" || !errors.Is(p, vocab.ErrInvalid) {
		t.Errorf("cause not reachable from %v", p)
	}
	if got := p.Error(); got != `start: invalid value: vocab: invalid date "2023-02-29": day 29 is beyond February 2023's 28 days` {
		t.Errorf("Error() = %q", got)
	}
}

func TestErrNilWithoutErrors(t *testing.T) {
	var empty vocab.Problems
	if err := empty.Err(); err != nil {
		t.Errorf("empty.Err() = %v", err)
	}
	warnings := vocab.Problems{}.Add(nil, vocab.Invalid(nil, "x", "odd").AsWarning(), nil)
	if len(warnings) != 1 {
		t.Fatalf("Add kept nils: %v", warnings)
	}
	// The typed-nil trap: Err must return an untyped nil interface.
	var err error = warnings.Err()
	if err != nil {
		t.Errorf("warnings-only Err() = %#v, want nil", err)
	}
	if warnings.HasErrors() || len(warnings.Warnings()) != 1 || len(warnings.Errors()) != 0 {
		t.Error("warning counted as error")
	}
}

func TestProblemsErrorText(t *testing.T) {
	if got := (vocab.Problems{}).Error(); got != "no problems" {
		t.Errorf("empty Error() = %q", got)
	}
	p := vocab.NotSupported(vocab.NewPath("partners").Index(2).Child("kind"), "uni", []string{"university", "nhs-trust"})
	want := `partners[2].kind: unsupported value: "uni": supported values: "university", "nhs-trust"`
	if got := p.Error(); got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	ps := vocab.Problems{p, vocab.Required(nil, "a format version").AsWarning()}
	want += "\n  warning: required value: a format version"
	if got := ps.Error(); got != "2 problems:\n  "+want {
		t.Errorf("Problems.Error() = %q", got)
	}
	if got := vocab.OutOfRange(vocab.NewPath("n"), 7, "too many").Error(); got != "n: out of range: 7: too many" {
		t.Errorf("non-string value: %q", got)
	}
	if got := vocab.OutOfRange(nil, vocab.MustRatio(3, 2), "over 1").Error(); got != `out of range: "3/2": over 1` {
		t.Errorf("Stringer value: %q", got)
	}
}

func TestProblemMarshalJSON(t *testing.T) {
	p := vocab.NotSupported(vocab.NewPath("shares").Key("a/b"), "uni", []string{"x", "y"}).AsWarning()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"path": "shares[a/b]", "pointer": "/shares/a~1b", "type": "not-supported", "severity": "warning",
		"value": "uni", "allowed": []any{"x", "y"}, "message": p.Error(),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JSON mismatch (-want +got):\n%s", diff)
	}
	// A severity left empty is reported as an error.
	b, _ = json.Marshal(&vocab.Problem{Type: vocab.ErrRequired})
	if !strings.Contains(string(b), `"severity":"error"`) || strings.Contains(string(b), `"value"`) {
		t.Errorf("bare problem JSON = %s", b)
	}
}

func TestProblemMarshalJSONValueVerbatim(t *testing.T) {
	for _, v := range []any{`a"b`, "tab\there", `"quoted"`, "café", vocab.MustRatio(1, 3), 42} {
		b, err := json.Marshal(vocab.Invalid(nil, v, "bad"))
		if err != nil {
			t.Fatal(err)
		}
		var got struct{ Value string }
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprint(v); got.Value != want {
			t.Errorf("value %#v encoded as %q, want %q", v, got.Value, want)
		}
	}
}

func TestWithPath(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		prefix, rel := vocabtest.Path().Draw(t, "prefix"), vocabtest.Path().Draw(t, "rel")
		orig := vocab.Required(rel, "")
		ps := vocab.Problems{orig}.WithPath(prefix)
		if !ps[0].Path.Equal(prefix.Concat(rel)) || !orig.Path.Equal(rel) {
			t.Fatalf("WithPath(%s) on %s = %s (original now %s)", prefix, rel, ps[0].Path, orig.Path)
		}
		if ps[0].Pointer() != prefix.JSONPointer()+rel.JSONPointer() {
			t.Fatalf("pointer %q", ps[0].Pointer())
		}
	})
}

func TestSortedDeterministic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var ps vocab.Problems
		for range rapid.IntRange(0, 8).Draw(t, "n") {
			p := vocabtest.Path().Draw(t, "path")
			typ := rapid.SampledFrom(vocab.ProblemTypes().Values()).Draw(t, "type")
			ps = append(ps, &vocab.Problem{Path: p, Type: typ, Detail: rapid.StringMatching(`[a-c]{0,2}`).Draw(t, "detail")})
		}
		shuffled := rapid.Permutation(ps).Draw(t, "shuffled")
		a, b := ps.Sorted(), shuffled.Sorted()
		for i := range a {
			if a[i].Error() != b[i].Error() || a[i].Pointer() != b[i].Pointer() {
				t.Fatalf("order depends on input: %v vs %v", a, b)
			}
			if i > 0 && a[i-1].Pointer() > a[i].Pointer() {
				t.Fatalf("not sorted by pointer: %q > %q", a[i-1].Pointer(), a[i].Pointer())
			}
		}
		if len(ps.Filter(vocab.ErrRequired))+len(ps.Filter(vocab.ErrInvalid)) > len(ps) {
			t.Fatal("Filter invented problems")
		}
	})
}

func TestProblemTypesAreDistinctErrors(t *testing.T) {
	seen := map[string]bool{}
	for _, typ := range vocab.ProblemTypes().Values() {
		if seen[typ.Error()] || typ.Error() == "" {
			t.Errorf("%s: message %q repeated or empty", typ, typ.Error())
		}
		seen[typ.Error()] = true
	}
	if vocab.ProblemType("custom").Error() != "custom" {
		t.Error("fallbacks wrong")
	}
}

func TestParseErrorIsInvalid(t *testing.T) {
	_, err := vocab.ParseRatio("x")
	if !errors.Is(err, vocab.ErrInvalid) || errors.Is(err, vocab.ErrRequired) {
		t.Errorf("ParseError matching wrong: %v", err)
	}
	if got := err.Error(); got != `vocab: invalid ratio "x": want "n/d", a decimal or a percentage` {
		t.Errorf("Error() = %q", got)
	}
}
