package schema

import (
	"encoding"
	"encoding/json"
	"math"
	"reflect"
	"strconv"

	"github.com/invopop/jsonschema"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Behaviours the mapper recognises. Domain packages implement them with
// plain methods and never import a schema library.
type (
	idKinder      interface{ IDKind() string }
	enumValuer    interface{ EnumValues() []string }
	textPatterner interface{ TextPattern() string }
)

var (
	idKinderType      = reflect.TypeFor[idKinder]()
	enumValuerType    = reflect.TypeFor[enumValuer]()
	textPatternerType = reflect.TypeFor[textPatterner]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
	jsonMarshalerType = reflect.TypeFor[json.Marshaler]()
)

// valueSchemas are the vocabulary value types with a text form richer than
// "a string". Each call returns a new schema: the reflector writes field
// descriptions into what the mapper returns.
var valueSchemas = map[reflect.Type]func() *jsonschema.Schema{
	reflect.TypeFor[vocab.Date]():          func() *jsonschema.Schema { return str(DatePattern, "") },
	reflect.TypeFor[vocab.Period]():        func() *jsonschema.Schema { return str(PeriodPattern, "") },
	reflect.TypeFor[vocab.FinancialYear](): func() *jsonschema.Schema { return str(FinancialYearPattern, "") },
	reflect.TypeFor[vocab.Ratio]():         func() *jsonschema.Schema { return str(RatioPattern, "") },
	reflect.TypeFor[vocab.Version]():       func() *jsonschema.Schema { return str(VersionPattern, "") },
}

func str(pattern, format string) *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: pattern, Format: format}
}

// mapType is the reflector's Mapper: it returns the schema of t when t's
// JSON form is decided by its behaviour (typed IDs, enums, text values,
// bounded integers), and nil to let the reflector walk t.
func mapType(t reflect.Type) *jsonschema.Schema {
	if build, ok := valueSchemas[t]; ok {
		return build()
	}
	// encoding/json prefers MarshalJSON to MarshalText; such a type says
	// its own shape, so the reflector must look at it (and the wire-model
	// test flags it when nothing describes it).
	if t.Implements(jsonMarshalerType) {
		return nil
	}
	if t.Implements(enumValuerType) && t.Kind() == reflect.String {
		values := reflect.Zero(t).Interface().(enumValuer).EnumValues()
		enum := make([]any, len(values))
		for i, v := range values {
			enum[i] = v
		}
		return &jsonschema.Schema{Type: "string", Enum: enum}
	}
	if t.Implements(idKinderType) && t.Kind() == reflect.String {
		kind := reflect.Zero(t).Interface().(idKinder).IDKind()
		return &jsonschema.Schema{Type: "string", Pattern: vocab.IDPattern, Description: kind + " ID"}
	}
	if t.Implements(textPatternerType) && t.Kind() == reflect.String {
		return str(reflect.Zero(t).Interface().(textPatterner).TextPattern(), "")
	}
	if t.Implements(textMarshalerType) || reflect.PointerTo(t).Implements(textMarshalerType) {
		return &jsonschema.Schema{Type: "string"}
	}
	return boundedInteger(t)
}

// boundedInteger returns an integer schema with the range of t's kind, cut
// to the JavaScript safe range, or nil when t is not an integer.
func boundedInteger(t reflect.Type) *jsonschema.Schema {
	var lo, hi int64
	switch t.Kind() {
	case reflect.Int8:
		lo, hi = math.MinInt8, math.MaxInt8
	case reflect.Int16:
		lo, hi = math.MinInt16, math.MaxInt16
	case reflect.Int32:
		lo, hi = math.MinInt32, math.MaxInt32
	case reflect.Int, reflect.Int64:
		lo, hi = -maxSafeInteger, maxSafeInteger
	case reflect.Uint8:
		hi = math.MaxUint8
	case reflect.Uint16:
		hi = math.MaxUint16
	case reflect.Uint32:
		hi = math.MaxUint32
	case reflect.Uint, reflect.Uint64, reflect.Uintptr:
		hi = maxSafeInteger
	default:
		return nil
	}
	return &jsonschema.Schema{
		Type:    "integer",
		Minimum: json.Number(strconv.FormatInt(lo, 10)),
		Maximum: json.Number(strconv.FormatInt(hi, 10)),
	}
}
