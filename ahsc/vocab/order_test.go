package vocab_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

type orderInner struct {
	Zed   string `json:"zed"`
	Alpha string `json:"alpha"`
}

type orderBase struct {
	ID string `json:"id"`
}

type orderDoc struct {
	Version string `json:"version"`
	orderBase
	Items []orderInner            `json:"items"`
	Map   map[string]orderInner   `json:"map"`
	Ptr   *orderInner             `json:"ptr"`
	Any   any                     `json:"any"`
	Skip  string                  `json:"-"`
	Named map[string][]orderInner `json:"named"`
}

func pathOf(segs ...any) *vocab.Path {
	var p *vocab.Path
	for _, s := range segs {
		switch s := s.(type) {
		case string:
			p = p.Child(s)
		case int:
			p = p.Index(s)
		}
	}
	return p
}

// Problems follow the document: fields in encoding order (embedded fields
// in place), then list index; a value before the values inside it;
// unknown members after known ones.
func TestDocumentOrder(t *testing.T) {
	want := []*vocab.Path{
		nil,
		pathOf("version"),
		pathOf("id"),
		pathOf("items"),
		pathOf("items", 0, "zed"),
		pathOf("items", 0, "alpha"),
		pathOf("items", 2),
		pathOf("items", 10, "zed"),
		pathOf("map").Key("a").Child("alpha"),
		pathOf("map").Key("b").Child("zed"),
		pathOf("ptr", "zed"),
		pathOf("ptr", "alpha"),
		pathOf("any", "b"),
		pathOf("any", "c"),
		pathOf("named").Key("k").Index(1).Child("zed"),
		pathOf("colour"),
		pathOf("size"),
	}
	order := vocab.DocumentOrder(&orderDoc{})
	rapid.Check(t, func(t *rapid.T) {
		shuffled := rapid.Permutation(want).Draw(t, "paths")
		ps := make(vocab.Problems, len(shuffled))
		for i, p := range shuffled {
			ps[i] = vocab.Invalid(p, nil, "x")
		}
		slices.SortStableFunc(ps, order)
		for i, p := range ps {
			if !p.Path.Equal(want[i]) {
				t.Fatalf("position %d: %s, want %s", i, p.Path, want[i])
			}
		}
	})
}

// A knock-on problem sorts right after its cause, wherever its own path
// is, names the cause's path, and matches the cause's type with errors.Is.
func TestKnockOnFollowsItsCause(t *testing.T) {
	seat := vocab.Invalid(pathOf("items", 1, "zed"), "s1", "the seat's period ends before it starts")
	ballot := vocab.KnockOn(vocab.Forbidden(pathOf("version"), "the ballot's seat does not exist on the meeting date"), seat)
	other := vocab.Invalid(pathOf("items", 1, "alpha"), nil, "x")
	first := vocab.Invalid(pathOf("items", 0), nil, "x")
	c := &vocab.Collector{}
	c.OrderBy(vocab.DocumentOrder(orderDoc{}))
	c.Add(ballot, other, seat, first)
	got := c.Problems()
	require.Len(t, got, 4)
	assert.Equal(t, []*vocab.Problem{first, seat, ballot, other}, []*vocab.Problem(got))
	assert.Contains(t, ballot.Detail, "because of the problem at items[1].zed")
	assert.True(t, errors.Is(ballot, vocab.ErrInvalid), "a knock-on unwraps to its cause")

	// Below a prefix (an embedded document), the cause moves too.
	moved := ballot.WithPath(vocab.NewPath("doc"))
	assert.Equal(t, "doc.items[1].zed", moved.Cause.(*vocab.Problem).Path.String())
}

// With a limit, the collector keeps the first Limit problems in document
// order whatever order they were found in, counts the rest, and says
// whether any dropped one is an error.
func TestCollectorKeepsFirstInOrder(t *testing.T) {
	order := vocab.DocumentOrder(&orderDoc{})
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 40).Draw(t, "n")
		var ps vocab.Problems
		for i := range n {
			p := vocab.Invalid(pathOf("items", rapid.IntRange(0, 5).Draw(t, "index"), rapid.SampledFrom([]string{"zed", "alpha"}).Draw(t, "field")), i, "x")
			if rapid.Bool().Draw(t, "warning") {
				p.AsWarning()
			}
			ps = append(ps, p)
		}
		limit := rapid.IntRange(1, 10).Draw(t, "limit")
		c := &vocab.Collector{Limit: limit, Order: order}
		c.Add(ps...)
		got := c.Problems()
		want := slices.Clone(ps)
		slices.SortStableFunc(want, order)
		if n <= limit {
			if !slices.Equal(got, want) {
				t.Fatalf("got %v, want %v", got, want)
			}
			return
		}
		if !slices.Equal(got[:limit], want[:limit]) {
			t.Fatalf("kept %v, want the first %d: %v", got[:limit], limit, want[:limit])
		}
		closing := got[limit]
		assert.Contains(t, closing.Detail, "more found")
		if closing.IsWarning() != !want.HasErrors() {
			t.Fatalf("closing problem warning=%v, errors among all: %v", closing.IsWarning(), want.HasErrors())
		}
		if c.Len() != n {
			t.Fatalf("Len %d, want %d", c.Len(), n)
		}
	})
}

// Problems added before the order is set (a decoder's warnings, before the
// document's CollectProblems sets its order) are ordered with the rest.
func TestOrderBySetLate(t *testing.T) {
	order := vocab.DocumentOrder(&orderDoc{})
	for _, limit := range []int{0, 2, 3, 10} {
		c := &vocab.Collector{Limit: limit}
		late := vocab.Invalid(pathOf("items", 3), nil, "x").AsWarning()
		early := vocab.Invalid(pathOf("version"), nil, "x")
		mid := vocab.Invalid(pathOf("items", 1), nil, "x")
		c.Add(late)
		c.OrderBy(order)
		c.OrderBy(nil) // the first order stays
		c.Add(mid, early)
		got := c.Problems()
		want := []*vocab.Problem{early, mid, late}
		if limit > 0 && limit < 3 {
			want = want[:limit]
			require.Len(t, got, limit+1, "limit %d", limit)
			got = got[:limit]
		}
		assert.Equal(t, want, []*vocab.Problem(got), "limit %d", limit)
	}
}
