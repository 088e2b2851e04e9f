package schema

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/ahsctest"
	"github.com/ahsckit/ahsckit/ahsc/network"
	"github.com/ahsckit/ahsckit/ahsc/network/networktest"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/sim/simtest"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/funding/fundingtest"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/governance/governancetest"
	"github.com/ahsckit/ahsckit/programme"
	"github.com/ahsckit/ahsckit/programme/programmetest"
)

// validInstances draws valid documents of each published kind from the
// domain packages' valid-by-construction generators.
var validInstances = map[string]*rapid.Generator[any]{
	"centre":     rapid.Map(ahsctest.Centre(), func(c *ahsc.Centre) any { return c }),
	"governance": rapid.Map(governancetest.Document(), func(d *governance.Document) any { return d }),
	"portfolio":  rapid.Map(programmetest.Portfolio(), func(p *programme.Portfolio) any { return p }),
	"ledger":     rapid.Map(fundingtest.Ledger(), func(l *funding.Ledger) any { return l }),
	"policy":     rapid.Map(fundingtest.Policy(), func(p *funding.Policy) any { return p }),
	"scenario":   rapid.Map(simtest.Scenario(), func(s *scenario.Scenario) any { return s }),
	"network":    rapid.Map(networktest.Network(), func(n *network.Network) any { return n }),
}

// instance is an encoded document with its decoded JSON and the Go type
// behind every JSON location.
type instance struct {
	raw   []byte
	tree  any
	sites []site
}

// site is one location in an instance and the Go type encoded there.
type site struct {
	ptr    []string // JSON Pointer tokens
	goType reflect.Type
	tag    string // the jsonschema tag of the struct field encoded here, if any
	// optional: the struct field encoded here is omitempty or omitzero.
	optional bool
}

func encode(t *rapid.T, v any) instance {
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var tree any
	if err := dec.Decode(&tree); err != nil {
		t.Fatal(err)
	}
	in := instance{raw: raw, tree: tree}
	collectSites(reflect.TypeOf(v), tree, nil, &in.sites)
	return in
}

// collectSites records every location of v, the JSON encoding of a value
// of type t, with the Go type encoded there.
func collectSites(t reflect.Type, v any, ptr []string, out *[]site) {
	collectSitesTagged(t, v, ptr, jsonField{}, out)
}

func collectSitesTagged(t reflect.Type, v any, ptr []string, f jsonField, out *[]site) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	*out = append(*out, site{ptr: slices.Clone(ptr), goType: t, tag: f.tag, optional: f.optional})
	if mapType(t) != nil {
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		obj, _ := v.(map[string]any)
		for _, f := range jsonFields(t) {
			if fv, ok := obj[f.name]; ok {
				collectSitesTagged(f.goType, fv, append(ptr, f.name), f, out)
			}
		}
	case reflect.Slice, reflect.Array:
		arr, _ := v.([]any)
		for i, e := range arr {
			collectSites(itemType(t, e), e, append(ptr, strconv.Itoa(i)), out)
		}
	case reflect.Map:
		obj, _ := v.(map[string]any)
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			collectSites(t.Elem(), obj[k], append(ptr, k), out)
		}
	}
}

// itemType returns the Go type of item e of list type t: the element type,
// or for a tagged union the variant e's discriminator names.
func itemType(t reflect.Type, e any) reflect.Type {
	for _, u := range taggedUnions {
		obj, _ := e.(map[string]any)
		if u.list != t || obj == nil {
			continue
		}
		for _, v := range u.variants() {
			if v.tag == obj[u.key] {
				return v.goType
			}
		}
	}
	return t.Elem()
}

type jsonField struct {
	name   string
	goType reflect.Type
	tag    string // jsonschema tag
	// optional: omitempty or omitzero
	optional bool
}

// jsonFields lists the JSON members of struct type t as encoding/json
// names them, flattening untagged embedded structs.
func jsonFields(t reflect.Type) []jsonField {
	var out []jsonField
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" || !f.IsExported() && !f.Anonymous {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		ft := f.Type
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if f.Anonymous && name == "" && ft.Kind() == reflect.Struct {
			out = append(out, jsonFields(ft)...)
			continue
		}
		if name == "" {
			name = f.Name
		}
		_, opts, _ := strings.Cut(tag, ",")
		o := strings.Split(opts, ",")
		out = append(out, jsonField{name, f.Type, f.Tag.Get("jsonschema"), slices.Contains(o, "omitempty") || slices.Contains(o, "omitzero")})
	}
	return out
}

// with returns a copy of the tree with the value at ptr replaced by
// change(old value).
func with(tree any, ptr []string, change func(any) any) any {
	if len(ptr) == 0 {
		return change(tree)
	}
	switch n := tree.(type) {
	case map[string]any:
		c := make(map[string]any, len(n))
		for k, v := range n {
			c[k] = v
		}
		c[ptr[0]] = with(n[ptr[0]], ptr[1:], change)
		return c
	case []any:
		c := slices.Clone(n)
		i, _ := strconv.Atoi(ptr[0])
		c[i] = with(n[i], ptr[1:], change)
		return c
	}
	return tree
}

func mustJSON(t *rapid.T, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// forEachDocument runs a property for every published document with its
// compiled schema and generator of valid instances.
func forEachDocument(t *testing.T, prop func(t *rapid.T, name string, in instance, sch func([]byte) error)) {
	for _, d := range Documents() {
		if d.Name == problemName {
			continue // not a document; TestProblemSchema
		}
		t.Run(d.Name, func(t *testing.T) {
			gen, ok := validInstances[d.Name]
			if !ok {
				t.Fatalf("no instances for %s", d.Name)
			}
			sch := compile(t, JSON(d.Name))
			rapid.Check(t, func(t *rapid.T) {
				prop(t, d.Name, encode(t, gen.Draw(t, "doc")), func(b []byte) error { return validate(sch, b) })
			})
		})
	}
}

// TestValidDocumentsMatchSchema: what the Go encoder writes for a valid
// document, the published schema accepts.
func TestValidDocumentsMatchSchema(t *testing.T) {
	forEachDocument(t, func(t *rapid.T, name string, in instance, check func([]byte) error) {
		if err := check(in.raw); err != nil {
			t.Fatalf("%s rejects a valid document: %v\n%s", name, err, in.raw)
		}
	})
}

// TestUnknownFieldsFailSchema: a member the Go types do not have, added to
// any object that encodes a struct, fails the schema.
func TestUnknownFieldsFailSchema(t *testing.T) {
	forEachDocument(t, func(t *rapid.T, name string, in instance, check func([]byte) error) {
		var objects []site
		for _, s := range in.sites {
			if s.goType.Kind() == reflect.Struct && mapType(s.goType) == nil {
				objects = append(objects, s)
			}
		}
		s := rapid.SampledFrom(objects).Draw(t, "object")
		bad := with(in.tree, s.ptr, func(v any) any {
			obj, _ := v.(map[string]any)
			c := map[string]any{"zzNotAField": true}
			for k, x := range obj {
				c[k] = x
			}
			return c
		})
		if err := check(mustJSON(t, bad)); err == nil {
			t.Fatalf("%s accepts an unknown member at /%s", name, strings.Join(s.ptr, "/"))
		}
	})
}

// TestBadTextValuesFailSchema: replacing any constrained text value (a
// date, period, ratio, version, ID or enum code) with text none of them
// allow fails the schema; so does a malformed date or an unknown enum code.
func TestBadTextValuesFailSchema(t *testing.T) {
	forEachDocument(t, func(t *rapid.T, name string, in instance, check func([]byte) error) {
		var texts []site
		for _, s := range in.sites {
			if m := mapType(s.goType); m != nil && m.Type == "string" && (m.Pattern != "" || len(m.Enum) > 0) {
				texts = append(texts, s)
			}
		}
		if len(texts) == 0 {
			t.Skip("no constrained text in this document")
		}
		s := rapid.SampledFrom(texts).Draw(t, "text")
		replacement := rapid.SampledFrom([]string{"not valid!", "", "2023-02-29", "Kcl", "1.0.0"}).Draw(t, "replacement")
		bad := with(in.tree, s.ptr, func(any) any { return replacement })
		err := check(mustJSON(t, bad))
		// A replacement the site's own Go parser accepts is no mutation.
		if decodeErr := json.Unmarshal(mustJSON(t, replacement), reflect.New(s.goType).Interface()); decodeErr == nil && goAccepts(s.goType, replacement) {
			return
		}
		if err == nil {
			t.Fatalf("%s accepts %q at /%s (a %v)", name, replacement, strings.Join(s.ptr, "/"), s.goType)
		}
	})
}

// goAccepts reports whether text is a valid value of text type t by the
// rules the schema mirrors: the vocab parsers, IDPattern and enum values.
func goAccepts(t reflect.Type, text string) bool {
	switch v := reflect.Zero(t).Interface().(type) {
	case idKinder:
		return vocab.ValidID(text)
	case enumValuer:
		return slices.Contains(v.EnumValues(), text)
	case vocab.Version:
		_, err := vocab.ParseVersion(text)
		return err == nil
	}
	return true // Date, Period, Ratio, FinancialYear: their UnmarshalText decides
}

// TestPolicyRulesAreTaggedUnion: each rule is exactly one built-in rule's
// fields plus its "kind".
func TestPolicyRulesAreTaggedUnion(t *testing.T) {
	sch := compile(t, JSON("policy"))
	encoded, err := json.Marshal(&funding.Policy{Version: vocab.CurrentVersion,
		Rules: funding.Rules{funding.RingFence{Cap: vocab.MustRatio(1, 20)}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := validate(sch, encoded); err != nil {
		t.Errorf("rejects %s: %v", encoded, err)
	}
	for rule, valid := range map[string]bool{
		`{"kind":"ring-fence","cap":"1/20"}`:            true,
		`{"kind":"ring-fence","cap":"1/20","bogus":1}`:  false,
		`{"kind":"ring-fence"}`:                         false,
		`{"kind":"no-such-rule","cap":"1/20"}`:          false,
		`{"cap":"1/20"}`:                                false,
		`{"kind":"funder-concentration-cap","cap":"1"}`: true,
	} {
		doc := []byte(`{"version":"1.0","rules":[` + rule + `]}`)
		if err := validate(sch, doc); (err == nil) != valid {
			t.Errorf("%s: valid %v, schema error %v", rule, valid, err)
		}
	}
}
