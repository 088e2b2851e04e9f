package strictjson_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

type Inner1 struct {
	A int `json:"a"`
	B int
	C int `json:"c"`
}

type Inner2 struct {
	A int `json:"a"`
	B int `json:"B"`
	D int
}

type Deep struct{ Inner1 }

type promoted struct {
	E int `json:"e"`
}

type hiddenPtr struct {
	F int `json:"f"`
}

// Conflicts exercises encoding/json's field precedence: "a" is promoted
// twice at the same depth with tags (dropped), "B" tagged beats "B"
// untagged, "C" and "c" differ in case, a tagged embedded struct is a plain
// field, and an unexported embedded struct still promotes its fields.
type Conflicts struct {
	Inner1
	*Inner2
	C    int
	Deep `json:"deep"`
	promoted
}

func TestFieldPrecedenceMatchesEncodingJSON(t *testing.T) {
	full := Conflicts{Inner1: Inner1{A: 1, B: 2, C: 3}, Inner2: &Inner2{A: 4, B: 5, D: 6}, C: 7,
		Deep: Deep{Inner1{A: 8, B: 9, C: 10}}, promoted: promoted{E: 11}}
	data, err := json.Marshal(full)
	require.NoError(t, err)
	var keys map[string]any
	require.NoError(t, json.Unmarshal(data, &keys))
	assert.ElementsMatch(t, []string{"B", "c", "D", "C", "deep", "e"}, mapKeys(keys))

	var std, strict Conflicts
	require.NoError(t, json.Unmarshal(data, &std))
	require.NoError(t, strictjson.Unmarshal(data, &strict, strictjson.Options{}).Err())
	if diff := cmp.Diff(std, strict, cmp.AllowUnexported(Conflicts{})); diff != "" {
		t.Fatalf("encoding/json (-) vs strictjson (+):\n%s", diff)
	}

	ps := strictjson.Unmarshal([]byte(`{"a":1}`), &strict, strictjson.Options{})
	checkProblems(t, ps, []want{{"a", "/a", vocab.ErrUnknownField, ""}})
	assert.Equal(t, []string{"c", "B", "D", "C", "deep", "e"}, ps[0].Allowed, "field order, as encoding/json encodes")
}

func mapKeys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func TestEmbeddedPointerToUnexportedStruct(t *testing.T) {
	var v struct {
		*hiddenPtr
		G int `json:"g"`
	}
	ps := strictjson.Unmarshal([]byte(`{"g":1,"f":2}`), &v, strictjson.Options{})
	checkProblems(t, ps, []want{{"f", "/f", vocab.ErrInvalid, "embedded pointer to an unexported struct"}})
	assert.Equal(t, 1, v.G)
	assert.Error(t, json.Unmarshal([]byte(`{"f":2}`), &v), "encoding/json refuses too")
}

func TestDecodeObjectIntoMap(t *testing.T) {
	v, prob := strictjson.Parse([]byte(`{"kind":"x","a":1,"b":2}`), strictjson.Options{})
	require.Nil(t, prob)
	d := strictjson.NewDecoder(strictjson.Options{})
	m := map[string]int{}
	require.Empty(t, d.DecodeObject(v, &m, nil, "kind"))
	assert.Equal(t, map[string]int{"a": 1, "b": 2}, m)

	var n int
	ps := d.DecodeObject(v, &n, vocab.NewPath("rules"))
	checkProblems(t, ps, []want{{"rules", "/rules", vocab.ErrTypeInvalid, "want integer, got object"}})
	ps = d.DecodeValue(v, nil, vocab.NewPath("rules"))
	checkProblems(t, ps, []want{{"rules", "/rules", vocab.ErrInvalid, "non-nil pointer"}})
}

func TestZeroDecoderUsesDefaults(t *testing.T) {
	v, _ := strictjson.Parse([]byte(`{"a":1,"b":2}`), strictjson.Options{})
	var d strictjson.Decoder
	m := map[string]int{}
	require.Empty(t, d.DecodeValue(v, &m, nil))
	assert.Len(t, m, 2)
}
