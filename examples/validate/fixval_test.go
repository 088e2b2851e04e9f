package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/schema"
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

// TestNewerMinorWarningNamesSchemaRefusal: a centre of a newer minor
// version with an unknown top-level key is valid with one warning, and the
// warning says the schema of this release refuses the field; the README
// states the policy.
func TestNewerMinorWarningNamesSchemaRefusal(t *testing.T) {
	doc := editJSON(t, "../../ahsc/reference/json/khp.json", func(m map[string]any) {
		m["version"] = "1.3"
		m["colour"] = "red"
	})
	r := runWith(t, doc, "-")
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if r.status != exitValid || len(lines) != 2 || lines[1] != "<stdin>: centre: valid, 1 warning" {
		t.Fatalf("status %d, stdout %q", r.status, r.stdout)
	}
	if !strings.Contains(lines[0], "/colour: warning: unknown field: skipped: not in version 1.0, which this release reads; "+
		"the schema of this release refuses it (schema centre.schema.json#/") {
		t.Errorf("warning %q does not say the schema refuses the field", lines[0])
	}
	if err := mustSchema(t, "centre", doc); err == nil {
		t.Error("the schema accepts the field: the note would be false")
	}
	sec := readmeSection(t)
	for _, s := range []string{"newer minor version", "Go skips each such field with a\nwarning", "the schema of this release refuses the\nfield"} {
		if !strings.Contains(sec, s) {
			t.Errorf("README section lacks %q", s)
		}
	}
}

// mustSchema validates doc against the embedded schema of kind.
func mustSchema(t *testing.T, kind, doc string) error {
	t.Helper()
	ss, err := compiled()
	if err != nil {
		t.Fatal(err)
	}
	return ss[kind].Validate(instance(t, doc))
}

// readmeSection returns the README's section on the validator.
func readmeSection(t *testing.T) string {
	t.Helper()
	raw, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(raw)
	i := strings.Index(s, "## Check a document without writing Go")
	if i < 0 {
		t.Fatal("README has no validator section")
	}
	s = s[i:]
	if j := strings.Index(s[3:], "\n## "); j >= 0 {
		s = s[:j+3]
	}
	return s
}

// TestExitTwoWhenKindUnknown: a document whose kind cannot be told exits
// 2, as the README's exit-status sentence and the usage message say.
func TestExitTwoWhenKindUnknown(t *testing.T) {
	for _, in := range []string{"[1]", "{}"} {
		if r := runWith(t, in, "-"); r.status != exitUsage || !strings.Contains(r.stderr, "pass -kind") {
			t.Errorf("%s: status %d, stderr %q", in, r.status, r.stderr)
		}
	}
	sec := strings.Join(strings.Fields(readmeSection(t)), " ")
	if !strings.Contains(sec, "2 usage or I/O error, or a document whose kind cannot be told") || !strings.Contains(sec, "pass `-kind`") {
		t.Error("the README's exit status does not name a document whose kind cannot be told")
	}
	if r := runWith(t, "", "-h"); !strings.Contains(r.stderr, "or a document whose kind cannot be told") {
		t.Errorf("usage: %q", r.stderr)
	}
}

// TestOnlyDaysCarryFormatDate: in every published schema only VocabDay
// carries "format": "date" (other dates have a pattern alone), as the
// README says.
func TestOnlyDaysCarryFormatDate(t *testing.T) {
	for _, k := range kinds {
		var s struct {
			Defs map[string]map[string]any `json:"$defs"`
		}
		if err := json.Unmarshal(schema.JSON(k.name), &s); err != nil {
			t.Fatal(err)
		}
		for name, d := range s.Defs {
			if d["format"] == "date" && name != "VocabDay" {
				t.Errorf("%s: %s carries format date", k.name, name)
			}
		}
		if d, ok := s.Defs["VocabDate"]; ok && (d["format"] != nil || d["pattern"] == nil) {
			t.Errorf("%s: VocabDate: %v", k.name, d)
		}
		if n := strings.Count(string(schema.JSON(k.name)), `"format": "date"`); n > 1 {
			t.Errorf("%s: format date %d times", k.name, n)
		}
	}
	sec := strings.Join(strings.Fields(readmeSection(t)), " ")
	if strings.Contains(sec, "Dates carry `\"format\": \"date\"`") ||
		!strings.Contains(sec, "Only dates that must be a day (`VocabDay`") || !strings.Contains(sec, "have only a `pattern`") {
		t.Error("the README misstates which dates carry format date")
	}
}

// TestPositionIsTheMemberKey: a bad value's line:column is where its
// member's key starts, as the README and the package doc say.
func TestPositionIsTheMemberKey(t *testing.T) {
	doc := "{\n  \"version\": \"1.0\",\n  \"currency\":    7\n}\n"
	r := runWith(t, doc, "-kind", "ledger", "-")
	if !strings.Contains(r.stdout, "<stdin>:3:3: /currency: ") {
		t.Errorf("stdout %q: want the problem at the key, 3:3", r.stdout)
	}
	sec := strings.Join(strings.Fields(readmeSection(t)), " ")
	if !strings.Contains(sec, "is where the member's key starts, not its value") {
		t.Error("the README does not say which position is printed")
	}
	src, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(strings.Fields(string(src)), " "), "// member's key starts, not its value") {
		t.Error("the package doc does not say which position is printed")
	}
}

// TestRecountIsBounded: when even the counting check is cut, the summary
// gives the errors counted as a lower bound.
func TestRecountIsBounded(t *testing.T) {
	defer func(n int) { recountLimit = n }(recountLimit)
	recountLimit = 3
	cut := runWith(t, twoDefects(t), "-max-problems", "2", "-")
	lines := strings.Split(strings.TrimSuffix(cut.stdout, "\n"), "\n")
	if got := lines[len(lines)-1]; !strings.HasPrefix(got, "<stdin>: centre: invalid, at least 3 errors") {
		t.Errorf("summary %q, want a lower bound of 3 errors", got)
	}
}
