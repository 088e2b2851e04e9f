package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/network"
	"github.com/ahsckit/ahsckit/ahsc/schema"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/programme"
)

// kind is one document the validator checks: its name, which is also the
// name of its published schema (schema.JSON), and its Go decoder.
type kind struct {
	name  string
	check func(data []byte, opts vocab.DecodeOptions) (vocab.Problems, error)
}

// kinds are the documents the validator knows, in the order -kind lists
// them. Adding a document is one entry: its schema name and its strict
// decoder; detection by top-level keys follows from the schema.
var kinds = []kind{
	{"centre", goCheck(ahsc.Decode)},
	{"governance", goCheck(governance.Decode)},
	{"portfolio", goCheck(programme.Decode)},
	{"ledger", goCheck(funding.DecodeLedger)},
	{"policy", goCheck(func(r io.Reader, o vocab.DecodeOptions) (*funding.Policy, vocab.Problems, error) {
		return funding.DecodePolicy(r, o)
	})},
	{"scenario", goCheck(scenario.Decode)},
	{"network", goCheck(network.Decode)},
}

// goCheck adapts a public decoder: it returns every problem decoding and
// validation found (warnings too), or an error that is not about the
// document.
func goCheck[T any](decode func(io.Reader, vocab.DecodeOptions) (*T, vocab.Problems, error)) func([]byte, vocab.DecodeOptions) (vocab.Problems, error) {
	return func(data []byte, opts vocab.DecodeOptions) (vocab.Problems, error) {
		_, ps, err := decode(bytes.NewReader(data), opts)
		if err != nil && len(ps) == 0 {
			return nil, err
		}
		return ps, nil
	}
}

func kindNames() []string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = k.name
	}
	return names
}

func kindNamed(name string) (kind, bool) {
	i := slices.IndexFunc(kinds, func(k kind) bool { return k.name == name })
	if i < 0 {
		return kind{}, false
	}
	return kinds[i], true
}

// rootProperties returns the top-level members the published schema of
// each kind allows, by kind name.
var rootProperties = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for _, k := range kinds {
		var s struct {
			Ref        string                     `json:"$ref"`
			Properties map[string]json.RawMessage `json:"properties"`
			Defs       map[string]struct {
				Properties map[string]json.RawMessage `json:"properties"`
			} `json:"$defs"`
		}
		if err := json.Unmarshal(schema.JSON(k.name), &s); err != nil {
			continue // TestEveryKindHasASchema reports it
		}
		props := s.Properties
		if name, ok := strings.CutPrefix(s.Ref, "#/$defs/"); ok {
			props = s.Defs[name].Properties
		}
		for p := range props {
			out[k.name] = append(out[k.name], p)
		}
		slices.Sort(out[k.name])
	}
	return out
})

// distinctiveKeys returns, by kind name, the top-level members only that
// kind's schema allows ("partners" for the centre, "rules" for the
// policy): the keys detection goes by.
var distinctiveKeys = sync.OnceValue(func() map[string][]string {
	props := rootProperties()
	count := map[string]int{}
	for _, ps := range props {
		for _, p := range ps {
			count[p]++
		}
	}
	out := map[string][]string{}
	for name, ps := range props {
		for _, p := range ps {
			if count[p] == 1 {
				out[name] = append(out[name], p)
			}
		}
	}
	return out
})

// detect returns the kind of the document data by its top-level keys: the
// one kind whose distinctive keys (see distinctiveKeys) it uses. It fails
// when the input is not a JSON object, or when no kind or more than one
// fits. Input that is not JSON gives its syntax problems instead (from a
// strict decoder, with positions), for the caller to report.
func detect(data []byte, opts vocab.DecodeOptions) (kind, vocab.Problems, error) {
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return kind{}, syntaxProblems(data, opts, err), nil
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return kind{}, nil, fmt.Errorf("the document is a JSON %s, not an object; pass -kind to check it as one of %s",
			jsonType(v), strings.Join(kindNames(), ", "))
	}
	keys := make([]string, 0, len(obj))
	for key := range obj {
		keys = append(keys, key)
	}
	slices.Sort(keys)
	var fits []kind
	for _, k := range kinds {
		if slices.ContainsFunc(distinctiveKeys()[k.name], func(d string) bool { return slices.Contains(keys, d) }) {
			fits = append(fits, k)
		}
	}
	switch len(fits) {
	case 1:
		return fits[0], nil, nil
	case 0:
		return kind{}, nil, fmt.Errorf("cannot tell the document's kind from its top-level keys (%s); pass -kind, one of %s",
			quoted(keys), strings.Join(kindNames(), ", "))
	}
	names := make([]string, len(fits))
	for i, k := range fits {
		names[i] = k.name
	}
	return kind{}, nil, fmt.Errorf("the top-level keys (%s) fit more than one kind (%s); pass -kind", quoted(keys), strings.Join(names, ", "))
}

// syntaxProblems returns the syntax problems of data, which is not JSON:
// those any strict decoder reports (the same whatever the kind), or else
// one problem from encoding/json's error.
func syntaxProblems(data []byte, opts vocab.DecodeOptions, err error) vocab.Problems {
	ps, _ := kinds[0].check(data, opts)
	var out vocab.Problems
	for _, p := range ps {
		if p.Type == vocab.ErrSyntax || p.Type == vocab.ErrOutOfRange && p.Path == nil {
			out = append(out, p)
		}
	}
	if len(out) > 0 {
		return out
	}
	p := &vocab.Problem{Type: vocab.ErrSyntax, Severity: vocab.SeverityError, Detail: err.Error()}
	if se, ok := err.(*json.SyntaxError); ok {
		p.Position = position(data, int(se.Offset))
	}
	return vocab.Problems{p}
}

func jsonType(v any) string {
	switch v.(type) {
	case []any:
		return "array"
	case string:
		return "string"
	case bool:
		return "boolean"
	case nil:
		return "null"
	}
	return "number"
}

func quoted(keys []string) string {
	if len(keys) == 0 {
		return "none"
	}
	q := make([]string, len(keys))
	for i, k := range keys {
		q[i] = `"` + k + `"`
	}
	return strings.Join(q, ", ")
}
