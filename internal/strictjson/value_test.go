package strictjson_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

func TestValueAccessors(t *testing.T) {
	v, prob := strictjson.Parse([]byte(` {"n": -1.5e3, "s": "a\u00e9\n", "t": true, "f": false, "z": null, "n": 2, "a": [1, [] ]} `), strictjson.Options{})
	require.Nil(t, prob)
	assert.Equal(t, strictjson.Object, v.Kind())
	assert.Equal(t, 1, v.Offset())
	names := []string{}
	offsets := []int{}
	for name, m := range v.Members() {
		names = append(names, name)
		offsets = append(offsets, m.Offset())
	}
	assert.Equal(t, []string{"n", "s", "t", "f", "z", "n", "a"}, names, "duplicates kept in order")
	assert.Equal(t, 7, offsets[0], "offset of the value")
	assert.Equal(t, 20, offsets[1])

	n, ok := v.Member("n")
	require.True(t, ok)
	assert.Equal(t, "-1.5e3", n.Text(), "first of duplicate members")
	assert.Equal(t, strictjson.Number, n.Kind())
	s, _ := v.Member("s")
	assert.Equal(t, "aé\n", s.Text())
	assert.Equal(t, `"a\u00e9\n"`, string(s.Raw()))
	tr, _ := v.Member("t")
	f, _ := v.Member("f")
	z, _ := v.Member("z")
	assert.True(t, tr.Bool())
	assert.False(t, f.Bool())
	assert.Equal(t, "null", z.Text())
	a, _ := v.Member("a")
	var kinds []strictjson.Kind
	for i, e := range a.Elems() {
		assert.Len(t, kinds, i)
		kinds = append(kinds, e.Kind())
	}
	assert.Equal(t, []strictjson.Kind{strictjson.Number, strictjson.Array}, kinds)
	_, ok = v.Member("missing")
	assert.False(t, ok)
	assert.Equal(t, "", v.Text(), "an object has no text")

	var zero strictjson.Value
	assert.Equal(t, strictjson.Invalid, zero.Kind())
	for range zero.Members() {
		t.Error("the zero Value has members")
	}
	for range zero.Elems() {
		t.Error("the zero Value has elements")
	}
	assert.Equal(t, "", zero.Text())
	assert.Nil(t, zero.Raw())
	assert.False(t, zero.Position().IsValid())
}

// Stopping an iteration early is allowed.
func TestValueIterationStops(t *testing.T) {
	v, prob := strictjson.Parse([]byte(`{"a":[1,2,3],"b":{"c":1,"d":2}}`), strictjson.Options{})
	require.Nil(t, prob)
	for name := range v.Members() {
		assert.Equal(t, "a", name)
		break
	}
	a, _ := v.Member("a")
	for i := range a.Elems() {
		assert.Equal(t, 0, i)
		break
	}
}

func TestKindNames(t *testing.T) {
	got := []string{}
	for k := strictjson.Invalid; k <= strictjson.Array; k++ {
		got = append(got, k.String())
	}
	assert.Equal(t, []string{"invalid", "null", "boolean", "number", "string", "object", "array"}, got)
}

func TestParseNumberGrammar(t *testing.T) {
	valid := []string{"0", "-0", "1.5", "1e5", "1E-5", "-0.0e+0", "123456789012345678901234567890"}
	invalid := []string{"+1", ".5", "1.", "01", "-", "1e", "1e+", "0x10", "NaN", "Infinity", "1_000"}
	for _, s := range valid {
		v, prob := strictjson.Parse([]byte(s), strictjson.Options{})
		if assert.Nil(t, prob, s) {
			assert.Equal(t, s, v.Text())
		}
	}
	for _, s := range invalid {
		_, prob := strictjson.Parse([]byte(s), strictjson.Options{})
		assert.NotNil(t, prob, s)
	}
}

func TestZeroValueIsReported(t *testing.T) {
	d := strictjson.NewDecoder(strictjson.Options{})
	var zero strictjson.Value
	var a any
	var s string
	assert.Len(t, d.DecodeValue(&zero, &a, nil), 1)
	assert.Len(t, d.DecodeValue(&zero, &s, nil), 1)
}

func TestJSONNumberKeepsLiteral(t *testing.T) {
	var v struct {
		N json.Number `json:"n"`
	}
	require.Empty(t, strictjson.Unmarshal([]byte(`{"n":1.50e300}`), &v, strictjson.Options{}))
	assert.Equal(t, json.Number("1.50e300"), v.N)
}

func TestAllowedIsACopy(t *testing.T) {
	var s Seat
	ps := strictjson.Unmarshal([]byte(`{"x":1}`), &s, strictjson.Options{})
	ps[0].Allowed[0] = "changed"
	ps = strictjson.Unmarshal([]byte(`{"x":1}`), &s, strictjson.Options{})
	assert.Equal(t, "id", ps[0].Allowed[0])
}

func TestJSONNumberRejectsStrings(t *testing.T) {
	var n json.Number
	ps := strictjson.Unmarshal([]byte(`"12"`), &n, strictjson.Options{})
	checkProblems(t, ps, []want{{"", "", vocab.ErrTypeInvalid, "want number, got string"}})
}
