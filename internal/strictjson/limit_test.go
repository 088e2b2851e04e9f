package strictjson

import (
	"strings"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

func TestMaxProblemsSaysTheListWasCut(t *testing.T) {
	type doc struct {
		A []int `json:"a"`
	}
	in := `{"a":["x","x","x","x","x","x"]}`
	ps := Unmarshal([]byte(in), &doc{}, Options{MaxProblems: 3})
	if len(ps) != 4 {
		t.Fatalf("want 3 problems and a closing note, got %d: %v", len(ps), ps)
	}
	last := ps[len(ps)-1]
	if last.Type != vocab.ErrOutOfRange || !last.Path.IsRoot() || !strings.Contains(last.Detail, "stopped listing after 3 problems; 3 more found") {
		t.Fatalf("closing problem = %v", last)
	}
	if ps := Unmarshal([]byte(`{"a":["x"]}`), &doc{}, Options{MaxProblems: 3}); len(ps) != 1 {
		t.Fatalf("below the limit no note is added: %v", ps)
	}
}
