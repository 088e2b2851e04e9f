package sim_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/sim"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
)

// TestQueueSetSlotsIsTheFixedQueue: a queue whose slots are set to the
// same number before every step is the queue with those slots, step for
// step; and Waiting lists the patients waiting, oldest first, summing to
// the list's length, with each referral week no earlier than the last.
func TestQueueSetSlotsIsTheFixedQueue(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		spec := sim.QueueSpec{ReferralsPerWeek: float64(rapid.IntRange(1, 30).Draw(t, "referrals")),
			SlotsPerWeek: rapid.IntRange(0, 35).Draw(t, "slots"), Capacity: rapid.IntRange(1, 80).Draw(t, "capacity")}
		spec.Initial = rapid.IntRange(0, spec.Capacity).Draw(t, "initial")
		seed := rapid.Uint64().Draw(t, "seed")
		fixed, err1 := sim.NewQueue(spec, 0, sim.NewStream(seed, 0, "q"))
		varied := spec
		varied.SlotsPerWeek = 0
		set, err2 := sim.NewQueue(varied, 0, sim.NewStream(seed, 0, "q"))
		if err := errors.Join(err1, err2); err != nil {
			t.Fatal(err)
		}
		for w := range 60 {
			if err := set.SetSlots(spec.SlotsPerWeek); err != nil || set.Slots() != spec.SlotsPerWeek {
				t.Fatalf("SetSlots(%d): %v, Slots %d", spec.SlotsPerWeek, err, set.Slots())
			}
			a, b := fixed.Step(w), set.Step(w)
			if a != b {
				t.Fatalf("week %d: fixed %+v, set %+v", w, a, b)
			}
			n, last := 0, -1<<62
			set.Waiting(func(referred, k int) bool {
				if k <= 0 || referred < last || referred > w {
					t.Fatalf("week %d: cohort (%d, %d) after %d", w, referred, k, last)
				}
				n, last = n+k, referred
				return true
			})
			if n != b.Length {
				t.Fatalf("week %d: Waiting sums to %d, the list is %d", w, n, b.Length)
			}
		}
		if set.SetSlots(-1) == nil {
			t.Fatal("SetSlots(-1) accepted")
		}
	})
}

// TestQueueWaitingStops: Waiting stops when yield returns false.
func TestQueueWaitingStops(t *testing.T) {
	q, err := sim.NewQueue(sim.QueueSpec{ReferralsPerWeek: 5, SlotsPerWeek: 0, Capacity: 100, Initial: 3}, 0, sim.NewStream(1, 0, "q"))
	if err != nil {
		t.Fatal(err)
	}
	for w := range 5 {
		q.Step(w)
	}
	calls := 0
	q.Waiting(func(int, int) bool { calls++; return false })
	if calls != 1 {
		t.Fatalf("yield called %d times after returning false", calls)
	}
}

// TestModelInputsInManifests: what a builder's Inputs reports is written
// into the manifest of every output as "modelInputs", survives a merge,
// and makes shards of runs with other inputs unmergeable.
func TestModelInputsInManifests(t *testing.T) {
	withInputs := func(v any) sim.Plan {
		p := smallPlan(3)
		b := p.Model
		b.Inputs = func(s *scenario.Scenario) (any, error) {
			if len(s.Sweep) == 0 {
				return nil, errors.New("want the plan's scenario, with its sweep")
			}
			return v, nil
		}
		p.Model = b
		return p
	}
	in := map[string]any{"centre": "test", "notes": []string{"illustrative <data> & more"}}
	p := withInputs(in)
	var whole bytes.Buffer
	res, err := sim.Run(context.Background(), p, sim.Options{}, &whole)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(in)
	if !bytes.Equal(res.Manifest.ModelInputs, want) {
		t.Fatalf("modelInputs %s, want %s", res.Manifest.ModelInputs, want)
	}
	var wm bytes.Buffer
	if err := res.Manifest.WriteJSON(&wm); err != nil {
		t.Fatal(err)
	}
	shards := runShards(t, p, 3)
	var merged bytes.Buffer
	mres, err := mergeResult(shards, &merged)
	if err != nil {
		t.Fatal(err)
	}
	var mm bytes.Buffer
	if err := mres.Manifest.WriteJSON(&mm); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(wm.Bytes(), mm.Bytes()) || !bytes.Equal(whole.Bytes(), merged.Bytes()) {
		t.Fatalf("merged manifest or rows differ from the whole run's:\n%s\n%s", wm.String(), mm.String())
	}
	// A round trip through JSON keeps the inputs.
	rm, err := sim.ReadManifest(bytes.NewReader(wm.Bytes()))
	if err != nil || !strings.Contains(string(rm.ModelInputs), `"centre"`) {
		t.Fatalf("read back: %v, %s", err, rm.ModelInputs)
	}
	// Shards of runs with different inputs do not merge.
	other := runShards(t, withInputs(map[string]any{"centre": "other"}), 3)
	mixed := []shardRun{shards[0], other[1], shards[2]}
	if _, err := mergeResult(mixed, &bytes.Buffer{}); err == nil {
		t.Fatal("shards of runs with different model inputs merged")
	}
	// A builder whose Inputs fails fails the run.
	bad := smallPlan(3)
	bad.Model.Inputs = func(*scenario.Scenario) (any, error) { return nil, errors.New("no inputs") }
	if _, err := sim.Run(context.Background(), bad, sim.Options{}, &bytes.Buffer{}); err == nil {
		t.Fatal("a failing Inputs did not fail the run")
	}
}

func mergeResult(shards []shardRun, w *bytes.Buffer) (*sim.Result, error) {
	var in []sim.ShardOutput
	for _, s := range shards {
		in = append(in, sim.ShardOutput{Manifest: s.m, Rows: bytes.NewReader(s.rows)})
	}
	return sim.Merge(in, w)
}

// TestComponentsRejectCentre: the components model does not run a centre
// section.
func TestComponentsRejectCentre(t *testing.T) {
	p := smallPlan(1)
	s := p.Scenario.Clone()
	s.Arrivals, s.Queue, s.Sweep = nil, nil, nil
	s.Start = mustDate("2026-04-01")
	s.Centre = &scenario.Centre{}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	if _, err := sim.Components().Build(s); err == nil {
		t.Fatal("the components model built a centre scenario")
	}
}
