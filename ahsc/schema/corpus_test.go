package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	sjs "github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/ahsctest"
	"github.com/ahsckit/ahsckit/ahsc/network"
	"github.com/ahsckit/ahsckit/ahsc/network/networktest"
	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/sim/simtest"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/funding/fundingtest"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/governance/governancetest"
	"github.com/ahsckit/ahsckit/programme"
	"github.com/ahsckit/ahsckit/programme/programmetest"
)

// The agreement corpus (testdata/corpus) holds documents with Go's verdict
// on each, in manifest.json:
//
//   - valid documents: drawn from the generator packages with fixed seeds,
//     King's Health Partners, and hand-made ones in spellings Go normalises;
//   - two documents of every mutation kind of every generator package
//     (ahsctest.CentreMutationKinds and the like), so a new kind is in the
//     corpus as soon as it exists;
//   - hand-made invalid documents, one for each rule the schemas state.
//
// TestCorpusAgreement checks that every valid document passes its schema,
// and that every invalid one either fails the schema at the JSON Pointer
// where Go reports the defect, or breaks a rule of the Go-only table
// (GoOnlyRules) and passes the schema. Go reports the defect at the
// document's pointer, or below it when the strict decoder refuses a value
// (an unknown enum code). The schema agrees when one of its errors is at a
// pointer where Go reports an error, or at a member of the object Go names
// (Go rejects a ballot, the schema the ballot's option; Go an amount, the
// schema its minor units). Schema errors map to pointers so:
// the error's instance location; for a missing required property, that
// location plus the property's name (Go reports the missing member itself);
// for additionalProperties, the location plus each unexpected name; and
// for an if/then/else, the errors of the branch that failed, which the
// conditions are written to raise at the member Go names. Of an error with
// nested causes (allOf, oneOf, a $ref), the leaves count.
//
// go test ./ahsc/schema -update regenerates the corpus and its manifest;
// the generation is deterministic, and this test fails when the committed
// corpus differs from what the generators give now.

const corpusDir = "testdata/corpus"

// corpusEntry is one document of the corpus as the manifest lists it.
type corpusEntry struct {
	// File is the document's path below testdata/corpus.
	File string `json:"file"`
	// Schema is the published document schema it is checked against.
	Schema string `json:"schema"`
	// Valid is Go's verdict: no validation errors.
	Valid bool `json:"valid"`
	// Source says where the document comes from.
	Source string `json:"source"`
	// Pointer is where Go reports the defect of an invalid document.
	Pointer string `json:"pointer,omitempty"`
	// GoOnly names the Go-only rule an invalid document breaks when the
	// schema accepts it; empty when the schema rejects it.
	GoOnly string `json:"goOnly,omitempty"`
}

type corpusDoc struct {
	entry corpusEntry
	raw   []byte
}

// validPerGenerator is how many documents each generator contributes.
const validPerGenerator = 8

// validGenerators are the valid-by-construction generators, one or more
// per document.
var validGenerators = []struct {
	schema, source string
	draw           func(seed int) any
}{
	{"centre", "ahsctest.FullCentre", func(s int) any { return ahsctest.FullCentre().Example(s) }},
	{"centre", "ahsctest.Centre", func(s int) any { return ahsctest.Centre().Example(s) }},
	{"governance", "governancetest.Document", func(s int) any { return governancetest.Document().Example(s) }},
	{"portfolio", "programmetest.Portfolio", func(s int) any { return programmetest.Portfolio().Example(s) }},
	{"ledger", "fundingtest.Ledger", func(s int) any { return fundingtest.Ledger().Example(s) }},
	{"policy", "fundingtest.Policy", func(s int) any { return fundingtest.Policy().Example(s) }},
	{"scenario", "simtest.Scenario", func(s int) any { return simtest.Scenario().Example(s) }},
	{"network", "networktest.Network", func(s int) any { return networktest.Network().Example(s) }},
}

// mutationSet is one generator package's mutations of one document.
type mutationSet struct {
	schema, pkg string
	kinds       func() []string
	draw        func(kind string, seed int) (any, *vocab.Path)
}

func mutations[T any](schema, pkg string, kinds func() []string, mutated func(...string) *rapid.Generator[vocabtest.Mutation[T]]) mutationSet {
	return mutationSet{schema, pkg, kinds, func(k string, seed int) (any, *vocab.Path) {
		m := mutated(k).Example(seed)
		return m.Value, m.Path
	}}
}

// mutationSets are every generator package's document mutations. The
// governance document's mutations include those of recorded decisions.
var mutationSets = []mutationSet{
	mutations("centre", "ahsctest", ahsctest.CentreMutationKinds, ahsctest.MutatedCentre),
	mutations("governance", "governancetest", governancetest.DocumentMutationKinds, governancetest.MutatedDocument),
	mutations("portfolio", "programmetest", programmetest.PortfolioMutationKinds, programmetest.MutatedPortfolio),
	mutations("ledger", "fundingtest", fundingtest.LedgerMutationKinds, fundingtest.MutatedLedger),
	mutations("policy", "fundingtest", fundingtest.PolicyMutationKinds, fundingtest.MutatedPolicy),
	mutations("scenario", "simtest", simtest.ScenarioMutationKinds, simtest.MutatedScenario),
	mutations("network", "networktest", networktest.NetworkMutationKinds, networktest.MutatedNetwork),
}

// mutationsPerKind is how many documents each mutation kind contributes.
const mutationsPerKind = 2

// goOnlyKinds maps each mutation kind ("schema: kind") whose defect no
// schema states to the Go-only rule it breaks. A kind missing here whose
// document passes the schema fails TestCorpusAgreement.
var goOnlyKinds = map[string]string{
	"centre: duplicate organisation ID":                  "unique-ids",
	"centre: membership ends before it starts":           "date-order",
	"centre: overlapping memberships":                    "date-order",
	"centre: succession cycle":                           "acyclic",
	"centre: succession to an unknown organisation":      "references",
	"centre: unknown designation issuer":                 "references",
	"centre: designation ends the year before it starts": "date-order",
	"centre: designation issuer named twice":             "unique-ids",
	"centre: membership left the month before it joined": "date-order",
	"centre: membership left the year before it joined":  "date-order",

	"governance: decision: ballot from a non-member present":                    "decisions",
	"governance: decision: ballot from a recused member":                        "decisions",
	"governance: decision: ballot from an alternate whose principal is present": "decisions",
	"governance: decision: ballot from someone not present":                     "decisions",
	"governance: decision: casting vote the rules do not give":                  "decisions",
	"governance: decision: second ballot from a voter":                          "decisions",
	"governance: decision: ballot paired with a recused member":                 "decisions",
	"governance: decision: ballot paired with oneself":                          "decisions",
	"governance: decision: paired ballot whose partner did not pair":            "decisions",
	"governance: decision: second pair on a paired member":                      "decisions",
	"governance: duplicate body ID":                                             "unique-ids",
	"governance: overlapping terms":                                             "date-order",
	"governance: person in two voting seats":                                    "roster-over-time",
	"governance: reporting loop":                                                "acyclic",
	"governance: unknown KPI owner":                                             "references",
	"governance: unknown reportsTo":                                             "references",

	"portfolio: area weights do not sum to 1":                             "sums",
	"portfolio: cohort of an unknown programme":                           "references",
	"portfolio: cohort starts after its programme ends":                   "date-order",
	"portfolio: duplicate facility ID":                                    "unique-ids",
	"portfolio: duplicate programme ID":                                   "unique-ids",
	"portfolio: goal due after the programme ends":                        "date-order",
	"portfolio: goal readings out of date order":                          "date-order",
	"portfolio: lead is not a participant":                                "references",
	"portfolio: more patients within the standard than in total":          "sums",
	"portfolio: parent programme does not exist":                          "references",
	"portfolio: parent programmes form a cycle":                           "acyclic",
	"portfolio: participant shares do not sum to 1":                       "sums",
	"portfolio: pathway of an unknown programme":                          "references",
	"portfolio: programme uses an unknown facility":                       "references",
	"portfolio: timeline dates out of order":                              "date-order",
	"portfolio: demand per another interval than its facility's capacity": "capacity",
	"portfolio: need in another unit than its facility's":                 "capacity",
	"portfolio: overlapping capacity figures":                             "capacity",
	"portfolio: research share above the ring-fence":                      "capacity",
	"portfolio: pathway uses an unknown facility":                         "references",

	"ledger: allocations above the whole":  "sums",
	"ledger: currency mixing":              "currency",
	"ledger: disbursed above awarded":      "sums",
	"ledger: draw outside its year":        "date-order",
	"ledger: duplicate award ID":           "unique-ids",
	"ledger: share above one":              "ratio-fractions",
	"ledger: shares not summing to one":    "sums",
	"ledger: transactions not reconciling": "sums",
	"ledger: unknown funder":               "references",

	"policy: cap above one": "ratio-fractions",

	"scenario: axis named like a column":      "scenario-limits",
	"scenario: mean weeks below one":          "ratio-fractions",
	"scenario: success above one":             "ratio-fractions",
	"scenario: duplicate axis name":           "unique-ids",
	"scenario: duplicate stage name":          "unique-ids",
	"scenario: fractional count in a sweep":   "scenario-limits",
	"scenario: initial above capacity":        "scenario-limits",
	"scenario: no components":                 "scenario-limits",
	"scenario: sweep of an unknown parameter": "scenario-limits",
	"scenario: sweep value out of range":      "scenario-limits",

	"network: duplicate centre ID":                             "network-consistency",
	"network: organisation identifiers differ between centres": "network-consistency",
	"network: organisation kind differs between centres":       "network-consistency",
	"network: organisation name differs between centres":       "network-consistency",
	"network: organisation other names differ between centres": "network-consistency",
}

// unencodable are mutation kinds whose defect encoding/json cannot write,
// with the hand-made case that puts the defect in JSON instead.
var unencodable = map[string]string{
	"policy: nil rule": "policy: null rule",
}

// edit changes a decoded JSON document at a JSON Pointer: it sets the
// value, or removes the member or item when del is true.
type edit struct {
	ptr   string
	value any
	del   bool
}

func set(ptr string, v any) edit { return edit{ptr: ptr, value: v} }
func del(ptr string) edit        { return edit{ptr: ptr, del: true} }

// handCase is a hand-made document: a base document with edits, valid or
// with one defect Go reports at pointer.
type handCase struct {
	name    string
	schema  string
	base    func() any
	edits   []edit
	pointer string // "" for a valid document
	goOnly  string // the Go-only rule a defect breaks, when no schema states it
}

// corpusSlug turns a name into a file name part.
func corpusSlug(s string) string {
	return strings.Trim(regexp.MustCompile(`[^a-z0-9]+`).ReplaceAllString(strings.ToLower(s), "-"), "-")
}

// indentJSON encodes v as the corpus files are written: indented by two
// spaces, without HTML escaping, with a final newline — the form of
// ahsc.Centre.Encode and so of go run ./examples/khp -json.
func indentJSON(t testing.TB, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b.Bytes()
}

// decodeTree decodes JSON keeping numbers exact.
func decodeTree(raw []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	err := dec.Decode(&v)
	return v, err
}

// applyEdits applies edits to the JSON encoding of v.
func applyEdits(t testing.TB, v any, edits []edit) []byte {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	tree, err := decodeTree(raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range edits {
		tree = editAt(t, tree, strings.Split(e.ptr, "/")[1:], e)
	}
	return indentJSON(t, tree)
}

func editAt(t testing.TB, node any, ptr []string, e edit) any {
	t.Helper()
	last := len(ptr) == 1
	switch n := node.(type) {
	case map[string]any:
		c := make(map[string]any, len(n))
		for k, v := range n {
			c[k] = v
		}
		switch {
		case last && e.del:
			if _, ok := c[ptr[0]]; !ok {
				t.Fatalf("edit %s: no member %q to remove", e.ptr, ptr[0])
			}
			delete(c, ptr[0])
		case last:
			c[ptr[0]] = e.value
		default:
			if _, ok := c[ptr[0]]; !ok {
				t.Fatalf("edit %s: no member %q", e.ptr, ptr[0])
			}
			c[ptr[0]] = editAt(t, c[ptr[0]], ptr[1:], e)
		}
		return c
	case []any:
		i, err := strconv.Atoi(ptr[0])
		if err != nil || i < 0 || i > len(n) || i == len(n) && !(last && !e.del) {
			t.Fatalf("edit %s: no item %s", e.ptr, ptr[0])
		}
		c := slices.Clone(n)
		switch {
		case last && e.del:
			c = slices.Delete(c, i, i+1)
		case last && i == len(n):
			c = append(c, e.value)
		case last:
			c[i] = e.value
		default:
			c[i] = editAt(t, c[i], ptr[1:], e)
		}
		return c
	}
	t.Fatalf("edit %s: cannot descend into %T", e.ptr, node)
	return nil
}

// buildCorpus generates every corpus document with Go's verdict; the
// schema verdicts (GoOnly) are filled in by the caller.
func buildCorpus(t testing.TB) []corpusDoc {
	t.Helper()
	var docs []corpusDoc
	add := func(e corpusEntry, raw []byte) { docs = append(docs, corpusDoc{e, raw}) }
	for _, g := range validGenerators {
		for seed := range validPerGenerator {
			add(corpusEntry{File: fmt.Sprintf("valid/%s-%s-%d.json", g.schema, corpusSlug(g.source), seed), Schema: g.schema,
				Valid: true, Source: fmt.Sprintf("generated: %s, seed %d", g.source, seed)}, indentJSON(t, g.draw(seed)))
		}
	}
	for _, k := range khpDocuments() {
		add(corpusEntry{File: "valid/khp-" + k.schema + ".json", Schema: k.schema, Valid: true,
			Source: "King's Health Partners (ahsc/reference)"}, indentJSON(t, k.doc))
	}
	for _, c := range reference.Centres() {
		if c.ID == "khp" {
			continue // valid/khp-centre.json above
		}
		add(corpusEntry{File: "valid/reference-" + string(c.ID) + ".json", Schema: "centre", Valid: true,
			Source: "reference centre " + string(c.ID) + " (ahsc/reference)"}, indentJSON(t, c))
	}
	add(corpusEntry{File: "valid/reference-network.json", Schema: "network", Valid: true,
		Source: "the reference centres' network (ahsc/reference.Network)"}, indentJSON(t, reference.Network()))
	for _, ms := range mutationSets {
		for _, kind := range ms.kinds() {
			key := ms.schema + ": " + kind
			if _, ok := unencodable[key]; ok {
				continue
			}
			for n := 1; n <= mutationsPerKind; n++ {
				v, path := ms.draw(kind, n)
				raw, err := json.Marshal(v)
				if err != nil {
					t.Fatalf("%s (%s): %v; list the kind in unencodable with a hand-made case", key, ms.pkg, err)
				}
				tree, _ := decodeTree(raw)
				add(corpusEntry{File: fmt.Sprintf("invalid/%s/%s-%d.json", ms.schema, corpusSlug(kind), n), Schema: ms.schema,
					Source: fmt.Sprintf("mutation: %s %q, seed %d", ms.pkg, kind, n), Pointer: path.JSONPointer()}, indentJSON(t, tree))
			}
		}
	}
	for _, h := range handCases() {
		dir := "invalid"
		if h.pointer == "" {
			dir = "valid"
		}
		add(corpusEntry{File: fmt.Sprintf("%s/hand/%s-%s.json", dir, h.schema, corpusSlug(h.name)), Schema: h.schema,
			Valid: h.pointer == "", Source: "hand-made: " + h.name, Pointer: h.pointer}, applyEdits(t, h.base(), h.edits))
	}
	return docs
}

type khpDoc struct {
	schema string
	doc    any
}

func khpDocuments() []khpDoc {
	return []khpDoc{{"centre", khpCentre()}, {"governance", khpGovernance()}, {"portfolio", khpPortfolio()},
		{"ledger", khpLedger()}, {"policy", khpPolicy()}}
}

// goProblems decodes raw as document schema with the Go decoder and
// returns its errors (decoding and validation).
func goProblems(schema string, raw []byte) vocab.Problems {
	r := bytes.NewReader(raw)
	opts := vocab.DecodeOptions{MaxProblems: 10_000}
	var err error
	switch schema {
	case "centre":
		_, _, err = ahsc.Decode(r, opts)
	case "governance":
		_, _, err = governance.Decode(r, opts)
	case "portfolio":
		_, _, err = programme.Decode(r, opts)
	case "ledger":
		_, _, err = funding.DecodeLedger(r, opts)
	case "policy":
		_, _, err = funding.DecodePolicy(r, opts)
	case "scenario":
		_, _, err = scenario.Decode(r, opts)
	case "network":
		_, _, err = network.Decode(r, opts)
	default:
		panic("no decoder for " + schema)
	}
	ps := vocab.ProblemsOf(err)
	if err != nil && ps == nil {
		return vocab.Problems{vocab.Invalid(nil, "", err.Error())}
	}
	return ps.Errors()
}

// schemaPointers validates raw against sch and returns nil when it passes,
// else the JSON Pointers its leaf errors map to (see the corpus doc).
func schemaPointers(sch *sjs.Schema, raw []byte) ([]string, error) {
	inst, err := sjs.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	err = sch.Validate(inst)
	if err == nil {
		return nil, nil
	}
	var ve *sjs.ValidationError
	if !errors.As(err, &ve) {
		return nil, err
	}
	var out []string
	var leaves func(e *sjs.ValidationError)
	leaves = func(e *sjs.ValidationError) {
		if len(e.Causes) > 0 {
			for _, c := range e.Causes {
				leaves(c)
			}
			return
		}
		loc := pointerOf(e.InstanceLocation)
		switch k := e.ErrorKind.(type) {
		case *kind.Required:
			for _, m := range k.Missing {
				out = append(out, loc+"/"+escapeToken(m))
			}
		case *kind.AdditionalProperties:
			for _, p := range k.Properties {
				out = append(out, loc+"/"+escapeToken(p))
			}
		default:
			out = append(out, loc)
		}
	}
	leaves(ve)
	if len(out) == 0 {
		out = []string{pointerOf(ve.InstanceLocation)}
	}
	return out, nil
}

// parentPointer returns the pointer of the object or array holding p.
func parentPointer(p string) string {
	if i := strings.LastIndex(p, "/"); i >= 0 {
		return p[:i]
	}
	return ""
}

func escapeToken(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

func pointerOf(tokens []string) string {
	var b strings.Builder
	for _, tok := range tokens {
		b.WriteString("/" + escapeToken(tok))
	}
	return b.String()
}

// corpusVerdict checks one document against Go and the schema and returns
// what disagrees, with the GoOnly rule filled in when the schema accepts an
// invalid document of a listed kind or case.
func corpusVerdict(d *corpusDoc, sch *sjs.Schema, goOnly string) []string {
	var out []string
	e := &d.entry
	gp := goProblems(e.Schema, d.raw)
	ptrs, err := schemaPointers(sch, d.raw)
	if err != nil {
		return []string{fmt.Sprintf("schema: %v", err)}
	}
	if e.Valid {
		if len(gp) > 0 {
			out = append(out, fmt.Sprintf("Go rejects a valid document: %v", gp))
		}
		if ptrs != nil {
			out = append(out, fmt.Sprintf("the schema rejects a valid document at %v", ptrs))
		}
		return out
	}
	var goPtrs []string
	for _, p := range gp {
		goPtrs = append(goPtrs, p.Pointer())
	}
	if !slices.ContainsFunc(goPtrs, func(p string) bool { return p == e.Pointer || strings.HasPrefix(p, e.Pointer+"/") }) {
		out = append(out, fmt.Sprintf("Go reports no error at or below %q: %v", e.Pointer, gp))
	}
	e.GoOnly = ""
	switch {
	case ptrs == nil && goOnly == "":
		out = append(out, fmt.Sprintf("the schema accepts a document Go rejects at %q, and no Go-only rule lists it", e.Pointer))
	case ptrs == nil:
		e.GoOnly = goOnly
	case !slices.ContainsFunc(ptrs, func(p string) bool {
		return slices.Contains(goPtrs, p) || e.Pointer != "" && parentPointer(p) == e.Pointer
	}):
		out = append(out, fmt.Sprintf("the schema rejects at %v, Go at %v", ptrs, goPtrs))
	}
	return out
}

// goOnlyOf returns the Go-only rule listed for a corpus document.
func goOnlyOf(e corpusEntry) string {
	for key, rule := range goOnlyKinds {
		schema, kind, _ := strings.Cut(key, ": ")
		if schema == e.Schema && strings.HasPrefix(e.Source, "mutation: ") && strings.Contains(e.Source, " "+strconv.Quote(kind)+",") {
			return rule
		}
	}
	for _, h := range handCases() {
		if e.Source == "hand-made: "+h.name {
			return h.goOnly
		}
	}
	return ""
}

// TestCorpusAgreement is the agreement test described at corpusDir.
func TestCorpusAgreement(t *testing.T) {
	docs := buildCorpus(t)
	// The schemas as the Go types generate them now, so that one run of
	// -update regenerates schemas and corpus consistently; without -update
	// they equal the published ones (TestPublishedUpToDate).
	schemas := map[string]*sjs.Schema{}
	for name, raw := range generate(t).schemas {
		schemas[name] = compile(t, raw)
	}
	var entries []corpusEntry
	for i := range docs {
		d := &docs[i]
		for _, p := range corpusVerdict(d, schemas[d.entry.Schema], goOnlyOf(d.entry)) {
			t.Errorf("%s (%s): %s", d.entry.File, d.entry.Source, p)
		}
		entries = append(entries, d.entry)
	}
	// A listed kind the schema now refuses every time is no longer Go-only.
	for _, key := range sortedKeys(goOnlyKinds) {
		schema, kind, _ := strings.Cut(key, ": ")
		accepted := slices.ContainsFunc(entries, func(e corpusEntry) bool {
			return e.Schema == schema && e.GoOnly != "" && strings.Contains(e.Source, " "+strconv.Quote(kind)+",")
		})
		if !accepted {
			t.Errorf("goOnlyKinds lists %q, but the schema refuses every document of it; remove it from the list", key)
		}
	}
	manifest := indentJSON(t, entries)
	if *update {
		writeCorpus(t, docs, manifest)
		return
	}
	checkCorpusCommitted(t, docs, manifest)
}

func writeCorpus(t *testing.T, docs []corpusDoc, manifest []byte) {
	if err := os.RemoveAll(corpusDir); err != nil {
		t.Fatal(err)
	}
	for _, d := range append(docs, corpusDoc{corpusEntry{File: "manifest.json"}, manifest}) {
		p := filepath.Join(corpusDir, d.entry.File)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, d.raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkCorpusCommitted fails when the committed corpus differs from the
// generated one: a changed, missing or extra file.
func checkCorpusCommitted(t *testing.T, docs []corpusDoc, manifest []byte) {
	want := map[string][]byte{"manifest.json": manifest}
	for _, d := range docs {
		want[d.entry.File] = d.raw
	}
	var stale []string
	err := filepath.WalkDir(corpusDir, func(p string, de os.DirEntry, err error) error {
		if err != nil || de.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(corpusDir, p)
		rel = filepath.ToSlash(rel)
		got, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if w, ok := want[rel]; !ok || !bytes.Equal(got, w) {
			stale = append(stale, rel)
		}
		delete(want, rel)
		return nil
	})
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	stale = append(stale, sortedKeys(want)...)
	if len(stale) > 0 {
		slices.Sort(stale)
		t.Errorf("the committed corpus differs from the generated one in %d files (%s ...); run go test ./ahsc/schema -update",
			len(stale), stale[0])
	}
}

// The corpus's King's Health Partners centre is the document
// go run ./examples/khp -json prints (ahsc.Centre.Encode): one way to
// produce it.
func TestCorpusKHPIsTheExample(t *testing.T) {
	var b bytes.Buffer
	if err := reference.KingsHealthPartners().Encode(&b); err != nil {
		t.Fatal(err)
	}
	for _, d := range buildCorpus(t) {
		if d.entry.File == "valid/khp-centre.json" {
			if !bytes.Equal(d.raw, b.Bytes()) {
				t.Error("valid/khp-centre.json differs from ahsc.Centre.Encode of reference.KingsHealthPartners()")
			}
			return
		}
	}
	t.Error("no valid/khp-centre.json in the corpus")
}

// TestGoOnlyKindsAreCurrent: every listed kind exists, names a rule of
// the Go-only table, and every unencodable kind has its hand-made case.
func TestGoOnlyKindsAreCurrent(t *testing.T) {
	kinds := map[string]bool{}
	for _, ms := range mutationSets {
		for _, k := range ms.kinds() {
			kinds[ms.schema+": "+k] = true
		}
	}
	rules := map[string]bool{}
	for _, r := range GoOnlyRules() {
		rules[r.Name] = true
	}
	for _, key := range sortedKeys(goOnlyKinds) {
		if !kinds[key] {
			t.Errorf("goOnlyKinds lists %q, which no generator package has", key)
		}
		if !rules[goOnlyKinds[key]] {
			t.Errorf("goOnlyKinds: %q names rule %q, not in GoOnlyRules", key, goOnlyKinds[key])
		}
	}
	for _, h := range handCases() {
		if h.goOnly != "" && !rules[h.goOnly] {
			t.Errorf("hand case %q names rule %q, not in GoOnlyRules", h.name, h.goOnly)
		}
	}
	for key, hand := range unencodable {
		if !kinds[key] {
			t.Errorf("unencodable lists %q, which no generator package has", key)
		}
		if !slices.ContainsFunc(handCases(), func(h handCase) bool { return h.schema+": "+h.name == hand }) {
			t.Errorf("unencodable %q: no hand case %q", key, hand)
		}
	}
}

// TestSchemaPointersMapping checks the error-to-pointer mapping on the
// three kinds it treats specially.
func TestSchemaPointersMapping(t *testing.T) {
	sch := compile(t, []byte(`{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
		"properties":{"a":{"type":"object","properties":{"b":{"type":"string"},"c/d":{"type":"string"}},"required":["b","c/d"],"additionalProperties":false},
		"k":{"type":"string"},"p":{"type":"string"}},
		"if":{"properties":{"k":{"const":"x"}},"required":["k"]},"then":{"properties":{"p":false}}}`))
	got, err := schemaPointers(sch, []byte(`{"a":{"zz":1},"k":"x","p":"q"}`))
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(got)
	want := []string{"/a/b", "/a/c~1d", "/a/zz", "/p"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, _ := schemaPointers(sch, []byte(`{"k":"y","p":"q"}`)); got != nil {
		t.Errorf("valid instance: %q", got)
	}
}
