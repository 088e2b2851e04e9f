package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	sjs "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/ahsckit/ahsckit/ahsc/schema"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

const corpus = "../../ahsc/schema/testdata/corpus"

// invocation is one run of the program in-process.
type invocation struct {
	status         int
	stdout, stderr string
}

func runWith(t *testing.T, stdin string, args ...string) invocation {
	t.Helper()
	var out, errOut bytes.Buffer
	status := run(args, strings.NewReader(stdin), &out, &errOut)
	return invocation{status, out.String(), errOut.String()}
}

// manifestEntry is one corpus document with Go's verdict.
type manifestEntry struct {
	File    string `json:"file"`
	Schema  string `json:"schema"`
	Valid   bool   `json:"valid"`
	Pointer string `json:"pointer"`
}

func manifest(t *testing.T) []manifestEntry {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(corpus, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var es []manifestEntry
	if err := json.Unmarshal(raw, &es); err != nil {
		t.Fatal(err)
	}
	return es
}

var (
	verdictLine   = regexp.MustCompile(`^(.*): ([a-z]+): (valid|invalid)(, .*)?$`)
	problemLineRE = regexp.MustCompile(`^(.*?):(\d+):(\d+): ((?:/[^:]*)|\(root\)): (.*)$`)
)

// TestCorpus runs the validator over the whole agreement corpus, once per
// kind with -kind: each document's verdict is the manifest's, the exit
// status 1 (some are invalid), and each invalid one has a problem printed
// at or below the pointer Go reports its defect at, with a line and column.
func TestCorpus(t *testing.T) {
	es := manifest(t)
	verdicts := map[string][]string{}
	pointers := map[string][]string{}
	for _, k := range kinds {
		args := []string{"-kind", k.name}
		for _, e := range es {
			if e.Schema == k.name {
				args = append(args, filepath.Join(corpus, e.File))
			}
		}
		if len(args) == 2 {
			t.Errorf("no corpus documents of kind %s", k.name)
			continue
		}
		r := runWith(t, "", args...)
		if r.status != exitInvalid || r.stderr != "" {
			t.Fatalf("%s: status %d, stderr %q", k.name, r.status, r.stderr)
		}
		for _, line := range strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n") {
			if m := problemLineRE.FindStringSubmatch(line); m != nil {
				pointers[m[1]] = append(pointers[m[1]], m[4])
				continue
			}
			if m := verdictLine.FindStringSubmatch(line); m != nil {
				verdicts[m[1]] = []string{m[2], m[3]}
				continue
			}
			t.Errorf("unexpected output line %q", line)
		}
	}
	for _, e := range es {
		file := filepath.Join(corpus, e.File)
		v := verdicts[file]
		want := []string{e.Schema, map[bool]string{true: "valid", false: "invalid"}[e.Valid]}
		if !slices.Equal(v, want) {
			t.Errorf("%s: verdict %v, want %v", e.File, v, want)
			continue
		}
		if !e.Valid && !slices.ContainsFunc(pointers[file], func(p string) bool {
			return p == e.Pointer || strings.HasPrefix(p, e.Pointer+"/") || p == "(root)" && e.Pointer == ""
		}) {
			t.Errorf("%s: no problem at or below %q: %v", e.File, e.Pointer, pointers[file])
		}
	}
}

// TestDetectCorpus: told from its top-level keys, every corpus document
// gets its own kind, or (when it has only keys several kinds share, such
// as a bare version) none; never another kind.
func TestDetectCorpus(t *testing.T) {
	shared := map[string]int{}
	for _, ps := range rootProperties() {
		for _, p := range ps {
			shared[p]++
		}
	}
	detected := 0
	es := manifest(t)
	for _, e := range es {
		data, err := os.ReadFile(filepath.Join(corpus, e.File))
		if err != nil {
			t.Fatal(err)
		}
		k, syntax, err := detect(data, vocab.DecodeOptions{})
		switch {
		case syntax != nil:
			t.Errorf("%s: %v", e.File, syntax)
		case err == nil && k.name != e.Schema:
			t.Errorf("%s: detected as %s, is %s", e.File, k.name, e.Schema)
		case err == nil:
			detected++
		default:
			var m map[string]any
			_ = json.Unmarshal(data, &m)
			for key := range m {
				if shared[key] == 1 {
					t.Errorf("%s: not detected (%v), yet its key %q belongs to one kind", e.File, err, key)
				}
			}
		}
	}
	if detected < len(es)*9/10 {
		t.Errorf("only %d of %d corpus documents detected", detected, len(es))
	}
}

func corpusFile(name string) string { return filepath.Join(corpus, name) }

func TestValidFileExitsZero(t *testing.T) {
	r := runWith(t, "", corpusFile("valid/khp-centre.json"), corpusFile("valid/khp-policy.json"))
	if r.status != exitValid || r.stderr != "" {
		t.Fatalf("status %d, stderr %q", r.status, r.stderr)
	}
	want := corpusFile("valid/khp-centre.json") + ": centre: valid\n" + corpusFile("valid/khp-policy.json") + ": policy: valid\n"
	if r.stdout != want {
		t.Errorf("stdout %q, want %q", r.stdout, want)
	}
}

// TestProblemLine: a problem prints as FILE:LINE:COL: POINTER: MESSAGE,
// the message being the problem without its field path.
func TestProblemLine(t *testing.T) {
	f := corpusFile("invalid/hand/ledger-amount-beyond-2-53-1.json")
	r := runWith(t, "", f)
	if r.status != exitInvalid {
		t.Fatalf("status %d: %s", r.status, r.stderr)
	}
	want := f + `:20:9: /awards/0/amountAwarded/minor: out of range: "9007199254740993": want an integer from ` +
		"-9007199254740991 to 9007199254740991 (±(2^53−1), which every JSON reader holds exactly)\n" +
		f + ": ledger: invalid, 1 error\n"
	if r.stdout != want {
		t.Errorf("stdout\n%s\nwant\n%s", r.stdout, want)
	}
}

// TestStdin: "-" reads standard input, with the kind told from the keys
// or given by -kind; naming it twice is a usage error.
func TestStdin(t *testing.T) {
	raw, err := os.ReadFile(corpusFile("valid/khp-policy.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"-"}, {"-kind", "policy", "-"}} {
		r := runWith(t, string(raw), args...)
		if r.status != exitValid || r.stdout != "<stdin>: policy: valid\n" {
			t.Errorf("%v: status %d, stdout %q, stderr %q", args, r.status, r.stdout, r.stderr)
		}
	}
	r := runWith(t, "not json", "-kind", "ledger", "-")
	if r.status != exitInvalid || !strings.Contains(r.stdout, "<stdin>:1:1: (root): syntax error") {
		t.Errorf("not JSON: status %d, stdout %q", r.status, r.stdout)
	}
	r = runWith(t, "{}", "-json", "-kind", "policy", "-")
	if r.status != exitInvalid || !strings.HasPrefix(r.stdout, `{"file":"<stdin>","path":"version"`) {
		t.Errorf("-json on stdin: status %d, stdout %q", r.status, r.stdout)
	}
	r = runWith(t, string(raw), "-", "-")
	if r.status != exitUsage || !strings.Contains(r.stderr, "named twice") {
		t.Errorf("- twice: status %d, stderr %q", r.status, r.stderr)
	}
}

// TestKindFlag: -kind overrides detection, so a policy checked as a
// ledger is invalid where the ledger schema and decoder disagree with it.
func TestKindFlag(t *testing.T) {
	r := runWith(t, "", "-kind", "ledger", corpusFile("valid/khp-policy.json"))
	if r.status != exitInvalid || !strings.Contains(r.stdout, "/rules: unknown field") ||
		!strings.Contains(r.stdout, ": ledger: invalid") {
		t.Errorf("status %d, stdout %q", r.status, r.stdout)
	}
}

// TestJSONOutput: with -json every line is vocab.Problem's JSON form with
// the file first, valid against the published problem schema, and nothing
// else is printed.
func TestJSONOutput(t *testing.T) {
	f := corpusFile("invalid/ledger/share-above-one-1.json")
	r := runWith(t, "", "-json", f, corpusFile("valid/khp-ledger.json"))
	if r.status != exitInvalid || r.stderr != "" {
		t.Fatalf("status %d, stderr %q", r.status, r.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("want two problem lines, got %q", r.stdout)
	}
	sch := compileProblemSchema(t)
	for _, line := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		if !strings.HasPrefix(line, `{"file":`) || m["file"] != f {
			t.Errorf("the file is not first: %s", line)
		}
		if m["severity"] != "error" || m["position"] == nil || !strings.HasPrefix(m["pointer"].(string), "/awards/0/funders") {
			t.Errorf("unexpected problem %s", line)
		}
		if err := sch.Validate(instance(t, line)); err != nil {
			t.Errorf("%s does not match problem.schema.json: %v", line, err)
		}
	}
	want := `{"file":"` + f + `","path":"awards[0].funders[0].share","pointer":"/awards/0/funders/0/share","type":"out-of-range",` +
		`"severity":"error","value":"3/2","detail":"a share must be more than 0 and at most 1",` +
		`"message":"awards[0].funders[0].share: out of range: \"3/2\": a share must be more than 0 and at most 1",` +
		`"position":{"offset":510,"line":27,"column":11}}`
	if !slices.Contains(lines, want) {
		t.Errorf("no line\n%s\nin\n%s", want, r.stdout)
	}
}

// TestWarningsAreNotFailures: a ledger of a newer minor version with a
// field this release does not know is valid with one warning (Go's); the
// schema's refusal of the same field says the same and is left out.
func TestWarningsAreNotFailures(t *testing.T) {
	doc := editJSON(t, corpusFile("valid/khp-ledger.json"), func(m map[string]any) {
		m["version"] = "1.7"
		m["awards"].([]any)[0].(map[string]any)["fundingScheme"] = "fellowship"
	})
	r := runWith(t, doc, "-")
	if r.status != exitValid {
		t.Fatalf("status %d, stdout %q", r.status, r.stdout)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "/awards/0/fundingScheme: warning: unknown field: skipped") ||
		lines[1] != "<stdin>: ledger: valid, 1 warning" {
		t.Errorf("stdout %q", r.stdout)
	}
	// At the current version the same field is an error.
	doc = strings.Replace(doc, `"1.7"`, `"1.0"`, 1)
	if r := runWith(t, doc, "-"); r.status != exitInvalid {
		t.Errorf("at version 1.0: status %d, stdout %q", r.status, r.stdout)
	}
}

// TestSchemaProblemsGoDoesNotReport: when strict decoding refuses a value,
// Go does not validate further, and the schema's errors elsewhere are
// printed after Go's, marked "schema:", with their positions.
func TestSchemaProblemsGoDoesNotReport(t *testing.T) {
	doc := editJSON(t, corpusFile("valid/khp-ledger.json"), func(m map[string]any) {
		m["currency"] = 7                                           // decoding refuses it: Go stops there
		m["awards"].([]any)[0].(map[string]any)["id"] = "Not An ID" // only the schema sees it
		delete(m["awards"].([]any)[1].(map[string]any), "recipient")
	})
	r := runWith(t, doc, "-")
	if r.status != exitInvalid {
		t.Fatalf("status %d", r.status)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	var ptrs []string
	for _, l := range lines[:len(lines)-1] {
		m := problemLineRE.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("line %q", l)
		}
		ptrs = append(ptrs, m[4])
		if m[4] != "/currency" && !strings.Contains(m[5], "schema: ") {
			t.Errorf("a schema problem without its mark: %q", l)
		}
	}
	want := []string{"/currency", "/awards/0/id", "/awards/1/recipient"}
	if !slices.Equal(ptrs, want) {
		t.Errorf("pointers %v, want %v\n%s", ptrs, want, r.stdout)
	}
	if !strings.Contains(r.stdout, "/awards/1/recipient: required value: schema: missing property \"recipient\" (schema ledger.schema.json#/$defs/FundingAward/required)") {
		t.Errorf("the missing member is not reported at its pointer with the keyword:\n%s", r.stdout)
	}
}

// TestUsageAndIOErrors: status 2, and 2 wins over 1 while the other files
// are still checked.
func TestUsageAndIOErrors(t *testing.T) {
	dir := t.TempDir()
	unknown := filepath.Join(dir, "unknown.json")
	both := filepath.Join(dir, "both.json")
	array := filepath.Join(dir, "array.json")
	for name, content := range map[string]string{unknown: `{"colour":"red"}`, both: `{"rules":[],"partners":[]}`, array: `[1]`} {
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	invalid := corpusFile("invalid/hand/centre-null-governance.json")
	for _, tc := range []struct {
		args   []string
		stderr string
	}{
		{nil, "usage: validate"},
		{[]string{"-kind", "budget", invalid}, `unknown -kind "budget"`},
		{[]string{"-max-problems", "0", invalid}, "want at least 1"},
		{[]string{"-nosuchflag", invalid}, "flag provided but not defined"},
		{[]string{filepath.Join(dir, "missing.json"), invalid}, "no such file"},
		{[]string{dir, invalid}, "is a directory"},
		{[]string{unknown, invalid}, `cannot tell the document's kind from its top-level keys ("colour"); pass -kind`},
		{[]string{both, invalid}, "fit more than one kind (centre, policy)"},
		{[]string{array, invalid}, "is a JSON array, not an object"},
	} {
		r := runWith(t, "", tc.args...)
		if r.status != exitUsage || !strings.Contains(r.stderr, tc.stderr) {
			t.Errorf("%v: status %d, stderr %q, want 2 and %q", tc.args, r.status, r.stderr, tc.stderr)
		}
		if len(tc.args) > 0 && tc.args[len(tc.args)-1] == invalid && !strings.HasPrefix(tc.args[0], "-") &&
			!strings.Contains(r.stdout, invalid+": centre: invalid, 1 error") {
			t.Errorf("%v: the invalid file was not checked: %q", tc.args, r.stdout)
		}
	}
	if r := runWith(t, "", "-h"); r.status != exitValid || !strings.Contains(r.stderr, "usage: validate") {
		t.Errorf("-h: status %d, stderr %q", r.status, r.stderr)
	}
}

// TestKindTable: every kind has a published schema with keys only it
// allows, and every published document schema (but the validator's own
// output) has a kind, so a new document reaches the validator as one entry.
func TestKindTable(t *testing.T) {
	if _, err := compiled(); err != nil {
		t.Fatal(err)
	}
	for _, k := range kinds {
		if len(distinctiveKeys()[k.name]) == 0 {
			t.Errorf("kind %s: no top-level key only its schema allows", k.name)
		}
	}
	for _, d := range schema.Documents() {
		if _, ok := kindNamed(d.Name); !ok && d.Name != "problem" {
			t.Errorf("schema %s has no kind in the validator", d.Name)
		}
	}
}

func editJSON(t *testing.T, file string, edit func(map[string]any)) string {
	t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// compileProblemSchema compiles the published schema of the -json lines.
func compileProblemSchema(t *testing.T) *sjs.Schema {
	t.Helper()
	c := sjs.NewCompiler()
	c.AssertFormat()
	c.UseLoader(noNetwork{})
	doc := instance(t, string(schema.JSON("problem")))
	id := doc.(map[string]any)["$id"].(string)
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(id)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func instance(t *testing.T, s string) any {
	t.Helper()
	v, err := sjs.UnmarshalJSON(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestLocateAgreesWithGo: the positions the validator gives schema
// problems are those the Go decoders give: on every problem Go reports in
// the invalid corpus (but syntax and repeated keys, which name a fault,
// not a value), locate finds the position Go found.
func TestLocateAgreesWithGo(t *testing.T) {
	compared := 0
	for _, e := range manifest(t) {
		if e.Valid {
			continue
		}
		data, err := os.ReadFile(filepath.Join(corpus, e.File))
		if err != nil {
			t.Fatal(err)
		}
		k, _ := kindNamed(e.Schema)
		ps, err := k.check(data, vocab.DecodeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			if p.Type == vocab.ErrSyntax || p.Type == vocab.ErrDuplicate || !p.Position.IsValid() || p.Path == nil {
				continue
			}
			q := *p
			q.Position = vocab.Position{}
			locate(data, vocab.Problems{&q})
			if q.Position != p.Position {
				t.Errorf("%s: %s: locate gives %+v, Go %+v", e.File, p.Pointer(), q.Position, p.Position)
			}
			compared++
		}
	}
	if compared < 100 {
		t.Errorf("compared only %d positions", compared)
	}
}
