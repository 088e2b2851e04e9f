package schema

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

func TestIntRange(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		lo := rapid.Uint64Range(0, 20000).Draw(t, "lo")
		hi := rapid.Uint64Range(lo, 30000).Draw(t, "hi")
		re := regexp.MustCompile(`^(` + intRange(lo, hi) + `)$`)
		n := rapid.Uint64Range(0, 40000).Draw(t, "n")
		if got, want := re.MatchString(strconv.FormatUint(n, 10)), lo <= n && n <= hi; got != want {
			t.Fatalf("intRange(%d, %d) matches %d: %v, want %v (%s)", lo, hi, n, got, want, re)
		}
		if re.MatchString("0" + strconv.FormatUint(n, 10)) {
			t.Fatalf("intRange(%d, %d) matches a leading zero", lo, hi)
		}
	})
}

// within reports whether r lies within b.
func within(r vocab.Ratio, b ratioBounds) bool {
	c := r.Compare(vocab.IntRatio(int64(b.lo)))
	if c < 0 || b.loExcl && c == 0 {
		return false
	}
	return !b.hasUpper || r.Compare(vocab.IntRatio(int64(b.hi))) <= 0
}

// The bounded ratio patterns accept exactly the text vocab.ParseRatio
// accepts with a value within the bounds, except that a fraction "n/d" is
// bounded only by its sign (the Go-only rule "ratio-fractions").
func TestRatioBoundPatternsMatchGo(t *testing.T) {
	for _, b := range []ratioBounds{
		{lo: 0, hasLo: true, hi: 1, hasUpper: true},
		{lo: 0, loExcl: true, hasLo: true, hi: 1, hasUpper: true},
		{lo: 0, hasLo: true},
		{lo: 0, loExcl: true, hasLo: true},
		{lo: 1, hasLo: true, hi: 10000, hasUpper: true},
		{lo: 0, loExcl: true, hasLo: true, hi: 1000000, hasUpper: true},
		{lo: 0, hasLo: true, hi: 10000, hasUpper: true},
		{lo: 2, hasLo: true},
		{lo: 1, hasLo: true, hi: 1, hasUpper: true},
	} {
		t.Run(b.defName(), func(t *testing.T) {
			re := regexp.MustCompile(b.pattern())
			gen := rapid.OneOf(
				tokens(6, "0", "1", "2", "5", "9", "00", ".", "-", "+", "%", "/", "10", "100", "000"),
				rapid.Map(rapid.Uint64Range(0, 2*max(b.hi, 2)*100), func(n uint64) string { return strconv.FormatUint(n, 10) + "%" }),
				rapid.Map(rapid.Uint64Range(0, 2*max(b.hi, 2)*1000), func(n uint64) string {
					s := strconv.FormatUint(n, 10)
					for len(s) < 4 {
						s = "0" + s
					}
					return s[:len(s)-3] + "." + s[len(s)-3:]
				}),
				rapid.Map(rapid.Uint64Range(0, 2*max(b.hi, 2)), func(n uint64) string { return strconv.FormatUint(n, 10) }),
			)
			rapid.Check(t, func(t *rapid.T) {
				s := gen.Draw(t, "s")
				r, err := vocab.ParseRatio(s)
				want := err == nil && within(r, b)
				got := re.MatchString(s)
				if got == want {
					return
				}
				if got && strings.Contains(s, "/") {
					return // a fraction's bounds beyond its sign are Go-only
				}
				t.Fatalf("%q: pattern %v, Go %v (err %v)", s, got, want, err)
			})
		})
	}
}

func TestParseRatioBounds(t *testing.T) {
	for _, c := range []struct {
		tag  map[string]string
		name string
		ok   bool
		err  bool
	}{
		{map[string]string{"minimum": "0", "maximum": "1"}, "VocabRatioFrom0To1", true, false},
		{map[string]string{"exclusiveMinimum": "0", "maximum": "1"}, "VocabRatioAbove0To1", true, false},
		{map[string]string{"minimum": "0"}, "VocabRatioFrom0", true, false},
		{map[string]string{}, "", false, false},
		{map[string]string{"maximum": "1"}, "", false, true},
		{map[string]string{"exclusiveMinimum": "1"}, "", false, true},
		{map[string]string{"minimum": "0.5"}, "", false, true},
		{map[string]string{"minimum": "2", "maximum": "1"}, "", false, true},
		{map[string]string{"minimum": "0", "exclusiveMaximum": "1"}, "", false, true},
	} {
		b, ok, err := parseRatioBounds(c.tag)
		if ok != c.ok || (err != nil) != c.err || ok && b.defName() != c.name {
			t.Errorf("%v: got %v %v %v, want %v %v %v", c.tag, b.defName(), ok, err, c.name, c.ok, c.err)
		}
	}
}
