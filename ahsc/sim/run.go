package sim

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
)

// Plan is a run: a scenario (with its sweep), the model to build for each
// scenario point, the master seed and the number of replications of each
// point. A run's tasks are its (point, replication) pairs in that order.
type Plan struct {
	// Scenario is the scenario document, with its sweep; it must be valid.
	Scenario *scenario.Scenario
	// Model builds the model of each scenario point.
	Model Builder
	// MasterSeed is the seed every stream derives from ([StreamSeed]).
	MasterSeed uint64
	// Replications is the number of replications of each point, 1 to
	// [MaxReplications].
	Replications int
}

// Options are how a plan runs; none of them changes the output's bytes
// except Shard, which selects the slice of tasks to run.
type Options struct {
	// Shard selects the tasks to run; the zero Shard runs them all.
	Shard Shard
	// Workers is the number of replications run in parallel; 0 or less
	// means runtime.GOMAXPROCS(0).
	Workers int
	// Progress, when set, is called after each task's rows are written,
	// from one goroutine, with the tasks done and the shard's total.
	Progress func(done, total int)
}

// Result is what a run or a merge produced.
type Result struct {
	// Manifest describes the rows written (Outputs.Rows has no name).
	Manifest *Manifest
	// Summary is nil for a shard of a run.
	Summary *Summary
}

// compiled is a plan ready to run.
type compiled struct {
	l      *layout
	models []Model
	aggs   []Aggregation
	inputs json.RawMessage
}

func compile(p Plan) (*compiled, error) {
	if p.Scenario == nil {
		return nil, errors.New("sim: plan has no scenario")
	}
	if p.Model.Build == nil || p.Model.Name == "" || p.Model.Version == "" {
		return nil, errors.New("sim: plan's model builder needs a name, a version and a Build function")
	}
	points, err := p.Scenario.Points()
	if err != nil {
		return nil, err
	}
	c := &compiled{}
	var metrics []Metric
	for i, pt := range points {
		m, err := p.Model.Build(pt.Scenario)
		if err != nil {
			return nil, fmt.Errorf("sim: building the model of point %d: %w", i, err)
		}
		ms := m.Metrics()
		if i == 0 {
			metrics = slices.Clone(ms)
		} else if !slices.Equal(ms, metrics) {
			return nil, fmt.Errorf("sim: point %d reports other metrics than point 0", i)
		}
		c.models = append(c.models, m)
	}
	if c.l, err = newLayout(p.Scenario, points, metrics, p.Replications, p.MasterSeed); err != nil {
		return nil, err
	}
	for _, m := range metrics {
		c.aggs = append(c.aggs, m.Aggregation)
	}
	if p.Model.Inputs != nil {
		in, err := p.Model.Inputs(p.Scenario)
		if err != nil {
			return nil, fmt.Errorf("sim: describing the model's inputs: %w", err)
		}
		if c.inputs, err = json.Marshal(in); err != nil {
			return nil, fmt.Errorf("sim: model inputs: %w", err)
		}
	}
	return c, nil
}

// replicate runs task t and returns its values, period × metric, or nil
// when ctx is cancelled.
func (c *compiled) replicate(ctx context.Context, t int) []float64 {
	point, rep := c.l.task(t)
	r := c.models[point].Replicate(NewStreams(c.l.seed, rep))
	tl := c.l.timelines[point]
	nm := len(c.aggs)
	vals := make([]float64, len(tl.labels)*nm)
	week := make([]float64, nm)
	for w := -tl.warmUp; w < len(tl.period); w++ {
		if w&63 == 0 && ctx.Err() != nil {
			return nil
		}
		r.Step(w, week)
		if w < 0 {
			continue
		}
		row := vals[int(tl.period[w])*nm:][:nm]
		for m, a := range c.aggs {
			if a == Last {
				row[m] = week[m]
			} else {
				row[m] += week[m]
			}
		}
	}
	for per, n := range tl.weeks {
		for m, a := range c.aggs {
			if a == Mean {
				vals[per*nm+m] /= float64(n)
			}
		}
	}
	return vals
}

// Run runs the plan's tasks selected by opts.Shard on a pool of workers and
// writes their rows to rows as CSV: a header line, then for each task in
// run order, each reporting period and each metric, one line with the
// columns scenario, point, one column per sweep axis (the axis's value),
// replication (from 0), seed (the master seed), period, metric, value and
// unit. The bytes depend only on the plan and the shard, never on the
// number of workers or their timing. A whole run also returns the summary.
//
// Run stops early, returning ctx's error, when ctx is cancelled; rows
// written so far are then incomplete.
func Run(ctx context.Context, p Plan, opts Options, rows io.Writer) (*Result, error) {
	if err := opts.Shard.check(); err != nil {
		return nil, err
	}
	c, err := compile(p)
	if err != nil {
		return nil, err
	}
	lo, hi := opts.Shard.Range(c.l.tasks())
	m := c.l.manifest(ModelInfo{Name: p.Model.Name, Version: p.Model.Version}, opts.Shard, lo, hi)
	m.ModelInputs = c.inputs
	out := newDigestWriter(rows)
	if _, err := out.Write(c.l.rowsHeader()); err != nil {
		return nil, err
	}
	var sum *Summary
	if opts.Shard.IsWhole() {
		sum = newSummary(c.l)
	}
	var b []byte
	commit := func(t int, vals []float64) error {
		point, rep := c.l.task(t)
		nm := len(c.l.metrics)
		for i, v := range vals {
			b = c.l.rowPrefix(b[:0], point, rep, i/nm, i%nm)
			b = appendFloat(b, v)
			b = c.l.rowSuffix(b, i%nm)
			if _, err := out.Write(b); err != nil {
				return err
			}
			out.lines++
		}
		if sum != nil {
			sum.add(point, vals)
		}
		return nil
	}
	if err := pool(ctx, lo, hi, opts.Workers, c.replicate, commit, opts.Progress); err != nil {
		return nil, err
	}
	f, err := out.finish()
	if err != nil {
		return nil, err
	}
	m.Outputs.Rows = f
	return &Result{Manifest: m, Summary: sum}, nil
}

// pool runs work(t) for t in [lo, hi) on workers goroutines and calls
// commit(t, result) in order of t from the calling goroutine. At most
// 4 × workers results wait to be committed at any time.
func pool(ctx context.Context, lo, hi, workers int, work func(context.Context, int) []float64,
	commit func(int, []float64) error, progress func(done, total int)) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, hi-lo))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type result struct {
		t    int
		vals []float64
	}
	results := make(chan result, workers)
	// A worker takes a token before claiming a task and the committer
	// returns it after committing one, so the tasks claimed but not yet
	// committed, which include the next to commit, are at most the window.
	tokens := make(chan struct{}, 4*workers)
	var next atomic.Int64
	next.Store(int64(lo))
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				select {
				case tokens <- struct{}{}:
				case <-ctx.Done():
					return
				}
				t := int(next.Add(1) - 1)
				if t >= hi {
					return
				}
				vals := work(ctx, t)
				if vals == nil {
					return
				}
				select {
				case results <- result{t, vals}:
				case <-ctx.Done():
					return
				}
			}
		})
	}
	go func() { wg.Wait(); close(results) }()
	pending := map[int][]float64{}
	done := lo
	var err error
	for r := range results {
		if err != nil {
			continue // draining after a failed commit
		}
		pending[r.t] = r.vals
		for vals, ok := pending[done]; ok; vals, ok = pending[done] {
			delete(pending, done)
			if err = commit(done, vals); err != nil {
				cancel()
				break
			}
			done++
			<-tokens
			if progress != nil {
				progress(done-lo, hi-lo)
			}
		}
	}
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if done != hi {
		return fmt.Errorf("sim: %d of %d tasks done", done-lo, hi-lo)
	}
	return nil
}

// digestWriter buffers writes to w and counts and hashes them.
type digestWriter struct {
	bw    *bufio.Writer
	h     hash.Hash
	n     int64
	lines int
}

func newDigestWriter(w io.Writer) *digestWriter {
	h := sha256.New()
	return &digestWriter{bw: bufio.NewWriterSize(io.MultiWriter(w, h), 1<<16), h: h}
}

func (d *digestWriter) Write(b []byte) (int, error) {
	n, err := d.bw.Write(b)
	d.n += int64(n)
	return n, err
}

func (d *digestWriter) finish() (File, error) {
	if err := d.bw.Flush(); err != nil {
		return File{}, err
	}
	return File{Lines: d.lines, Bytes: d.n, SHA256: hex.EncodeToString(d.h.Sum(nil))}, nil
}
