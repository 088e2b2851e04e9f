package schema

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/invopop/jsonschema"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

// Every struct tag the build reads is one it can apply.
func TestDocumentTagsApply(t *testing.T) {
	for _, d := range documents {
		if _, err := reflectDocumentErr(Reflector(), d); err != nil {
			t.Errorf("%s: %v", d.name, err)
		}
	}
}

// tagged has one field tag of each kind the build refuses.
type tagged struct {
	Half    vocab.Ratio  `json:"half" jsonschema:"minimum=0.5"`
	Upper   vocab.Ratio  `json:"upper" jsonschema:"maximum=1"`
	Period  vocab.Period `json:"period" jsonschema:"period=sometimes"`
	Exclude vocab.RAG    `json:"exclude" jsonschema:"exclude=purple"`
	Text    string       `json:"text" jsonschema:"exclude=x"`
}

func TestBadTagsAreErrors(t *testing.T) {
	_, err := reflectDocumentErr(Reflector(), document{"tagged", reflect.TypeFor[tagged]()})
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"Half: ratio bound minimum=0.5", "Upper: ratio bound maximum without a lower bound",
		"Period: period=sometimes", "Exclude: exclude=purple names no code", "Text: exclude on a type without EnumValues"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("no error %q in:\n%v", want, err)
		}
	}
}

// Each condition constrains properties its Go type has.
func TestConditionsNameRealFields(t *testing.T) {
	for _, c := range conditions() {
		var names []string
		for _, f := range structFields(c.goType) {
			names = append(names, f.name)
		}
		s := c.schema
		{
			parts := []*jsonschema.Schema{s.If, s.Then, s.Else}
			for name, dep := range s.DependentSchemas {
				parts = append(parts, dep, &jsonschema.Schema{Required: []string{name}})
			}
			for _, part := range parts {
				if part == nil {
					continue
				}
				used := slices.Clone(part.Required)
				if part.Properties != nil {
					for p := part.Properties.Oldest(); p != nil; p = p.Next() {
						used = append(used, p.Key)
					}
				}
				for _, u := range used {
					if !slices.Contains(names, u) {
						t.Errorf("%v (%s): no field %q", c.goType, c.goRule, u)
					}
				}
			}
		}
	}
}

// The probed codes split each enum the way the conditions' else branches
// assume: a name kind without a required end date forbids one, and a
// condition kind that need not restrict must not.
func TestProbedCodesSplitTheirEnums(t *testing.T) {
	withUntil := nameKindsWithUntil()
	if len(withUntil) == 0 {
		t.Fatal("no name kind needs an end date")
	}
	for _, k := range ahsc.NameKinds().Values() {
		if slices.Contains(withUntil, string(k)) {
			continue
		}
		o := ahsc.Organisation{OtherNames: []ahsc.Name{{Value: "x", Kind: k, Until: vocab.MustParseDate("2020-01-01")}}}
		if !errorAt(o.Problems(vocab.NewPath("o")), "/o/otherNames/0/until") {
			t.Errorf("name kind %s allows an end date", k)
		}
	}
	restricting := restrictingConditionKinds(true)
	if len(restricting) == 0 {
		t.Fatal("no condition kind restricts")
	}
	for _, k := range funding.ConditionKinds().Values() {
		if slices.Contains(restricting, string(k)) {
			continue
		}
		c := funding.Condition{Kind: k, Programmes: []vocab.ProgrammeID{"p"}}
		if !errorAt(c.Problems(vocab.NewPath("c")), "/c/kind") {
			t.Errorf("condition kind %s may name programmes", k)
		}
	}
	for name, got := range map[string][]string{"share rules": shareThresholdRules(), "phased kinds": phasedProgrammeKinds(), "trust kinds": trustKinds()} {
		if len(got) == 0 {
			t.Errorf("no %s", name)
		}
	}
}

// A second if/then/else on a definition goes into both branches of the
// first, so each definition keeps one top-level condition; dependent
// schemas on the same property are combined.
func TestMergeCondition(t *testing.T) {
	a := &jsonschema.Schema{If: req("a"), Then: req("b"), DependentSchemas: map[string]*jsonschema.Schema{"x": req("y")}}
	c := &jsonschema.Schema{If: req("c"), Else: req("d"), DependentSchemas: map[string]*jsonschema.Schema{"x": req("z")}}
	def := &jsonschema.Schema{}
	mergeCondition(def, a)
	mergeCondition(def, c)
	got, err := Marshal(def)
	if err != nil {
		t.Fatal(err)
	}
	sch := compile(t, got)
	for doc, valid := range map[string]bool{
		`{"a":1,"b":1,"c":1}`:       true,
		`{"a":1,"c":1}`:             false, // first rule: a needs b
		`{"a":1,"b":1}`:             false, // second rule: no c needs d
		`{"d":1}`:                   true,
		`{"x":1,"y":1,"d":1}`:       false, // x needs z too
		`{"x":1,"y":1,"z":1,"d":1}`: true,
	} {
		if err := validate(sch, []byte(doc)); (err == nil) != valid {
			t.Errorf("%s: valid %v, got %v", doc, valid, err)
		}
	}
}
