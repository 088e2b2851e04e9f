package schema

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/invopop/jsonschema"
	sjs "github.com/santhosh-tekuri/jsonschema/v6"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// typeSchema compiles the schema the configured reflector gives T.
func typeSchema[T any](t testing.TB) *sjs.Schema {
	t.Helper()
	return compileSchema(t, Reflector().ReflectFromType(reflect.TypeFor[T]()))
}

// acceptsString reports whether sch accepts s as a JSON string.
func acceptsString(sch *sjs.Schema, s string) bool {
	b, _ := json.Marshal(s)
	return validate(sch, b) == nil
}

// textOver draws strings of up to maxLen characters from alphabet.
func textOver(alphabet string, maxLen int) *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		rs := rapid.SliceOfN(rapid.SampledFrom([]rune(alphabet)), 0, maxLen).Draw(t, "runes")
		return string(rs)
	})
}

// dateish draws date-like text with numbers near the valid ranges, so both
// valid and invalid dates are common; with oddWidths, the numbers also have
// random widths.
func dateish(oddWidths bool) *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		y := rapid.OneOf(rapid.SampledFrom([]int{0, 1, 1900, 2000, 2023, 2024, 9999, 10000}), rapid.IntRange(0, 10000)).Draw(t, "y")
		m := rapid.OneOf(rapid.SampledFrom([]int{0, 1, 2, 4, 12, 13}), rapid.IntRange(0, 13)).Draw(t, "m")
		d := rapid.OneOf(rapid.SampledFrom([]int{0, 1, 28, 29, 30, 31, 32}), rapid.IntRange(0, 32)).Draw(t, "d")
		wy, wm, wd := 4, 2, 2
		if oddWidths {
			wy = rapid.IntRange(3, 5).Draw(t, "wy")
			wm = rapid.IntRange(1, 3).Draw(t, "wm")
			wd = rapid.IntRange(1, 3).Draw(t, "wd")
		}
		// A day, a month or a year: the three precisions.
		switch rapid.IntRange(0, 3).Draw(t, "precision") {
		case 0:
			return fmt.Sprintf("%0*d", wy, y)
		case 1:
			return fmt.Sprintf("%0*d-%0*d", wy, y, wm, m)
		}
		return fmt.Sprintf("%0*d-%0*d-%0*d", wy, y, wm, m, wd, d)
	})
}

// tokens draws strings of up to maxTokens tokens, so that meaningful
// combinations ("-1.", ".5%", "+3/04") are common.
func tokens(maxTokens int, toks ...string) *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		return strings.Join(rapid.SliceOfN(rapid.SampledFrom(toks), 0, maxTokens).Draw(t, "tokens"), "")
	})
}

// parseMsg returns the Msg of a vocab.ParseError, or "".
func parseMsg(err error) string {
	if pe, ok := errors.AsType[*vocab.ParseError](err); ok {
		return pe.Msg
	}
	return ""
}

// checkParity is the property that sch accepts a drawn string exactly when
// parse does, except for parse errors with the message exempt (a rule a
// pattern cannot express, left to validation).
func checkParity[V any](t *testing.T, sch *sjs.Schema, gen *rapid.Generator[string], parse func(string) (V, error), exempt string) {
	t.Helper()
	rapid.Check(t, func(t *rapid.T) {
		s := gen.Draw(t, "s")
		_, err := parse(s)
		want := err == nil || exempt != "" && parseMsg(err) == exempt
		if got := acceptsString(sch, s); got != want {
			t.Fatalf("schema accepts %q: %v; parse error: %v", s, got, err)
		}
	})
}

func TestDateSchemaMatchesParseDate(t *testing.T) {
	gen := rapid.OneOf(dateish(false), dateish(true), textOver("0123456789-/ x", 12))
	checkParity(t, typeSchema[vocab.Date](t), gen, vocab.ParseDate, "")
}

// parseDay is ParseDate restricted to days, as CheckDay requires.
func parseDay(s string) (vocab.Date, error) {
	d, err := vocab.ParseDate(s)
	if err == nil && !d.IsExact() {
		return d, &vocab.ParseError{Type: "day", Input: s, Msg: "not a day"}
	}
	return d, err
}

// parseDayPeriod is ParsePeriod restricted to exact bounds, as
// CheckDayPeriod requires.
func parseDayPeriod(s string) (vocab.Period, error) {
	if a, b, ok := strings.Cut(s, "/"); ok {
		for _, side := range []string{a, b} {
			if _, err := parseDay(side); side != ".." && err != nil {
				return vocab.Period{}, &vocab.ParseError{Type: "day period", Input: s, Msg: "not days"}
			}
		}
	}
	return vocab.ParsePeriod(s)
}

// patternSchema compiles a string schema with pattern.
func patternSchema(t *testing.T, pattern string) *sjs.Schema {
	return compileSchema(t, &jsonschema.Schema{Type: "string", Pattern: pattern})
}

func TestDaySchemaMatchesDays(t *testing.T) {
	gen := rapid.OneOf(dateish(false), dateish(true), textOver("0123456789-/ x", 12))
	checkParity(t, patternSchema(t, DayPattern), gen, parseDay, "")
}

func TestDayPeriodSchemaMatchesDayPeriods(t *testing.T) {
	side := rapid.OneOf(dateish(false), rapid.Just(".."), textOver("0123456789-.", 4))
	gen := rapid.Custom(func(t *rapid.T) string {
		return side.Draw(t, "start") + rapid.SampledFrom([]string{"/", "/", "-", ""}).Draw(t, "sep") + side.Draw(t, "end")
	})
	checkParity(t, patternSchema(t, DayPeriodPattern), gen, parseDayPeriod, "end is before start")
}

func TestPeriodSchemaMatchesParsePeriod(t *testing.T) {
	side := rapid.OneOf(dateish(false), dateish(true), rapid.Just(".."), textOver("0123456789-.", 4))
	gen := rapid.Custom(func(t *rapid.T) string {
		return side.Draw(t, "start") + rapid.SampledFrom([]string{"/", "/", "-", ""}).Draw(t, "sep") + side.Draw(t, "end")
	})
	checkParity(t, typeSchema[vocab.Period](t), gen, vocab.ParsePeriod, "end is before start")
}

func TestFinancialYearSchemaMatchesParse(t *testing.T) {
	sch := typeSchema[vocab.FinancialYear](t)
	gen := rapid.Custom(func(t *rapid.T) string {
		y := rapid.IntRange(0, 10000).Draw(t, "y")
		n := rapid.SampledFrom([]int{(y + 1) % 100, (y + 1) % 100, y % 100, rapid.IntRange(0, 100).Draw(t, "n")}).Draw(t, "n2")
		sep := rapid.SampledFrom([]string{"-", "/", "_", ""}).Draw(t, "sep")
		return fmt.Sprintf("%0*d%s%0*d", rapid.SampledFrom([]int{4, 4, 3}).Draw(t, "wy"), y, sep, rapid.SampledFrom([]int{2, 2, 1}).Draw(t, "wn"), n)
	})
	checkParity(t, sch, gen, vocab.ParseFinancialYear, "second year must follow the first")
	rapid.Check(t, func(t *rapid.T) {
		fy := vocab.FinancialYear(rapid.IntRange(1, 9998).Draw(t, "fy"))
		if s := fy.String(); !acceptsString(sch, s) {
			t.Fatalf("schema rejects %q", s)
		}
	})
}

func TestRatioSchemaMatchesParseRatio(t *testing.T) {
	sch := typeSchema[vocab.Ratio](t)
	// At most 12 characters: no value overflows, so syntax alone decides.
	pick := func(t *rapid.T, label string, from ...string) string { return rapid.SampledFrom(from).Draw(t, label) }
	shaped := rapid.Custom(func(t *rapid.T) string { // [sign] [digits] [. [digits]] [% | /[sign]digits]
		return pick(t, "sign", "", "+", "-") + pick(t, "whole", "", "0", "7", "012") + pick(t, "point", "", ".") +
			pick(t, "frac", "", "5", "05") + pick(t, "tail", "", "%", "/3", "/0", "/03", "/-3", "/+3", "/")
	})
	gen := rapid.OneOf(shaped, textOver("0123456789+-./%xe_ ", 12),
		tokens(6, "0", "1", "9", "12", "00", ".", "+", "-", "/", "%", "x", "e", "_", "0x"))
	checkParity(t, sch, gen, vocab.ParseRatio, "")
	rapid.Check(t, func(t *rapid.T) {
		r, err := vocab.NewRatio(rapid.Int64().Draw(t, "num"), rapid.Int64Min(1).Draw(t, "den"))
		if err != nil {
			t.Skip(err)
		}
		if s := r.String(); !acceptsString(sch, s) {
			t.Fatalf("schema rejects the text of a Ratio, %q", s)
		}
	})
}

func TestVersionSchemaMatchesParseVersion(t *testing.T) {
	part := rapid.SampledFrom([]string{"0", "1", "10", "01", "00", "123456", "1234567", "", "a"})
	twoParts := rapid.Custom(func(t *rapid.T) string { return part.Draw(t, "major") + "." + part.Draw(t, "minor") })
	gen := rapid.OneOf(twoParts, textOver("0123456789.a", 16), tokens(5, "0", "1", "01", "123456", "1234567", ".", "a"))
	checkParity(t, typeSchema[vocab.Version](t), gen, vocab.ParseVersion, "")
}

func TestIDSchemaMatchesValidID(t *testing.T) {
	schemas := []*sjs.Schema{typeSchema[vocab.OrgID](t), typeSchema[vocab.PersonID](t), typeSchema[vocab.AwardID](t)}
	gen := rapid.OneOf(textOver("abz09-A_ ", 8), textOver("a", 70))
	rapid.Check(t, func(t *rapid.T) {
		s := gen.Draw(t, "s")
		sch := rapid.SampledFrom(schemas).Draw(t, "schema")
		if got := acceptsString(sch, s); got != vocab.ValidID(s) {
			t.Fatalf("schema accepts %q: %v; ValidID: %v", s, got, vocab.ValidID(s))
		}
	})
}

func TestIDSchemaNamesKind(t *testing.T) {
	s := Reflector().ReflectFromType(reflect.TypeFor[vocab.FacilityID]())
	if s.Type != "string" || s.Pattern != vocab.IDPattern || s.Description != "facility ID" {
		t.Errorf("got type %q pattern %q description %q", s.Type, s.Pattern, s.Description)
	}
}

// testEnum is an enum declared here, outside vocab: the mapper finds enums
// by their EnumValues method, not by a list.
type testEnum string

func (testEnum) EnumValues() []string { return []string{"first", "second-value"} }

func TestEnumSchemaAcceptsExactlyEnumValues(t *testing.T) {
	check := func(t *testing.T, sch *sjs.Schema, values []string) {
		gen := rapid.OneOf(rapid.SampledFrom(values), textOver("abcdefghijklmnopqrstuvwxyz-", 12))
		rapid.Check(t, func(t *rapid.T) {
			s := gen.Draw(t, "s")
			if got := acceptsString(sch, s); got != slices.Contains(values, s) {
				t.Fatalf("schema accepts %q: %v; values %q", s, got, values)
			}
		})
	}
	t.Run("local", func(t *testing.T) { check(t, typeSchema[testEnum](t), testEnum("").EnumValues()) })
	t.Run("direction", func(t *testing.T) { check(t, typeSchema[vocab.Direction](t), vocab.Direction("").EnumValues()) })
	t.Run("health-category", func(t *testing.T) {
		check(t, typeSchema[vocab.HealthCategory](t), vocab.HealthCategory("").EnumValues())
	})
}

// textOnly is a text value unknown to the mapper: a struct with an
// unexported field, which reflection alone would make an empty object.
type textOnly struct{ v string }

func (x textOnly) MarshalText() ([]byte, error) { return []byte(x.v), nil }

// pointerText has MarshalText on the pointer only; encoding/json still
// uses it for addressable values, as fields of a decoded document are.
type pointerText struct{ v string }

func (x *pointerText) MarshalText() ([]byte, error) { return []byte(x.v), nil }

func TestTextMarshalerIsString(t *testing.T) {
	for _, typ := range []reflect.Type{reflect.TypeFor[textOnly](), reflect.TypeFor[pointerText]()} {
		s := Reflector().ReflectFromType(typ)
		if s.Type != "string" || s.Properties != nil || s.Ref != "" {
			t.Errorf("%v: got type %q, properties %v, $ref %q; want a plain string", typ, s.Type, s.Properties, s.Ref)
		}
	}
}

func TestIntegerBounds(t *testing.T) {
	i64 := typeSchema[int64](t)
	u64 := typeSchema[uint64](t)
	i8 := typeSchema[int8](t)
	number := func(n any) []byte { b, _ := json.Marshal(n); return b }
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.OneOf(rapid.Int64(), rapid.Int64Range(-maxSafeInteger-2, -maxSafeInteger+2),
			rapid.Int64Range(maxSafeInteger-2, maxSafeInteger+2), rapid.Int64Range(-300, 300)).Draw(t, "n")
		safe := -maxSafeInteger <= n && n <= maxSafeInteger
		if got := validate(i64, number(n)) == nil; got != safe {
			t.Fatalf("int64 schema accepts %d: %v", n, got)
		}
		if got := validate(u64, number(n)) == nil; got != (safe && n >= 0) {
			t.Fatalf("uint64 schema accepts %d: %v", n, got)
		}
		if got := validate(i8, number(n)) == nil; got != (-128 <= n && n <= 127) {
			t.Fatalf("int8 schema accepts %d: %v", n, got)
		}
	})
}

// TestMapperReturnsFreshSchemas: the reflector writes field descriptions
// into what the mapper returns, so a shared schema would leak one field's
// description into every other use.
func TestMapperReturnsFreshSchemas(t *testing.T) {
	for _, typ := range []reflect.Type{reflect.TypeFor[vocab.Date](), reflect.TypeFor[vocab.OrgID](),
		reflect.TypeFor[vocab.RAG](), reflect.TypeFor[textOnly](), reflect.TypeFor[int64]()} {
		a, b := mapType(typ), mapType(typ)
		if a == nil || a == b {
			t.Errorf("%v: mapper returned %p and %p", typ, a, b)
			continue
		}
		a.Description = "changed"
		if b.Description == "changed" || strings.Contains(mapType(typ).Description, "changed") {
			t.Errorf("%v: mapper schemas share state", typ)
		}
	}
}

type patterned string

func (patterned) TextPattern() string            { return "^[A-Z]{2}$" }
func (p patterned) MarshalText() ([]byte, error) { return []byte(p), nil }

func TestTextPatternBehaviour(t *testing.T) {
	s := mapType(reflect.TypeFor[patterned]())
	if s == nil || s.Type != "string" || s.Pattern != "^[A-Z]{2}$" {
		t.Fatalf("mapType(patterned) = %+v", s)
	}
}
