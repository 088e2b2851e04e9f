package strictjson_test

import (
	"bytes"
	"encoding/json"
	"reflect"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// cmpOpts compare Docs: raw JSON by meaning (Encode indents it, permuting
// reorders it), unexported fields ignored.
var cmpOpts = []cmp.Option{
	cmp.Comparer(func(a, b json.RawMessage) bool { return sameJSON(a, b) }),
	cmpopts.IgnoreUnexported(Doc{}),
}

// roundTripOpts also equate nil and empty slices and maps, which omitempty
// does not distinguish.
var roundTripOpts = append([]cmp.Option{cmp.FilterValues(func(x, _ any) bool {
	_, raw := x.(json.RawMessage)
	return !raw
}, cmpopts.EquateEmpty())}, cmpOpts...)

func sameJSON(a, b []byte) bool {
	if len(a) == 0 || len(b) == 0 {
		return len(a) == len(b)
	}
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return bytes.Equal(compact(a), compact(b)) // e.g. numbers beyond float64
	}
	return reflect.DeepEqual(x, y)
}

func compact(b []byte) []byte {
	var buf bytes.Buffer
	if err := json.Compact(&buf, b); err != nil {
		return b
	}
	return buf.Bytes()
}
