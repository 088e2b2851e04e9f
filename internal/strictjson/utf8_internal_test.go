package strictjson

import (
	"reflect"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

type utf8Inner struct {
	Label string    `json:"label"`
	Codes [2]string `json:"codes"`
	N     int       `json:"n"`
}

type utf8Embedded struct {
	Note string `json:"note"`
}

type utf8PtrEmbedded struct {
	Remark string `json:"remark"`
}

type utf8Rich struct {
	utf8Embedded
	*utf8PtrEmbedded
	Name  string            `json:"name"`
	Inner utf8Inner         `json:"inner"`
	List  []utf8Inner       `json:"list"`
	Ptrs  []*utf8Inner      `json:"ptrs"`
	Extra map[string]string `json:"extra"`
	Any   any               `json:"any"`
	Next  *utf8Rich         `json:"next"`
	Skip  string            `json:"skip"`
}

func drawUTF8String(t *rapid.T, label string) string {
	if rapid.IntRange(0, 5).Draw(t, label+"Bad") == 0 {
		return string(rapid.SliceOfN(rapid.Byte(), 0, 4).Draw(t, label))
	}
	return rapid.StringN(0, 4, -1).Draw(t, label)
}

func drawUTF8Rich(t *rapid.T, depth int) *utf8Rich {
	s := func(l string) string { return drawUTF8String(t, l) }
	inner := func() utf8Inner { return utf8Inner{Label: s("label"), Codes: [2]string{s("c0"), s("c1")}} }
	r := &utf8Rich{utf8Embedded: utf8Embedded{Note: s("note")}, Name: s("name"), Inner: inner(), Skip: s("skip")}
	if rapid.Bool().Draw(t, "ptrEmbedded") {
		r.utf8PtrEmbedded = &utf8PtrEmbedded{Remark: s("remark")}
	}
	for range rapid.IntRange(0, 3).Draw(t, "list") {
		r.List = append(r.List, inner())
	}
	for range rapid.IntRange(0, 3).Draw(t, "ptrs") {
		if rapid.Bool().Draw(t, "nilPtr") {
			r.Ptrs = append(r.Ptrs, nil)
		} else {
			in := inner()
			r.Ptrs = append(r.Ptrs, &in)
		}
	}
	if rapid.Bool().Draw(t, "hasExtra") {
		r.Extra = map[string]string{s("key"): s("value")}
	}
	if rapid.Bool().Draw(t, "hasAny") {
		r.Any = []any{s("any"), inner()}
	}
	if depth > 0 && rapid.Bool().Draw(t, "hasNext") {
		r.Next = drawUTF8Rich(t, depth-1)
	}
	return r
}

// The fast check finds every string valid exactly when the full walk
// reports no problem: the shortcut never hides a problem nor makes one.
func TestAllValidUTF8MatchesWalk(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := drawUTF8Rich(t, 2)
		skip := []string(nil)
		if rapid.Bool().Draw(t, "skip") {
			skip = []string{"skip"}
		}
		var root any = r
		if rapid.Bool().Draw(t, "byValue") {
			root = *r
		}
		full := utf8Walker{ps: new(vocab.Collector)}
		full.value(reflectValueOf(root), planOf(reflectValueOf(root).Type()), skip)
		want := len(full.ps.Problems()) == 0
		got := allValidUTF8(reflectValueOf(root), planOf(reflectValueOf(root).Type()), skip)
		if got != want {
			t.Fatalf("fast check says valid=%v, full walk found %v", got, full.ps.Problems())
		}
		ps := CollectInvalidUTF8(new(vocab.Collector), nil, root, skip...).Problems()
		if want != (len(ps) == 0) {
			t.Fatalf("CollectInvalidUTF8 disagrees with the full walk: %v vs %v", ps, full.ps.Problems())
		}
	})
}

// A valid document allocates nothing in the check.
func TestAllValidUTF8DoesNotAllocate(t *testing.T) {
	r := &utf8Rich{Name: "ok", List: []utf8Inner{{Label: "x"}}, Ptrs: []*utf8Inner{{Label: "é"}}, Next: &utf8Rich{Name: "n"}}
	ps := new(vocab.Collector)
	if n := testing.AllocsPerRun(100, func() { CollectInvalidUTF8(ps, nil, r) }); n != 0 {
		t.Fatalf("%v allocations", n)
	}
}

func reflectValueOf(v any) reflect.Value { return reflect.ValueOf(v) }
