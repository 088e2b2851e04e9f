package strictjson_test

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

type utf8Doc struct {
	Name  string            `json:"name"`
	Tags  []string          `json:"tags,omitempty"`
	Extra map[string]string `json:"extra,omitempty"`
	Any   any               `json:"any,omitempty"`
	Next  *utf8Doc          `json:"next,omitempty"`
	Count int               `json:"count"`
	Skip  string            `json:"skip,omitempty"`
}

// Every string that is not valid UTF-8 is one problem at its path:
// fields, list elements, map keys and values, interfaces, recursion.
func TestCollectInvalidUTF8(t *testing.T) {
	bad := "a\xffb"
	d := &utf8Doc{Name: bad, Tags: []string{"ok", bad}, Extra: map[string]string{bad: "v", "k": bad},
		Any: []any{bad}, Next: &utf8Doc{Name: bad}, Skip: bad}
	ps := strictjson.CollectInvalidUTF8(new(vocab.Collector), vocab.NewPath("doc"), d, "skip").Problems()
	var got []string
	for _, p := range ps {
		got = append(got, p.Pointer())
		assert.Contains(t, p.Detail, "byte 0xff at offset 1")
	}
	assert.Equal(t, []string{"/doc/name", "/doc/tags/1", "/doc/extra/a\xffb", "/doc/extra/k", "/doc/any/0", "/doc/next/name"}, got)
	assert.Empty(t, strictjson.CollectInvalidUTF8(new(vocab.Collector), nil, &utf8Doc{Name: "ok"}).Problems())
}

// A string is reported exactly when it is not valid UTF-8.
func TestCollectInvalidUTF8MatchesValidString(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := string(rapid.SliceOfN(rapid.Byte(), 0, 8).Draw(t, "bytes"))
		ps := strictjson.CollectInvalidUTF8(new(vocab.Collector), nil, utf8Doc{Name: s}).Problems()
		require.Equal(t, !utf8.ValidString(s), len(ps) == 1, "%q: %v", s, ps)
	})
}
