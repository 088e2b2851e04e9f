package vocab_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

// problemList draws a list of problems, some of them warnings, some nil.
func problemList(t *rapid.T) vocab.Problems {
	var ps vocab.Problems
	for i := range rapid.IntRange(0, 30).Draw(t, "n") {
		if rapid.IntRange(0, 9).Draw(t, "nil") == 0 {
			ps = append(ps, nil)
			continue
		}
		p := vocab.Invalid(vocabtest.Path().Draw(t, "path"), i, "problem "+strconv.Itoa(i))
		if rapid.Bool().Draw(t, "warning") {
			p.AsWarning()
		}
		ps = append(ps, p)
	}
	return ps
}

// A collector lists the first Limit problems added, in order, skipping
// nils, and one closing problem counting the rest, which is an error
// unless every problem is a warning; without a limit it lists them all.
func TestCollectorLimit(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ps := problemList(t)
		limit := rapid.IntRange(0, 35).Draw(t, "limit")
		c := &vocab.Collector{Limit: limit}
		// Added one by one, in chunks or at once: the same list.
		for len(ps) > 0 {
			k := rapid.IntRange(0, len(ps)).Draw(t, "chunk")
			c = c.Add(ps[:k]...)
			ps = ps[k:]
		}
		got := c.Problems()
		found := c.Len()
		if limit == 0 || found <= limit {
			require.Len(t, got, found)
			assert.False(t, c.Full() && limit == 0)
			return
		}
		require.Len(t, got, limit+1)
		assert.True(t, c.Full())
		last := got[limit]
		assert.True(t, last.Path.IsRoot())
		assert.Equal(t, vocab.ErrOutOfRange, last.Type)
		assert.Equal(t, "stopped listing after "+plural(limit)+"; "+strconv.Itoa(found-limit)+" more found", last.Detail)
		assert.Equal(t, c.HasErrors(), !last.IsWarning())
	})
}

func plural(n int) string {
	if n == 1 {
		return "1 problem"
	}
	return strconv.Itoa(n) + " problems"
}

// The list, the count and the severity of what is cut are exact.
func TestCollectorAgreesWithAList(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ps := problemList(t)
		limit := rapid.IntRange(1, 35).Draw(t, "limit")
		c := (&vocab.Collector{Limit: limit}).Add(ps...)
		full := vocab.Problems{}.Add(ps...) // nils dropped
		assert.Equal(t, len(full), c.Len())
		assert.Equal(t, full.HasErrors(), c.HasErrors())
		got := c.Problems()
		n := min(limit, len(full))
		for i := range n {
			if got[i] != full[i] {
				t.Fatalf("problem %d: %v, want %v", i, got[i], full[i])
			}
		}
		if len(full) > limit {
			assert.Equal(t, full.HasErrors(), !got[limit].IsWarning(), "the closing problem is an error when any problem is")
		}
		// Problems does not change the collector.
		assert.Equal(t, got, c.Problems())
	})
}

// A WithPath view prefixes the paths it adds and shares the limit and
// the list with the collector it came from.
func TestCollectorWithPath(t *testing.T) {
	c := &vocab.Collector{Limit: 3}
	c.Add(vocab.Required(vocab.NewPath("a"), ""))
	v := c.WithPath(vocab.NewPath("governance"))
	v.Add(vocab.Required(vocab.NewPath("bodies").Index(0).Child("id"), ""), nil)
	v.WithPath(vocab.NewPath("x")).Add(vocab.Required(nil, ""), vocab.Required(nil, "").AsWarning())
	assert.Same(t, c, c.WithPath(nil))
	ps := v.Problems()
	require.Len(t, ps, 4)
	assert.Equal(t, []string{"/a", "/governance/bodies/0/id", "/governance/x", ""},
		[]string{ps[0].Pointer(), ps[1].Pointer(), ps[2].Pointer(), ps[3].Pointer()})
	assert.Equal(t, "stopped listing after 3 problems; 1 more found", ps[3].Detail)
	assert.Equal(t, 4, v.Len())
	assert.True(t, v.Full())
}

// The zero Collector lists everything; the Check… functions are the
// Collect… functions into it.
func TestZeroCollectorListsEverything(t *testing.T) {
	var c vocab.Collector
	for i := range 1000 {
		c.Add(vocab.Required(vocab.NewPath("x").Index(i), ""))
	}
	assert.Len(t, c.Problems(), 1000)
	assert.False(t, c.Full())

	sources := make([]vocab.Source, 150)
	at := vocab.NewPath("sources")
	assert.Len(t, vocab.CheckSources(at, sources), 300)
	capped := vocab.CollectSources(&vocab.Collector{Limit: 10}, at, sources)
	assert.Equal(t, 300, capped.Len())
	assert.Equal(t, vocab.CheckSources(at, sources)[:10], capped.Problems()[:10])
}
