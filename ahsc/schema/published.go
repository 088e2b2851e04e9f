package schema

import (
	"bytes"
	"embed"
	"encoding/json"
	"slices"
	"sync"

	"github.com/invopop/jsonschema"
)

// published holds the committed schemas; go test ./ahsc/schema -update
// regenerates them.
//
//go:embed json/*.schema.json
var published embed.FS

// commentsJSON holds the doc comments of the Go types the schemas describe,
// keyed "pkgpath.Type" and "pkgpath.Type.Field", as plain text. The schemas
// built at run time take their descriptions from it, since an installed
// program has no Go source to read; go test ./ahsc/schema -update extracts
// it afresh from the source, and a test fails when it is stale.
//
//go:embed comments.json
var commentsJSON []byte

const commentsFile = "comments.json"

// JSON returns the published schema named name ("centre", "governance",
// "portfolio", "ledger", "policy", "scenario", "problem"), as committed in
// json/<name>.schema.json, or nil for an unknown name. It equals [Marshal]
// of the schema built at run time ([Documents]).
func JSON(name string) []byte {
	b, err := published.ReadFile("json/" + name + ".schema.json")
	if err != nil {
		return nil
	}
	return b
}

// Marshal returns s as indented JSON with a final newline, the form of the
// published files.
func Marshal(s *jsonschema.Schema) ([]byte, error) {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// embeddedComments returns the doc comments the published schemas were
// generated with, keyed like invopop's CommentMap. The map is shared and
// must not be modified.
var embeddedComments = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	_ = json.Unmarshal(commentsJSON, &m) // a broken file only loses descriptions; the drift test reports it
	return m
})

// marshalComments returns m as the sorted, indented JSON of comments.json.
func marshalComments(m map[string]string) []byte {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b bytes.Buffer
	b.WriteString("{\n")
	for i, k := range keys {
		kb, _ := json.Marshal(k)
		vb, _ := json.Marshal(m[k])
		b.WriteString("  ")
		b.Write(kb)
		b.WriteString(": ")
		b.Write(vb)
		if i < len(keys)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("}\n")
	return b.Bytes()
}
