package schema

import (
	"encoding/json"
	"maps"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// genProblem draws any vocab.Problem a validator may report.
func genProblem() *rapid.Generator[*vocab.Problem] {
	return rapid.Custom(func(t *rapid.T) *vocab.Problem {
		var path *vocab.Path
		for i := range rapid.IntRange(0, 4).Draw(t, "depth") {
			if rapid.Bool().Draw(t, "index") && i > 0 {
				path = path.Index(rapid.IntRange(0, 1000).Draw(t, "i"))
			} else {
				path = path.Child(rapid.StringMatching(`[a-z~/]{1,6}`).Draw(t, "name"))
			}
		}
		p := &vocab.Problem{
			Path:     path,
			Type:     rapid.SampledFrom(vocab.ProblemTypes().Values()).Draw(t, "type"),
			Severity: rapid.SampledFrom(append(vocab.Severities().Values(), "")).Draw(t, "severity"),
			Value:    rapid.SampledFrom([]any{nil, "x", 7, int64(-1) << 62, vocab.MustRatio(3, 2), true}).Draw(t, "value"),
			Detail:   rapid.String().Draw(t, "detail"),
			Allowed:  rapid.SliceOfN(rapid.String(), 0, 3).Draw(t, "allowed"),
		}
		if rapid.Bool().Draw(t, "positioned") {
			p.Position = vocab.Position{Offset: rapid.Int64Range(0, 1<<40).Draw(t, "offset"),
				Line: rapid.IntRange(1, 1<<20).Draw(t, "line"), Column: rapid.IntRange(1, 1<<20).Draw(t, "column")}
		}
		return p
	})
}

// TestProblemSchema: every problem's JSON form, alone and with the
// validator's "file" first, passes the published problem schema; the
// schema names exactly the members MarshalJSON writes, and refuses others.
func TestProblemSchema(t *testing.T) {
	sch := compile(t, JSON(problemName))
	rapid.Check(t, func(t *rapid.T) {
		b, err := json.Marshal(genProblem().Draw(t, "problem"))
		if err != nil {
			t.Fatal(err)
		}
		if err := validate(sch, b); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		withFile := append([]byte(`{"file":"x.json",`), b[1:]...)
		if err := validate(sch, withFile); err != nil {
			t.Fatalf("%s: %v", withFile, err)
		}
		extra := append([]byte(`{"bogus":1,`), b[1:]...)
		if validate(sch, extra) == nil {
			t.Fatalf("accepts %s", extra)
		}
	})
	full, err := json.Marshal(&vocab.Problem{Path: vocab.NewPath("a"), Type: vocab.ErrInvalid, Value: "v", Detail: "d",
		Allowed: []string{"x"}, Position: vocab.Position{Offset: 1, Line: 1, Column: 2}})
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(full, &m); err != nil {
		t.Fatal(err)
	}
	written := append(slices.Sorted(maps.Keys(m)), "file")
	slices.Sort(written)
	def := Problem().Definitions["VocabProblem"]
	var named []string
	for p := def.Properties.Oldest(); p != nil; p = p.Next() {
		named = append(named, p.Key)
		if p.Value.Description == "" {
			t.Errorf("property %s has no description", p.Key)
		}
	}
	slices.Sort(named)
	if !slices.Equal(written, named) {
		t.Errorf("MarshalJSON writes %v (with file), the schema names %v", written, named)
	}
	for _, bad := range []string{
		`{"path":"","pointer":"","type":"bogus","severity":"error","message":"m"}`,
		`{"path":"","pointer":"","type":"invalid","severity":"fatal","message":"m"}`,
		`{"path":"","pointer":"","type":"invalid","severity":"error"}`,
		`{"path":"","pointer":"","type":"invalid","severity":"error","message":"m","position":{"offset":0,"line":0,"column":1}}`,
	} {
		if validate(sch, []byte(bad)) == nil {
			t.Errorf("accepts %s", bad)
		}
	}
}
