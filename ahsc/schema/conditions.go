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
	goType  reflect.Type
	goRule  string // the Go check it mirrors
	schemas []*jsonschema.Schema
}

// conditions returns every condition, built once.
var conditions = sync.OnceValue(func() []condition {
	return []condition{
		{
			goType: reflect.TypeFor[vocab.Identifier](),
			goRule: "vocab.Identifier.Problems: the value has its scheme's shape (vocab.Scheme.ValuePattern)",
			schemas: func() []*jsonschema.Schema {
				var out []*jsonschema.Schema
				for _, s := range vocab.Schemes().Values() {
					out = append(out, ifThen(hasConst("scheme", string(s)),
						props("value", &jsonschema.Schema{Pattern: s.ValuePattern()}), nil))
				}
				return out
			}(),
		},
		{
			goType: reflect.TypeFor[ahsc.Organisation](),
			goRule: "ahsc.Organisation.Problems: an NHS trust's ODS organisation code has 3 characters",
			schemas: []*jsonschema.Schema{ifThen(hasEnum("kind", trustKinds()),
				props("identifiers", &jsonschema.Schema{Items: ifThen(hasConst("scheme", string(vocab.SchemeODSOrganisation)),
					props("value", &jsonschema.Schema{Pattern: `^[A-Z0-9]{3}$`}), nil)}), nil)},
		},
		{
			goType: reflect.TypeFor[ahsc.Name](),
			goRule: "ahsc.Name: a former name has an end date (until); other names have none",
			schemas: []*jsonschema.Schema{ifThen(hasEnum("kind", nameKindsWithUntil()),
				&jsonschema.Schema{Required: []string{"until"}},
				props("until", jsonschema.FalseSchema))},
		},
		{
			goType: reflect.TypeFor[governance.Seat](),
			goRule: "governance.Seat: exactly one of nominatedBy and independent is set",
			schemas: []*jsonschema.Schema{
				// Nominated: not also independent (Go reports at independent).
				ifThen(&jsonschema.Schema{Required: []string{"nominatedBy"}},
					props("independent", &jsonschema.Schema{Const: false}), nil),
				// Not independent: nominated (Go reports at nominatedBy).
				ifThen(hasConst("independent", true), nil, &jsonschema.Schema{Required: []string{"nominatedBy"}}),
			},
		},
		{
			goType: reflect.TypeFor[governance.Threshold](),
			goRule: "governance.Threshold: a rule measured by a share (not unanimity) has one",
			schemas: []*jsonschema.Schema{ifThen(hasEnum("rule", shareThresholdRules()),
				&jsonschema.Schema{Required: []string{"share"}}, nil)},
		},
		{
			goType: reflect.TypeFor[programme.Programme](),
			goRule: "programme.Programme.Problems: only a clinical trial has a phase",
			schemas: []*jsonschema.Schema{ifThen(hasEnum("kind", phasedProgrammeKinds()), nil,
				props("phase", jsonschema.FalseSchema))},
		},
		{
			goType: reflect.TypeFor[funding.Condition](),
			goRule: "funding.Condition.Problems: a restricted condition names programmes or health categories; others name none",
			schemas: []*jsonschema.Schema{
				ifThen(hasEnum("kind", restrictingConditionKinds(true)),
					ifThen(nonEmpty("healthCategories"), nil, withProp(&jsonschema.Schema{Required: []string{"programmes"}},
						"programmes", &jsonschema.Schema{MinItems: ptr(uint64(1))})), nil),
				ifThen(&jsonschema.Schema{AnyOf: []*jsonschema.Schema{nonEmpty("programmes"), nonEmpty("healthCategories")}},
					props("kind", &jsonschema.Schema{Enum: toAny(restrictingConditionKinds(true))}), nil),
			},
		},
	}
})

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

// props is a schema constraining one property when present.
func props(name string, s *jsonschema.Schema) *jsonschema.Schema {
	return withProp(&jsonschema.Schema{}, name, s)
}

// hasConst matches an object whose property name is present and equal to v.
func hasConst(name string, v any) *jsonschema.Schema {
	return withProp(&jsonschema.Schema{Required: []string{name}}, name, &jsonschema.Schema{Const: v})
}

// hasEnum matches an object whose property name is present and one of vs.
func hasEnum(name string, vs []string) *jsonschema.Schema {
	if len(vs) == 1 {
		return hasConst(name, vs[0])
	}
	return withProp(&jsonschema.Schema{Required: []string{name}}, name, &jsonschema.Schema{Enum: toAny(vs)})
}

// nonEmpty matches an object whose list property name has an item.
func nonEmpty(name string) *jsonschema.Schema {
	return withProp(&jsonschema.Schema{Required: []string{name}}, name, &jsonschema.Schema{MinItems: ptr(uint64(1))})
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
