package schema

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/invopop/jsonschema"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// This file finishes a document's schema after reflection, so that it reads
// well for people and for code generators and states every rule a JSON
// Schema can state. Each step is driven by the Go types, their doc
// comments and their struct tags, never by a list of fields:
//
//   - value types (dates, periods, ratios, versions, typed IDs, enums,
//     currencies) are named definitions, so each long pattern is written
//     once and generated code has a type per value ("VocabDate");
//   - a field's `jsonschema` tag may bound a ratio with the standard
//     keywords (`jsonschema:"minimum=0,maximum=1"`, "exclusiveMinimum=0"),
//     require a period's start or both ends (`jsonschema:"period=started"`,
//     "period=closed"), leave out enum codes (`jsonschema:"exclude=absent"`)
//     give a plain string field the ID syntax (`jsonschema:"id"`) or make
//     a struct's one integer field positive (`jsonschema:"positive"`:
//     money that must be more than zero);
//   - a plain string is never empty (required, it is present; optional,
//     it is left out rather than empty), and a list
//     that is omitempty yet tagged `jsonschema:"required"` is never empty
//     (encoding/json leaves an empty one out, so present means non-empty);
//   - rules between fields are the conditions in conditions.go;
//   - a document that also stands alone requires its version there, and its
//     definition inside the centre is a second one, "…InCentre", whose
//     version is optional;
//   - every definition has a title (its name), descriptions are plain text,
//     and a description never sits beside a $ref (a field's description
//     wraps the reference in allOf), so generators mint one type per
//     definition.

// docBuild is one document's schema being finished.
type docBuild struct {
	r      *jsonschema.Reflector
	s      *jsonschema.Schema
	values map[string]reflect.Type // value definitions the mapper referenced
	errs   []error
}

// refValues wraps mapType: a named value type with a pattern or an enum
// becomes a reference to its definition, recorded in values.
func refValues(name func(reflect.Type) string, values map[string]reflect.Type) func(reflect.Type) *jsonschema.Schema {
	return func(t reflect.Type) *jsonschema.Schema {
		s := mapType(t)
		if s == nil || !isValueDef(t, s) {
			return s
		}
		n := name(t)
		values[n] = t
		return &jsonschema.Schema{Ref: "#/$defs/" + n}
	}
}

func isValueDef(t reflect.Type, s *jsonschema.Schema) bool {
	return t.Name() != "" && s.Type == "string" && (s.Pattern != "" || len(s.Enum) > 0)
}

// reflectDocumentErr reflects d with (a copy of) r and finishes it; the
// error lists struct tags or conditions the build could not apply.
func reflectDocumentErr(r *jsonschema.Reflector, d document) (*jsonschema.Schema, error) {
	values := map[string]reflect.Type{}
	dr := *r
	dr.Mapper = refValues(r.Namer, values)
	s := dr.ReflectFromType(d.goType)
	fillTaggedUnions(&dr, s)
	b := &docBuild{r: &dr, s: s, values: values}
	b.addValueDefs()
	b.applyFieldRules(d.goType)
	b.applyConditions(d.goType)
	b.standalone(d)
	b.finish(d)
	return s, errors.Join(b.errs...)
}

func (b *docBuild) errorf(format string, args ...any) {
	b.errs = append(b.errs, fmt.Errorf(format, args...))
}

// addValueDefs adds a definition for every value type referenced: the
// mapper's schema, titled, with the type's doc comment.
func (b *docBuild) addValueDefs() {
	for name, t := range b.values {
		def := mapType(t)
		if c := b.r.LookupComment(t, ""); c != "" {
			def.Description = c
		}
		if t == versionType {
			def.Pattern = ReadableVersionPattern()
			def.Description += " This release reads major version " + fmt.Sprint(vocab.CurrentVersion.Major()) +
				" with any minor version; a document of another major version needs another release's schema."
		}
		b.s.Definitions[name] = def
	}
}

var (
	ratioType   = reflect.TypeFor[vocab.Ratio]()
	periodType  = reflect.TypeFor[vocab.Period]()
	versionType = reflect.TypeFor[vocab.Version]()
)

// structDefs returns the struct definitions of the document with their Go
// types, in a fixed order.
func (b *docBuild) structDefs(root reflect.Type) []namedType {
	var out []namedType
	seen := map[string]bool{}
	walkTypes(root, func(t reflect.Type, _ []reflect.StructField) {
		if t.Kind() != reflect.Struct {
			return
		}
		name := b.r.Namer(t)
		if _, ok := b.s.Definitions[name]; ok && !seen[name] {
			seen[name] = true
			out = append(out, namedType{name, t})
		}
	})
	slices.SortFunc(out, func(a, c namedType) int { return strings.Compare(a.name, c.name) })
	return out
}

type namedType struct {
	name   string
	goType reflect.Type
}

// fieldInfo is one JSON member of a struct, as encoding/json names it.
type fieldInfo struct {
	name     string
	field    reflect.StructField
	optional bool // omitempty or omitzero
}

// structFields lists t's JSON members, flattening untagged embedded
// structs.
func structFields(t reflect.Type) []fieldInfo {
	var out []fieldInfo
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" || !f.IsExported() && !f.Anonymous {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			out = append(out, structFields(f.Type)...)
			continue
		}
		if name == "" {
			name = f.Name
		}
		o := strings.Split(opts, ",")
		out = append(out, fieldInfo{name: name, field: f, optional: slices.Contains(o, "omitempty") || slices.Contains(o, "omitzero")})
	}
	return out
}

// tagKeywords parses a `jsonschema` struct tag: keywords with values
// ("minimum=0") and flags ("required", mapped to "").
func tagKeywords(tag string) map[string]string {
	kw := map[string]string{}
	for _, part := range strings.Split(tag, ",") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		if old, dup := kw[k]; dup && k == "exclude" {
			v = old + "," + v
		}
		kw[k] = v
	}
	return kw
}

// applyFieldRules applies the rules that follow from each field's type,
// json options and jsonschema tag.
func (b *docBuild) applyFieldRules(root reflect.Type) {
	for _, nt := range b.structDefs(root) {
		def := b.s.Definitions[nt.name]
		if def.Properties == nil {
			continue
		}
		for _, f := range structFields(nt.goType) {
			prop, ok := def.Properties.Get(f.name)
			if !ok {
				continue
			}
			b.applyFieldRule(nt, f, prop)
		}
	}
}

func (b *docBuild) applyFieldRule(nt namedType, f fieldInfo, prop *jsonschema.Schema) {
	at := nt.goType.String() + "." + f.field.Name
	kw := tagKeywords(f.field.Tag.Get("jsonschema"))
	ft := f.field.Type
	_, required := kw["required"]
	switch {
	case kw["exclude"] != "":
		ev, ok := reflect.Zero(ft).Interface().(enumValuer)
		if !ok {
			b.errorf("%s: exclude on a type without EnumValues", at)
			break
		}
		excluded := strings.Split(kw["exclude"], ",")
		var enum []any
		for _, v := range ev.EnumValues() {
			if !slices.Contains(excluded, v) {
				enum = append(enum, v)
			}
		}
		if len(enum) == len(ev.EnumValues()) {
			b.errorf("%s: exclude=%s names no code of %v", at, kw["exclude"], ft)
		}
		*prop = jsonschema.Schema{Type: "string", Enum: enum, Description: prop.Description}
	case ft.Kind() == reflect.String && mapType(ft) == nil:
		if _, id := kw["id"]; id {
			prop.Pattern = vocab.IDPattern
		} else {
			// Required, it is never empty; optional, it is left out
			// rather than empty (encoding/json never writes "", and
			// decoding refuses it).
			one := uint64(1)
			prop.MinLength = &one
		}
	case kw["positive"] == "" && hasKey(kw, "positive"):
		name, err := b.positiveDef(ft)
		if err != nil {
			b.errorf("%s: %v", at, err)
			break
		}
		*prop = jsonschema.Schema{AllOf: []*jsonschema.Schema{{Ref: "#/$defs/" + name}}, Description: prop.Description}
	case ft.Kind() == reflect.Slice && f.optional && required:
		one := uint64(1)
		prop.MinItems = &one
	case ft == ratioType:
		bounds, ok, err := parseRatioBounds(kw)
		if err != nil {
			b.errorf("%s: %v", at, err)
		}
		if ok {
			prop.Ref = "#/$defs/" + b.ratioDef(bounds)
		}
	case kw["period"] != "" && ft != periodType:
		b.errorf("%s: period=%s on a %v", at, kw["period"], ft)
	case ft == dateType && isDayField(f.field):
		prop.Ref = "#/$defs/" + b.dayDef()
	case ft == periodType && (kw["period"] != "" || isDayField(f.field)):
		name, ok := b.periodDef(kw["period"], isDayField(f.field))
		if !ok {
			b.errorf("%s: period=%s: want started or closed", at, kw["period"])
			break
		}
		prop.Ref = "#/$defs/" + name
	}
}

// dayDef adds the definition of a date that must be a day (a field tagged
// `vocab:"day"`, [DayTag]) and returns its name.
func (b *docBuild) dayDef() string {
	const name = "VocabDay"
	if _, ok := b.s.Definitions[name]; !ok {
		b.s.Definitions[name] = &jsonschema.Schema{Type: "string", Pattern: DayPattern, Format: "date",
			Description: "A date that must be a day (\"2024-06-01\"): an event the centre records has a day. " +
				b.r.LookupComment(dateType, "")}
	}
	return name
}

func hasKey(m map[string]string, k string) bool {
	_, ok := m[k]
	return ok
}

// positiveDef returns the name of the variant of struct type t whose one
// integer field is at least 1 ("FundingMoneyPositive" for funding.Money,
// whose minor units must be positive), adding it when it is new.
func (b *docBuild) positiveDef(t reflect.Type) (string, error) {
	if t.Kind() != reflect.Struct {
		return "", fmt.Errorf("positive on a %v, not a struct", t)
	}
	var ints []fieldInfo
	for _, f := range structFields(t) {
		if k := f.field.Type.Kind(); k >= reflect.Int && k <= reflect.Uint64 {
			ints = append(ints, f)
		}
	}
	if len(ints) != 1 {
		return "", fmt.Errorf("positive on %v, which has %d integer fields, not 1", t, len(ints))
	}
	base := b.r.Namer(t)
	name := base + "Positive"
	if _, ok := b.s.Definitions[name]; ok {
		return name, nil
	}
	def, ok := b.s.Definitions[base]
	if !ok {
		return "", fmt.Errorf("positive on %v, which has no definition", t)
	}
	v := *def
	v.Properties = jsonschema.NewProperties()
	for p := def.Properties.Oldest(); p != nil; p = p.Next() {
		s := p.Value
		if p.Key == ints[0].name {
			c := *s
			c.Minimum = "1"
			c.Description += " Positive here."
			s = &c
		}
		v.Properties.Set(p.Key, s)
	}
	v.Description = def.Description + " Here the amount is positive."
	b.s.Definitions[name] = &v
	return name, nil
}

// ratioDef returns the name of the definition of ratios within bounds,
// adding it when it is new.
func (b *docBuild) ratioDef(bounds ratioBounds) string {
	name := bounds.defName()
	if _, ok := b.s.Definitions[name]; !ok {
		base := b.r.LookupComment(ratioType, "")
		b.s.Definitions[name] = &jsonschema.Schema{Type: "string", Pattern: bounds.pattern(),
			Description: "A ratio " + bounds.String() + ", in the text forms of VocabRatio. " + base}
	}
	return name
}

// periodDef returns the name of the definition of periods with the given
// required ends, adding it when it is new.
func (b *docBuild) periodDef(ends string, day bool) (string, bool) {
	var name, pattern, what string
	switch {
	case ends == "started" && !day:
		name, pattern, what = "VocabStartedPeriod", StartedPeriodPattern, "A period with a start date; the end may be open (\"2020-04-01/..\")."
	case ends == "started":
		name, pattern, what = "VocabDayStartedPeriod", DayStartedPeriodPattern, "A period that starts on a day; the end is a day or open (\"2020-04-01/..\")."
	case ends == "closed" && !day:
		name, pattern, what = "VocabClosedPeriod", ClosedPeriodPattern, "A period with both a start and an end date (\"2024-04-01/2025-03-31\")."
	case ends == "closed":
		name, pattern, what = "VocabDayClosedPeriod", DayClosedPeriodPattern, "A period from one day to another (\"2024-04-01/2025-03-31\")."
	case ends == "" && day:
		name, pattern, what = "VocabDayPeriod", DayPeriodPattern, "A period whose bounds are days or open (\"2024-04-01/..\")."
	default:
		return "", false
	}
	if _, ok := b.s.Definitions[name]; !ok {
		b.s.Definitions[name] = &jsonschema.Schema{Type: "string", Pattern: pattern,
			Description: what + " " + b.r.LookupComment(periodType, "")}
	}
	return name, true
}

// applyConditions adds the conditions between fields (conditions.go) to
// the definitions of their types, and of types embedding them.
func (b *docBuild) applyConditions(root reflect.Type) {
	for _, nt := range b.structDefs(root) {
		def := b.s.Definitions[nt.name]
		for _, t := range withEmbedded(nt.goType) {
			for _, c := range conditions() {
				if c.goType == t {
					mergeCondition(def, c.schema)
					for _, r := range c.ratios {
						b.ratioDef(r)
					}
				}
			}
		}
	}
}

// withEmbedded returns t and the struct types it embeds untagged, whose
// fields encoding/json writes inline.
func withEmbedded(t reflect.Type) []reflect.Type {
	out := []reflect.Type{t}
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous && f.Tag.Get("json") == "" && f.Type.Kind() == reflect.Struct {
			out = append(out, withEmbedded(f.Type)...)
		}
	}
	return out
}

// standalone makes a document that can also be embedded require its
// version when it stands alone, and gives the embedded documents of the
// centre their own definitions ("GovernanceDocumentInCentre") with the
// version optional.
func (b *docBuild) standalone(d document) {
	root := b.s.Definitions[b.r.Namer(d.goType)]
	if hasOptionalVersion(d.goType) && root != nil && !slices.Contains(root.Required, "version") {
		root.Required = append([]string{"version"}, root.Required...)
	}
	for _, f := range structFields(d.goType) {
		ft := f.field.Type
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if ft == d.goType || !hasOptionalVersion(ft) || !isDocumentType(ft) {
			continue
		}
		name := b.r.Namer(ft)
		if def := b.s.Definitions[name]; def != nil {
			def.Description += "\n\nThis is the document as it sits inside a centre: its version is optional there " +
				"(it inherits the centre's); standing alone it is required."
		}
		b.rename(name, name+"InCentre")
	}
}

func isDocumentType(t reflect.Type) bool {
	return slices.ContainsFunc(documents, func(d document) bool { return d.goType == t })
}

// hasOptionalVersion reports whether struct type t has a vocab.Version
// field that encoding/json may leave out: a document that stands alone or
// inherits its version from the document embedding it.
func hasOptionalVersion(t reflect.Type) bool {
	if t.Kind() != reflect.Struct {
		return false
	}
	return slices.ContainsFunc(structFields(t), func(f fieldInfo) bool {
		return f.field.Type == versionType && f.optional
	})
}

// rename renames definition from to to and every reference to it.
func (b *docBuild) rename(from, to string) {
	def, ok := b.s.Definitions[from]
	if !ok {
		return
	}
	delete(b.s.Definitions, from)
	b.s.Definitions[to] = def
	walkSchema(b.s, func(n *jsonschema.Schema) {
		if n.Ref == "#/$defs/"+from {
			n.Ref = "#/$defs/" + to
		}
	})
}

// walkSchema calls visit for s and every subschema below it, once each.
func walkSchema(s *jsonschema.Schema, visit func(*jsonschema.Schema)) {
	seen := map[*jsonschema.Schema]bool{}
	var walk func(*jsonschema.Schema)
	walk = func(n *jsonschema.Schema) {
		if n == nil || seen[n] || n == jsonschema.TrueSchema || n == jsonschema.FalseSchema {
			return
		}
		seen[n] = true
		visit(n)
		for _, name := range sortedKeys(n.Definitions) {
			walk(n.Definitions[name])
		}
		for _, list := range [][]*jsonschema.Schema{n.AllOf, n.AnyOf, n.OneOf, n.PrefixItems} {
			for _, c := range list {
				walk(c)
			}
		}
		for _, c := range []*jsonschema.Schema{n.Not, n.If, n.Then, n.Else, n.Items, n.Contains,
			n.AdditionalProperties, n.PropertyNames, n.ContentSchema} {
			walk(c)
		}
		if n.Properties != nil {
			for p := n.Properties.Oldest(); p != nil; p = p.Next() {
				walk(p.Value)
			}
		}
		for _, name := range sortedKeys(n.PatternProperties) {
			walk(n.PatternProperties[name])
		}
		for _, name := range sortedKeys(n.DependentSchemas) {
			walk(n.DependentSchemas[name])
		}
	}
	walk(s)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// finish titles every definition and the root, describes the root (with
// the rules only Go checks), and moves every description beside a $ref
// into an allOf wrapper.
func (b *docBuild) finish(d document) {
	for name, def := range b.s.Definitions {
		def.Title = name
	}
	walkSchema(b.s, func(n *jsonschema.Schema) {
		if n.Ref != "" && n != b.s && (n.Description != "" || n.Title != "") {
			n.AllOf = append([]*jsonschema.Schema{{Ref: n.Ref}}, n.AllOf...)
			n.Ref = ""
		}
	})
	rootName := b.r.Namer(d.goType)
	b.s.Title = rootName
	b.s.Description = rootDescription(d, b.r.LookupComment(d.goType, ""))
}

// rootDescription is a document schema's top-level description: what the
// document is, how to resolve the schema, and the rules only Go checks.
func rootDescription(d document, typeDoc string) string {
	var sb strings.Builder
	sb.WriteString(typeDoc)
	sb.WriteString("\n\nThis is the schema of the ahsckit " + d.name + " document, format version " +
		fmt.Sprint(vocab.CurrentVersion.Major()) + ".x (JSON Schema draft 2020-12). Its $id is an identifier, not a " +
		"download address: the file is self-contained, so register it with your validator under its $id or load it from disk.")
	sb.WriteString(" The format \"date\" is an assertion: enable format checking (ajv needs ajv-formats).")
	sb.WriteString(" It accepts every minor version of format " + fmt.Sprint(vocab.CurrentVersion.Major()) + " but only the fields " +
		"of version " + string(vocab.CurrentVersion) + ": the Go decoder of this release reads a document of a newer minor version, " +
		"skipping each field it does not know with a warning, while this schema refuses those fields, so check such a document " +
		"with the schema of the release that wrote it.")
	if rules := goOnlyRulesFor(d.name); len(rules) > 0 {
		sb.WriteString("\n\nA document this schema accepts can still be invalid: these rules are checked only by the Go " +
			"validation of ahsckit (Validate and Problems):")
		for _, r := range rules {
			sb.WriteString("\n- " + r.Name + ": " + r.Rule)
		}
	}
	return sb.String()
}

// walkTypes calls visit once for every named type reachable from t through
// JSON-encoded fields, elements, keys and pointers, with the struct fields
// (of named structs) the type declares.
func walkTypes(t reflect.Type, visit func(t reflect.Type, fields []reflect.StructField)) {
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(t reflect.Type) {
		if seen[t] {
			return
		}
		seen[t] = true
		var fields []reflect.StructField
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			walk(t.Elem())
			for _, u := range taggedUnions {
				if u.list == t {
					for _, v := range u.variants() {
						walk(v.goType)
					}
				}
			}
		case reflect.Map:
			walk(t.Key())
			walk(t.Elem())
		case reflect.Struct:
			if mapType(t) != nil {
				break
			}
			for i := range t.NumField() {
				f := t.Field(i)
				if !f.IsExported() && !f.Anonymous || f.Tag.Get("json") == "-" {
					continue
				}
				fields = append(fields, f)
				walk(f.Type)
			}
		}
		if t.Name() != "" {
			visit(t, fields)
		}
	}
	walk(t)
}
