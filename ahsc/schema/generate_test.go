package schema

import (
	"bytes"
	"flag"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/invopop/jsonschema"
)

var update = flag.Bool("update", false, "regenerate json/*.schema.json and json/comments.json from the Go types")

const modulePath = "github.com/ahsckit/ahsckit"

// repoRoot is the module root relative to this package's directory, where
// go test runs.
const repoRoot = "../.."

// generated is one generation of the published files.
type generated struct {
	schemas  map[string][]byte // by document name
	comments []byte
	namer    *namer // the namer shared by all documents, for collision checks
}

// generate builds every document schema from the Go types, with
// descriptions from the doc comments of the packages they reach, and the
// comments file holding exactly the comments used.
func generate(t testing.TB) generated {
	t.Helper()
	all := map[string]string{}
	for _, pkg := range reachablePackages() {
		if err := extractComments(pkg, all); err != nil {
			t.Fatalf("reading doc comments of %s: %v", pkg, err)
		}
	}
	used := map[string]string{}
	r, n := newReflector(all)
	lookup := r.LookupComment
	r.LookupComment = func(typ reflect.Type, field string) string {
		key := commentKey(typ, field)
		if c, ok := all[key]; ok {
			used[key] = c
		}
		return lookup(typ, field)
	}
	g := generated{schemas: map[string][]byte{}, namer: n}
	for _, d := range documents {
		b, err := Marshal(reflectDocument(r, d))
		if err != nil {
			t.Fatalf("%s: %v", d.name, err)
		}
		g.schemas[d.name] = b
	}
	b, err := Marshal(problemSchema(r))
	if err != nil {
		t.Fatalf("%s: %v", problemName, err)
	}
	g.schemas[problemName] = b
	g.comments = marshalComments(used)
	return g
}

// reachablePackages lists the module's packages whose types the documents
// reach, in first-reached order.
func reachablePackages() []string {
	var pkgs []string
	seen := map[string]bool{}
	for _, d := range documents {
		walkTypes(d.goType, func(t reflect.Type, _ []reflect.StructField) {
			p := t.PkgPath()
			if strings.HasPrefix(p, modulePath) && !seen[p] {
				seen[p] = true
				pkgs = append(pkgs, p)
			}
		})
	}
	return pkgs
}

// extractComments adds the doc comments of pkg's exported types and their
// fields to m, keyed like invopop's CommentMap. Test files are skipped.
func extractComments(pkg string, m map[string]string) error {
	dir := filepath.Join(repoRoot, strings.TrimPrefix(pkg, modulePath))
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			return err
		}
		files = append(files, f)
	}
	p, err := doc.NewFromFiles(fset, files, pkg, doc.PreserveAST)
	if err != nil {
		return err
	}
	for _, typ := range p.Types {
		if c := plainText(typ.Doc); c != "" {
			m[pkg+"."+typ.Name] = c
		}
		for _, spec := range typ.Decl.Specs {
			ts, ok := spec.(*ast.TypeSpec)
			if !ok || ts.Name.Name != typ.Name {
				continue
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				continue
			}
			for _, f := range st.Fields.List {
				c := plainText(f.Doc.Text())
				if c == "" {
					c = plainText(f.Comment.Text())
				}
				for _, name := range f.Names {
					if c != "" && name.IsExported() {
						m[pkg+"."+typ.Name+"."+name.Name] = c
					}
				}
			}
		}
	}
	return nil
}

// TestPublishedUpToDate fails when the committed schemas or comments differ
// from what the Go types and their doc comments generate now; run
// go test ./ahsc/schema -update to regenerate them.
func TestPublishedUpToDate(t *testing.T) {
	g := generate(t)
	want := map[string][]byte{commentsFile: g.comments}
	for name, b := range g.schemas {
		want["json/"+name+".schema.json"] = b
	}
	for file, b := range want {
		if *update {
			if err := os.WriteFile(file, b, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v; run go test ./ahsc/schema -update", err)
		}
		if !bytes.Equal(got, b) {
			t.Errorf("%s is out of date; run go test ./ahsc/schema -update", file)
		}
	}
}

// TestGenerationDeterministic generates everything twice and expects the
// same bytes.
func TestGenerationDeterministic(t *testing.T) {
	a, b := generate(t), generate(t)
	if !bytes.Equal(a.comments, b.comments) {
		t.Error("comments differ between two generations")
	}
	for name := range a.schemas {
		if !bytes.Equal(a.schemas[name], b.schemas[name]) {
			t.Errorf("%s differs between two generations", name)
		}
	}
}

// TestRuntimeMatchesPublished checks that each schema built at run time is
// byte for byte the published one, so JSON and Documents agree.
func TestRuntimeMatchesPublished(t *testing.T) {
	if *update {
		t.Skip("the embedded files are those from before -update; run the tests again")
	}
	for _, d := range Documents() {
		b, err := Marshal(d.Schema())
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, JSON(d.Name)) {
			t.Errorf("%s: runtime schema differs from json/%s.schema.json; run go test ./ahsc/schema -update", d.Name, d.Name)
		}
		if got := d.Schema().ID; got != jsonschema.ID(d.ID()) {
			t.Errorf("%s: $id %q, want %q", d.Name, got, d.ID())
		}
	}
	if JSON("no-such-document") != nil {
		t.Error("JSON of an unknown name is not nil")
	}
}

// TestNoDefinitionNameFallbacks checks that every type reached by the
// documents got its short package-qualified name: no two short names collide.
func TestNoDefinitionNameFallbacks(t *testing.T) {
	if fb := generate(t).namer.fallbacks; len(fb) > 0 {
		t.Errorf("definition names collided and fell back to full paths: %v", fb)
	}
}

const (
	readmeFile       = repoRoot + "/README.md"
	goOnlyTableStart = "<!-- go-only-rules:start (generated by go test ./ahsc/schema -update) -->\n"
	goOnlyTableEnd   = "<!-- go-only-rules:end -->\n"
)

// withGoOnlyTable returns readme with the Go-only rules table between its
// markers, and false when the markers are missing.
func withGoOnlyTable(readme []byte) ([]byte, bool) {
	s := string(readme)
	i := strings.Index(s, goOnlyTableStart)
	j := strings.Index(s, goOnlyTableEnd)
	if i < 0 || j < i {
		return nil, false
	}
	return []byte(s[:i+len(goOnlyTableStart)] + GoOnlyRulesMarkdown() + s[j:]), true
}

// TestReadmeGoOnlyTable: the README's table of Go-only rules is the one
// GoOnlyRules gives.
func TestReadmeGoOnlyTable(t *testing.T) {
	readme, err := os.ReadFile(readmeFile)
	if err != nil {
		t.Fatal(err)
	}
	want, ok := withGoOnlyTable(readme)
	if !ok {
		t.Fatalf("README.md has no %q ... %q markers", goOnlyTableStart, goOnlyTableEnd)
	}
	if *update {
		if err := os.WriteFile(readmeFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(readme, want) {
		t.Error("README.md's table of Go-only rules is out of date; run go test ./ahsc/schema -update")
	}
}
