package sim

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
)

// ShardOutput is one shard's manifest and rows, for [Merge].
type ShardOutput struct {
	// Manifest is the shard's manifest.
	Manifest *Manifest
	// Rows reads the shard's rows file.
	Rows io.Reader
}

// Merge merges the outputs of every shard of one run (in any order) into
// the whole run's rows, written to rows, and returns the whole run's
// manifest and summary. The result is byte for byte what a single process
// running the whole plan writes: Merge checks that the shards describe the
// same run, that their indices are 0..n−1 once each, that each rows file
// matches its manifest's digest, and that every line is exactly the line
// the run's layout expects, then recomputes the summary from the values in
// run order.
func Merge(shards []ShardOutput, rows io.Writer) (*Result, error) {
	if len(shards) == 0 {
		return nil, errors.New("sim: merge: no shards")
	}
	shards = slices.Clone(shards)
	for _, s := range shards {
		if s.Manifest == nil || s.Rows == nil {
			return nil, errors.New("sim: merge: a shard without manifest or rows")
		}
	}
	slices.SortFunc(shards, func(a, b ShardOutput) int { return a.Manifest.Shard.Index - b.Manifest.Shard.Index })
	first := shards[0].Manifest
	n := first.Shard.Count
	if n != len(shards) {
		return nil, fmt.Errorf("sim: merge: %d shards given, the run has %d", len(shards), n)
	}
	for i, s := range shards {
		m := s.Manifest
		if m.Shard.Index != i || m.Shard.Count != n {
			return nil, fmt.Errorf("sim: merge: shard %d/%d where %d/%d belongs", m.Shard.Index, m.Shard.Count, i, n)
		}
		if !sameRun(first, m) {
			return nil, fmt.Errorf("sim: merge: shard %d/%d is from another run (library, model, seed, replications or scenario differ)", i, n)
		}
	}
	pts, err := first.Scenario.Points()
	if err != nil {
		return nil, err
	}
	l, err := newLayout(first.Scenario, pts, first.Metrics, first.Replications, first.MasterSeed)
	if err != nil {
		return nil, err
	}
	if len(first.Points) != len(l.points) {
		return nil, fmt.Errorf("sim: merge: the manifest lists %d points, its scenario has %d", len(first.Points), len(l.points))
	}
	for i, s := range shards {
		lo, hi := Shard{Index: i, Count: n}.Range(l.tasks())
		if sh := s.Manifest.Shard; sh.Tasks != l.tasks() || sh.First != lo || sh.End != hi {
			return nil, fmt.Errorf("sim: merge: shard %d/%d claims tasks [%d, %d) of %d, want [%d, %d) of %d",
				i, n, sh.First, sh.End, sh.Tasks, lo, hi, l.tasks())
		}
	}
	out := newDigestWriter(rows)
	if _, err := out.Write(l.rowsHeader()); err != nil {
		return nil, err
	}
	sum := newSummary(l)
	var want, line []byte
	for i, s := range shards {
		m := s.Manifest
		h := sha256.New()
		br := bufio.NewReaderSize(io.TeeReader(s.Rows, h), 1<<16)
		fail := func(format string, args ...any) error {
			return fmt.Errorf("sim: merge: shard %d/%d: "+format, append([]any{i, n}, args...)...)
		}
		if line, err = readLine(br, line); err != nil || !bytes.Equal(line, l.rowsHeader()) {
			return nil, fail("the header is not %q", l.rowsHeader())
		}
		lineNo := 1
		for t := m.Shard.First; t < m.Shard.End; t++ {
			point, rep := l.task(t)
			nm := len(l.metrics)
			vals := make([]float64, len(l.timelines[point].labels)*nm)
			for k := range vals {
				lineNo++
				if line, err = readLine(br, line); err != nil {
					return nil, fail("line %d: %v", lineNo, err)
				}
				want = l.rowPrefix(want[:0], point, rep, k/nm, k%nm)
				pre := len(want)
				want = l.rowSuffix(want, k%nm)
				suf := want[pre:]
				if len(line) < pre+len(suf) || !bytes.Equal(line[:pre], want[:pre]) || !bytes.HasSuffix(line, suf) {
					return nil, fail("line %d is %q, want %q followed by a value and %q", lineNo, line, want[:pre], suf)
				}
				text := line[pre : len(line)-len(suf)]
				v, err := strconv.ParseFloat(string(text), 64)
				if err != nil || !bytes.Equal(appendFloat(nil, v), text) {
					return nil, fail("line %d: value %q is not a float written as %s", lineNo, text, FloatFormat)
				}
				vals[k] = v
				if _, err := out.Write(line); err != nil {
					return nil, err
				}
				out.lines++
			}
			sum.add(point, vals)
		}
		if _, err := br.ReadByte(); err != io.EOF {
			return nil, fail("data after the last expected line %d", lineNo)
		}
		got := File{Lines: lineNo - 1, SHA256: hex.EncodeToString(h.Sum(nil))}
		if want := m.Outputs.Rows; got.Lines != want.Lines || got.SHA256 != want.SHA256 {
			return nil, fail("rows do not match the manifest: %d lines, sha256 %s; the manifest says %d lines, sha256 %s",
				got.Lines, got.SHA256, want.Lines, want.SHA256)
		}
	}
	f, err := out.finish()
	if err != nil {
		return nil, err
	}
	mm := *first
	mm.Shard = ManifestShard{Index: 0, Count: 1, Tasks: l.tasks(), First: 0, End: l.tasks()}
	mm.Outputs = Outputs{Rows: f}
	return &Result{Manifest: &mm, Summary: sum}, nil
}

// readLine reads one line including its newline into buf.
func readLine(br *bufio.Reader, buf []byte) ([]byte, error) {
	buf = buf[:0]
	for {
		chunk, err := br.ReadSlice('\n')
		buf = append(buf, chunk...)
		switch {
		case err == nil:
			return buf, nil
		case errors.Is(err, bufio.ErrBufferFull):
			if len(buf) > 1<<20 {
				return nil, errors.New("line longer than 1 MiB")
			}
			continue
		case errors.Is(err, io.EOF) && len(buf) > 0:
			return nil, errors.New("last line has no newline")
		default:
			return nil, err
		}
	}
}
