package governance_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/governance"
)

func TestEnums(t *testing.T) {
	t.Run("BodyKind", func(t *testing.T) { vocabtest.CheckEnum(t, governance.BodyKinds()) })
	t.Run("Cadence", func(t *testing.T) { vocabtest.CheckEnum(t, governance.Cadences()) })
	t.Run("ConflictSeverity", func(t *testing.T) { vocabtest.CheckEnum(t, governance.ConflictSeverities()) })
	t.Run("InterestKind", func(t *testing.T) { vocabtest.CheckEnum(t, governance.InterestKinds()) })
	t.Run("Result", func(t *testing.T) { vocabtest.CheckEnum(t, governance.Results()) })
	t.Run("ThresholdRule", func(t *testing.T) { vocabtest.CheckEnum(t, governance.ThresholdRules()) })
	t.Run("VoteOption", func(t *testing.T) { vocabtest.CheckEnum(t, governance.VoteOptions()) })
}

// Every exported constant of a string type declared in the package starts
// with its type's name (BodyKindBoard, ResultPassed), so a constant names
// its type wherever it is used.
func TestConstantsArePrefixedWithTheirType(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	stringTypes := map[string]bool{}
	type constant struct {
		name, typ string
		pos       token.Pos
	}
	var consts []constant
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, spec := range g.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					if id, ok := s.Type.(*ast.Ident); ok && id.Name == "string" {
						stringTypes[s.Name.Name] = true
					}
				case *ast.ValueSpec:
					if id, ok := s.Type.(*ast.Ident); ok && g.Tok == token.CONST {
						for _, n := range s.Names {
							consts = append(consts, constant{n.Name, id.Name, n.Pos()})
						}
					}
				}
			}
		}
	}
	checked := 0
	for _, c := range consts {
		if !stringTypes[c.typ] || !ast.IsExported(c.name) {
			continue
		}
		checked++
		if !strings.HasPrefix(c.name, c.typ) {
			t.Errorf("%s: constant %s of type %s does not start with %s", fset.Position(c.pos), c.name, c.typ, c.typ)
		}
	}
	if checked < 20 {
		t.Fatalf("checked only %d constants; the parser found too few", checked)
	}
}
