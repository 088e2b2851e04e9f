package sim_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/sim"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/sim/simtest"
)

// output is the bytes of one run's or merge's files.
type output struct {
	rows, summary, manifest []byte
}

func (o output) equal(p output) bool {
	return bytes.Equal(o.rows, p.rows) && bytes.Equal(o.summary, p.summary) && bytes.Equal(o.manifest, p.manifest)
}

// fataler is what the helpers need of *testing.T and *rapid.T.
type fataler interface {
	Helper()
	Fatal(args ...any)
}

// files renders a result's summary and manifest the way RunDir does.
func files(t fataler, rows []byte, res *sim.Result) output {
	t.Helper()
	o := output{rows: rows}
	res.Manifest.Outputs.Rows.Name = "rows.csv"
	if res.Summary != nil {
		var b bytes.Buffer
		if err := res.WriteSummary(&b, "summary.csv"); err != nil {
			t.Fatal(err)
		}
		o.summary = b.Bytes()
	}
	var m bytes.Buffer
	if err := res.Manifest.WriteJSON(&m); err != nil {
		t.Fatal(err)
	}
	o.manifest = m.Bytes()
	return o
}

func run(t fataler, p sim.Plan, o sim.Options) (output, *sim.Result) {
	t.Helper()
	var rows bytes.Buffer
	res, err := sim.Run(context.Background(), p, o, &rows)
	if err != nil {
		t.Fatal(err)
	}
	return files(t, rows.Bytes(), res), res
}

func planGen() *rapid.Generator[sim.Plan] {
	return rapid.Custom(func(t *rapid.T) sim.Plan {
		return sim.Plan{Scenario: simtest.Scenario().Draw(t, "scenario"), Model: sim.Components(),
			MasterSeed: rapid.Uint64().Draw(t, "seed"), Replications: rapid.IntRange(1, 4).Draw(t, "reps")}
	})
}

// TestDeterminism: the same plan gives the same bytes with 1 or N
// workers, and the shards of any split, run separately with any worker
// counts and merged in any order, give the whole run's bytes.
func TestDeterminism(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := planGen().Draw(t, "plan")
		one, _ := run(t, p, sim.Options{Workers: 1})
		many, _ := run(t, p, sim.Options{Workers: rapid.IntRange(2, 8).Draw(t, "workers")})
		if !one.equal(many) {
			t.Fatalf("1 worker and N workers differ")
		}
		n := rapid.IntRange(1, 6).Draw(t, "shards")
		var shards []sim.ShardOutput
		for i := range n {
			var rows bytes.Buffer
			res, err := sim.Run(context.Background(), p, sim.Options{Shard: sim.Shard{Index: i, Count: n},
				Workers: rapid.IntRange(1, 4).Draw(t, "shardWorkers")}, &rows)
			if err != nil {
				t.Fatal(err)
			}
			if (res.Summary == nil) != (n > 1) {
				t.Fatalf("shard %d/%d: summary %v", i, n, res.Summary != nil)
			}
			shards = append(shards, sim.ShardOutput{Manifest: res.Manifest, Rows: bytes.NewReader(rows.Bytes())})
		}
		shards = rapid.Permutation(shards).Draw(t, "order")
		var rows bytes.Buffer
		res, err := sim.Merge(shards, &rows)
		if err != nil {
			t.Fatal(err)
		}
		merged := files(t, rows.Bytes(), res)
		if !merged.equal(one) {
			t.Fatalf("merged shards differ from the whole run:\nrows equal %v, summary equal %v\nmanifest:\n%s\nwant:\n%s",
				bytes.Equal(merged.rows, one.rows), bytes.Equal(merged.summary, one.summary), merged.manifest, one.manifest)
		}
	})
}

// metricLines returns the lines of rows CSV whose metric is in keep.
func metricLines(rows []byte, keep map[string]bool) []string {
	var out []string
	for _, l := range strings.Split(string(rows), "\n")[1:] {
		f := strings.Split(l, ",")
		if len(f) > 3 && keep[f[len(f)-3]] {
			out = append(out, l)
		}
	}
	return out
}

// TestComponentsDoNotShareStreams: removing a component from a scenario
// leaves every other component's rows unchanged (each has its own streams).
func TestComponentsDoNotShareStreams(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := planGen().Draw(t, "plan")
		s := p.Scenario
		s.Sweep = nil
		present := []string{}
		for name, ok := range map[string]bool{"arrivals": s.Arrivals != nil, "pipeline": s.Pipeline != nil,
			"recruitment": s.Recruitment != nil, "queue": s.Queue != nil} {
			if ok {
				present = append(present, name)
			}
		}
		slices.Sort(present)
		if len(present) < 2 {
			t.Skip("one component")
		}
		drop := rapid.SampledFrom(present).Draw(t, "drop")
		full, _ := run(t, p, sim.Options{})
		less := s.Clone()
		switch drop {
		case "arrivals":
			less.Arrivals = nil
		case "pipeline":
			less.Pipeline = nil
		case "recruitment":
			less.Recruitment = nil
		case "queue":
			less.Queue = nil
		}
		q := p
		q.Scenario = less
		part, res := run(t, q, sim.Options{})
		keep := map[string]bool{}
		for _, m := range res.Manifest.Metrics {
			keep[m.Name] = true
		}
		if a, b := metricLines(full.rows, keep), metricLines(part.rows, keep); !slices.Equal(a, b) {
			t.Fatalf("dropping %s changed the other components' rows", drop)
		}
	})
}

// TestAddingAStreamChangesNoOther: a stream's numbers are the same
// whether or not other streams are created and drawn from in between.
func TestAddingAStreamChangesNoOther(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		master, rep := rapid.Uint64().Draw(t, "master"), rapid.IntRange(0, 1000).Draw(t, "rep")
		names := rapid.SliceOfNDistinct(rapid.StringN(0, 12, -1), 2, 5, func(s string) string { return s }).Draw(t, "names")
		k := rapid.IntRange(1, 20).Draw(t, "draws")
		st := sim.NewStreams(master, rep)
		alone := map[string][]uint64{}
		for _, n := range names[1:] {
			g := st.Stream(n)
			for range k {
				alone[n] = append(alone[n], g.Uint64())
			}
		}
		gens := map[string]*rand.PCG{}
		for _, n := range names {
			gens[n] = st.Stream(n)
		}
		got := map[string][]uint64{}
		for range k {
			for _, n := range names {
				v := gens[n].Uint64()
				if n != names[0] {
					got[n] = append(got[n], v)
				}
			}
		}
		for _, n := range names[1:] {
			if !slices.Equal(alone[n], got[n]) {
				t.Fatalf("stream %q changed when stream %q was added", n, names[0])
			}
		}
	})
}

// specSeed is the derivation as the documentation of StreamDerivation
// states it, written independently of the package's code.
func specSeed(master, rep uint64, name string) (uint64, uint64) {
	mix := func(z uint64) uint64 {
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		return z ^ (z >> 31)
	}
	h := uint64(0xcbf29ce484222325) // FNV-1a 64 offset basis
	for _, c := range []byte(name) {
		h = (h ^ uint64(c)) * 0x100000001b3
	}
	const g = 0x9e3779b97f4a7c15
	s1 := mix(mix(mix(master)+g*(rep+1)) ^ h)
	return s1, mix(s1 + g)
}

func TestStreamSeedFollowsDocumentedDerivation(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m, r, n := rapid.Uint64().Draw(t, "master"), rapid.Uint64().Draw(t, "rep"), rapid.String().Draw(t, "name")
		a1, a2 := sim.StreamSeed(m, r, n)
		b1, b2 := specSeed(m, r, n)
		if a1 != b1 || a2 != b2 {
			t.Fatalf("StreamSeed(%d, %d, %q) = %x %x, documented %x %x", m, r, n, a1, a2, b1, b2)
		}
		want := rand.NewPCG(b1, b2)
		got := sim.NewStream(m, r, n)
		for range 4 {
			if got.Uint64() != want.Uint64() {
				t.Fatal("NewStream is not PCG(StreamSeed)")
			}
		}
	})
}

// TestStreamsDistinct: 10,000 replications × 10 names of one master seed
// get 100,000 distinct first seeds.
func TestStreamsDistinct(t *testing.T) {
	seen := map[uint64]bool{}
	for rep := range uint64(10_000) {
		for i := range 10 {
			s, _ := sim.StreamSeed(42, rep, fmt.Sprintf("stream-%d", i))
			if seen[s] {
				t.Fatalf("replication %d stream-%d repeats a seed", rep, i)
			}
			seen[s] = true
		}
	}
}

// TestStreamsUncorrelated: uniform draws of neighbouring replications,
// names and master seeds are uncorrelated: each sample correlation of n
// pairs lies within z/√n of 0.
func TestStreamsUncorrelated(t *testing.T) {
	const n = 20_000
	pairs := []struct {
		what string
		a, b *rand.PCG
	}{
		{"replications 0 and 1", sim.NewStream(1, 0, "x"), sim.NewStream(1, 1, "x")},
		{"names x and y", sim.NewStream(1, 0, "x"), sim.NewStream(1, 0, "y")},
		{"masters 1 and 2", sim.NewStream(1, 0, "x"), sim.NewStream(2, 0, "x")},
		{"masters 0 and 1, replication 0", sim.NewStream(0, 0, ""), sim.NewStream(1, 0, "")},
	}
	for _, p := range pairs {
		a, b := rand.New(p.a), rand.New(p.b)
		var sxy float64
		for range n {
			sxy += (a.Float64() - 0.5) * (b.Float64() - 0.5)
		}
		r := sxy / n * 12 // the variance of U(0,1) is 1/12
		near(t, "correlation of "+p.what, r, 0, 1/math.Sqrt(n))
	}
}

// TestPipelineConservation: whatever is added and however many steps run,
// projects entered = in progress + completed + failed, the stage counts
// add up to those in progress, and the steps' counts add up to the totals.
func TestPipelineConservation(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var stages []sim.Stage
		for range rapid.IntRange(1, 5).Draw(t, "stages") {
			stages = append(stages, sim.Stage{MeanWeeks: rapid.Float64Range(1, 10).Draw(t, "mean"),
				Success: rapid.Float64Range(0, 1).Draw(t, "success")})
		}
		p, err := sim.NewPipeline(stages, sim.NewStream(rapid.Uint64().Draw(t, "seed"), 0, "p"))
		if err != nil {
			t.Fatal(err)
		}
		var completed, failed int64
		for w := range rapid.IntRange(0, 60).Draw(t, "weeks") {
			if err := p.Add(rapid.IntRange(0, len(stages)-1).Draw(t, "stage"), rapid.IntRange(0, 30).Draw(t, "n"), w); err != nil {
				t.Fatal(err)
			}
			s := p.Step(w)
			completed += int64(s.Completed)
			failed += int64(s.Failed)
			c := p.Counts()
			var inStages int
			for _, n := range p.InStage() {
				inStages += n
			}
			if c.Entered != int64(p.InProgress())+c.Completed+c.Failed || inStages != p.InProgress() ||
				c.Completed != completed || c.Failed != failed {
				t.Fatalf("week %d: counts %+v, in progress %d (stages %d), steps completed %d failed %d",
					w, c, p.InProgress(), inStages, completed, failed)
			}
		}
	})
}

// TestShardRanges: the shards of any split cover the tasks once, in
// order, with sizes differing by at most one, also for counts whose
// products overflow 64 bits.
func TestShardRanges(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		total := rapid.OneOf(rapid.IntRange(0, 1000), rapid.IntRange(0, math.MaxInt64)).Draw(t, "total")
		n := rapid.OneOf(rapid.IntRange(1, 20), rapid.IntRange(1, math.MaxInt32)).Draw(t, "n")
		for _, i := range []int{0, rapid.IntRange(0, n-1).Draw(t, "i"), n - 1} {
			lo, hi := sim.Shard{Index: i, Count: n}.Range(total)
			want := new(big.Int).Div(new(big.Int).Mul(big.NewInt(int64(i)), big.NewInt(int64(total))), big.NewInt(int64(n)))
			if int64(lo) != want.Int64() {
				t.Fatalf("shard %d/%d of %d starts at %d, want %s", i, n, total, lo, want)
			}
			if size, q := hi-lo, total/n; size != q && size != q+1 {
				t.Fatalf("shard %d/%d of %d has %d tasks", i, n, total, size)
			}
			if i == n-1 && hi != total || i == 0 && lo != 0 {
				t.Fatalf("shard %d/%d of %d: [%d, %d)", i, n, total, lo, hi)
			}
			if i+1 < n {
				if next, _ := (sim.Shard{Index: i + 1, Count: n}).Range(total); next != hi {
					t.Fatalf("shard %d/%d ends at %d, the next starts at %d", i, n, hi, next)
				}
			}
		}
	})
}

func TestShardFromEnv(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	for _, tc := range []struct {
		name  string
		env   func(string) string
		count int
		want  sim.Shard
		ok    bool
		err   bool
	}{
		{"none", env(), 0, sim.Shard{}, false, false},
		{"slurm", env("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_COUNT", "4"), 0, sim.Shard{Index: 2, Count: 4}, true, false},
		{"slurm from 1", env("SLURM_ARRAY_TASK_ID", "4", "SLURM_ARRAY_TASK_MIN", "1", "SLURM_ARRAY_TASK_COUNT", "4"), 0, sim.Shard{Index: 3, Count: 4}, true, false},
		{"slurm step", env("SLURM_ARRAY_TASK_ID", "12", "SLURM_ARRAY_TASK_STEP", "4", "SLURM_ARRAY_TASK_COUNT", "4"), 4, sim.Shard{Index: 3, Count: 4}, true, false},
		{"slurm off grid", env("SLURM_ARRAY_TASK_ID", "13", "SLURM_ARRAY_TASK_STEP", "4", "SLURM_ARRAY_TASK_COUNT", "4"), 0, sim.Shard{}, false, true},
		{"slurm count disagrees", env("SLURM_ARRAY_TASK_ID", "1", "SLURM_ARRAY_TASK_COUNT", "4"), 3, sim.Shard{}, false, true},
		{"slurm without count", env("SLURM_ARRAY_TASK_ID", "1"), 0, sim.Shard{}, false, true},
		{"slurm beyond count", env("SLURM_ARRAY_TASK_ID", "4", "SLURM_ARRAY_TASK_COUNT", "4"), 0, sim.Shard{}, false, true},
		{"kubernetes", env("JOB_COMPLETION_INDEX", "5"), 8, sim.Shard{Index: 5, Count: 8}, true, false},
		{"kubernetes without count", env("JOB_COMPLETION_INDEX", "5"), 0, sim.Shard{}, false, true},
		{"kubernetes beyond count", env("JOB_COMPLETION_INDEX", "8"), 8, sim.Shard{}, false, true},
		{"kubernetes garbage", env("JOB_COMPLETION_INDEX", "x"), 8, sim.Shard{}, false, true},
	} {
		got, ok, err := sim.ShardFromEnv(tc.env, tc.count)
		if got != tc.want || ok != tc.ok || (err != nil) != tc.err {
			t.Errorf("%s: got %v %v %v, want %v %v error %v", tc.name, got, ok, err, tc.want, tc.ok, tc.err)
		}
	}
}

// TestSlurmAndKubernetesSplitAlike: shard i of n is the same shard from a
// Slurm array task, a Kubernetes index and the -shard flag.
func TestSlurmAndKubernetesSplitAlike(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 1000).Draw(t, "n")
		i := rapid.IntRange(0, n-1).Draw(t, "i")
		lo := rapid.IntRange(0, 5).Draw(t, "min")
		step := rapid.IntRange(1, 3).Draw(t, "step")
		slurm := map[string]string{"SLURM_ARRAY_TASK_ID": fmt.Sprint(lo + i*step), "SLURM_ARRAY_TASK_MIN": fmt.Sprint(lo),
			"SLURM_ARRAY_TASK_STEP": fmt.Sprint(step), "SLURM_ARRAY_TASK_COUNT": fmt.Sprint(n)}
		a, _, err1 := sim.ShardFromEnv(func(k string) string { return slurm[k] }, 0)
		b, _, err2 := sim.ShardFromEnv(func(k string) string {
			if k == "JOB_COMPLETION_INDEX" {
				return fmt.Sprint(i)
			}
			return ""
		}, n)
		c, err3 := sim.ParseShard(fmt.Sprintf("%d/%d", i, n))
		if err := errors.Join(err1, err2, err3); err != nil || a != b || b != c {
			t.Fatalf("slurm %v, kubernetes %v, flag %v, %v", a, b, c, err)
		}
	})
}

// TestProgressAndCancel: progress reports every task in order from one
// goroutine, and cancelling stops the run with the context's error.
func TestProgressAndCancel(t *testing.T) {
	s := &scenario.Scenario{Version: "1.0", ID: "p", Start: mustDate("2026-04-01"), Weeks: 52,
		Arrivals: &scenario.Arrivals{RatePerWeek: ratio("3")}}
	p := sim.Plan{Scenario: s, Model: sim.Components(), MasterSeed: 1, Replications: 50}
	var seen []int
	_, err := sim.Run(context.Background(), p, sim.Options{Workers: 4, Progress: func(done, total int) {
		if total != 50 {
			t.Errorf("total %d", total)
		}
		seen = append(seen, done)
	}}, &bytes.Buffer{})
	if err != nil || len(seen) != 50 || !slices.IsSorted(seen) || seen[0] != 1 {
		t.Fatalf("progress %v, error %v", seen, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	_, err = sim.Run(ctx, p, sim.Options{Workers: 4, Progress: func(done, _ int) {
		if done == 3 {
			cancel()
		}
	}}, &bytes.Buffer{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled run: %v", err)
	}
}
