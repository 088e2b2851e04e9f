package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/invopop/jsonschema"
	sjs "github.com/santhosh-tekuri/jsonschema/v6"
)

// compile compiles a schema document with santhosh-tekuri/jsonschema as
// draft 2020-12 with formats asserted, the way a strict consumer would.
func compile(t testing.TB, raw []byte) *sjs.Schema {
	t.Helper()
	doc, err := sjs.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	id := "mem://schema.json"
	if m, ok := doc.(map[string]any); ok {
		if s, ok := m["$id"].(string); ok {
			id = s
		}
	}
	c := sjs.NewCompiler()
	c.DefaultDraft(sjs.Draft2020)
	c.AssertFormat()
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(id)
	if err != nil {
		t.Fatalf("compile %s: %v", id, err)
	}
	return sch
}

// compileSchema marshals s and compiles it.
func compileSchema(t testing.TB, s *jsonschema.Schema) *sjs.Schema {
	t.Helper()
	raw, err := Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return compile(t, raw)
}

// validate checks a JSON instance given as bytes (never a Go value: the
// raw bytes are what a reader receives).
func validate(sch *sjs.Schema, instance []byte) error {
	v, err := sjs.UnmarshalJSON(bytes.NewReader(instance))
	if err != nil {
		return err
	}
	return sch.Validate(v)
}

func TestPublishedSchemasCompile(t *testing.T) {
	for _, d := range Documents() {
		t.Run(d.Name, func(t *testing.T) { compile(t, JSON(d.Name)) })
	}
}

// TestPublishedSchemasWellFormed walks every published schema: every $ref
// names an existing definition, and no subschema is an empty closed object
// (what a TextMarshaler becomes when reflected as a struct), and every
// required name is a property.
func TestPublishedSchemasWellFormed(t *testing.T) {
	for _, d := range Documents() {
		var root map[string]any
		if err := json.Unmarshal(JSON(d.Name), &root); err != nil {
			t.Fatalf("%s: %v", d.Name, err)
		}
		defs, _ := root["$defs"].(map[string]any)
		for _, p := range schemaProblems(root, defs, "") {
			t.Errorf("%s: %s", d.Name, p)
		}
	}
}

// schemaProblems returns what is wrong with the schema node at ptr and below.
func schemaProblems(node any, defs map[string]any, ptr string) []string {
	var out []string
	switch n := node.(type) {
	case []any:
		for i, v := range n {
			out = append(out, schemaProblems(v, defs, fmt.Sprintf("%s/%d", ptr, i))...)
		}
	case map[string]any:
		if ref, ok := n["$ref"].(string); ok {
			name, local := strings.CutPrefix(ref, "#/$defs/")
			if _, found := defs[name]; !local || !found {
				out = append(out, fmt.Sprintf("%s: dangling $ref %q", ptr, ref))
			}
		}
		props, _ := n["properties"].(map[string]any)
		if n["type"] == "object" && len(props) == 0 && n["additionalProperties"] == false && n["patternProperties"] == nil {
			out = append(out, fmt.Sprintf("%s: empty closed object (a text value reflected as a struct?)", ptr))
		}
		if req, ok := n["required"].([]any); ok && n["type"] == "object" {
			for _, r := range req {
				if _, ok := props[r.(string)]; !ok {
					out = append(out, fmt.Sprintf("%s: required %q is not a property", ptr, r))
				}
			}
		}
		keys := make([]string, 0, len(n))
		for k := range n {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			out = append(out, schemaProblems(n[k], defs, ptr+"/"+strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1"))...)
		}
	}
	return out
}

// TestSchemaProblemsFindsFaults checks the walker itself on a schema with
// one fault of each kind, so the well-formedness test can fail.
func TestSchemaProblemsFindsFaults(t *testing.T) {
	var bad map[string]any
	err := json.Unmarshal([]byte(`{"$ref":"#/$defs/Missing","$defs":{"Addr":{"type":"object","properties":{},"additionalProperties":false},
		"T":{"type":"object","properties":{"a":{"type":"string"}},"required":["a","b"]}}}`), &bad)
	if err != nil {
		t.Fatal(err)
	}
	got := schemaProblems(bad, bad["$defs"].(map[string]any), "")
	want := []string{
		`: dangling $ref "#/$defs/Missing"`,
		`/$defs/Addr: empty closed object (a text value reflected as a struct?)`,
		`/$defs/T: required "b" is not a property`,
	}
	slices.Sort(got)
	slices.Sort(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// readabilityProblems lists what in a published schema would make it hard
// to read or would make a generator mint duplicate types: a definition or
// root without a title, a $ref with siblings (below the root), a property
// or enum without a description, a Go doc link in a description, and a
// long pattern written twice instead of once in a definition.
func readabilityProblems(root map[string]any) []string {
	var out []string
	if root["title"] == nil || root["description"] == nil {
		out = append(out, "root: no title or description")
	}
	defs, _ := root["$defs"].(map[string]any)
	for _, name := range sortedKeys(defs) {
		def, _ := defs[name].(map[string]any)
		if def["title"] != name {
			out = append(out, fmt.Sprintf("$defs/%s: title %v, want the definition's name", name, def["title"]))
		}
		if def["description"] == nil {
			out = append(out, fmt.Sprintf("$defs/%s: no description", name))
		}
		props, _ := def["properties"].(map[string]any)
		for _, p := range sortedKeys(props) {
			if prop, _ := props[p].(map[string]any); prop["description"] == nil {
				out = append(out, fmt.Sprintf("$defs/%s/properties/%s: no description", name, p))
			}
		}
	}
	patterns := map[string]int{}
	var walk func(node any, ptr string)
	walk = func(node any, ptr string) {
		switch n := node.(type) {
		case []any:
			for i, v := range n {
				walk(v, fmt.Sprintf("%s/%d", ptr, i))
			}
		case map[string]any:
			if _, ok := n["$ref"]; ok && ptr != "" && len(n) > 1 {
				out = append(out, ptr+": $ref with siblings")
			}
			if _, ok := n["enum"]; ok && n["description"] == nil && n["type"] != nil {
				out = append(out, ptr+": enum without a description")
			}
			if d, ok := n["description"].(string); ok && docLink.MatchString(d) {
				out = append(out, ptr+": Go doc link in "+strconv.Quote(docLink.FindString(d)))
			}
			if p, ok := n["pattern"].(string); ok && len(p) > 60 {
				patterns[p]++
				if patterns[p] == 2 {
					out = append(out, ptr+": long pattern repeated; name it")
				}
			}
			for _, k := range sortedKeys(n) {
				if k == "properties" || k == "$defs" {
					for _, c := range sortedKeys(n[k].(map[string]any)) {
						walk(n[k].(map[string]any)[c], ptr+"/"+k+"/"+c)
					}
					continue
				}
				walk(n[k], ptr+"/"+k)
			}
		}
	}
	walk(root, "")
	return out
}

func TestPublishedSchemasReadable(t *testing.T) {
	for _, d := range Documents() {
		var root map[string]any
		if err := json.Unmarshal(JSON(d.Name), &root); err != nil {
			t.Fatal(err)
		}
		for _, p := range readabilityProblems(root) {
			t.Errorf("%s: %s", d.Name, p)
		}
	}
}

// TestReadabilityProblemsFindsFaults checks the readability walker on a
// schema with one fault of each kind.
func TestReadabilityProblemsFindsFaults(t *testing.T) {
	long := strings.Repeat("[0-9]", 20)
	var bad map[string]any
	err := json.Unmarshal([]byte(`{"$defs":{
		"A":{"type":"object","properties":{"x":{"$ref":"#/$defs/B","description":"x"},"y":{"type":"string"}}},
		"B":{"title":"B","description":"See [vocab.Source].","type":"string","enum":["a"]},
		"C":{"title":"C","description":"c","type":"string","pattern":"`+long+`"},
		"D":{"title":"D","description":"d","type":"string","pattern":"`+long+`"},
		"E":{"title":"E","description":"e","type":"object","properties":{"k":{"type":"string","enum":["z"],"description":"k"}},
		     "allOf":[{"properties":{"k":{"type":"string","enum":["z"]}}}]}}}`), &bad)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(readabilityProblems(bad), "\n")
	for _, want := range []string{"root: no title", "$defs/A: title <nil>", "$defs/A: no description",
		"$defs/A/properties/y: no description", "/$defs/A/properties/x: $ref with siblings", "Go doc link in \"[vocab.Source]\"",
		"long pattern repeated", "/$defs/E/allOf/0/properties/k: enum without a description"} {
		if !strings.Contains(got, want) {
			t.Errorf("no problem %q in:\n%s", want, got)
		}
	}
}
