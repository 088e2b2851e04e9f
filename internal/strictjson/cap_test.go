package strictjson_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Noisy is a hook that returns n problems made without the decoder.
type Noisy struct{}

func (*Noisy) UnmarshalStrict(_ *strictjson.Decoder, v *strictjson.Value, p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	for i := range 10 {
		ps = append(ps, vocab.Invalid(p.Index(i), nil, "noise"))
	}
	return ps
}

// The problem limit holds on every path that makes problems: the list
// stops at the limit and one closing problem says how many more were
// found.
func TestProblemCapOnEveryPath(t *testing.T) {
	tests := []struct {
		name, input string
		dst         func() any
		more        int // problems found beyond the limit of 3
	}{
		{"unknown keys", `{"a":1,"b":2,"c":3,"d":4,"e":5}`, func() any { return new(Doc) }, 2},
		{"repeated unknown keys", `{"a":1,"a":2,"a":3,"a":4,"a":5}`, func() any { return new(Doc) }, 2},
		{"duplicate keys", `{"id":"a","id":"b","id":"c","id":"d","id":"e"}`, func() any { return new(Doc) }, 1},
		{"type errors", `{"tags":[1,2,3,4,5]}`, func() any { return new(Doc) }, 2},
		{"number ranges", `[200,200,200,200,-200]`, func() any { return new([]int8) }, 2},
		{"text errors", `{"seats":[{"roles":["x","y","z","w"]}]}`, func() any { return new(Doc) }, 1},
		{"map keys", `{"byYear":{"x":"a","y":"b","z":"c","w":"d"}}`, func() any { return new(Doc) }, 1},
		{"interface duplicates", `{"any":{"k":1,"k":2,"k":3,"k":4,"k":5}}`, func() any { return new(Doc) }, 1},
		{"raw duplicates", `{"extra":[{"k":1,"k":2,"k":3,"k":4,"k":5}]}`, func() any { return new(Doc) }, 1},
		{"hook reporting", `{"rules":[1,2,3,4,5,6]}`, func() any { return new(policyDoc) }, 3},
		{"hook returning its own", `[1]`, func() any { return new([]Noisy) }, 7},
		{"syntax after the limit", `{"a":1,"b":2,"c":3,"d":4,"e":}`, func() any { return new(Doc) }, 3},
		{"array too long", `[[1,2,3],[1,2,3],[1,2,3],[1,2,3],[1,2,3]]`, func() any { return new([][2]int) }, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := strictjson.Unmarshal([]byte(tt.input), tt.dst(), strictjson.Options{MaxProblems: 3})
			require.Len(t, ps, 4, "%v", ps)
			last := ps[3]
			assert.Equal(t, vocab.ErrOutOfRange, last.Type)
			assert.True(t, last.Path.IsRoot())
			assert.Equal(t, "stopped listing after 3 problems; "+strconv.Itoa(tt.more)+
				" more found", last.Detail)
			for _, p := range ps {
				assert.True(t, p.Position.IsValid(), "position of %v", p)
			}
		})
	}
}

// A document with a newer minor version may carry unknown keys, but not
// an unbounded number in one object: their repeats must be checked.
func TestForwardCompatibleUnknownKeysBounded(t *testing.T) {
	in := []byte(`{"version":"1.9"`)
	for i := range 1100 {
		in = append(in, `,"k`+strconv.Itoa(i)+`":1`...)
	}
	in = append(in, `,"k5":2}`...)
	var d Doc
	ps := strictjson.Unmarshal(in, &d, strictjson.Options{MaxProblems: 2000})
	require.Len(t, ps, 1026, "a warning for each of the first 1024 unknown keys, then two errors")
	for _, p := range ps[:1024] {
		require.True(t, p.IsWarning() && p.Type == vocab.ErrUnknownField, "%v", p)
	}
	assert.Equal(t, vocab.ErrOutOfRange, ps[1024].Type)
	assert.Equal(t, "/k1024", ps[1024].Pointer())
	assert.Equal(t, vocab.ErrDuplicate, ps[1025].Type, "repeats among the first 1024 are found")
	assert.Equal(t, "/k5", ps[1025].Pointer())
	assert.True(t, ps.HasErrors())

	// With the default limit the errors are past it: the closing problem
	// counts them and is an error.
	ps = strictjson.Unmarshal(in, &d, strictjson.Options{})
	require.Len(t, ps, vocab.DefaultMaxProblems+1)
	assert.False(t, ps[vocab.DefaultMaxProblems].IsWarning(), "%v", ps[vocab.DefaultMaxProblems])
}
