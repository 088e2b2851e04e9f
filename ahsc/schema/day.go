package schema

import (
	"reflect"
	"strings"

	"github.com/invopop/jsonschema"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// DayTag is the struct tag that marks a vocab.Date or vocab.Period field
// whose dates must be days, not months or years: `vocab:"day"`. Such a
// field is an event the centre records (a meeting, a transaction, a
// reading); its validator checks it with vocab.CheckDay or
// vocab.CheckDayPeriod, and its schema gets [DayPattern] (with format
// "date") or [DayPeriodPattern] instead of the patterns that allow partial
// dates.
const DayTag = `vocab:"day"`

var dateType = reflect.TypeFor[vocab.Date]()

// isDayField reports whether f carries the day tag.
func isDayField(f reflect.StructField) bool { return f.Tag.Get("vocab") == "day" }

// MarkDayFields sharpens, in s's definitions, the schema of every date or
// period field tagged `vocab:"day"` ([DayTag]) in the struct types reachable
// from roots: [DayPattern] with format "date" for a date, [DayPeriodPattern]
// for a period. The published documents have it applied; call it after
// reflecting your own types with [Reflector] (the reflector's type mapper
// sees types, not fields, so it cannot do this itself).
func MarkDayFields(r *jsonschema.Reflector, s *jsonschema.Schema, roots ...reflect.Type) {
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] || mapType(t) != nil {
			return
		}
		seen[t] = true
		def := s.Definitions[r.Namer(t)]
		for _, f := range reflect.VisibleFields(t) {
			if !f.IsExported() {
				continue
			}
			walk(f.Type)
			if def == nil || def.Properties == nil || !isDayField(f) {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" {
				name = f.Name
			}
			prop, ok := def.Properties.Get(name)
			if !ok {
				continue
			}
			switch f.Type {
			case dateType:
				prop.Pattern, prop.Format = DayPattern, "date"
			case periodType:
				prop.Pattern = DayPeriodPattern
			}
		}
	}
	for _, t := range roots {
		walk(t)
	}
}
