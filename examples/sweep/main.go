// Command sweep runs a sweep of simulation scenarios built from the
// engine's components (package ahsc/sim), whole, as one shard of many, or
// merges shards back into the whole run's outputs.
//
//	go run ./examples/sweep -reps 200 -out out/            # whole run, all cores
//	go run ./examples/sweep -reps 200 -shard 1/4 -out shards/
//	go run ./examples/sweep merge -out merged/ shards/     # = out/, byte for byte
//
// In a Slurm job array or a Kubernetes Indexed Job, leave out -shard: the
// shard comes from SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT, or from
// JOB_COMPLETION_INDEX and -shards (see sim.ShardFromEnv and the package
// documentation of ahsc/sim for both job specs).
//
// The default scenario, scenario.json, is illustrative. Its pipeline
// stages take the drug-development phase success rates and mean cycle
// times of BMJ 2014;349:g4254, Table 2 (Phase I 54%, 1.5 years; Phase II
// 34%, 2.5 years; Phase III 70%, 2.5 years; years as 52 weeks); every other
// number (starts, sites, rates, referrals, slots, capacity, initial
// conditions) is made up for the example.
package main

import (
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/sim"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

//go:embed scenario.json
var defaultScenario string

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "sweep:", err)
		os.Exit(1)
	}
}

// run is the command: args without the program name.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "merge" {
		return merge(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "run" {
		args = args[1:]
	}
	fs := flag.NewFlagSet("sweep", flag.ContinueOnError)
	fs.SetOutput(stderr)
	file := fs.String("scenario", "", "scenario JSON `file` (default: the embedded illustrative scenario)")
	seed := fs.Uint64("seed", 1, "master `seed`")
	reps := fs.Int("reps", 100, "replications of each scenario point")
	workers := fs.Int("workers", 0, "replications run in parallel (0: all cores)")
	shardFlag := fs.String("shard", "", "run shard `i/n` only (default: from SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT or JOB_COMPLETION_INDEX, else the whole run)")
	shards := fs.Int("shards", 0, "number of shards when the index comes from JOB_COMPLETION_INDEX (the Job's completions)")
	out := fs.String("out", "out", "output `directory`")
	progress := fs.Bool("progress", false, "report progress on stderr")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil // -h or -help: the usage is printed; not an error
		}
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	src := io.Reader(strings.NewReader(defaultScenario))
	if *file != "" {
		f, err := os.Open(*file)
		if err != nil {
			return err
		}
		defer f.Close()
		src = f
	}
	sc, problems, err := scenario.Decode(src, vocab.DecodeOptions{})
	if err != nil {
		return err
	}
	for _, p := range problems { // warnings only: errors are in err
		fmt.Fprintln(stderr, p)
	}
	var shard sim.Shard
	if *shardFlag != "" {
		if shard, err = sim.ParseShard(*shardFlag); err != nil {
			return err
		}
	} else if shard, _, err = sim.ShardFromEnv(getenv, *shards); err != nil {
		return err
	}
	opts := sim.Options{Shard: shard, Workers: *workers}
	if *progress {
		opts.Progress = func(done, total int) {
			if done == total || done%100 == 0 {
				fmt.Fprintf(stderr, "\r%d/%d replications", done, total)
				if done == total {
					fmt.Fprintln(stderr)
				}
			}
		}
	}
	plan := sim.Plan{Scenario: sc, Model: sim.Components(), MasterSeed: *seed, Replications: *reps}
	m, err := sim.RunDir(ctx, plan, opts, *out)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "shard %d/%d: tasks [%d, %d) of %d: %d rows, %d bytes in %s\n", m.Shard.Index, m.Shard.Count,
		m.Shard.First, m.Shard.End, m.Shard.Tasks, m.Outputs.Rows.Lines, m.Outputs.Rows.Bytes, *out)
	return nil
}

func merge(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("sweep merge", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "merged", "output `directory`")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil // -h or -help: the usage is printed; not an error
		}
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("usage: sweep merge [-out DIR] SHARD_DIR")
	}
	m, err := sim.MergeDir(fs.Arg(0), *out)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "merged %d tasks: %d rows, %d bytes in %s\n", m.Shard.Tasks, m.Outputs.Rows.Lines, m.Outputs.Rows.Bytes, *out)
	return nil
}
