package strictjson

import (
	"encoding/json"
	"io"
)

// Encode writes v as JSON indented by two spaces, in the caller's order
// (struct field order, slice order; map keys sorted as encoding/json does),
// without HTML escaping and terminated by a newline. The output is
// deterministic.
func Encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
