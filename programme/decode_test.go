package programme_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/programme"
	"github.com/ahsckit/ahsckit/programme/programmetest"
)

// Generated portfolios survive encoding/json output and strict decoding
// unchanged, and encode to the same bytes again.
func TestJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := programmetest.Portfolio().Draw(t, "portfolio")
		b, err := json.Marshal(d)
		require.NoError(t, err)
		got, _, err := programme.Decode(bytes.NewReader(b), vocab.DecodeOptions{})
		require.NoError(t, err)
		if diff := cmp.Diff(d, got, vocabtest.CmpOptions()...); diff != "" {
			t.Fatalf("decode changed the portfolio (-want +got):\n%s", diff)
		}
		again, err := json.Marshal(got)
		require.NoError(t, err)
		require.Equal(t, string(b), string(again), "encoding is not stable")
	})
}

func TestDecodeReportsPaths(t *testing.T) {
	cases := []struct {
		name, json, at string
		typ            vocab.ProblemType
	}{
		{"unknown key", `{"version":"1.0","programmes":[{"id":"a","nmae":"x"}]}`, "/programmes/0/nmae", vocab.ErrUnknownField},
		{"bad phase", `{"version":"1.0","programmes":[{"phase":"phase-5"}]}`, "/programmes/0/phase", vocab.ErrNotSupported},
		{"float share", `{"version":"1.0","programmes":[{"participants":[{"partner":"kcl","share":0.5}]}]}`, "/programmes/0/participants/0/share", vocab.ErrTypeInvalid},
		{"invalid after decoding", `{"version":"1.0","programmes":[{"id":"a","name":"A","kind":"clinical-trial","period":"2024-01-01/..","lead":"kcl","participants":[{"partner":"kcl","share":"99%"}]}]}`,
			"/programmes/0/participants", vocab.ErrInvalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, _, err := programme.Decode(strings.NewReader(c.json), vocab.DecodeOptions{})
			assert.Nil(t, d)
			require.ErrorIs(t, err, c.typ)
			var at []string
			for _, p := range vocab.ProblemsOf(err) {
				at = append(at, p.Pointer())
			}
			assert.Contains(t, at, c.at)
		})
	}
}

// A valid portfolio comes back with its warnings, each with its position:
// a pathway's performance measured before its standard took effect.
func TestDecodeReturnsWarnings(t *testing.T) {
	doc := `{"version":"1.0","pathways":[{"id":"rtt","name":"RTT","standard":"rtt-18-weeks",
  "performance":[{"period":"1990-04-01/1990-06-30","total":10,"within":9}]}]}`
	d, ps, err := programme.Decode(strings.NewReader(doc), vocab.DecodeOptions{})
	require.NoError(t, err)
	require.NotNil(t, d)
	require.Len(t, ps, 1, "%v", ps)
	assert.True(t, ps[0].IsWarning())
	assert.Equal(t, "/pathways/0/performance/0/period", ps[0].Pointer())
	assert.Equal(t, "line 2, column 19", ps[0].Position.String())
}
