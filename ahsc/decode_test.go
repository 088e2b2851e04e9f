package ahsc_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/ahsctest"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

func TestEncodeDecodeRoundTrips(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := rapid.OneOf(ahsctest.Centre(), ahsctest.FullCentre()).Draw(t, "centre")
		var buf bytes.Buffer
		if err := c.Encode(&buf); err != nil {
			t.Fatal(err)
		}
		got, err := ahsc.Decode(&buf)
		if err != nil {
			t.Fatalf("decode of our own encoding failed: %v\n%s", err, buf.String())
		}
		if diff := cmp.Diff(c, got, append(vocabtest.CmpOptions(), cmpopts.EquateEmpty())...); diff != "" {
			t.Fatalf("round trip changed the centre (-want +got):\n%s", diff)
		}
	})
}

func TestCanonicalIgnoresListOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahsctest.Centre().Draw(t, "centre")
		a, err := c.Canonical()
		require.NoError(t, err)
		c.Partners = rapid.Permutation(c.Partners).Draw(t, "partners")
		c.Organisations = rapid.Permutation(c.Organisations).Draw(t, "organisations")
		b, err := c.Canonical()
		require.NoError(t, err)
		if !bytes.Equal(a, b) {
			t.Fatalf("canonical form depends on order:\n%s\n%s", a, b)
		}
	})
}

func TestDecodeIsStrict(t *testing.T) {
	for _, tc := range []struct {
		name, doc, pointer string
		kind               vocab.ProblemType
	}{
		{"unknown key", `{"version":"1.0","id":"x","name":"X","partners":[],"colour":"red"}`, "/colour", vocab.ErrUnknownField},
		{"case-variant key", `{"version":"1.0","ID":"x","name":"X","partners":[]}`, "/ID", vocab.ErrUnknownField},
		{"duplicate key", `{"version":"1.0","id":"x","id":"y","name":"X","partners":[]}`, "/id", vocab.ErrDuplicate},
		{"trailing data", `{"version":"1.0","id":"x","name":"X","partners":[]} {}`, "", vocab.ErrSyntax},
		{"bad date", `{"version":"1.0","id":"x","name":"X","partners":[{"id":"kcl","name":"KCL","kind":"university","memberships":[{"role":"partner","joined":"2009-02-30"}]}]}`,
			"/partners/0/memberships/0/joined", vocab.ErrInvalid},
		{"bad enum", `{"version":"1.0","id":"x","name":"X","partners":[{"id":"kcl","name":"KCL","kind":"uni","memberships":[]}]}`,
			"/partners/0/kind", vocab.ErrNotSupported},
		{"wrong type", `{"version":"1.0","id":"x","name":"X","partners":[],"designations":[{"issuers":["dh"],"round":"2009","period":"2009-03-09/.."}]}`,
			"/designations/0/round", vocab.ErrTypeInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ahsc.Decode(strings.NewReader(tc.doc))
			require.Error(t, err)
			ps := vocab.ProblemsOf(err)
			var found bool
			for _, p := range ps {
				found = found || (p.Pointer() == tc.pointer && p.Type == tc.kind)
			}
			assert.True(t, found, "want %s at %q, got %v", tc.kind, tc.pointer, ps)
		})
	}
}

func TestDecodeNewerMinorVersionSkipsUnknownFields(t *testing.T) {
	c, err := ahsc.Decode(strings.NewReader(`{"version":"1.9","id":"x","name":"X","futureField":{"a":1},
		"partners":[{"id":"kcl","name":"KCL","kind":"university","sources":[{"kind":"illustrative","note":"test"}],
		"memberships":[{"role":"partner","joined":"2009","sources":[{"kind":"illustrative","note":"test"}]}]}]}`))
	require.NoError(t, err)
	assert.Equal(t, vocab.Version("1.9"), c.Version)
}

func TestDecodeValidates(t *testing.T) {
	c, err := ahsc.Decode(strings.NewReader(`{"version":"1.0","id":"x","name":"X","partners":[]}`))
	assert.Nil(t, c)
	require.Error(t, err)
	ps := vocab.ProblemsOf(err)
	require.NotEmpty(t, ps)
	assert.Equal(t, "/partners", ps[0].Pointer())
	assert.ErrorIs(t, err, vocab.ErrRequired)
}

func TestDecodeFileMissing(t *testing.T) {
	_, err := ahsc.DecodeFile("testdata/does-not-exist.json")
	assert.Error(t, err)
}

// Required lists are omitted, never written as null, when nil: the schema
// then reports a missing required member, as Validate reports ErrRequired.
func TestNilRequiredListsAreOmittedNotNull(t *testing.T) {
	c := &ahsc.Centre{Version: vocab.CurrentVersion, ID: "x", Name: "X",
		Organisations: []ahsc.Organisation{{ID: "o", Name: "O", Kind: ahsc.OrgKindOther}}}
	out, err := c.MarshalIndent()
	require.NoError(t, err)
	assert.NotContains(t, string(out), "null")
	assert.NotContains(t, string(out), `"partners"`)
	assert.Equal(t, "/partners", c.Problems().Filter(vocab.ErrRequired)[0].Pointer())
}
