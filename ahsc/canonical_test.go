package ahsc_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/ahsctest"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// The fixture: reordering an award's co-funders changed Canonical
// bytes. Co-funders are a set: their order means nothing (flows split by
// funder ID), so the canonical bytes are the same.
func TestCanonicalIgnoresCoFunderOrder(t *testing.T) {
	c := smallCentreForUTF8()
	c.Ledger = &funding.Ledger{Currency: funding.GBP, Awards: []funding.Award{{ID: "a", Title: "A", Recipient: "kcl",
		Funders: []funding.FunderShare{{Funder: "nihr", Share: vocab.MustRatio(1, 2)}, {Funder: "wellcome", Share: vocab.MustRatio(1, 2)}}}}}
	a, err := c.Canonical()
	require.NoError(t, err)
	fs := c.Ledger.Awards[0].Funders
	fs[0], fs[1] = fs[1], fs[0]
	b, err := c.Canonical()
	require.NoError(t, err)
	require.Equal(t, string(a), string(b))
	require.True(t, strings.Index(string(a), `"nihr"`) < strings.Index(string(a), `"wellcome"`))

	// A sequence keeps its order: memberships are in time order.
	c.Partners[0].Memberships = append(c.Partners[0].Memberships, ahsc.Membership{Role: ahsc.RolePartner, Joined: vocab.MustParseDate("2020-01-01")})
	x, err := c.Canonical()
	require.NoError(t, err)
	ms := c.Partners[0].Memberships
	ms[0], ms[1] = ms[1], ms[0]
	y, err := c.Canonical()
	require.NoError(t, err)
	require.NotEqual(t, string(x), string(y), "memberships keep their order")
}

// Shuffling every set and every list of entities with IDs never changes
// Canonical.
func TestCanonicalIgnoresSetOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahsctest.FullCentre().Draw(t, "centre")
		raw, err := json.Marshal(c)
		require.NoError(t, err)
		// Compare centres decoded the same way, so that only the order of
		// the lists differs.
		var orig ahsc.Centre
		require.Empty(t, strictjson.Unmarshal(raw, &orig, strictjson.Options{}))
		want, err := orig.Canonical()
		require.NoError(t, err)
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		var v any
		require.NoError(t, dec.Decode(&v))
		shuffled := 0
		v = shuffleSets(t, v, "", &shuffled)
		raw, err = json.Marshal(v)
		require.NoError(t, err)
		var d ahsc.Centre
		require.Empty(t, strictjson.Unmarshal(raw, &d, strictjson.Options{}))
		got, err := d.Canonical()
		require.NoError(t, err)
		if !bytes.Equal(want, got) {
			t.Fatalf("shuffling %d lists changed Canonical:\n%s\n%s", shuffled, want, got)
		}
	})
}

// shuffleSets permutes every array at a set pattern or of objects with
// string ids, below path.
func shuffleSets(t *rapid.T, v any, path string, n *int) any {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			v[k] = shuffleSets(t, e, path+"/"+k, n)
		}
	case []any:
		for i, e := range v {
			v[i] = shuffleSets(t, e, path+"/*", n)
		}
		if isSet(path) || allIdentified(v) {
			*n++
			return rapid.Permutation(v).Draw(t, path)
		}
	}
	return v
}

func isSet(path string) bool {
	for _, p := range ahsc.CanonicalSets {
		if p == path {
			return true
		}
	}
	return false
}

func allIdentified(v []any) bool {
	for _, e := range v {
		m, ok := e.(map[string]any)
		if !ok {
			return false
		}
		if _, ok := m["id"].(string); !ok {
			return false
		}
	}
	return len(v) > 0
}
