package scalebench

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"iter"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	jsonv2 "github.com/go-json-experiment/json"
	sjs "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/schema"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// sizes are the benchmarked centre sizes, in awards (see centreJSON for
// the other entities).
var sizes = []int{1_000, 10_000, 100_000}

// opts lets the largest centre (about 60 MB) through the size limit.
var opts = vocab.DecodeOptions{MaxBytes: 1 << 30}

// input is one generated centre: its bytes, decoded value and size.
type input struct {
	n        int
	data     []byte
	centre   *ahsc.Centre
	entities int
}

var (
	inputsMu sync.Mutex
	inputs   = map[int]*input{}
)

// inputOf generates (once) the centre of size n and decodes it.
func inputOf(tb testing.TB, n int) *input {
	inputsMu.Lock()
	defer inputsMu.Unlock()
	if in, ok := inputs[n]; ok {
		return in
	}
	data := centreJSON(n)
	c, ps, err := ahsc.Decode(bytes.NewReader(data), opts)
	if err != nil || len(ps) > 0 {
		tb.Fatalf("generated centre of size %d: %v", n, ps)
	}
	in := &input{n: n, data: data, centre: c, entities: scaleOf(n).entities()}
	inputs[n] = in
	return in
}

var (
	schemaOnce sync.Once
	schemaC    *sjs.Schema
	schemaErr  error
)

// centreSchema compiles the committed centre schema with
// santhosh-tekuri/jsonschema as draft 2020-12 with formats asserted, as
// ahsc/schema's own tests do.
func centreSchema(tb testing.TB) *sjs.Schema {
	schemaOnce.Do(func() {
		doc, err := sjs.UnmarshalJSON(bytes.NewReader(schema.JSON("centre")))
		if err != nil {
			schemaErr = err
			return
		}
		id, _ := doc.(map[string]any)["$id"].(string)
		c := sjs.NewCompiler()
		c.DefaultDraft(sjs.Draft2020)
		c.AssertFormat()
		if schemaErr = c.AddResource(id, doc); schemaErr != nil {
			return
		}
		schemaC, schemaErr = c.Compile(id)
	})
	if schemaErr != nil {
		tb.Fatal(schemaErr)
	}
	return schemaC
}

// method is one way of reading or checking an input; it fails the
// benchmark when the input is not found valid.
type method struct {
	name string
	run  func(tb testing.TB, in *input)
}

var methods = []method{
	{"ahsc.Decode", func(tb testing.TB, in *input) {
		if _, _, err := ahsc.Decode(bytes.NewReader(in.data), opts); err != nil {
			tb.Fatal(err)
		}
	}},
	{"Centre.Problems", func(tb testing.TB, in *input) {
		if ps := in.centre.Problems(); len(ps) > 0 {
			tb.Fatal(ps)
		}
	}},
	{"hash-set walk", func(tb testing.TB, in *input) {
		if n := hashSetWalk(in.centre); n != 0 {
			tb.Fatalf("%d references unresolved", n)
		}
	}},
	{"encoding/json", func(tb testing.TB, in *input) {
		var c ahsc.Centre
		if err := json.Unmarshal(in.data, &c); err != nil {
			tb.Fatal(err)
		}
	}},
	{"json/v2 strict", func(tb testing.TB, in *input) {
		var c ahsc.Centre
		if err := jsonv2.Unmarshal(in.data, &c, jsonv2.RejectUnknownMembers(true)); err != nil {
			tb.Fatal(err)
		}
	}},
	{"santhosh jsonschema", func(tb testing.TB, in *input) {
		v, err := sjs.UnmarshalJSON(bytes.NewReader(in.data))
		if err != nil {
			tb.Fatal(err)
		}
		if err := centreSchema(tb).Validate(v); err != nil {
			tb.Fatal(err)
		}
	}},
	{"Centre.Canonical", func(tb testing.TB, in *input) {
		if _, err := in.centre.Canonical(); err != nil {
			tb.Fatal(err)
		}
	}},
	{"Centre.EvaluateFunding", func(tb testing.TB, in *input) {
		if _, err := in.centre.EvaluateFunding(reference.KHPPolicy(), vocab.MustParseDate("2025-03-31")); err != nil {
			tb.Fatal(err)
		}
	}},
}

// hashSetWalk is the floor for validation and the control for cache
// effects: it puts every ID the centre defines into hash sets and looks up
// every reference the documents make (AllReferences), checking nothing
// else, and returns how many references found nothing. Its cost per entity
// grows with size only as the machine's caches and collector make map
// work grow.
func hashSetWalk(c *ahsc.Centre) int {
	orgs := make(map[vocab.OrgID]bool, len(c.Partners)+len(c.Organisations))
	for i := range c.Partners {
		orgs[c.Partners[i].ID] = true
	}
	for i := range c.Organisations {
		orgs[c.Organisations[i].ID] = true
	}
	defined := map[vocab.RefKind]map[string]bool{
		vocab.RefProgramme: make(map[string]bool, len(c.Portfolio.Programmes)),
		vocab.RefAward:     make(map[string]bool, len(c.Ledger.Awards)),
	}
	for i := range c.Portfolio.Programmes {
		defined[vocab.RefProgramme][string(c.Portfolio.Programmes[i].ID)] = true
	}
	for i := range c.Ledger.Awards {
		defined[vocab.RefAward][string(c.Ledger.Awards[i].ID)] = true
	}
	missing := 0
	for _, refs := range []iter.Seq2[vocab.Reference, vocab.LazyPath]{
		c.Governance.AllReferences(), c.Portfolio.AllReferences(), c.Ledger.AllReferences()} {
		for r := range refs {
			switch r.Kind {
			case vocab.RefOrganisation, vocab.RefPartner:
				if !orgs[vocab.OrgID(r.ID)] {
					missing++
				}
			default:
				if !defined[r.Kind][r.ID] {
					missing++
				}
			}
		}
	}
	return missing
}

// BenchmarkScale runs every method on the centres of each size, reporting
// the cost per entity (ns/entity, allocs/entity) besides the usual
// per-operation figures.
func BenchmarkScale(b *testing.B) {
	for _, m := range methods {
		for _, n := range sizes {
			b.Run(fmt.Sprintf("%s/n=%d", strings.ReplaceAll(m.name, "/", "-"), n), func(b *testing.B) {
				in := inputOf(b, n)
				if m.name == "santhosh jsonschema" {
					centreSchema(b)
				}
				b.SetBytes(int64(len(in.data)))
				b.ReportAllocs()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				cpu0 := cpuTime()
				for b.Loop() {
					m.run(b, in)
				}
				cpu := cpuTime() - cpu0
				runtime.ReadMemStats(&after)
				per := float64(b.N) * float64(in.entities)
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/per, "ns/entity")
				b.ReportMetric(float64(cpu.Nanoseconds())/per, "cpu-ns/entity")
				b.ReportMetric(float64(after.Mallocs-before.Mallocs)/per, "allocs/entity")
			})
		}
	}
}

// cpuTime returns the CPU time the process has used, user and system, all
// threads (the collector's included): on a machine shared with other jobs
// it varies less than elapsed time, so paired comparisons of two builds
// read it besides ns/entity.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

var table = flag.Bool("scaletable", false, "print the README's speed table (TestScaleTable)")
var tableRounds = flag.Int("scalerounds", 3, "rounds of TestScaleTable")

// TestScaleTable prints the README's speed table when run with
// -scaletable: each method on each centre, in interleaved rounds (every
// method once per size per round), the median time per entity and the
// allocations per entity, and the ratios the issue sets targets for. Each
// measurement repeats the method for at least 250 ms.
func TestScaleTable(t *testing.T) {
	if !*table {
		t.Skip("run with -scaletable")
	}
	rounds := *tableRounds
	const minRound = 250 * time.Millisecond
	type key struct {
		m string
		n int
	}
	times := map[key][]float64{}
	allocs := map[key]float64{}
	centreSchema(t)
	for _, n := range sizes {
		inputOf(t, n)
	}
	for range rounds {
		for _, n := range sizes {
			in := inputOf(t, n)
			for _, m := range methods {
				// Repeat the method for at least minRound, so that a
				// small input is timed over many runs, not one.
				runtime.GC()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				start := time.Now()
				reps := 0
				for reps == 0 || time.Since(start) < minRound {
					m.run(t, in)
					reps++
				}
				el := time.Since(start)
				runtime.ReadMemStats(&after)
				k := key{m.name, n}
				per := float64(reps) * float64(in.entities)
				times[k] = append(times[k], float64(el.Nanoseconds())/per)
				allocs[k] = float64(after.Mallocs-before.Mallocs) / per
			}
		}
	}
	med := func(k key) float64 {
		s := slices.Clone(times[k])
		slices.Sort(s)
		return s[len(s)/2]
	}
	var out strings.Builder
	fmt.Fprintf(&out, "%d cores, %s, %s/%s; median of %d interleaved rounds of at least %s each; ns and allocations per entity\n\n",
		runtime.NumCPU(), runtime.Version(), runtime.GOOS, runtime.GOARCH, rounds, minRound)
	out.WriteString("| method |")
	for _, n := range sizes {
		in := inputOf(t, n)
		fmt.Fprintf(&out, " %d awards (%d entities, %.1f MB) |", n, in.entities, float64(len(in.data))/1e6)
	}
	out.WriteString(" 100k ÷ 1k |\n|---|")
	for range sizes {
		out.WriteString("---|")
	}
	out.WriteString("---|\n")
	for _, m := range methods {
		fmt.Fprintf(&out, "| %s |", m.name)
		for _, n := range sizes {
			k := key{m.name, n}
			fmt.Fprintf(&out, " %.0f ns, %.1f allocs |", med(k), allocs[k])
		}
		fmt.Fprintf(&out, " %.2f× |\n", med(key{m.name, sizes[len(sizes)-1]})/med(key{m.name, sizes[0]}))
	}
	out.WriteString("\n| ratio |")
	for _, n := range sizes {
		fmt.Fprintf(&out, " %d |", n)
	}
	out.WriteString("\n|---|")
	for range sizes {
		out.WriteString("---|")
	}
	out.WriteString("\n")
	for _, r := range []struct{ name, num, den string }{
		{"Centre.Problems ÷ encoding/json (target ≤ 0.15)", "Centre.Problems", "encoding/json"},
		{"santhosh jsonschema ÷ ahsc.Decode (target ≥ 3)", "santhosh jsonschema", "ahsc.Decode"},
		{"ahsc.Decode ÷ json/v2 strict", "ahsc.Decode", "json/v2 strict"},
		{"Centre.Problems ÷ hash-set walk", "Centre.Problems", "hash-set walk"},
	} {
		fmt.Fprintf(&out, "| %s |", r.name)
		for _, n := range sizes {
			fmt.Fprintf(&out, " %.2f |", med(key{r.num, n})/med(key{r.den, n}))
		}
		out.WriteString("\n")
	}
	fmt.Fprint(os.Stdout, out.String())
}
