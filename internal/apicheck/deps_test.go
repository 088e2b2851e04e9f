package apicheck

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// allowed lists, for each module other than the standard library and this
// module, which library packages may depend on it (directly or not). A
// package path matches a rule when it equals the rule or lies under it
// ("ahsc/sim" matches "ahsc/sim/simtest"); "*test" matches the generator
// packages, whose names end in "test". Test files and programs under
// examples/ are not library packages and are not checked here.
var allowed = map[string][]string{
	// The design card's modules.
	"golang.org/x/exp":                 {"*"},
	"pgregory.net/rapid":               {"*test"},
	"github.com/google/go-cmp":         {"*test"},
	"github.com/invopop/jsonschema":    {"ahsc/schema"},
	"github.com/stretchr/testify":      {},              // tests only
	"github.com/bahlo/generic-list-go": {"ahsc/schema"}, // invopop/jsonschema's own dependencies
	"github.com/buger/jsonparser":      {"ahsc/schema"},
	"github.com/pb33f/ordered-map/v2":  {"ahsc/schema"},
	"go.yaml.in/yaml/v3":               {"ahsc/schema"},
	"go.yaml.in/yaml/v4":               {"ahsc/schema"},
	"golang.org/x/text":                {"ahsc/schema"},
	// Accepted by issue 17: gonum's stat/distuv, in the simulation packages.
	"gonum.org/v1/gonum": {"ahsc/sim"},
	// Accepted by issue 18: gonum's plot, for examples/simulate's chart
	// only; no library package may import it (nor its own dependencies,
	// which are listed nowhere here).
	"gonum.org/v1/plot": {},
	// Accepted by issue 15: the JSON Schema validator, for examples/validate
	// (and the schema package's tests) only; no library package may import
	// it. Its golang.org/x/text is listed above for ahsc/schema.
	"github.com/santhosh-tekuri/jsonschema/v6": {},
	// Accepted by issue 10: the json v2 tokenizer, behind strict decoding.
	"github.com/go-json-experiment/json": {"*"},
}

func permitted(pkg, module string) bool {
	rules, ok := allowed[module]
	if !ok {
		return false
	}
	rel := strings.TrimPrefix(strings.TrimPrefix(pkg, "github.com/ahsckit/ahsckit"), "/")
	for _, r := range rules {
		switch {
		case r == "*":
			return true
		case r == "*test":
			if strings.HasSuffix(rel, "test") {
				return true
			}
		case rel == r || strings.HasPrefix(rel, r+"/"):
			return true
		}
	}
	return false
}

func goList(t *testing.T, args ...string) []string {
	t.Helper()
	cmd := exec.Command("go", append([]string{"list"}, args...)...)
	cmd.Dir = repoRoot(t)
	out, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("go list %s: %v\n%s", strings.Join(args, " "), err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	return strings.Split(strings.TrimSpace(string(out)), "\n")
}

func TestDependencies(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	// The module of every package any of ours depends on.
	moduleOf := map[string]string{}
	for _, line := range goList(t, "-deps", "-f", "{{.ImportPath}}|{{if not .Standard}}{{with .Module}}{{.Path}}{{end}}{{end}}", "./...") {
		path, mod, _ := strings.Cut(line, "|")
		moduleOf[path] = mod
	}
	checked := 0
	for _, line := range goList(t, "-f", "{{.ImportPath}}|{{join .Deps \",\"}}", "./...") {
		pkg, deps, _ := strings.Cut(line, "|")
		rel := strings.TrimPrefix(pkg, module+"/")
		if strings.HasPrefix(rel, "examples/") || strings.HasPrefix(rel, "internal/apicheck") {
			continue
		}
		checked++
		var bad []string
		for _, dep := range strings.Split(deps, ",") {
			mod := moduleOf[dep]
			if mod == "" || mod == module {
				continue
			}
			if !permitted(pkg, mod) && !slices.Contains(bad, mod) {
				bad = append(bad, mod)
			}
		}
		if len(bad) > 0 {
			t.Errorf("%s depends on %s, which it may not (see allowed in internal/apicheck/deps_test.go)", pkg, strings.Join(bad, ", "))
		}
	}
	if checked < 5 {
		t.Fatalf("checked only %d packages", checked)
	}
}

func TestPermitted(t *testing.T) {
	for _, tc := range []struct {
		pkg, module string
		want        bool
	}{
		{module + "/ahsc/schema", "github.com/invopop/jsonschema", true},
		{module + "/ahsc", "github.com/invopop/jsonschema", false},
		{module + "/ahsc/ahsctest", "pgregory.net/rapid", true},
		{module + "/governance", "pgregory.net/rapid", false},
		{module + "/ahsc/sim", "gonum.org/v1/gonum", true},
		{module + "/ahsc/sim/simtest", "gonum.org/v1/gonum", true},
		{module + "/ahsc/simulation", "gonum.org/v1/gonum", false},
		{module + "/funding", "example.com/unknown", false},
		{module + "/ahsc/sim/ahscmodel", "gonum.org/v1/gonum", true},
		{module + "/ahsc/sim/ahscmodel", "gonum.org/v1/plot", false},
		{module + "/ahsc/sim", "gonum.org/v1/plot", false},
		{module + "/ahsc/schema", "github.com/santhosh-tekuri/jsonschema/v6", false},
	} {
		if got := permitted(tc.pkg, tc.module); got != tc.want {
			t.Errorf("permitted(%s, %s) = %v", tc.pkg, tc.module, got)
		}
	}
}

// TestExamplesImportNoInternal keeps every program under examples/ copyable
// into a user's own module: none may import one of this module's internal
// packages (issue 14), which a user's module cannot import.
func TestExamplesImportNoInternal(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	programs := 0
	for _, line := range goList(t, "-f", "{{.ImportPath}}|{{join .Imports \",\"}}", "./examples/...") {
		pkg, imports, _ := strings.Cut(line, "|")
		programs++
		for _, imp := range strings.Split(imports, ",") {
			if strings.HasPrefix(imp, module+"/internal/") || imp == module+"/internal" {
				t.Errorf("%s imports %s; an example program may use only the public packages", pkg, imp)
			}
		}
	}
	if programs < 4 {
		t.Fatalf("found only %d example programs", programs)
	}
}
