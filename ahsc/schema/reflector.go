package schema

import (
	"reflect"

	"github.com/invopop/jsonschema"
)

// BaseID is the base of every published schema's $id: the centre schema is
// BaseID + "/centre.schema.json". The "v1" follows the major format
// version (vocab.CurrentVersion); a new major version gets a new base.
const BaseID = "https://ahsckit.github.io/schema/v1"

// Reflector returns a new reflector with ahsckit's one configuration:
// base $id [BaseID], package-qualified definition names, the behavioural
// type mapping described in the package documentation, and descriptions
// from the embedded Go doc comments. Fields without omitempty or omitzero
// are required, as encoding/json always writes them. Every call returns a
// fresh reflector; one reflector never gives two types the same name.
func Reflector() *jsonschema.Reflector {
	r, _ := newReflector(embeddedComments())
	return r
}

// newReflector returns the configuration with the given comment map (keyed
// "pkgpath.Type" and "pkgpath.Type.Field") and its namer.
func newReflector(comments map[string]string) (*jsonschema.Reflector, *namer) {
	n := newNamer()
	return &jsonschema.Reflector{
		BaseSchemaID: BaseID,
		Namer:        n.name,
		Mapper:       mapType,
		LookupComment: func(t reflect.Type, field string) string {
			if c := comments[commentKey(t, field)]; c != "" {
				return c
			}
			return idDescription(t, field)
		},
	}, n
}

// idDescription returns "<kind> ID" when field of struct type t is a typed
// ID. The reflector replaces the mapper's description of a field's schema
// with the field's comment, so an uncommented ID field gets it back here.
func idDescription(t reflect.Type, field string) string {
	if field == "" || t.Kind() != reflect.Struct {
		return ""
	}
	f, ok := t.FieldByName(field)
	if !ok {
		return ""
	}
	ft := f.Type
	for ft.Kind() == reflect.Pointer {
		ft = ft.Elem()
	}
	if ft.Kind() != reflect.String || !ft.Implements(idKinderType) {
		return ""
	}
	return reflect.Zero(ft).Interface().(idKinder).IDKind() + " ID"
}

// commentKey is the key of t's doc comment, or of its field's when field
// is not empty; the same keys as invopop's CommentMap.
func commentKey(t reflect.Type, field string) string {
	key := t.PkgPath() + "." + t.Name()
	if field != "" {
		key += "." + field
	}
	return key
}
