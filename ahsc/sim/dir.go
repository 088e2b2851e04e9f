package sim

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// FileNames returns the names of the files a run writes into a directory
// for shard s: "rows.csv", "summary.csv" and "manifest.json" for a whole
// run (or a merge), and "shard-I-of-N.rows.csv" and
// "shard-I-of-N.manifest.json" (no summary) for shard I/N.
func FileNames(s Shard) (rows, summary, manifest string) {
	if s.IsWhole() {
		return "rows.csv", "summary.csv", "manifest.json"
	}
	s = s.norm()
	p := fmt.Sprintf("shard-%d-of-%d.", s.Index, s.Count)
	return p + "rows.csv", "", p + "manifest.json"
}

// WriteSummary writes r's summary as CSV ([Summary.WriteCSV]) and records
// the file in r's manifest, named name.
func (r *Result) WriteSummary(w io.Writer, name string) error {
	if r.Summary == nil {
		return errors.New("sim: a shard has no summary")
	}
	d := newDigestWriter(w)
	if err := r.Summary.WriteCSV(d); err != nil {
		return err
	}
	d.lines = len(r.Summary.Cells())
	f, err := d.finish()
	if err != nil {
		return err
	}
	f.Name = name
	r.Manifest.Outputs.Summary = &f
	return nil
}

// RunDir runs p like [Run] and writes its outputs into dir (created if
// needed) under the names [FileNames] gives: the rows, for a whole run the
// summary, and last the manifest. Each file is written to a temporary name
// and renamed, so a file that exists is complete.
func RunDir(ctx context.Context, p Plan, opts Options, dir string) (*Manifest, error) {
	rowsName, sumName, manName := FileNames(opts.Shard)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var res *Result
	err := writeFile(filepath.Join(dir, rowsName), func(w io.Writer) (err error) {
		res, err = Run(ctx, p, opts, w)
		return err
	})
	if err != nil {
		return nil, err
	}
	return finishDir(res, dir, rowsName, sumName, manName)
}

// MergeDir merges the shard outputs that [RunDir] wrote into shardDir
// (every "shard-*-of-*.manifest.json" and the rows it names) and writes
// the whole run's rows, summary and manifest into outDir, byte for byte as
// RunDir writes them for the whole run (see [Merge]).
func MergeDir(shardDir, outDir string) (*Manifest, error) {
	names, err := filepath.Glob(filepath.Join(shardDir, "shard-*-of-*.manifest.json"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("sim: merge: no shard manifests in %s", shardDir)
	}
	slices.Sort(names)
	var shards []ShardOutput
	for _, name := range names {
		m, err := readManifestFile(name)
		if err != nil {
			return nil, err
		}
		want, _, _ := FileNames(Shard{Index: m.Shard.Index, Count: m.Shard.Count})
		if m.Outputs.Rows.Name != want || !strings.HasPrefix(filepath.Base(name), strings.TrimSuffix(want, "rows.csv")) {
			return nil, fmt.Errorf("sim: merge: %s names rows %q, want %q", name, m.Outputs.Rows.Name, want)
		}
		f, err := os.Open(filepath.Join(shardDir, want))
		if err != nil {
			return nil, err
		}
		defer f.Close()
		shards = append(shards, ShardOutput{Manifest: m, Rows: f})
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return nil, err
	}
	rowsName, sumName, manName := FileNames(Shard{})
	var res *Result
	err = writeFile(filepath.Join(outDir, rowsName), func(w io.Writer) (err error) {
		res, err = Merge(shards, w)
		return err
	})
	if err != nil {
		return nil, err
	}
	return finishDir(res, outDir, rowsName, sumName, manName)
}

func finishDir(res *Result, dir, rowsName, sumName, manName string) (*Manifest, error) {
	res.Manifest.Outputs.Rows.Name = rowsName
	if res.Summary != nil {
		err := writeFile(filepath.Join(dir, sumName), func(w io.Writer) error { return res.WriteSummary(w, sumName) })
		if err != nil {
			return nil, err
		}
	}
	if err := writeFile(filepath.Join(dir, manName), res.Manifest.WriteJSON); err != nil {
		return nil, err
	}
	return res.Manifest, nil
}

func readManifestFile(name string) (*Manifest, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := ReadManifest(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

// writeFile writes name through a temporary file in the same directory,
// renamed into place when write succeeds.
func writeFile(name string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(f.Name(), name)
}
