package schema

import (
	"reflect"
	"strings"
	"testing"
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
				want, format := wantPattern(f)
				if prop.Pattern != want || prop.Format != format {
					t.Errorf("%s: %v.%s has pattern %.40q format %q; want %.40q format %q", d.name, typ, f.Name, prop.Pattern, prop.Format, want, format)
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

func wantPattern(f reflect.StructField) (pattern, format string) {
	switch {
	case f.Type == dateType && isDayField(f):
		return DayPattern, "date"
	case f.Type == dateType:
		return DatePattern, ""
	case isDayField(f):
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
