package schema

import (
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	sjs "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// boundCandidates returns the values on and around the bounds a field's
// jsonschema tag states (integers for an integer field, whole-number
// ratio text for a ratio field), "" for a required plain string and an
// empty list for a list that must not be empty; nil when there are none.
func boundCandidates(goType reflect.Type, tag string, optional bool) []any {
	kw := tagKeywords(tag)
	if goType.Kind() == reflect.String && mapType(goType) == nil && !optional && !hasKey(kw, "id") {
		return []any{""}
	}
	if goType.Kind() == reflect.Slice && optional && hasKey(kw, "required") {
		return []any{[]any{}}
	}
	var edges []int64
	for _, k := range []string{"minimum", "exclusiveMinimum", "maximum"} {
		if v, ok := kw[k]; ok {
			n, err := strconv.ParseInt(v, 10, 64)
			if err == nil {
				edges = append(edges, n-1, n, n+1)
			}
		}
	}
	if len(edges) == 0 {
		return nil
	}
	slices.Sort(edges)
	edges = slices.Compact(edges)
	var out []any
	for _, n := range edges {
		switch {
		case goType == ratioType:
			out = append(out, strconv.FormatInt(n, 10))
		case goType.Kind() >= reflect.Int && goType.Kind() <= reflect.Int64:
			out = append(out, json.Number(strconv.FormatInt(n, 10)))
		}
	}
	return out
}

// crossFieldBounds are fields whose range Go also checks against another
// field (so a value within the tag's bounds may still be refused there):
// the Go-only rule named.
var crossFieldBounds = map[string]string{
	"/queue/initial":               "scenario-limits", // at most the capacity
	"/weeks":                       "scenario-limits", // the last week ends before 31 March 9999
	"/pathways/performance/within": "sums",            // at most the total
}

// The bounds in the struct tags are the Go validation's: on every bounded
// integer and ratio field of the valid corpus documents, the values just
// below, on and just above each bound are refused at that field by the
// schema exactly when Go refuses them there. A tag that drifts from the Go
// constant it copies (MaxWeight, FirstDesignationRound...) fails here. So
// do the rules derived from json options: an empty required plain string
// and an empty list that must have items.
func TestTagBoundsMatchGo(t *testing.T) {
	schemas := map[string]*sjs.Schema{}
	for name, raw := range generate(t).schemas {
		schemas[name] = compile(t, raw)
	}
	goTypes := map[string]reflect.Type{}
	for _, d := range documents {
		goTypes[d.name] = d.goType
	}
	checked := map[string]bool{} // "schema genericPointer" reached
	for _, d := range buildCorpus(t) {
		if !d.entry.Valid {
			continue
		}
		tree, err := decodeTree(d.raw)
		if err != nil {
			t.Fatal(err)
		}
		var sites []site
		collectSites(goTypes[d.entry.Schema], tree, nil, &sites)
		for _, s := range sites {
			candidates := boundCandidates(s.goType, s.tag, s.optional)
			if len(candidates) == 0 {
				continue
			}
			ptr := pointerOf(s.ptr)
			where := d.entry.Schema + " " + genericPointer(ptr)
			if checked[where] {
				continue // each field once per document kind and place
			}
			checked[where] = true
			for _, v := range candidates {
				raw := applyEdits(t, tree, []edit{set(ptr, v)})
				gp := goProblems(d.entry.Schema, raw)
				goRefuses := slices.ContainsFunc(gp, func(p *vocab.Problem) bool {
					return p.Pointer() == ptr || strings.HasPrefix(p.Pointer(), ptr+"/")
				})
				sp, err := schemaPointers(schemas[d.entry.Schema], raw)
				if err != nil {
					t.Fatal(err)
				}
				schemaRefuses := slices.Contains(sp, ptr)
				if goRefuses == schemaRefuses {
					continue
				}
				if goRefuses && slices.ContainsFunc(sortedKeys(crossFieldBounds), func(k string) bool {
					return strings.HasSuffix(genericPointer(ptr), k)
				}) {
					continue
				}
				t.Errorf("%s %s = %v (tag %q): Go refuses %v, the schema %v", d.entry.File, ptr, v, s.tag, goRefuses, schemaRefuses)
			}
		}
	}
	if len(checked) < 10 {
		t.Errorf("only %d bounded fields reached: %v", len(checked), checked)
	}
}

// genericPointer drops array indexes: "/pipeline/stages/3/initial" becomes
// "/pipeline/stages/initial".
func genericPointer(ptr string) string {
	var parts []string
	for _, p := range strings.Split(ptr, "/") {
		if _, err := strconv.Atoi(p); err != nil {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "/")
}
