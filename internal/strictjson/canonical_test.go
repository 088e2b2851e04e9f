package strictjson_test

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/internal/strictjson"
)

func TestCanonical(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"compact and sorted", `{ "b": 1, "a": [true, null, false] }`, `{"a":[true,null,false],"b":1}`},
		// Repeated ids (an invalid document) sort by canonical bytes, so
		// even their order does not change the bytes.
		{"identified elements sorted by id", `[{"id":"b","n":1},{"id":"a"},{"id":"b","n":0}]`, `[{"id":"a"},{"id":"b","n":0},{"id":"b","n":1}]`},
		{"mixed arrays keep order", `[{"id":"b"},{"name":"a"}]`, `[{"id":"b"},{"name":"a"}]`},
		{"non-string ids keep order", `[{"id":2},{"id":1}]`, `[{"id":2},{"id":1}]`},
		{"nested", `{"z":{"seats":[{"id":"y"},{"id":"x"}]},"a":0}`, `{"a":0,"z":{"seats":[{"id":"x"},{"id":"y"}]}}`},
		// RFC 8785 §3.2.3 sorts keys by UTF-16 code units: U+FB33 sorts after U+1F600's high surrogate D83D.
		{"UTF-16 key order", `{"\ufb33":1,"😀":2,"é":3,"a":4}`, `{"a":4,"é":3,"😀":2,"דּ":1}`},
		{"JCS string escapes", `["\u0007\u001f\n\"\\/<>&\u2028"]`, `["\u0007\u001f\n\"\\/<>&` + "\u2028" + `"]`},
		{"integers verbatim", `[-0,0,123456789012345678901234567890]`, `[0,0,123456789012345678901234567890]`},
		{"ECMAScript numbers", `[1.0,1e3,2.50,1e21,1.5e-7,0.000001,-0.0,1E+2]`, `[1,1000,2.5,1e+21,1.5e-7,0.000001,0,100]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := strictjson.Canonical(json.RawMessage(tt.in))
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}

func TestCanonicalOfGoValues(t *testing.T) {
	type seat struct {
		Name string `json:"name"`
		ID   string `json:"id"`
	}
	v := map[string]any{"seats": []seat{{"Chair", "c"}, {"Bursar", "b"}}, "html": "<a&b>"}
	got, err := strictjson.Canonical(v)
	require.NoError(t, err)
	assert.Equal(t, `{"html":"<a&b>","seats":[{"id":"b","name":"Bursar"},{"id":"c","name":"Chair"}]}`, string(got))
}

func TestCanonicalErrors(t *testing.T) {
	_, err := strictjson.Canonical(math.NaN())
	assert.Error(t, err)
	_, err = strictjson.Canonical(json.RawMessage(`1e400`))
	assert.ErrorContains(t, err, "does not fit in float64")
}

func TestEncode(t *testing.T) {
	type inner struct {
		Z int `json:"z"`
		A int `json:"a"`
	}
	var buf bytes.Buffer
	require.NoError(t, strictjson.Encode(&buf, struct {
		Name  string  `json:"name"`
		Items []inner `json:"items"`
	}{"<King's & Co>", []inner{{1, 2}}}))
	assert.Equal(t, "{\n  \"name\": \"<King's & Co>\",\n  \"items\": [\n    {\n      \"z\": 1,\n      \"a\": 2\n    }\n  ]\n}\n", buf.String())
	assert.Error(t, strictjson.Encode(&buf, make(chan int)))
}

// Arrays at a set pattern sort by their elements' canonical bytes, nested
// sets included; other arrays keep their order.
func TestCanonicalSets(t *testing.T) {
	in := `{"awards":[{"id":"b","funders":[{"funder":"y","share":"1/2"},{"funder":"x","share":"1/2"}],"terms":[3,1]},
		{"id":"a","funders":[],"terms":[2,1]}],"names":["z","a",{"k":["q","p"]}],"order":["z","a"]}`
	var v any
	require.NoError(t, json.Unmarshal([]byte(in), &v))
	got, err := strictjson.Canonical(v, "/awards/*/funders", "/names", "/names/*/k")
	require.NoError(t, err)
	assert.Equal(t, `{"awards":[{"funders":[],"id":"a","terms":[2,1]},{"funders":[{"funder":"x","share":"1/2"},{"funder":"y","share":"1/2"}],"id":"b","terms":[3,1]}],`+
		`"names":["a","z",{"k":["p","q"]}],"order":["z","a"]}`, string(got))
}
