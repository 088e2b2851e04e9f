package funding_test

import (
	"go/parser"
	"go/token"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/funding"
)

func TestEnums(t *testing.T) {
	t.Run("CallType", func(t *testing.T) { vocabtest.CheckEnum(t, funding.CallTypes()) })
	t.Run("ConditionKind", func(t *testing.T) { vocabtest.CheckEnum(t, funding.ConditionKinds()) })
	t.Run("FunderClass", func(t *testing.T) { vocabtest.CheckEnum(t, funding.FunderClasses()) })
	t.Run("ReviewOutcome", func(t *testing.T) { vocabtest.CheckEnum(t, funding.ReviewOutcomes()) })
	t.Run("Scope", func(t *testing.T) { vocabtest.CheckEnum(t, funding.Scopes()) })
	t.Run("TransactionKind", func(t *testing.T) { vocabtest.CheckEnum(t, funding.TransactionKinds()) })
}

func TestFHIRPartyOrgTypeCoversEveryClass(t *testing.T) {
	// The FHIR R5 research-study-party-organization-type codes
	// (https://hl7.org/fhir/R5/valueset-research-study-party-organization-type.html).
	fhir := []string{"nih", "fda", "government", "nonprofit", "academic", "industry"}
	for _, c := range funding.FunderClasses().Values() {
		assert.Contains(t, fhir, c.FHIRPartyOrgType(), "class %q", c)
	}
	assert.Empty(t, funding.FunderClass("pirate").FHIRPartyOrgType())
}

// docRule is one item of the package documentation's rule list.
type docRule struct{ Code, Type, Summary string }

// docRules reads the list of built-in rules from the package doc in doc.go:
// the items after the line that introduces them, each `- "code", [Type]:
// summary`, wrapped over indented lines.
func docRules(t *testing.T) []docRule {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", nil, parser.ParseComments|parser.PackageClauseOnly)
	require.NoError(t, err)
	text := f.Doc.Text()
	start := strings.Index(text, "The built-in rules, by kind")
	require.GreaterOrEqual(t, start, 0, "the package doc lists the built-in rules")
	var items []string
	for _, line := range strings.Split(text[start:], "\n")[1:] {
		switch {
		case strings.HasPrefix(line, "  - "):
			items = append(items, strings.TrimPrefix(line, "  - "))
		case strings.HasPrefix(line, "    ") && len(items) > 0:
			items[len(items)-1] += " " + strings.TrimSpace(line)
		case line == "" && len(items) == 0:
		default:
			if len(items) > 0 {
				goto done
			}
		}
	}
done:
	item := regexp.MustCompile(`^"([a-z-]+)", \[(\w+)\]: (.+)$`)
	var out []docRule
	for _, it := range items {
		m := item.FindStringSubmatch(it)
		require.NotNil(t, m, "rule list item %q is not `\"code\", [Type]: summary`", it)
		out = append(out, docRule{m[1], m[2], m[3]})
	}
	return out
}

// The package documentation's rule list is the registry: same kinds, in
// the same order, with the same Go types and summaries.
func TestPackageDocListsTheRegistry(t *testing.T) {
	var want []docRule
	for _, k := range funding.RuleKinds() {
		want = append(want, docRule{k.Code(), reflect.TypeOf(k.Zero()).Name(), k.Summary()})
	}
	require.Len(t, want, 6, "the six built-in rules are registered")
	if diff := cmp.Diff(want, docRules(t)); diff != "" {
		t.Fatalf("the package doc's rule list differs from funding.RuleKinds() (-registry +doc):\n%s", diff)
	}
}

func TestRuleKinds(t *testing.T) {
	for _, k := range funding.RuleKinds() {
		r := k.Zero()
		require.NotNil(t, r)
		assert.Equal(t, k.Code(), r.Kind(), "the code is the rule's Kind")
		assert.Equal(t, reflect.Struct, reflect.TypeOf(r).Kind(), "%s: built-in rules are values", k.Code())
		assert.Regexp(t, `^[a-z]+(-[a-z]+)*$`, k.Code())
		assert.NotEmpty(t, k.Summary())
	}
	assert.Nil(t, funding.RuleKind{}.Zero())
}

// pointerRule implements Rule only through its pointer, so it decodes as
// a pointer.
type pointerRule struct {
	Limit int `json:"limit"`
}

func (*pointerRule) Kind() string                              { return "pointer-rule" }
func (*pointerRule) Describe() string                          { return "a rule with pointer methods" }
func (*pointerRule) Problems(*vocab.Path) vocab.Problems       { return nil }
func (*pointerRule) Evaluate(*funding.Input) []funding.Finding { return nil }

func TestWithRuleKind(t *testing.T) {
	doc := `{"version":"1.0","rules":[{"kind":"pointer-rule","limit":3}]}`
	p, _, err := funding.DecodePolicy(strings.NewReader(doc), vocab.DecodeOptions{}, funding.WithRuleKind(funding.NewRuleKind[pointerRule]("pointers")))
	require.NoError(t, err)
	assert.Equal(t, funding.Rules{&pointerRule{Limit: 3}}, p.Rules, "a rule whose pointer implements Rule decodes as a pointer")

	_, _, err = funding.DecodePolicy(strings.NewReader(doc), vocab.DecodeOptions{}, funding.WithRuleKind(funding.RuleKind{}))
	assert.ErrorIs(t, err, vocab.ErrNotSupported, "the zero RuleKind adds nothing")

	// A kind whose code is a built-in one does not replace the built-in.
	ring := `{"version":"1.0","rules":[{"kind":"ring-fence","cap":"1/2"}]}`
	p, _, err = funding.DecodePolicy(strings.NewReader(ring), vocab.DecodeOptions{}, funding.WithRuleKind(funding.NewRuleKind[fakeRingFence]("impostor")))
	require.NoError(t, err)
	assert.Equal(t, funding.Rules{funding.RingFence{Cap: vocab.MustRatio(1, 2)}}, p.Rules)

	_, _, err = funding.DecodePolicy(strings.NewReader(`{"version":"1.0","rules":[{"kind":"pointer-rule","limit":3}]}`), vocab.DecodeOptions{})
	ps := vocab.ProblemsOf(err)
	require.NotEmpty(t, ps)
	var codes []string
	for _, k := range funding.RuleKinds() {
		codes = append(codes, k.Code())
	}
	assert.Equal(t, codes, ps[0].Allowed, "an unknown kind lists the known kinds, sorted")
}

type fakeRingFence struct {
	Cap string `json:"cap"`
}

func (fakeRingFence) Kind() string                              { return "ring-fence" }
func (fakeRingFence) Describe() string                          { return "not the real ring fence" }
func (fakeRingFence) Problems(*vocab.Path) vocab.Problems       { return nil }
func (fakeRingFence) Evaluate(*funding.Input) []funding.Finding { return nil }
