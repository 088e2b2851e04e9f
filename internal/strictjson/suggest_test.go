package strictjson_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Unknown keys suggest the nearest known key by edit distance (case
// ignored, adjacent swaps counting one), within an allowance for the
// known key's length; a required key the misspelling displaced is
// reported missing, at its own path, with the misspelt key's position.
func TestUnknownKeySuggestsNearest(t *testing.T) {
	for _, tc := range []struct {
		input, suggest string // "" for no suggestion
		missing        bool   // the required id is reported missing
	}{
		{`{"id":"a","shaer":"1/2"}`, "share", false}, // swap
		{`{"id":"a","rolse":[]}`, "roles", false},
		{`{"id":"a","shares":"1/2"}`, "share", false}, // insertion
		{`{"id":"a","nte":"x"}`, "note", false},       // deletion
		{`{"ib":"a"}`, "", false},                     // two-letter keys: case only
		{`{"Id":"a"}`, "id", true},                    // case wins, and id is then missing
		{`{"id":"a","colour":"red"}`, "", false},
		{`{"id":"a","` + strings.Repeat("s", 10000) + `":1}`, "", false}, // long keys: no search
	} {
		var s Seat
		ps := strictjson.Unmarshal([]byte(tc.input), &s, strictjson.Options{})
		require.NotEmpty(t, ps, tc.input)
		assert.Equal(t, vocab.ErrUnknownField, ps[0].Type, tc.input)
		if tc.suggest == "" {
			assert.NotContains(t, ps[0].Detail, "did you mean", tc.input)
		} else {
			assert.Equal(t, `did you mean "`+tc.suggest+`"?`, ps[0].Detail, tc.input)
		}
		if tc.missing {
			require.Len(t, ps, 2, "%v", ps)
			assert.Equal(t, "/id", ps[1].Pointer())
			assert.Equal(t, vocab.ErrRequired, ps[1].Type)
			assert.Equal(t, ps[0].Position, ps[1].Position, "at the misspelt key")
		} else {
			assert.Len(t, ps, 1, "%v", ps)
		}
	}
}

// A misspelling of an optional key, or of a required key that the object
// also has, reports only the unknown key; two misspellings of one
// required key report it missing once.
func TestDisplacedRequiredReportedOnce(t *testing.T) {
	var s Seat
	ps := strictjson.Unmarshal([]byte(`{"Id":"a","iD":"b"}`), &s, strictjson.Options{})
	require.Len(t, ps, 3, "%v", ps)
	assert.Equal(t, []string{"/Id", "/iD", "/id"}, []string{ps[0].Pointer(), ps[1].Pointer(), ps[2].Pointer()})
	ps = strictjson.Unmarshal([]byte(`{"id":"a","ID":"b"}`), &s, strictjson.Options{})
	assert.Len(t, ps, 1, "%v", ps)
}

// The suggestion is a known key, the one at the least distance: a key one
// edit away from exactly one known key suggests that key.
func TestSuggestionIsOneEditAway(t *testing.T) {
	keys := []string{"share", "roles", "note"}
	rapid.Check(t, func(t *rapid.T) {
		k := rapid.SampledFrom(keys).Draw(t, "key")
		i := rapid.IntRange(0, len(k)-1).Draw(t, "at")
		var typo string
		switch rapid.IntRange(0, 2).Draw(t, "edit") {
		case 0: // substitute a letter no key uses there
			typo = k[:i] + "z" + k[i+1:]
		case 1: // delete
			typo = k[:i] + k[i+1:]
		default: // insert
			typo = k[:i] + "q" + k[i:]
		}
		var s Seat
		ps := strictjson.Unmarshal([]byte(`{"id":"a","`+typo+`":null}`), &s, strictjson.Options{})
		if len(ps) != 1 || ps[0].Detail != `did you mean "`+k+`"?` {
			t.Fatalf("%q: %v", typo, ps)
		}
	})
}
