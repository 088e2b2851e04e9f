package schema

import (
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ahsckit/ahsckit/funding"
)

// The published policy schema's rule variants are the registry of
// built-in rule kinds (funding.RuleKinds): one variant per kind, in the
// registry's order, each the rule's Go type with its code as a constant
// "kind". A kind registered without regenerating the schema fails here.
func TestPolicySchemaVariantsAreTheRuleRegistry(t *testing.T) {
	raw, err := os.ReadFile("json/policy.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Defs map[string]struct {
			Items *struct {
				OneOf []struct {
					Ref string `json:"$ref"`
				} `json:"oneOf"`
			} `json:"items"`
			Properties map[string]struct {
				Const string `json:"const"`
			} `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	rules, ok := doc.Defs["FundingRules"]
	if !ok || rules.Items == nil {
		t.Fatal("the policy schema has no FundingRules list of variants")
	}
	type variant struct{ Def, Kind string }
	var got, want []variant
	for _, v := range rules.Items.OneOf {
		name := strings.TrimPrefix(v.Ref, "#/$defs/")
		got = append(got, variant{name, doc.Defs[name].Properties["kind"].Const})
	}
	for _, k := range funding.RuleKinds() {
		want = append(want, variant{"Funding" + reflect.TypeOf(k.Zero()).Name(), k.Code()})
	}
	if !slices.Equal(got, want) {
		t.Fatalf("policy schema variants %v, registry %v; run go test ./ahsc/schema -update", got, want)
	}
}
