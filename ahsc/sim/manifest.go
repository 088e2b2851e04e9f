package sim

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// ManifestFormat identifies the manifest format and its version.
const ManifestFormat = "ahsckit-sim-manifest/1"

// FloatFormat says how outputs write floats; manifests repeat it.
const FloatFormat = "strconv.FormatFloat(v, 'g', -1, 64): shortest decimal that parses back to the same float64"

const modulePath = "github.com/ahsckit/ahsckit"

// Manifest describes one output of a run (a whole run, a shard or a merge)
// completely enough to reproduce it: the library and model versions, the
// stream derivation, the master seed, the full parameters, the shard, and
// the digests of the files. It is written as JSON beside the outputs.
type Manifest struct {
	// Format is [ManifestFormat].
	Format string `json:"format"`
	// Library is the ahsckit build that ran.
	Library Library `json:"library"`
	// Model is the model's name and version.
	Model ModelInfo `json:"model"`
	// Streams is the stream derivation, [StreamDerivation] and its version.
	Streams StreamsInfo `json:"streams"`
	// MasterSeed is the run's master seed, as a decimal string (it may
	// exceed what a JSON number holds exactly).
	MasterSeed uint64 `json:"masterSeed,string"`
	// Replications is the number of replications of each scenario point.
	Replications int `json:"replications"`
	// FloatFormat is [FloatFormat].
	FloatFormat string `json:"floatFormat"`
	// Scenario is the scenario document, with its sweep.
	Scenario *scenario.Scenario `json:"scenario"`
	// Points lists the scenario points with their axis values, in the
	// order of the scenario's sweep axes.
	Points []ManifestPoint `json:"points"`
	// ModelInputs is what the model's builder reports it runs on besides
	// the scenario (see [Builder].Inputs): data read from documents, the
	// defaults it used and their sources. Absent when the builder reports
	// nothing.
	ModelInputs json.RawMessage `json:"modelInputs,omitempty"`
	// Metrics lists the metrics in output order.
	Metrics []Metric `json:"metrics"`
	// Shard is the slice of tasks this output holds.
	Shard ManifestShard `json:"shard"`
	// Outputs describes the output files.
	Outputs Outputs `json:"outputs"`
}

// Library identifies the ahsckit build, from the binary's build
// information: module version ("(devel)" in a source checkout) and VCS
// commit when the build recorded them.
type Library struct {
	// Module is the module path, github.com/ahsckit/ahsckit.
	Module string `json:"module"`
	// Version is the module version, "(devel)" in a source checkout.
	Version string `json:"version,omitempty"`
	// Commit is the VCS revision, when the build recorded it.
	Commit string `json:"commit,omitempty"`
	// Modified reports uncommitted changes in the build's checkout.
	Modified bool `json:"modified,omitempty"`
	// Go is the Go toolchain version ("go1.26.8").
	Go string `json:"go"`
}

// ModelInfo is a model's name and version (see [Builder]).
type ModelInfo struct {
	// Name names the model.
	Name string `json:"name"`
	// Version is the model's version; outputs of different versions do
	// not merge.
	Version string `json:"version"`
}

// StreamsInfo names the stream derivation.
type StreamsInfo struct {
	// Derivation names the mixing function (see [StreamSeed]).
	Derivation string `json:"derivation"`
	// Version is the derivation's version; it changes whenever a seed
	// would.
	Version int `json:"version"`
}

// ManifestPoint is one scenario point.
type ManifestPoint struct {
	// Index is the point's position in the sweep grid, from 0.
	Index int `json:"index"`
	// Values are the swept parameters' values at this point, in axis order.
	Values []vocab.Ratio `json:"values"`
}

// ManifestShard is a shard and the tasks it covers: [First, End) of Tasks
// in run order.
type ManifestShard struct {
	// Index is the shard's number, from 0.
	Index int `json:"index"`
	// Count is the number of shards.
	Count int `json:"count"`
	// Tasks is the number of (point, replication) tasks in the whole run.
	Tasks int `json:"tasks"`
	// First is the first task of the shard.
	First int `json:"first"`
	// End is one past the shard's last task.
	End int `json:"end"`
}

// Outputs describes the files of an output; Summary only for whole runs
// and merges.
type Outputs struct {
	// Rows is the tidy rows file.
	Rows File `json:"rows"`
	// Summary is the summary file; nil for a shard.
	Summary *File `json:"summary,omitempty"`
}

// File describes one output file: its name (when written to a
// directory), its data lines (after the header), size and SHA-256.
type File struct {
	// Name is the file name, when written to a directory.
	Name string `json:"name,omitempty"`
	// Lines is the number of data lines, after the header.
	Lines int `json:"lines"`
	// Bytes is the file's size.
	Bytes int64 `json:"bytes"`
	// SHA256 is the hex SHA-256 digest of the file's bytes.
	SHA256 string `json:"sha256"`
}

// libraryInfo reads the build information of the running binary.
func libraryInfo() Library {
	l := Library{Module: modulePath, Go: runtime.Version()}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return l
	}
	switch {
	case bi.Main.Path == modulePath:
		l.Version = bi.Main.Version
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				l.Commit = s.Value
			case "vcs.modified":
				l.Modified = s.Value == "true"
			}
		}
	default:
		for _, d := range bi.Deps {
			if d.Path == modulePath {
				l.Version = d.Version
				if d.Replace != nil {
					l.Version += " => " + d.Replace.Path + " " + d.Replace.Version
				}
			}
		}
	}
	return l
}

func (l *layout) manifest(model ModelInfo, sh Shard, lo, hi int) *Manifest {
	sh = sh.norm()
	m := &Manifest{
		Format: ManifestFormat, Library: libraryInfo(), Model: model,
		Streams:    StreamsInfo{Derivation: StreamDerivation, Version: StreamDerivationVersion},
		MasterSeed: l.seed, Replications: l.reps, FloatFormat: FloatFormat,
		Scenario: l.scenario, Metrics: l.metrics,
		Shard: ManifestShard{Index: sh.Index, Count: sh.Count, Tasks: l.tasks(), First: lo, End: hi},
	}
	for _, p := range l.points {
		m.Points = append(m.Points, ManifestPoint{Index: p.Index, Values: p.Values})
	}
	return m
}

// WriteJSON writes m as indented JSON and a newline.
func (m *Manifest) WriteJSON(w io.Writer) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// ReadManifest reads a manifest written by [Manifest.WriteJSON]. Unknown
// keys, another format, and an invalid scenario are errors.
func ReadManifest(r io.Reader) (*Manifest, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var m Manifest
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("sim: manifest: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("sim: manifest: trailing data")
	}
	if m.Format != ManifestFormat {
		return nil, fmt.Errorf("sim: manifest: format %q, want %q", m.Format, ManifestFormat)
	}
	if m.Scenario == nil {
		return nil, fmt.Errorf("sim: manifest: no scenario")
	}
	if err := m.Scenario.Validate(); err != nil {
		return nil, fmt.Errorf("sim: manifest: scenario: %w", err)
	}
	return &m, nil
}

// sameRun reports whether a and b describe shards of the same run: equal
// in everything but the shard and the outputs.
func sameRun(a, b *Manifest) bool {
	strip := func(m *Manifest) []byte {
		c := *m
		c.Shard, c.Outputs = ManifestShard{}, Outputs{}
		j, _ := json.Marshal(&c)
		return j
	}
	return bytes.Equal(strip(a), strip(b))
}
