package apicheck

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite .ci/api.txt from the current API")

const module = "github.com/ahsckit/ahsckit"

// publicRoots are the top-level folders holding public packages.
var publicRoots = []string{"ahsc", "governance", "programme", "funding"}

// pkg is one parsed public package.
type pkg struct {
	path  string // import path
	dir   string
	fset  *token.FileSet
	files []*ast.File // non-test files
	tests []*ast.File // _test.go files
}

func repoRoot(t testing.TB) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("no go.mod at %s", root)
	}
	return root
}

// publicPackages parses every package under the public roots, skipping
// internal and testdata folders.
func publicPackages(t testing.TB) []*pkg {
	t.Helper()
	root := repoRoot(t)
	var out []*pkg
	for _, top := range publicRoots {
		err := filepath.WalkDir(filepath.Join(root, top), func(dir string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return err
			}
			if name := d.Name(); name == "testdata" || name == "internal" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
				return filepath.SkipDir
			}
			p, err := parsePackage(root, dir)
			if err != nil {
				return err
			}
			if p != nil {
				out = append(out, p)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func parsePackage(root, dir string) (*pkg, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	rel, _ := filepath.Rel(root, dir)
	p := &pkg{path: module + "/" + filepath.ToSlash(rel), dir: dir, fset: token.NewFileSet()}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		f, err := parser.ParseFile(p.fset, filepath.Join(dir, e.Name()), nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		if strings.HasSuffix(e.Name(), "_test.go") {
			p.tests = append(p.tests, f)
		} else {
			p.files = append(p.files, f)
		}
	}
	if len(p.files) == 0 && len(p.tests) == 0 {
		return nil, nil
	}
	return p, nil
}

// node prints an AST node as Go source on one line.
func (p *pkg) node(n ast.Node) string {
	var b bytes.Buffer
	if err := (&printer.Config{Mode: printer.RawFormat}).Fprint(&b, p.fset, n); err != nil {
		return fmt.Sprintf("<%v>", err)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// fieldTypes prints a parameter or result list without names: "(int, int)".
func (p *pkg) fieldTypes(fl *ast.FieldList) string {
	if fl == nil {
		return "()"
	}
	var parts []string
	for _, f := range fl.List {
		n := max(len(f.Names), 1)
		for range n {
			parts = append(parts, p.node(f.Type))
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

func (p *pkg) signature(ft *ast.FuncType) string {
	s := p.fieldTypes(ft.Params)
	if ft.Results != nil && len(ft.Results.List) > 0 {
		r := p.fieldTypes(ft.Results)
		if len(ft.Results.List) == 1 && len(ft.Results.List[0].Names) <= 1 {
			r = strings.TrimSuffix(strings.TrimPrefix(r, "("), ")")
		}
		s += " " + r
	}
	return s
}

func (p *pkg) typeParams(fl *ast.FieldList) string {
	if fl == nil || len(fl.List) == 0 {
		return ""
	}
	var parts []string
	for _, f := range fl.List {
		var names []string
		for _, n := range f.Names {
			names = append(names, n.Name)
		}
		parts = append(parts, strings.Join(names, ", ")+" "+p.node(f.Type))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// receiverType returns the receiver's base type name and its printed form.
func (p *pkg) receiverType(fd *ast.FuncDecl) (base, printed string) {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return "", ""
	}
	t := fd.Recv.List[0].Type
	printed = p.node(t)
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
			continue
		case *ast.IndexExpr:
			t = x.X
			continue
		case *ast.IndexListExpr:
			t = x.X
			continue
		case *ast.Ident:
			return x.Name, printed
		}
		return "", printed
	}
}

// listing returns the sorted API lines of p, as Go's api files write them.
func (p *pkg) listing() []string {
	var lines []string
	add := func(format string, args ...any) {
		lines = append(lines, "pkg "+p.path+", "+fmt.Sprintf(format, args...))
	}
	for _, f := range p.files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() {
					continue
				}
				if base, recv := p.receiverType(d); recv != "" {
					if ast.IsExported(base) {
						add("method (%s) %s%s", recv, d.Name.Name, p.signature(d.Type))
					}
					continue
				}
				add("func %s%s%s", d.Name.Name, p.typeParams(d.Type.TypeParams), p.signature(d.Type))
			case *ast.GenDecl:
				p.genDeclLines(d, add)
			}
		}
	}
	slices.Sort(lines)
	return slices.Compact(lines)
}

func (p *pkg) genDeclLines(d *ast.GenDecl, add func(string, ...any)) {
	var carried ast.Expr // the type an iota const group carries forward
	for _, s := range d.Specs {
		switch s := s.(type) {
		case *ast.TypeSpec:
			if !s.Name.IsExported() {
				continue
			}
			name := s.Name.Name + p.typeParams(s.TypeParams)
			if s.Assign.IsValid() {
				add("type %s = %s", name, p.node(s.Type))
				continue
			}
			switch t := s.Type.(type) {
			case *ast.StructType:
				add("type %s struct", name)
				for _, f := range t.Fields.List {
					if len(f.Names) == 0 {
						if embedded := p.node(f.Type); ast.IsExported(strings.TrimLeft(embedded[strings.LastIndex(embedded, ".")+1:], "*")) {
							add("type %s struct, embedded %s", name, embedded)
						}
						continue
					}
					for _, n := range f.Names {
						if n.IsExported() {
							tag := ""
							if f.Tag != nil {
								tag = " " + f.Tag.Value
							}
							add("type %s struct, %s %s%s", name, n.Name, p.node(f.Type), tag)
						}
					}
				}
			case *ast.InterfaceType:
				add("type %s interface", name)
				for _, m := range t.Methods.List {
					if len(m.Names) == 0 {
						add("type %s interface, %s", name, p.node(m.Type))
						continue
					}
					for _, n := range m.Names {
						if ft, ok := m.Type.(*ast.FuncType); ok && n.IsExported() {
							add("type %s interface, %s%s", name, n.Name, p.signature(ft))
						}
					}
				}
			default:
				add("type %s %s", name, p.node(s.Type))
			}
		case *ast.ValueSpec:
			if s.Type != nil || len(s.Values) > 0 {
				carried = s.Type
			}
			for i, n := range s.Names {
				if !n.IsExported() {
					continue
				}
				kind := "var"
				if d.Tok == token.CONST {
					kind = "const"
				}
				line := kind + " " + n.Name
				if typ := s.Type; typ != nil || (d.Tok == token.CONST && carried != nil) {
					if typ == nil {
						typ = carried
					}
					line += " " + p.node(typ)
				}
				if d.Tok == token.CONST && i < len(s.Values) {
					line += " = " + p.node(s.Values[i])
				}
				add("%s", line)
			}
		}
	}
}

func TestAPIListing(t *testing.T) {
	var lines []string
	for _, p := range publicPackages(t) {
		lines = append(lines, p.listing()...)
	}
	slices.Sort(lines)
	got := strings.Join(lines, "\n") + "\n"
	file := filepath.Join(repoRoot(t), ".ci", "api.txt")
	if *update {
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v; run go test ./internal/apicheck -update", err)
	}
	if diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(got, "\n")); diff != "" {
		t.Errorf("the exported API differs from .ci/api.txt (-listing +code). If the change is deliberate, "+
			"run go test ./internal/apicheck -update and commit .ci/api.txt.\n%s", diff)
	}
}

// enumCodes returns, for each type of p with an EnumValues method, the string
// codes of its constants.
func (p *pkg) enumCodes() map[string][]string {
	enums := map[string][]string{}
	for _, f := range p.files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "EnumValues" {
				if base, _ := p.receiverType(fd); base != "" {
					enums[base] = nil
				}
			}
		}
	}
	for _, f := range p.files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			var carried ast.Expr
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				if vs.Type != nil || len(vs.Values) > 0 {
					carried = vs.Type
				}
				id, ok := carried.(*ast.Ident)
				if !ok {
					continue
				}
				if _, isEnum := enums[id.Name]; !isEnum {
					continue
				}
				for _, v := range vs.Values {
					if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						if code, err := strconv.Unquote(lit.Value); err == nil {
							enums[id.Name] = append(enums[id.Name], code)
						}
					}
				}
			}
		}
	}
	return enums
}

// internalImports maps the names under which f imports internal packages.
func internalImports(f *ast.File) map[string]string {
	m := map[string]string{}
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		if !strings.Contains(path, "/internal/") && !strings.HasSuffix(path, "/internal") {
			continue
		}
		name := path[strings.LastIndex(path, "/")+1:]
		if imp.Name != nil {
			name = imp.Name.Name
		}
		m[name] = path
	}
	return m
}

// mentionsInternal reports the first internal package n refers to.
func mentionsInternal(n ast.Node, internal map[string]string) string {
	found := ""
	if n == nil || len(internal) == 0 {
		return ""
	}
	ast.Inspect(n, func(x ast.Node) bool {
		if sel, ok := x.(*ast.SelectorExpr); ok && found == "" {
			if id, ok := sel.X.(*ast.Ident); ok {
				if path, ok := internal[id.Name]; ok {
					found = path + "." + sel.Sel.Name
				}
			}
		}
		return found == ""
	})
	return found
}

func TestDocumented(t *testing.T) {
	for _, p := range publicPackages(t) {
		if len(p.files) == 0 {
			continue
		}
		var problems []string
		bad := func(pos token.Pos, format string, args ...any) {
			problems = append(problems, fmt.Sprintf("%s: %s", p.fset.Position(pos), fmt.Sprintf(format, args...)))
		}
		hasPackageDoc := false
		enums := p.enumCodes()
		for _, f := range p.files {
			hasPackageDoc = hasPackageDoc || f.Doc != nil
			internal := internalImports(f)
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					base, recv := p.receiverType(d)
					if !d.Name.IsExported() || recv != "" && !ast.IsExported(base) {
						continue
					}
					if d.Doc == nil {
						bad(d.Pos(), "%s has no doc comment", d.Name.Name)
					}
					if path := mentionsInternal(d.Type, internal); path != "" {
						bad(d.Pos(), "%s's signature mentions %s", d.Name.Name, path)
					}
				case *ast.GenDecl:
					checkGenDecl(d, enums, internal, bad)
				}
			}
		}
		if !hasPackageDoc {
			bad(token.NoPos, "package %s has no package doc comment", p.path)
		}
		for _, pr := range problems {
			t.Error(pr)
		}
	}
}

func checkGenDecl(d *ast.GenDecl, enums map[string][]string, internal map[string]string, bad func(token.Pos, string, ...any)) {
	grouped := d.Lparen.IsValid()
	for _, s := range d.Specs {
		switch s := s.(type) {
		case *ast.TypeSpec:
			if !s.Name.IsExported() {
				continue
			}
			doc := s.Doc
			if doc == nil && !grouped {
				doc = d.Doc
			}
			if doc == nil {
				bad(s.Pos(), "type %s has no doc comment", s.Name.Name)
			}
			if codes, ok := enums[s.Name.Name]; ok {
				text := ""
				if doc != nil {
					text = doc.Text()
				}
				for _, c := range codes {
					if !strings.Contains(text, strconv.Quote(c)) {
						bad(s.Pos(), "enum %s's doc does not list its code %q", s.Name.Name, c)
					}
				}
			}
			checkTypeBody(s, internal, bad)
		case *ast.ValueSpec:
			for _, n := range s.Names {
				if !n.IsExported() {
					continue
				}
				if s.Doc == nil && s.Comment == nil && d.Doc == nil {
					bad(n.Pos(), "%s has no doc comment", n.Name)
				}
				if path := mentionsInternal(s.Type, internal); path != "" {
					bad(n.Pos(), "%s's type mentions %s", n.Name, path)
				}
			}
		}
	}
}

func checkTypeBody(s *ast.TypeSpec, internal map[string]string, bad func(token.Pos, string, ...any)) {
	switch t := s.Type.(type) {
	case *ast.StructType:
		for _, f := range t.Fields.List {
			exported := len(f.Names) == 0 // embedded fields are promoted
			for _, n := range f.Names {
				exported = exported || n.IsExported()
			}
			if !exported {
				continue
			}
			name := s.Name.Name + "." + fieldName(f)
			if f.Doc == nil && f.Comment == nil {
				bad(f.Pos(), "field %s has no doc comment", name)
			}
			if path := mentionsInternal(f.Type, internal); path != "" {
				bad(f.Pos(), "field %s mentions %s", name, path)
			}
		}
	case *ast.InterfaceType:
		for _, m := range t.Methods.List {
			if len(m.Names) > 0 && m.Names[0].IsExported() && m.Doc == nil && m.Comment == nil {
				bad(m.Pos(), "method %s.%s has no doc comment", s.Name.Name, m.Names[0].Name)
			}
			if path := mentionsInternal(m.Type, internal); path != "" {
				bad(m.Pos(), "interface %s mentions %s", s.Name.Name, path)
			}
		}
	default:
		if path := mentionsInternal(s.Type, internal); path != "" {
			bad(s.Pos(), "type %s mentions %s", s.Name.Name, path)
		}
	}
}

func fieldName(f *ast.Field) string {
	if len(f.Names) > 0 {
		return f.Names[0].Name
	}
	var b strings.Builder
	printer.Fprint(&b, token.NewFileSet(), f.Type)
	return b.String()
}

func TestEveryPackageHasAnExample(t *testing.T) {
	for _, p := range publicPackages(t) {
		if len(p.files) == 0 {
			continue
		}
		found := false
		for _, f := range p.tests {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "Example" {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("package %s has no runnable package example (func Example in a _test.go file)", p.path)
		}
	}
}

func TestExamplesDoNotImportInternal(t *testing.T) {
	for _, p := range publicPackages(t) {
		for _, f := range p.tests {
			internal := internalImports(f)
			if len(internal) == 0 {
				continue
			}
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && strings.HasPrefix(fd.Name.Name, "Example") {
					var paths []string
					for _, path := range internal {
						paths = append(paths, path)
					}
					slices.Sort(paths)
					t.Errorf("%s: %s is in a file that imports %s; examples must build their input inline or decode testdata/",
						p.fset.Position(fd.Pos()), fd.Name.Name, strings.Join(paths, ", "))
				}
			}
		}
	}
}
