package schema

import (
	"reflect"
	"strings"
	"testing"

	"github.com/invopop/jsonschema"
)

// Every date and period field of every published document has the pattern
// its tag asks for: day-only where tagged `vocab:"day"`, partial dates
// allowed elsewhere; and the documents have day-only fields (transactions,
// readings, meetings), so the check is not vacuous.
func TestDayFieldsHaveDayPatterns(t *testing.T) {
	days, partial := 0, 0
	for _, d := range documents {
		s := schemaOf(d.name)
		r := Reflector()
		seen := map[reflect.Type]bool{}
		var walk func(reflect.Type)
		walk = func(t0 reflect.Type) {
			typ := t0
			for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice || typ.Kind() == reflect.Map {
				typ = typ.Elem()
			}
			if typ.Kind() != reflect.Struct || seen[typ] || mapType(typ) != nil {
				return
			}
			seen[typ] = true
			def := s.Definitions[r.Namer(typ)]
			for _, f := range reflect.VisibleFields(typ) {
				walk(f.Type)
				if def == nil || (f.Type != dateType && f.Type != periodType) {
					continue
				}
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				prop, ok := def.Properties.Get(name)
				if !ok {
					t.Errorf("%s: %v.%s has no property %q", d.name, typ, f.Name, name)
					continue
				}
				got := resolve(s, prop)
				want, format := wantPattern(f)
				if got.Pattern != want || got.Format != format {
					t.Errorf("%s: %v.%s has pattern %.40q format %q; want %.40q format %q", d.name, typ, f.Name, got.Pattern, got.Format, want, format)
				}
				if isDayField(f) {
					days++
				} else {
					partial++
				}
			}
		}
		walk(d.goType)
		for _, u := range taggedUnions {
			for _, v := range u.variants() {
				walk(v.goType)
			}
		}
	}
	if days < 8 || partial < 8 {
		t.Fatalf("found %d day-only and %d partial date fields; want the documents' transactions, readings and meetings, and their memberships, periods and sources", days, partial)
	}
}

// resolve follows a property's reference (direct, or the single allOf a
// described reference becomes) to the definition that holds its pattern.
func resolve(s *jsonschema.Schema, prop *jsonschema.Schema) *jsonschema.Schema {
	for range 4 {
		ref := prop.Ref
		if ref == "" && len(prop.AllOf) == 1 {
			ref = prop.AllOf[0].Ref
		}
		def, ok := s.Definitions[strings.TrimPrefix(ref, "#/$defs/")]
		if ref == "" || !ok {
			return prop
		}
		prop = def
	}
	return prop
}

func wantPattern(f reflect.StructField) (pattern, format string) {
	day := isDayField(f)
	switch ends := tagKeywords(f.Tag.Get("jsonschema"))["period"]; {
	case f.Type == dateType && day:
		return DayPattern, "date"
	case f.Type == dateType:
		return DatePattern, ""
	case ends == "started" && day:
		return DayStartedPeriodPattern, ""
	case ends == "started":
		return StartedPeriodPattern, ""
	case ends == "closed" && day:
		return DayClosedPeriodPattern, ""
	case ends == "closed":
		return ClosedPeriodPattern, ""
	case day:
		return DayPeriodPattern, ""
	}
	return PeriodPattern, ""
}

// MarkDayFields leaves alone what is not a tagged date or period.
func TestMarkDayFieldsTouchesOnlyTaggedFields(t *testing.T) {
	type inner struct {
		When  struct{ X int } `json:"when" vocab:"day"`
		Plain string          `json:"plain" vocab:"day"`
	}
	r := Reflector()
	s := r.ReflectFromType(reflect.TypeFor[inner]())
	before, _ := s.Definitions[r.Namer(reflect.TypeFor[inner]())].Properties.Get("plain")
	want := *before
	MarkDayFields(r, s, reflect.TypeFor[inner]())
	after, _ := s.Definitions[r.Namer(reflect.TypeFor[inner]())].Properties.Get("plain")
	if after.Pattern != want.Pattern || after.Format != want.Format {
		t.Fatalf("a tagged string field changed: %+v", after)
	}
}
