package vocab_test

import (
	"strconv"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

func TestPathRendering(t *testing.T) {
	for _, c := range []struct {
		p              *vocab.Path
		field, pointer string
	}{
		{nil, "", ""},
		{vocab.NewPath("partners"), "partners", "/partners"},
		{vocab.NewPath("partners").Index(2).Child("identifiers").Index(0).Child("value"),
			"partners[2].identifiers[0].value", "/partners/2/identifiers/0/value"},
		{vocab.NewPath("shares").Key("kcl"), "shares[kcl]", "/shares/kcl"},
		{vocab.NewPath("a", "b", "c"), "a.b.c", "/a/b/c"},
		{(*vocab.Path)(nil).Index(3), "[3]", "/3"},
		{(*vocab.Path)(nil).Key("k"), "[k]", "/k"},
		{vocab.NewPath("m").Key("a/b~c"), "m[a/b~c]", "/m/a~1b~0c"},
		{vocab.NewPath("m").Key("~1"), "m[~1]", "/m/~01"},
		{vocab.NewPath("m").Key("7"), "m[7]", "/m/7"},
		{vocab.NewPath("a~b/c"), "a~b/c", "/a~0b~1c"},
	} {
		if got := c.p.String(); got != c.field {
			t.Errorf("String() = %q, want %q", got, c.field)
		}
		if got := c.p.JSONPointer(); got != c.pointer {
			t.Errorf("%s: JSONPointer() = %q, want %q", c.field, got, c.pointer)
		}
	}
}

// unescapePointer splits an RFC 6901 pointer into its reference tokens.
func unescapePointer(s string) []string {
	if s == "" {
		return nil
	}
	toks := strings.Split(s[1:], "/")
	for i, tok := range toks {
		toks[i] = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
	}
	return toks
}

func TestJSONPointerInvertible(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var p *vocab.Path
		var want []string
		for range rapid.IntRange(0, 5).Draw(t, "depth") {
			if rapid.Bool().Draw(t, "isIndex") {
				i := rapid.IntRange(0, 99).Draw(t, "i")
				p, want = p.Index(i), append(want, strconv.Itoa(i))
			} else {
				k := rapid.StringMatching(`[a-z/~01]{0,6}`).Draw(t, "key")
				p, want = p.Key(k), append(want, k)
			}
		}
		got := unescapePointer(p.JSONPointer())
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
			t.Fatalf("pointer %q decodes to %q, want %q", p.JSONPointer(), got, want)
		}
	})
}

func TestPathConcatAndPrefix(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p, q := vocabtest.Path().Draw(t, "p"), vocabtest.Path().Draw(t, "q")
		pq := p.Concat(q)
		if !pq.HasPrefix(p) || !pq.HasPrefix(nil) || !p.HasPrefix(p) {
			t.Fatalf("%s does not have prefix %s", pq, p)
		}
		if got, want := pq.JSONPointer(), p.JSONPointer()+q.JSONPointer(); got != want {
			t.Fatalf("Concat pointer %q, want %q", got, want)
		}
		if !p.Concat(nil).Equal(p) || !(*vocab.Path)(nil).Concat(q).Equal(q) {
			t.Fatal("Concat with root is not identity")
		}
		if !pq.Equal(pq) || (q != nil && pq.Equal(p)) {
			t.Fatalf("Equal wrong for %s, %s", pq, p)
		}
		if pq.HasPrefix(p.Child("zz-not-there")) {
			t.Fatalf("%s has prefix below it", pq)
		}
		if p.IsRoot() != (p == nil) {
			t.Fatal("IsRoot wrong")
		}
	})
}

func TestPathEqualDistinguishesKinds(t *testing.T) {
	base := vocab.NewPath("x")
	for _, pair := range [][2]*vocab.Path{
		{base.Child("1"), base.Index(1)},
		{base.Child("k"), base.Key("k")},
		{base.Key("1"), base.Index(1)},
		{base.Child("a"), vocab.NewPath("y").Child("a")},
		{base, base.Child("a")},
		{nil, base},
	} {
		if pair[0].Equal(pair[1]) || pair[1].Equal(pair[0]) {
			t.Errorf("%s equals %s", pair[0], pair[1])
		}
	}
	if !vocab.NewPath("a", "b").Equal(vocab.NewPath("a").Child("b")) || !(*vocab.Path)(nil).Equal(nil) {
		t.Error("equal paths reported different")
	}
	if vocab.NewPath("a").HasPrefix(vocab.NewPath("a", "b")) {
		t.Error("shorter path has longer prefix")
	}
}
