package sim_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/sim"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

func smallPlan(seed uint64) sim.Plan {
	s := &scenario.Scenario{Version: "1.0", ID: "m", Start: mustDate("2026-01-05"), Weeks: 70, WarmUpWeeks: 4,
		Arrivals: &scenario.Arrivals{RatePerWeek: ratio("2.5")},
		Queue:    &scenario.Queue{ReferralsPerWeek: ratio("4"), SlotsPerWeek: 4, Capacity: 20},
		Sweep:    []scenario.Axis{{Name: "slots", Parameter: "/queue/slotsPerWeek", Values: []vocab.Ratio{vocab.IntRatio(3), vocab.IntRatio(5)}}}}
	return sim.Plan{Scenario: s, Model: sim.Components(), MasterSeed: seed, Replications: 5}
}

type shardRun struct {
	m    *sim.Manifest
	rows []byte
}

func runShards(t *testing.T, p sim.Plan, n int) []shardRun {
	var out []shardRun
	for i := range n {
		var b bytes.Buffer
		res, err := sim.Run(context.Background(), p, sim.Options{Shard: sim.Shard{Index: i, Count: n}}, &b)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, shardRun{res.Manifest, b.Bytes()})
	}
	return out
}

var wholeValue = regexp.MustCompile(`,([0-9]+),patients\n`)

// redigest makes shard i's manifest agree with its edited rows.
func redigest(s []shardRun, i int) []shardRun {
	sum := sha256.Sum256(s[i].rows)
	s[i].m.Outputs.Rows.SHA256 = hex.EncodeToString(sum[:])
	s[i].m.Outputs.Rows.Lines = bytes.Count(s[i].rows, []byte("\n")) - 1
	return s
}

func merge(shards []shardRun) error {
	var in []sim.ShardOutput
	for _, s := range shards {
		in = append(in, sim.ShardOutput{Manifest: s.m, Rows: bytes.NewReader(s.rows)})
	}
	_, err := sim.Merge(in, &bytes.Buffer{})
	return err
}

// TestMergeRejects: merge refuses anything but every shard of one run,
// unaltered.
func TestMergeRejects(t *testing.T) {
	good := runShards(t, smallPlan(1), 3)
	if err := merge(good); err != nil {
		t.Fatalf("good shards: %v", err)
	}
	other := runShards(t, smallPlan(2), 3)
	edit := func(f func(s []shardRun) []shardRun) []shardRun {
		c := make([]shardRun, len(good))
		for i, s := range good {
			m := *s.m
			c[i] = shardRun{&m, bytes.Clone(s.rows)}
		}
		return f(c)
	}
	if err := merge(edit(func(s []shardRun) []shardRun { return redigest(s, 1) })); err != nil {
		t.Fatalf("redigest of unchanged rows: %v", err)
	}
	if !wholeValue.Match(good[1].rows) {
		t.Fatal("no whole-number patient value to reformat")
	}
	for name, shards := range map[string][]shardRun{
		"missing shard":      edit(func(s []shardRun) []shardRun { return s[:2] }),
		"repeated shard":     edit(func(s []shardRun) []shardRun { return []shardRun{s[0], s[1], s[1]} }),
		"shard of other run": edit(func(s []shardRun) []shardRun { return []shardRun{s[0], other[1], s[2]} }),
		"edited value": edit(func(s []shardRun) []shardRun {
			s[1].rows = bytes.Replace(s[1].rows, []byte(",patients\n"), []byte("0,patients\n"), 1)
			return s
		}),
		// The next three keep the digest consistent, so the line checks must catch them.
		"value reformatted": edit(func(s []shardRun) []shardRun {
			s[1].rows = wholeValue.ReplaceAll(s[1].rows, []byte(",$1.0,patients\n"))
			return redigest(s, 1)
		}),
		"lines swapped": edit(func(s []shardRun) []shardRun {
			ls := strings.SplitAfter(string(s[2].rows), "\n")
			ls[1], ls[2] = ls[2], ls[1]
			s[2].rows = []byte(strings.Join(ls, ""))
			return redigest(s, 2)
		}),
		"line dropped": edit(func(s []shardRun) []shardRun {
			ls := strings.SplitAfter(string(s[2].rows), "\n")
			s[2].rows = []byte(strings.Join(append(ls[:3], ls[4:]...), ""))
			return redigest(s, 2)
		}),
		"digest mismatch": edit(func(s []shardRun) []shardRun { s[0].m.Outputs.Rows.SHA256 = strings.Repeat("0", 64); return s }),
	} {
		if err := merge(shards); err == nil {
			t.Errorf("%s: merged", name)
		}
	}
}

// TestSummaryMatchesRows: each summary line is the mean, sample standard
// deviation and 95% t-interval of the replications' values in the rows,
// computed here independently (two-pass), with Student's t quantiles
// from published tables.
func TestSummaryMatchesRows(t *testing.T) {
	tTable := map[int]float64{2: 12.706, 5: 2.776, 10: 2.262, 20: 2.093, 30: 2.045} // t(0.975, n−1), by n
	for n, tq := range tTable {
		p := smallPlan(3)
		p.Replications = n
		var rows bytes.Buffer
		res, err := sim.Run(context.Background(), p, sim.Options{}, &rows)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&rows).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		values := map[string][]float64{} // by point, period and metric
		for _, r := range recs[1:] {
			v, err := strconv.ParseFloat(r[7], 64)
			if err != nil {
				t.Fatal(err)
			}
			k := r[1] + "|" + r[5] + "|" + r[6]
			values[k] = append(values[k], v)
		}
		cells := res.Summary.Cells()
		if len(cells) != len(values) {
			t.Fatalf("%d cells, %d groups of rows", len(cells), len(values))
		}
		for _, c := range cells {
			xs := values[strconv.Itoa(c.Point)+"|"+c.Period+"|"+c.Metric.Name]
			var mean, ss float64
			for _, x := range xs {
				mean += x
			}
			mean /= float64(len(xs))
			for _, x := range xs {
				ss += (x - mean) * (x - mean)
			}
			sd := math.Sqrt(ss / float64(len(xs)-1))
			half := tq * sd / math.Sqrt(float64(len(xs)))
			if c.N != n || !close(c.Mean, mean) || !close(c.SD, sd) ||
				math.Abs(c.High-c.Mean-half) > 5e-4*sd/math.Sqrt(float64(n))+1e-12 || !close(c.Mean-c.Low, c.High-c.Mean) {
				t.Fatalf("n=%d %+v: want mean %v, sd %v, half-width %v", n, c, mean, sd, half)
			}
		}
	}
}

func close(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// TestPlanLimits: plans beyond the limits are refused before any work.
func TestPlanLimits(t *testing.T) {
	many := make([]vocab.Ratio, 1000)
	for i := range many {
		many[i] = vocab.IntRatio(int64(i + 1))
	}
	big := &scenario.Scenario{Version: "1.0", ID: "big", Start: mustDate("2026-04-01"), Weeks: 10_000, Reporting: scenario.Week,
		Queue: &scenario.Queue{ReferralsPerWeek: ratio("1"), SlotsPerWeek: 1, Capacity: 10}, // 5 metrics
		Sweep: []scenario.Axis{{Name: "rate", Parameter: "/queue/referralsPerWeek", Values: many}}}
	for name, p := range map[string]sim.Plan{
		"no replications":   {Scenario: smallPlan(1).Scenario, Model: sim.Components()},
		"too many":          {Scenario: smallPlan(1).Scenario, Model: sim.Components(), Replications: sim.MaxReplications + 1},
		"no scenario":       {Model: sim.Components(), Replications: 1},
		"no model":          {Scenario: smallPlan(1).Scenario, Replications: 1},
		"summary too large": {Scenario: big, Model: sim.Components(), Replications: 1},
	} {
		if _, err := sim.Run(context.Background(), p, sim.Options{}, &bytes.Buffer{}); err == nil {
			t.Errorf("%s: ran", name)
		}
	}
	if _, err := sim.Run(context.Background(), smallPlan(1), sim.Options{Shard: sim.Shard{Index: 2, Count: 2}}, &bytes.Buffer{}); err == nil {
		t.Error("shard 2/2 ran")
	}
}
