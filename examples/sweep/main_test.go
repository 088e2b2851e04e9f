package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestShardsMergeToTheWholeRun runs the command as a Slurm job array and as
// a Kubernetes Indexed Job would (the shard from the environment), merges
// each set of shards, and compares every file with a single-process run,
// byte for byte.
func TestShardsMergeToTheWholeRun(t *testing.T) {
	dir := t.TempDir()
	args := []string{"-reps", "6", "-seed", "20261130"}
	do := func(env map[string]string, extra ...string) {
		t.Helper()
		err := run(context.Background(), append(append([]string{}, args...), extra...),
			func(k string) string { return env[k] }, io.Discard, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
	}
	do(nil, "-out", filepath.Join(dir, "whole"), "-workers", "1")
	const n = 3
	for i := range n {
		do(map[string]string{"SLURM_ARRAY_TASK_ID": fmt.Sprint(i), "SLURM_ARRAY_TASK_COUNT": fmt.Sprint(n)},
			"-out", filepath.Join(dir, "slurm"))
		do(map[string]string{"JOB_COMPLETION_INDEX": fmt.Sprint(i)}, "-shards", fmt.Sprint(n),
			"-out", filepath.Join(dir, "k8s"), "-workers", "2")
	}
	for _, engine := range []string{"slurm", "k8s"} {
		merged := filepath.Join(dir, engine+"-merged")
		if err := run(context.Background(), []string{"merge", "-out", merged, filepath.Join(dir, engine)}, nil, io.Discard, io.Discard); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"rows.csv", "summary.csv", "manifest.json"} {
			a, err1 := os.ReadFile(filepath.Join(dir, "whole", f))
			b, err2 := os.ReadFile(filepath.Join(merged, f))
			if err1 != nil || err2 != nil || !bytes.Equal(a, b) {
				t.Errorf("%s: merged %s differs from the single-process run (%v, %v)", engine, f, err1, err2)
			}
		}
	}
}

func TestRejectsBadInput(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"version":"1.0","id":"x","start":"2026-04-01","weeks":0,"bogus":1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"-scenario", bad},
		{"-shard", "3/3"},
		{"-reps", "0"},
		{"merge", "-out", t.TempDir()},
		{"merge", "-out", t.TempDir(), t.TempDir()}, // no shards there
	} {
		if args[0] != "merge" {
			args = append(args, "-out", t.TempDir())
		}
		if err := run(context.Background(), args, func(string) string { return "" }, io.Discard, io.Discard); err == nil {
			t.Errorf("%q: accepted", args)
		}
	}
}

// TestHelp: -h and -help print the usage and succeed (exit 0), as
// validate's do, for run and merge.
func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"-help"}, {"run", "-h"}, {"merge", "-h"}} {
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), args, func(string) string { return "" }, &stdout, &stderr); err != nil {
			t.Errorf("%q: %v", args, err)
		}
		if !bytes.Contains(stderr.Bytes(), []byte("-out")) {
			t.Errorf("%q: no usage:\n%s", args, stderr.String())
		}
		if stdout.Len() > 0 {
			t.Errorf("%q: printed output:\n%s", args, stdout.String())
		}
	}
}
