package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// twoDefects is the reference KHP centre with a partner's ID used twice
// and a membership that ends before it starts: many problems follow.
func twoDefects(t *testing.T) string {
	t.Helper()
	return editJSON(t, "../../ahsc/reference/json/khp.json", func(m map[string]any) {
		ps := m["partners"].([]any)
		ps[1].(map[string]any)["id"] = ps[0].(map[string]any)["id"]
		ps[0].(map[string]any)["memberships"].([]any)[0].(map[string]any)["left"] = "2008"
	})
}

// TestCutListCountsEveryProblem: past -max-problems the summary counts
// every error found, as an uncut run does, and the closing problem is at
// the root without a position, in text and -json.
func TestCutListCountsEveryProblem(t *testing.T) {
	doc := twoDefects(t)
	full := runWith(t, doc, "-")
	lines := strings.Split(strings.TrimSuffix(full.stdout, "\n"), "\n")
	wantSummary := lines[len(lines)-1]
	if len(lines) < 5 || !strings.HasPrefix(wantSummary, "<stdin>: centre: invalid, ") {
		t.Fatalf("uncut run: %q", full.stdout)
	}
	cut := runWith(t, doc, "-max-problems", "2", "-")
	lines = strings.Split(strings.TrimSuffix(cut.stdout, "\n"), "\n")
	if cut.status != exitInvalid || len(lines) != 4 {
		t.Fatalf("status %d, stdout %q", cut.status, cut.stdout)
	}
	if lines[3] != wantSummary {
		t.Errorf("summary %q, want the uncut run's %q", lines[3], wantSummary)
	}
	if !strings.HasPrefix(lines[2], "<stdin>: (root): out of range: stopped listing after 2 problems; ") {
		t.Errorf("closing line %q: want it at the root without line:column", lines[2])
	}
	js := runWith(t, doc, "-json", "-max-problems", "2", "-")
	jl := strings.Split(strings.TrimSuffix(js.stdout, "\n"), "\n")
	var last map[string]any
	if err := json.Unmarshal([]byte(jl[len(jl)-1]), &last); err != nil {
		t.Fatal(err)
	}
	if _, ok := last["position"]; ok || last["pointer"] != "" {
		t.Errorf("closing problem in -json: %s", jl[len(jl)-1])
	}
	if err := compileProblemSchema(t).Validate(instance(t, jl[len(jl)-1])); err != nil {
		t.Errorf("%s: %v", jl[len(jl)-1], err)
	}
}

// TestSyntaxErrorVerdict: a document that is not JSON, checked without
// -kind, gets a verdict with the kind's placeholder, and its problem line
// gives the position once.
func TestSyntaxErrorVerdict(t *testing.T) {
	r := runWith(t, "{\"version\": \"1.0\",\n", "-")
	want := "<stdin>:2:1: (root): syntax error: unexpected end of input looking for the beginning of an object key\n" +
		"<stdin>: (unknown kind): invalid, 1 error\n"
	if r.status != exitInvalid || r.stdout != want {
		t.Errorf("status %d, stdout\n%s\nwant\n%s", r.status, r.stdout, want)
	}
	// -json keeps the library's message whole.
	r = runWith(t, "{\"version\": \"1.0\",\n", "-json", "-")
	if !strings.Contains(r.stdout, `at line 2, column 1"`) {
		t.Errorf("-json: %s", r.stdout)
	}
}
