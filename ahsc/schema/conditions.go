package schema

import (
	"reflect"
	"slices"
	"sync"

	"github.com/invopop/jsonschema"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/programme"
)

// condition is a rule between the fields of one Go type that a JSON Schema
// states with if/then/else. Where the rule depends on codes (which
// threshold rules take a share, which programme kinds have a phase), the
// codes are found by asking the Go validator about each one, so a code
// added in Go changes the schema on regeneration. Each condition is
// written so that its error lands where the Go validator reports the
// problem: a false schema or const at the field Go names, or a missing
// required property whose name Go names.
type condition struct {
	goType reflect.Type
	goRule string // the Go check it mirrors
	// schema holds the rule as keywords merged into the type's definition:
	// if/then/else and dependentSchemas, which code generators ignore (an
	// allOf would make them mint a second type).
	schema *jsonschema.Schema
	// ratios are the bounded ratio definitions schema refers to.
	ratios []ratioBounds
}

// shareBounds are a share's bounds: above 0 and at most 1.
var shareBounds = ratioBounds{lo: 0, loExcl: true, hasLo: true, hi: 1, hasUpper: true}

// conditions returns every condition, built once.
var conditions = sync.OnceValue(func() []condition {
	return []condition{
		{
			goType: reflect.TypeFor[vocab.Identifier](),
			goRule: "vocab.Identifier.Problems: the value has its scheme's shape (vocab.Scheme.ValuePattern)",
			schema: func() *jsonschema.Schema {
				// One if/else chain: the schemes exclude each other.
				var chain *jsonschema.Schema
				schemes := vocab.Schemes().Values()
				for i := len(schemes) - 1; i >= 0; i-- {
					chain = ifThen(hasConst("scheme", string(schemes[i])),
						props("value", &jsonschema.Schema{Type: "string", Pattern: schemes[i].ValuePattern()}), chain)
				}
				return chain
			}(),
		},
		{
			goType: reflect.TypeFor[ahsc.Organisation](),
			goRule: "ahsc.Organisation.Problems: an NHS trust's ODS organisation code has 3 characters",
			schema: func() *jsonschema.Schema {
				item := ifThen(hasConst("scheme", string(vocab.SchemeODSOrganisation)),
					props("value", &jsonschema.Schema{Type: "string", Pattern: `^[A-Z0-9]{3}$`}), nil)
				item.Type = "object"
				return ifThen(hasEnum("kind", trustKinds()), props("identifiers", &jsonschema.Schema{Type: "array", Items: item}), nil)
			}(),
		},
		{
			goType: reflect.TypeFor[ahsc.Name](),
			goRule: "ahsc.Name: a former name has an end date (until); other names have none",
			schema: ifThen(hasEnum("kind", nameKindsWithUntil()),
				req("until"),
				props("until", jsonschema.FalseSchema)),
		},
		{
			goType: reflect.TypeFor[governance.Seat](),
			goRule: "governance.Seat: exactly one of nominatedBy and independent is set",
			schema: &jsonschema.Schema{
				// Nominated: not also independent (Go reports at independent).
				DependentSchemas: map[string]*jsonschema.Schema{"nominatedBy": props("independent", &jsonschema.Schema{Const: false})},
				// Not independent: nominated (Go reports at nominatedBy).
				If:   hasConst("independent", true),
				Else: req("nominatedBy"),
			},
		},
		{
			goType: reflect.TypeFor[governance.Threshold](),
			goRule: "governance.Threshold: a rule measured by a share (not unanimity) has one, above 0 and at most 1 " +
				"(unanimity ignores a share, with a warning)",
			schema: ifThen(hasEnum("rule", shareThresholdRules()),
				withProp(req("share"), "share", &jsonschema.Schema{Ref: "#/$defs/" + shareBounds.defName()}), nil),
			ratios: []ratioBounds{shareBounds},
		},
		{
			goType: reflect.TypeFor[vocab.Source](),
			goRule: "vocab.Source.Problems: an illustrative source has a note; a cited one a URL and a title",
			schema: ifThen(hasConst("kind", string(vocab.SourceIllustrative)),
				withProp(req("note"), "note", &jsonschema.Schema{Type: "string", MinLength: ptr(uint64(1))}),
				withProp(req("url", "title"), "title", &jsonschema.Schema{Type: "string", MinLength: ptr(uint64(1))})),
		},
		{
			goType: reflect.TypeFor[governance.Ballot](),
			goRule: "governance ballot checks: a paired ballot names its pair; no other ballot does",
			schema: ifThen(hasConst("option", string(governance.VoteOptionPaired)),
				withProp(req("pair"), "pair", &jsonschema.Schema{Type: "string", MinLength: ptr(uint64(1))}),
				props("pair", jsonschema.FalseSchema)),
		},
		{
			goType: reflect.TypeFor[programme.Facility](),
			goRule: "programme.Facility.Problems: a facility that states capacity states its unit",
			schema: &jsonschema.Schema{DependentSchemas: map[string]*jsonschema.Schema{"capacity": req("unit")}},
		},
		{
			goType: reflect.TypeFor[programme.Programme](),
			goRule: "programme.Programme.Problems: only a clinical trial has a phase",
			schema: ifThen(hasEnum("kind", phasedProgrammeKinds()), nil, props("phase", jsonschema.FalseSchema)),
		},
		{
			goType: reflect.TypeFor[funding.Condition](),
			goRule: "funding.Condition.Problems: a restricted condition names programmes or health categories; others name none",
			schema: func() *jsonschema.Schema {
				restricting := hasEnum("kind", restrictingConditionKinds(true))
				onlyRestricting := func(list string) *jsonschema.Schema {
					return ifThen(nonEmpty(list), props("kind", &jsonschema.Schema{Enum: toAny(restrictingConditionKinds(true))}), nil)
				}
				return &jsonschema.Schema{
					If:   restricting,
					Then: ifThen(nonEmpty("healthCategories"), nil, withProp(req("programmes"), "programmes", &jsonschema.Schema{Type: "array", MinItems: ptr(uint64(1))})),
					DependentSchemas: map[string]*jsonschema.Schema{
						"programmes":       onlyRestricting("programmes"),
						"healthCategories": onlyRestricting("healthCategories"),
					},
				}
			}(),
		},
	}
})

// mergeCondition adds the keywords of c to def. A second if/then/else goes
// into both branches of the first (as allOf there), so a definition keeps
// one top-level condition.
func mergeCondition(def, c *jsonschema.Schema) {
	for k, v := range c.DependentSchemas {
		if def.DependentSchemas == nil {
			def.DependentSchemas = map[string]*jsonschema.Schema{}
		}
		if old, ok := def.DependentSchemas[k]; ok {
			v = &jsonschema.Schema{AllOf: []*jsonschema.Schema{old, v}}
		}
		def.DependentSchemas[k] = v
	}
	if c.If == nil {
		return
	}
	if def.If == nil {
		def.If, def.Then, def.Else = c.If, c.Then, c.Else
		return
	}
	both := func(branch *jsonschema.Schema) *jsonschema.Schema {
		cond := &jsonschema.Schema{If: c.If, Then: c.Then, Else: c.Else}
		if branch == nil {
			return cond
		}
		return &jsonschema.Schema{AllOf: []*jsonschema.Schema{branch, cond}}
	}
	def.Then, def.Else = both(def.Then), both(def.Else)
}

func ptr[T any](v T) *T { return &v }

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// withProp sets the schema of property name in base and returns base.
func withProp(base *jsonschema.Schema, name string, s *jsonschema.Schema) *jsonschema.Schema {
	if base.Properties == nil {
		base.Properties = jsonschema.NewProperties()
	}
	base.Properties.Set(name, s)
	return base
}

// req is a schema requiring the named properties (declared as anything, so
// strict validators such as ajv see them defined).
func req(names ...string) *jsonschema.Schema {
	s := &jsonschema.Schema{Required: names}
	for _, n := range names {
		withProp(s, n, jsonschema.TrueSchema)
	}
	return s
}

// props is a schema constraining one property when present.
func props(name string, s *jsonschema.Schema) *jsonschema.Schema {
	return withProp(&jsonschema.Schema{}, name, s)
}

// hasConst matches an object whose property name is present and equal to v.
func hasConst(name string, v any) *jsonschema.Schema {
	return withProp(req(name), name, &jsonschema.Schema{Const: v})
}

// hasEnum matches an object whose property name is present and one of vs.
func hasEnum(name string, vs []string) *jsonschema.Schema {
	if len(vs) == 1 {
		return hasConst(name, vs[0])
	}
	return withProp(req(name), name, &jsonschema.Schema{Enum: toAny(vs)})
}

// nonEmpty matches an object whose list property name has an item.
func nonEmpty(name string) *jsonschema.Schema {
	return withProp(req(name), name, &jsonschema.Schema{Type: "array", MinItems: ptr(uint64(1))})
}

// ifThen is {"if": cond, "then": then, "else": els}; nil branches are left
// out.
func ifThen(cond, then, els *jsonschema.Schema) *jsonschema.Schema {
	return &jsonschema.Schema{If: cond, Then: then, Else: els}
}

// errorAt reports whether ps has an error at the JSON Pointer ptr.
func errorAt(ps vocab.Problems, ptr string) bool {
	return slices.ContainsFunc(ps.Errors(), func(p *vocab.Problem) bool { return p.Pointer() == ptr })
}

// shareThresholdRules returns the threshold rules the Go validator
// requires a share for.
func shareThresholdRules() []string {
	var out []string
	for _, r := range governance.ThresholdRules().Values() {
		b := governance.Body{Rules: governance.TermsOfReference{Threshold: governance.Threshold{Rule: r}}}
		if errorAt(b.Problems(vocab.NewPath("b")), "/b/rules/threshold/share") {
			out = append(out, string(r))
		}
	}
	return out
}

// phasedProgrammeKinds returns the programme kinds the Go validator lets
// have a phase.
func phasedProgrammeKinds() []string {
	var out []string
	phase := programme.Phases().Values()[0]
	for _, k := range programme.Kinds().Values() {
		pr := programme.Programme{Kind: k, Phase: phase}
		if !errorAt(pr.Problems(vocab.NewPath("p")), "/p/phase") {
			out = append(out, string(k))
		}
	}
	return out
}

// trustKinds returns the organisation kinds whose ODS organisation code
// the Go validator requires to have 3 characters.
func trustKinds() []string {
	var out []string
	for _, k := range ahsc.OrgKinds().Values() {
		o := ahsc.Organisation{Kind: k, Identifiers: []vocab.Identifier{{Scheme: vocab.SchemeODSOrganisation, Value: "ABCD"}}}
		if errorAt(o.Problems(vocab.NewPath("o")), "/o/identifiers/0/value") {
			out = append(out, string(k))
		}
	}
	return out
}

// nameKindsWithUntil returns the name kinds the Go validator requires an
// end date for (and, so the schema's else branch holds, checks that it
// forbids one for every other kind).
func nameKindsWithUntil() []string {
	var out []string
	for _, k := range ahsc.NameKinds().Values() {
		o := ahsc.Organisation{OtherNames: []ahsc.Name{{Value: "x", Kind: k}}}
		if errorAt(o.Problems(vocab.NewPath("o")), "/o/otherNames/0/until") {
			out = append(out, string(k))
		}
	}
	return out
}

// restrictingConditionKinds returns the condition kinds the Go validator
// requires (restricts) or forbids (!restricts) to name programmes.
func restrictingConditionKinds(restricts bool) []string {
	var out []string
	for _, k := range funding.ConditionKinds().Values() {
		c := funding.Condition{Kind: k}
		if errorAt(c.Problems(vocab.NewPath("c")), "/c/programmes") == restricts {
			out = append(out, string(k))
		}
	}
	return out
}
