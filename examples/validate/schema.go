package main

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	sjs "github.com/santhosh-tekuri/jsonschema/v6"
	skind "github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/ahsckit/ahsckit/ahsc/schema"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// noNetwork is the compiler's loader: every schema the validator uses is
// embedded in package schema and registered under its $id, and the
// draft 2020-12 metaschema is built into santhosh-tekuri/jsonschema, so
// nothing is ever fetched; a reference to anything else is an error.
type noNetwork struct{}

func (noNetwork) Load(url string) (any, error) {
	return nil, errors.New("not loaded: the validator reads only the schemas embedded in ahsc/schema")
}

// compiled holds each kind's compiled schema, by kind name.
var compiled = sync.OnceValues(func() (map[string]*sjs.Schema, error) {
	c := sjs.NewCompiler()
	c.DefaultDraft(sjs.Draft2020)
	c.AssertFormat()
	c.UseLoader(noNetwork{})
	ids := map[string]string{}
	for _, k := range kinds {
		raw := schema.JSON(k.name)
		if raw == nil {
			return nil, fmt.Errorf("no published schema %q", k.name)
		}
		doc, err := sjs.UnmarshalJSON(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("schema %s: %w", k.name, err)
		}
		id, _ := doc.(map[string]any)["$id"].(string)
		if id == "" {
			return nil, fmt.Errorf("schema %s has no $id", k.name)
		}
		if err := c.AddResource(id, doc); err != nil {
			return nil, err
		}
		ids[k.name] = id
	}
	out := map[string]*sjs.Schema{}
	for name, id := range ids {
		s, err := c.Compile(id)
		if err != nil {
			return nil, fmt.Errorf("schema %s: %w", name, err)
		}
		out[name] = s
	}
	return out, nil
})

var printer = message.NewPrinter(language.English)

// schemaProblems validates data against the published schema of kind
// name and returns one problem per failing leaf of the schema's error
// tree, without positions (the caller locates them). A missing required
// member is reported at the member's pointer, an unexpected one at its
// own; other errors at the value that fails. It returns nil for data the
// schema accepts and for data that is not JSON (decoding reports that).
func schemaProblems(name string, data []byte) (vocab.Problems, error) {
	schemas, err := compiled()
	if err != nil {
		return nil, err
	}
	inst, err := sjs.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return nil, nil
	}
	err = schemas[name].Validate(inst)
	var ve *sjs.ValidationError
	if err == nil || !errors.As(err, &ve) {
		return nil, err
	}
	var ps vocab.Problems
	var leaves func(e *sjs.ValidationError)
	leaves = func(e *sjs.ValidationError) {
		if len(e.Causes) > 0 {
			for _, c := range e.Causes {
				leaves(c)
			}
			return
		}
		ps = append(ps, leafProblems(inst, e)...)
	}
	leaves(ve)
	return ps, nil
}

// leafProblems turns one leaf error into problems at JSON Pointers.
func leafProblems(inst any, e *sjs.ValidationError) vocab.Problems {
	at := pathOf(inst, e.InstanceLocation)
	where := " (schema " + keywordLocation(e) + ")"
	switch k := e.ErrorKind.(type) {
	case *skind.Required:
		var ps vocab.Problems
		for _, m := range k.Missing {
			ps = append(ps, vocab.Required(at.Child(m), "schema: missing property "+strconv.Quote(m)+where))
		}
		return ps
	case *skind.AdditionalProperties:
		var ps vocab.Problems
		for _, m := range k.Properties {
			ps = append(ps, &vocab.Problem{Path: at.Child(m), Type: vocab.ErrUnknownField, Severity: vocab.SeverityError,
				Detail: "schema: property " + strconv.Quote(m) + " not allowed" + where})
		}
		return ps
	}
	p := &vocab.Problem{Path: at, Severity: vocab.SeverityError, Type: vocab.ErrInvalid,
		Detail: "schema: " + e.ErrorKind.LocalizedString(printer) + where}
	switch k := e.ErrorKind.(type) {
	case *skind.Type:
		p.Type = vocab.ErrTypeInvalid
	case *skind.Enum:
		p.Type, p.Value = vocab.ErrNotSupported, display(k.Got)
		for _, w := range k.Want {
			p.Allowed = append(p.Allowed, display(w))
		}
	case *skind.Const:
		p.Type, p.Value = vocab.ErrNotSupported, display(k.Got)
		p.Allowed = []string{display(k.Want)}
	case *skind.Minimum, *skind.Maximum, *skind.ExclusiveMinimum, *skind.ExclusiveMaximum,
		*skind.MinItems, *skind.MaxItems, *skind.MinLength, *skind.MaxLength, *skind.MinProperties, *skind.MaxProperties:
		p.Type = vocab.ErrOutOfRange
	case *skind.FalseSchema:
		p.Type = vocab.ErrForbidden
	}
	return vocab.Problems{p}
}

// keywordLocation names the failing keyword as the schema file and a
// pointer into it: "ledger.schema.json#/$defs/FundingMoney/properties/minor/maximum".
func keywordLocation(e *sjs.ValidationError) string {
	loc := strings.TrimPrefix(e.SchemaURL, schema.BaseID+"/")
	if kp := e.ErrorKind.KeywordPath(); len(kp) > 0 {
		if !strings.Contains(loc, "#") {
			loc += "#"
		}
		for _, t := range kp {
			loc += "/" + strings.NewReplacer("~", "~0", "/", "~1").Replace(t)
		}
	}
	return loc
}

// pathOf turns an instance location into a vocab.Path, using the instance
// to tell array indexes from member names.
func pathOf(inst any, tokens []string) *vocab.Path {
	var p *vocab.Path
	node := inst
	for _, t := range tokens {
		switch n := node.(type) {
		case []any:
			i, err := strconv.Atoi(t)
			if err == nil && i >= 0 && i < len(n) {
				p, node = p.Index(i), n[i]
				continue
			}
		case map[string]any:
			node = n[t]
		default:
			node = nil
		}
		p = p.Child(t)
	}
	return p
}

// display renders a JSON value from the instance or the schema briefly.
func display(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case nil:
		return "null"
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return "object with " + quoted(keys)
	case []any:
		return "array of " + strconv.Itoa(len(v))
	}
	return fmt.Sprint(v)
}
