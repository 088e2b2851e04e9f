package schema

import (
	"reflect"
	"slices"

	"github.com/invopop/jsonschema"

	"github.com/ahsckit/ahsckit/funding"
)

// taggedUnion is a list type whose Go encoding (a MarshalJSON method) writes
// each item as one variant's fields plus a discriminator member; reflection
// sees only an interface there.
type taggedUnion struct {
	list     reflect.Type
	key      string           // the discriminator member, "kind"
	variants func() []variant // the variants, in the registry's order
}

// variant is one member of a tagged union: its Go type and discriminator.
type variant struct {
	goType reflect.Type
	tag    string
}

// taggedUnions are the tagged unions the documents use.
var taggedUnions = []taggedUnion{{
	list: reflect.TypeFor[funding.Rules](),
	key:  "kind",
	variants: func() []variant {
		var vs []variant
		for _, k := range funding.RuleKinds() {
			vs = append(vs, variant{goType: reflect.TypeOf(k.Zero()), tag: k.Code()})
		}
		return vs
	},
}}

// fillTaggedUnions replaces the definition of each tagged-union list in s
// (an array of anything, as reflected) with an array whose items are one of
// the variants, each a closed object with its discriminator as a constant.
// The variants' definitions are reflected with r into s.
func fillTaggedUnions(r *jsonschema.Reflector, s *jsonschema.Schema) {
	for _, u := range taggedUnions {
		list, ok := s.Definitions[r.Namer(u.list)]
		if !ok {
			continue
		}
		var oneOf []*jsonschema.Schema
		for _, v := range u.variants() {
			t := v.goType
			for t.Kind() == reflect.Pointer {
				t = t.Elem()
			}
			name := r.Namer(t)
			for n, def := range r.ReflectFromType(t).Definitions {
				if _, dup := s.Definitions[n]; !dup {
					s.Definitions[n] = def
				}
			}
			addDiscriminator(s.Definitions[name], u.key, v.tag)
			oneOf = append(oneOf, &jsonschema.Schema{Ref: "#/$defs/" + name})
		}
		*list = jsonschema.Schema{Type: "array", Items: &jsonschema.Schema{OneOf: oneOf}, Description: list.Description}
	}
}

// addDiscriminator makes key, with the constant tag, the first required
// property of the object schema def.
func addDiscriminator(def *jsonschema.Schema, key, tag string) {
	if def == nil {
		return
	}
	if def.Properties == nil {
		def.Properties = jsonschema.NewProperties()
	}
	def.Properties.Set(key, &jsonschema.Schema{Type: "string", Const: tag,
		Description: "The " + key + " of this variant, always \"" + tag + "\"."})
	_ = def.Properties.MoveToFront(key)
	def.Required = append([]string{key}, slices.DeleteFunc(def.Required, func(s string) bool { return s == key })...)
}
