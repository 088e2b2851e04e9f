package strictjson_test

import (
	"bytes"
	"encoding/json"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// cmpOpts compare Docs: raw JSON by its compact form (Encode indents it),
// unexported fields ignored.
var cmpOpts = []cmp.Option{
	cmp.Comparer(func(a, b json.RawMessage) bool { return bytes.Equal(compact(a), compact(b)) }),
	cmpopts.IgnoreUnexported(Doc{}),
}

func compact(b []byte) []byte {
	var buf bytes.Buffer
	if err := json.Compact(&buf, b); err != nil {
		return b
	}
	return buf.Bytes()
}
