package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// TestGoRefusesWhatTheSchemaRefuses: on one valid corpus document of each
// kind, every member and item (the first two of a list) replaced by null,
// by 2^53+1, by a value of another JSON type, by the empty string (text)
// or by an empty object (objects) is
// refused by Go whenever the schema refuses it.
func TestGoRefusesWhatTheSchemaRefuses(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes each document once per mutation")
	}
	seen := map[string]bool{}
	checked := 0
	for _, e := range manifest(t) {
		if !e.Valid || seen[e.Schema] || !strings.Contains(e.File, "-0.json") {
			continue
		}
		seen[e.Schema] = true
		raw, err := os.ReadFile(filepath.Join(corpus, e.File))
		if err != nil {
			t.Fatal(err)
		}
		var tree any
		if err := json.Unmarshal(raw, &tree); err != nil {
			t.Fatal(err)
		}
		k, _ := kindNamed(e.Schema)
		var walk func(n any, ptr []string)
		walk = func(n any, ptr []string) {
			if len(ptr) > 0 {
				for _, m := range mutationsOf(n) {
					doc, err := json.Marshal(replaced(tree, ptr, m))
					if err != nil {
						t.Fatal(err)
					}
					goPs, err := k.check(doc, vocab.DecodeOptions{})
					if err != nil {
						t.Fatal(err)
					}
					schemaPs, err := schemaProblems(k.name, doc)
					if err != nil {
						t.Fatal(err)
					}
					checked++
					if goPs.HasErrors() || len(schemaPs) == 0 {
						continue
					}
					t.Errorf("%s: /%s = %#v: Go accepts, the schema refuses: %v", e.File, strings.Join(ptr, "/"), m, schemaPs[0])
				}
			}
			switch n := n.(type) {
			case map[string]any:
				for key, v := range n {
					walk(v, append(append([]string(nil), ptr...), key))
				}
			case []any:
				for i, v := range n[:min(len(n), 2)] {
					walk(v, append(append([]string(nil), ptr...), strconv.Itoa(i)))
				}
			}
		}
		walk(tree, nil)
	}
	if len(seen) != len(kinds) {
		t.Errorf("checked documents of %d kinds, want all %d", len(seen), len(kinds))
	}
	t.Logf("%d mutated documents", checked)
}

// mutationsOf returns the values that replace n: null, 2^53+1, a value of
// another JSON type and, for text, the empty string, for an object, {}.
func mutationsOf(n any) []any {
	out := []any{nil, json.Number("9007199254740993")}
	switch n.(type) {
	case string:
		out = append(out, 1, "")
	case float64:
		out = append(out, "1")
	case map[string]any:
		out = append(out, "x", map[string]any{})
	default:
		out = append(out, "x")
	}
	return out
}

// replaced returns a copy of tree with the value at ptr replaced by v.
func replaced(tree any, ptr []string, v any) any {
	if len(ptr) == 0 {
		return v
	}
	switch n := tree.(type) {
	case map[string]any:
		c := make(map[string]any, len(n))
		for k, x := range n {
			c[k] = x
		}
		c[ptr[0]] = replaced(n[ptr[0]], ptr[1:], v)
		return c
	case []any:
		c := append([]any(nil), n...)
		i, _ := strconv.Atoi(ptr[0])
		c[i] = replaced(n[i], ptr[1:], v)
		return c
	}
	return tree
}
