// Command simulate answers two what-if questions for King's Health
// Partners with the AHSC model (package ahsc/sim/ahscmodel) on the
// simulation engine (package ahsc/sim):
//
//   - private-cap.json (the default): what would a cap of 10%, 20%, 30%,
//     40% or 100% on the private share of each programme's research money,
//     declined above the cap, do over 15 financial years to adoptions into
//     routine care, trial recruitment, the NHS waiting-time standards and
//     the waiting lists? 1,000 replications per cap by default.
//   - imaging.json: if 0%, 10%, 20% or 30% of the imaging centre's capacity
//     moves to research, what happens to waiting times over three years?
//
// It writes the tidy rows, the summary and the manifest (which records
// every parameter with its source) into -out, prints the parameters and a
// summary table with 95% t-intervals, and draws the summary as a chart
// (-chart, SVG or PNG by extension) with gonum's plot. The report is laid
// out as Markdown (headings, tables) but printed as plain text; with
// -markdown its table cells are escaped for a Markdown file:
//
//	go run ./examples/simulate -markdown > report.md
//
//	go run ./examples/simulate                             # the cap question, 1,000 replications a cap
//	go run ./examples/simulate -scenario imaging -reps 500
//	go run ./examples/simulate -scenario my.json -seed 7 -workers 2 -out out/
//	go run ./examples/simulate -reps 1000 -shard 1/4 -out shards/
//	go run ./examples/simulate merge -out merged/ shards/  # = the whole run, byte for byte
//
// In a Slurm job array or a Kubernetes Indexed Job leave out -shard: the
// shard comes from the environment (see sim.ShardFromEnv).
//
// The answers rest on ILLUSTRATIVE data: KHP's amounts, policy, capacities
// and demand are made up (KHP's documents in ahsc/reference, which say so
// in their sources; the report prints each of those labels); the cited
// defaults are listed with their sources in the printed parameters.
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
	"path/filepath"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/sim"
	"github.com/ahsckit/ahsckit/ahsc/sim/ahscmodel"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

var (
	//go:embed private-cap.json
	privateCap string
	//go:embed imaging.json
	imaging string
)

// embedded are the committed scenarios by name.
var embedded = map[string]string{"private-cap": privateCap, "imaging": imaging}

// markdownUsage documents -markdown.
const markdownUsage = "print the report as Markdown with its table cells escaped (for a .md file; default: plain text for the terminal)"

// illustrative is the note every answer about KHP carries.
const illustrative = "King's Health Partners' amounts, funding policy, capacities and demand are ILLUSTRATIVE " +
	"(KHP's documents in ahsc/reference): the answers show what the model does with them, not KHP's reality"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "simulate:", err)
		os.Exit(1)
	}
}

// inputs reads KHP's documents into the model's inputs: the one place the
// example chooses the centre.
func inputs() (*ahscmodel.Inputs, error) {
	in, err := ahscmodel.ReadCentre(reference.KingsHealthPartners(), reference.KHPPolicy())
	if err != nil {
		return nil, err
	}
	in.Notes = append(in.Notes, illustrative)
	return in, nil
}

// run is the command: args without the program name.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "merge" {
		return merge(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("simulate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	file := fs.String("scenario", "private-cap", "scenario: \"private-cap\", \"imaging\" (the committed files) or a JSON `file`")
	seed := fs.Uint64("seed", 1, "master `seed`")
	reps := fs.Int("reps", 1000, "replications of each scenario point")
	workers := fs.Int("workers", 0, "replications run in parallel (0: all cores)")
	shardFlag := fs.String("shard", "", "run shard `i/n` only (default: from SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT or JOB_COMPLETION_INDEX, else the whole run)")
	shards := fs.Int("shards", 0, "number of shards when the index comes from JOB_COMPLETION_INDEX")
	out := fs.String("out", "out", "output `directory` for rows.csv, summary.csv and manifest.json")
	chart := fs.String("chart", "", "chart `file`, .svg or .png (default: chart.svg in the output directory; \"-\" for none)")
	quiet := fs.Bool("quiet", false, "no progress line on stderr")
	md := fs.Bool("markdown", false, markdownUsage)
	allOutputs := fs.Bool("all-outputs", false, "report every metric of the model, not only the scenario's outputs (the default cap run's rows grow from 48 MB to 159 MB)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil // -h or -help: the usage is printed; not an error
		}
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	s, err := readScenario(*file)
	if err != nil {
		return err
	}
	if *allOutputs && s.Centre != nil {
		s.Centre.Outputs = nil
	}
	in, err := inputs()
	if err != nil {
		return err
	}
	if ps := ahscmodel.Check(s, in); len(ps) > 0 {
		if ps.HasErrors() {
			return fmt.Errorf("scenario %s: %w", *file, ps.Errors())
		}
		for _, p := range ps {
			fmt.Fprintln(stderr, p) // a warning: its text says so
		}
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
	if !*quiet {
		opts.Progress = progress(stderr)
	}
	plan := sim.Plan{Scenario: s, Model: ahscmodel.Builder(in), MasterSeed: *seed, Replications: *reps}
	m, err := sim.RunDir(ctx, plan, opts, *out)
	if err != nil {
		return err
	}
	if !shard.IsWhole() {
		fmt.Fprintf(stdout, "shard %s: tasks [%d, %d) of %d: %d rows, %d bytes in %s; merge the shards with: simulate merge -out DIR %s\n",
			shard, m.Shard.First, m.Shard.End, m.Shard.Tasks, m.Outputs.Rows.Lines, m.Outputs.Rows.Bytes, *out, *out)
		return nil
	}
	return report(*out, chartPath(*chart, *out), *md, stdout)
}

func chartPath(flagValue, dir string) string {
	switch flagValue {
	case "":
		return filepath.Join(dir, "chart.svg")
	case "-":
		return ""
	}
	return flagValue
}

// readScenario reads a committed scenario by name, or a file.
func readScenario(name string) (*scenario.Scenario, error) {
	var r io.Reader
	if text, ok := embedded[name]; ok {
		r = strings.NewReader(text)
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	s, problems, err := scenario.Decode(r, vocab.DecodeOptions{})
	if err != nil {
		return nil, fmt.Errorf("scenario %s: %w", name, err)
	}
	for _, p := range problems { // warnings only: errors are in err
		fmt.Fprintf(os.Stderr, "scenario %s: %v\n", name, p)
	}
	return s, nil
}

// progress returns a progress callback writing one line, rewritten in
// place, to w.
func progress(w io.Writer) func(done, total int) {
	return func(done, total int) {
		if done == total || done%50 == 0 {
			fmt.Fprintf(w, "\r%d/%d replications (%d%%)", done, total, done*100/total)
			if done == total {
				fmt.Fprintln(w)
			}
		}
	}
}

func merge(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("simulate merge", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "merged", "output `directory`")
	chart := fs.String("chart", "", "chart `file`, .svg or .png (default: chart.svg in the output directory; \"-\" for none)")
	md := fs.Bool("markdown", false, markdownUsage)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil // -h or -help: the usage is printed; not an error
		}
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("usage: simulate merge [-out DIR] [-chart FILE] SHARD_DIR")
	}
	if _, err := sim.MergeDir(fs.Arg(0), *out); err != nil {
		return err
	}
	return report(*out, chartPath(*chart, *out), *md, stdout)
}
