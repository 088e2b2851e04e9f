package vocab_test

import (
	"encoding/json"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

func TestPosition(t *testing.T) {
	var zero vocab.Position
	if zero.IsValid() || zero.String() != "" {
		t.Errorf("zero Position: valid %v, %q", zero.IsValid(), zero.String())
	}
	p := vocab.Position{Offset: 1367, Line: 50, Column: 9}
	if !p.IsValid() || p.String() != "line 50, column 9" {
		t.Errorf("Position: valid %v, %q", p.IsValid(), p.String())
	}
}

func TestProblemMarshalJSONPosition(t *testing.T) {
	prob := vocab.Invalid(vocab.NewPath("a"), nil, "bad")
	b, _ := json.Marshal(prob)
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if _, ok := got["position"]; ok {
		t.Errorf("unknown position is encoded: %s", b)
	}
	prob.Position = vocab.Position{Offset: 0, Line: 1, Column: 1}
	b, _ = json.Marshal(prob)
	want := `"position":{"offset":0,"line":1,"column":1}}`
	if s := string(b); len(s) < len(want) || s[len(s)-len(want):] != want {
		t.Errorf("problem JSON = %s, want it to end with %s", b, want)
	}
}
