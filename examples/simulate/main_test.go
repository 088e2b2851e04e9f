package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/sim/ahscmodel"
)

func runArgs(t *testing.T, env map[string]string, args ...string) string {
	t.Helper()
	var out bytes.Buffer
	if err := run(context.Background(), args, func(k string) string { return env[k] }, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// TestShardsMergeToTheWholeRun: the cap question run whole on one worker,
// whole on two, as a Slurm job array of three shards and merged, gives
// the same rows, summary and manifest byte for byte.
func TestShardsMergeToTheWholeRun(t *testing.T) {
	dir := t.TempDir()
	args := []string{"-reps", "3", "-seed", "20261130", "-quiet", "-chart", "-"}
	runArgs(t, nil, append(args, "-out", filepath.Join(dir, "whole"), "-workers", "1")...)
	runArgs(t, nil, append(args, "-out", filepath.Join(dir, "two"), "-workers", "2")...)
	const n = 3
	for i := range n {
		env := map[string]string{"SLURM_ARRAY_TASK_ID": fmt.Sprint(i), "SLURM_ARRAY_TASK_COUNT": fmt.Sprint(n)}
		runArgs(t, env, append(args, "-out", filepath.Join(dir, "shards"))...)
	}
	runArgs(t, nil, "merge", "-out", filepath.Join(dir, "merged"), "-chart", "-", filepath.Join(dir, "shards"))
	for _, other := range []string{"two", "merged"} {
		for _, f := range []string{"rows.csv", "summary.csv", "manifest.json"} {
			a, err1 := os.ReadFile(filepath.Join(dir, "whole", f))
			b, err2 := os.ReadFile(filepath.Join(dir, other, f))
			if err1 != nil || err2 != nil || !bytes.Equal(a, b) {
				t.Errorf("%s: %s differs from the single-worker run (%v, %v)", other, f, err1, err2)
			}
		}
	}
}

// TestReport: the printed answer labels KHP's data illustrative, lists
// every parameter with its source (KHP's capacity from its documents),
// gives each measure with its interval,
// and the chart is written in both formats.
func TestReport(t *testing.T) {
	dir := t.TempDir()
	for _, chart := range []string{"chart.svg", "chart.png"} {
		out := runArgs(t, nil, "-scenario", "imaging", "-reps", "4", "-quiet", "-out", dir, "-chart", filepath.Join(dir, chart))
		for _, want := range []string{"ILLUSTRATIVE", "95% t-interval", ahscmodel.SourceBMJ[:20], "research-share 30%",
			"pancreatic-cancer: weekly share within its standard", "| care/facilities/imaging/capacity-per-week | 600 | scans a week | documents |", "capacity and demand figures are illustrative"} {
			if !strings.Contains(out, want) {
				t.Errorf("the report lacks %q:\n%s", want, out)
			}
		}
		if fi, err := os.Stat(filepath.Join(dir, chart)); err != nil || fi.Size() < 1000 {
			t.Errorf("chart %s: %v", chart, err)
		}
	}
}

// markdownish escapes the parentheses the report's Markdown escapes.
func markdownish(s string) string {
	return strings.NewReplacer("(", `\(`, ")", `\)`, "&", "&amp;").Replace(s)
}

// TestPlainTerminal: the report printed for the terminal is plain text,
// without Markdown's escapes; -markdown keeps them, for a .md file.
func TestPlainTerminal(t *testing.T) {
	dir := t.TempDir()
	args := []string{"-scenario", "imaging", "-reps", "2", "-quiet", "-out", dir, "-chart", "-"}
	plain := runArgs(t, nil, args...)
	for _, esc := range []string{`\(`, `\)`, "&amp;", `\_`, `\|`} {
		if strings.Contains(plain, esc) {
			t.Errorf("the terminal report has the Markdown escape %q:\n%s", esc, plain)
		}
	}
	const want = "| care/facilities/imaging/capacity-per-week | 600 | scans a week | documents |"
	if !strings.Contains(plain, want) {
		t.Errorf("the terminal report lacks %q:\n%s", want, plain)
	}
	md := runArgs(t, nil, append(args, "-markdown")...)
	if !strings.Contains(md, markdownish(want)) || !strings.Contains(md, "&amp;") {
		t.Errorf("the Markdown report is not escaped:\n%s", md)
	}
	if md == plain {
		t.Error("-markdown changes nothing")
	}
}

// TestCommittedScenarios: both committed scenarios check without errors
// against KHP's inputs.
func TestCommittedScenarios(t *testing.T) {
	in, err := inputs()
	if err != nil {
		t.Fatal(err)
	}
	for name := range embedded {
		s, err := readScenario(name)
		if err != nil {
			t.Fatal(err)
		}
		if ps := ahscmodel.Check(s, in); ps.HasErrors() {
			t.Errorf("%s: %v", name, ps)
		}
	}
}

func TestRejectsBadInput(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"version":"1.0","id":"x","start":"2026-04-01","weeks":1,"centre":{"care":{"facilities":[{"facility":"no-such"}]}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"-scenario", bad},
		{"-scenario", "no-such-file.json"},
		{"-shard", "3/3"},
		{"-reps", "0"},
		{"-chart", "chart.gif"},
		{"merge", "-out", t.TempDir()},
		{"merge", "-out", t.TempDir(), t.TempDir()}, // no shards there
	} {
		if args[0] != "merge" {
			args = append([]string{"-reps", "1"}, append(args, "-out", t.TempDir(), "-quiet")...)
		}
		if err := run(context.Background(), args, func(string) string { return "" }, io.Discard, io.Discard); err == nil {
			t.Errorf("%q: accepted", args)
		}
	}
}

// TestOutputsKeepTheRowsSmall: the cap question reports its five metric
// families (refused money, adoptions, recruitment, and per pathway
// performance and waiting: 9 metrics), and -all-outputs every metric.
func TestOutputsKeepTheRowsSmall(t *testing.T) {
	dir := t.TempDir()
	metrics := func(args ...string) []string {
		out := filepath.Join(dir, fmt.Sprint(len(args)))
		runArgs(t, nil, append([]string{"-reps", "1", "-quiet", "-chart", "-", "-out", out}, args...)...)
		b, err := os.ReadFile(filepath.Join(out, "manifest.json"))
		if err != nil {
			t.Fatal(err)
		}
		var m struct{ Metrics []struct{ Name string } }
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, mt := range m.Metrics {
			names = append(names, mt.Name)
		}
		return names
	}
	some, all := metrics(), metrics("-all-outputs")
	want := []string{"funding-refused", "projects-adopted", "trial-recruitment",
		"waiting-pancreatic-cancer", "performance-pancreatic-cancer", "waiting-breast-cancer", "performance-breast-cancer",
		"waiting-neuropsychiatry", "performance-neuropsychiatry"}
	if !slices.Equal(some, want) {
		t.Errorf("the cap question reports %q, want %q", some, want)
	}
	if len(all) != 29 || !slices.Contains(all, "research-draw-imaging") {
		t.Errorf("-all-outputs reports %d metrics: %q", len(all), all)
	}
}

// TestOneReplication: with one replication a point the intervals cannot be
// computed; the table says n/a (summary.csv leaves the cells empty), never
// NaN, and the counts are singular.
func TestOneReplication(t *testing.T) {
	out := runArgs(t, nil, "-scenario", "imaging", "-reps", "1", "-quiet", "-out", t.TempDir(), "-chart", "-")
	if strings.Contains(out, "NaN") {
		t.Errorf("the report prints NaN:\n%s", out)
	}
	for _, want := range []string{" [n/a] |", "over 1 replication ", "seed 1, 1 replication a point"} {
		if !strings.Contains(out, want) {
			t.Errorf("the report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "1 replications") {
		t.Errorf("the report says \"1 replications\":\n%s", out)
	}
}

// TestHelp: -h and -help print the usage and succeed (exit 0), as
// validate's do, for the run and for merge.
func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"-help"}, {"merge", "-h"}, {"merge", "-help"}} {
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), args, func(string) string { return "" }, &stdout, &stderr); err != nil {
			t.Errorf("%q: %v", args, err)
		}
		if !strings.Contains(stderr.String(), "-out") {
			t.Errorf("%q: no usage:\n%s", args, stderr.String())
		}
		if stdout.Len() > 0 {
			t.Errorf("%q: printed a report:\n%s", args, stdout.String())
		}
	}
}
