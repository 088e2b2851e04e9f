package scenario_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/sim/simtest"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

func TestGeneratedScenariosAreValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := simtest.Scenario().Draw(t, "scenario")
		if ps := s.Problems(); len(ps) > 0 {
			t.Fatalf("generated scenario has problems: %v", ps)
		}
	})
}

// TestMutationsReportedAtTheirPath: each defect is reported at its path
// with its type, and Validate fails.
func TestMutationsReportedAtTheirPath(t *testing.T) {
	for _, kind := range simtest.ScenarioMutationKinds() {
		t.Run(kind, func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) {
				m := simtest.MutatedScenario(kind).Draw(t, "mutation")
				err := m.Value.Validate()
				if err == nil {
					t.Fatalf("%s: Validate accepted it", m.Kind)
				}
				ps := vocab.ProblemsOf(err)
				if !slices.ContainsFunc(ps, func(p *vocab.Problem) bool {
					return p.Pointer() == m.Path.JSONPointer() && p.Type == m.Type
				}) {
					t.Fatalf("%s: want %s at %q, got %v", m.Kind, m.Type, m.Path.JSONPointer(), ps)
				}
				if !errors.Is(err, m.Type) {
					t.Fatalf("%s: errors.Is(err, %s) is false", m.Kind, m.Type)
				}
			})
		})
	}
}

// TestDecodeRoundTrip: what encoding/json writes for a valid scenario,
// Decode reads back equal.
func TestDecodeRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := simtest.Scenario().Draw(t, "scenario")
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		got, _, err := scenario.Decode(bytes.NewReader(b), vocab.DecodeOptions{})
		if err != nil {
			t.Fatalf("Decode: %v\n%s", err, b)
		}
		if diff := cmp.Diff(s, got, vocabtest.CmpOptions()...); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

// TestDecodeIsStrict: unknown, case-variant and repeated keys and wrong
// types are problems at their JSON Pointers.
func TestDecodeIsStrict(t *testing.T) {
	const valid = `{"version":"1.0","id":"s","start":"2026-04-01","weeks":10,"queue":{"referralsPerWeek":"2","slotsPerWeek":3,"capacity":5}}`
	if _, _, err := scenario.Decode(strings.NewReader(valid), vocab.DecodeOptions{}); err != nil {
		t.Fatalf("valid document: %v", err)
	}
	for _, tc := range []struct {
		doc, ptr string
		typ      vocab.ProblemType
	}{
		{strings.Replace(valid, `"weeks"`, `"Weeks"`, 1), "/Weeks", vocab.ErrUnknownField},
		{strings.Replace(valid, `"capacity":5`, `"capacity":5,"capacity":6`, 1), "/queue/capacity", vocab.ErrDuplicate},
		{strings.Replace(valid, `"weeks":10`, `"weeks":"10"`, 1), "/weeks", vocab.ErrTypeInvalid},
		{strings.Replace(valid, `"referralsPerWeek":"2"`, `"referralsPerWeek":"two"`, 1), "/queue/referralsPerWeek", vocab.ErrInvalid},
		{strings.Replace(valid, `"id":"s"`, `"id":"s","reporting":"monthly"`, 1), "/reporting", vocab.ErrNotSupported},
		{strings.Replace(valid, `"slotsPerWeek":3`, `"slotsPerWeek":-3`, 1), "/queue/slotsPerWeek", vocab.ErrOutOfRange},
	} {
		_, _, err := scenario.Decode(strings.NewReader(tc.doc), vocab.DecodeOptions{})
		ps := vocab.ProblemsOf(err)
		if !slices.ContainsFunc(ps, func(p *vocab.Problem) bool { return p.Pointer() == tc.ptr && p.Type == tc.typ }) {
			t.Errorf("%s: want %s at %s, got %v", tc.doc, tc.typ, tc.ptr, err)
		}
	}
}

// TestPointsGrid: a sweep has the product of its axes' value counts as
// points, in row-major order (first axis slowest), each with its values
// applied and no sweep; without a sweep the scenario is its only point.
func TestPointsGrid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := simtest.Scenario().Draw(t, "scenario")
		pts, err := s.Points()
		if err != nil {
			t.Fatal(err)
		}
		want := 1
		for _, a := range s.Sweep {
			want *= len(a.Values)
		}
		if len(pts) != want || s.NumPoints() != want {
			t.Fatalf("%d points (NumPoints %d), want %d", len(pts), s.NumPoints(), want)
		}
		for i, p := range pts {
			if p.Index != i || p.Scenario.Sweep != nil {
				t.Fatalf("point %d: index %d, sweep %v", i, p.Index, p.Scenario.Sweep)
			}
			// Decompose i in mixed radix, last axis fastest.
			rest := i
			for a := len(s.Sweep) - 1; a >= 0; a-- {
				n := len(s.Sweep[a].Values)
				if want := s.Sweep[a].Values[rest%n]; p.Values[a] != want {
					t.Fatalf("point %d axis %d: value %s, want %s", i, a, p.Values[a], want)
				}
				rest /= n
				if err := p.Scenario.Set(s.Sweep[a].Parameter, vocab.IntRatio(12345)); err != nil {
					t.Fatal(err)
				}
			}
			// With every swept parameter overwritten alike, the point equals the base.
			base := s.Clone()
			base.Sweep = nil
			for _, a := range s.Sweep {
				_ = base.Set(a.Parameter, vocab.IntRatio(12345))
			}
			if diff := cmp.Diff(base, p.Scenario, vocabtest.CmpOptions()...); diff != "" {
				t.Fatalf("point %d differs from the base beyond its swept parameters:\n%s", i, diff)
			}
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("Points changed the scenario: %v", err)
		}
	})
}

func TestSetRejects(t *testing.T) {
	s := &scenario.Scenario{Version: "1.0", ID: "s", Start: vocab.MustParseDate("2026-04-01"), Weeks: 5,
		Pipeline: &scenario.Pipeline{Stages: []scenario.Stage{{Name: "a", MeanWeeks: vocab.IntRatio(2), Success: vocab.Percent(50)}}}}
	for ptr, ok := range map[string]bool{
		"/weeks":                       true,
		"/pipeline/startsPerWeek":      true,
		"/pipeline/stages/0/success":   true,
		"/pipeline/stages/0/initial":   true,
		"/pipeline/stages/1/success":   false, // no such stage
		"/pipeline/stages/01/success":  false, // not a canonical index
		"/pipeline/stages/0/name":      false, // not a number
		"/pipeline/stages/0/success/x": false,
		"/queue/capacity":              false, // no queue
		"/start":                       false,
		"/sweep/0/values/0":            false,
		"weeks":                        false, // not a pointer
		"":                             false,
	} {
		if err := s.Clone().Set(ptr, vocab.IntRatio(3)); (err == nil) != ok {
			t.Errorf("Set(%q): error %v, want ok=%v", ptr, err, ok)
		}
	}
	if err := s.Clone().Set("/weeks", vocab.MustRatio(1, 2)); err == nil {
		t.Error("Set of a count to 1/2 succeeded")
	}
}

// TestCombinationProblems: values valid one at a time but invalid
// together are reported at /sweep with the combination.
func TestCombinationProblems(t *testing.T) {
	s := &scenario.Scenario{Version: "1.0", ID: "s", Start: vocab.MustParseDate("2026-04-01"), Weeks: 5,
		Pipeline: &scenario.Pipeline{StartsPerWeek: vocab.IntRatio(1),
			Stages: []scenario.Stage{{Name: "a", MeanWeeks: vocab.IntRatio(2), Success: vocab.Percent(50)}}},
		Sweep: []scenario.Axis{
			{Name: "starts", Parameter: "/pipeline/startsPerWeek", Values: []vocab.Ratio{vocab.IntRatio(1), vocab.IntRatio(10_000)}},
			{Name: "stage-weeks", Parameter: "/pipeline/stages/0/meanWeeks", Values: []vocab.Ratio{vocab.IntRatio(2), vocab.IntRatio(10_000)}},
		}}
	ps := s.Problems()
	if len(ps) != 1 || ps[0].Pointer() != "/sweep" || ps[0].Type != vocab.ErrOutOfRange ||
		ps[0].Value != "starts=10000, stage-weeks=10000" {
		t.Fatalf("got %v", ps)
	}
}

func TestGeneratedCentreScenariosAreValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := simtest.CentreScenario().Draw(t, "scenario")
		if ps := s.Problems(); len(ps) > 0 {
			t.Fatalf("generated scenario has problems: %v", ps)
		}
	})
}

// TestCentreMutationsReportedAtTheirPath: each defect of a centre section
// is reported at its path with its type, and Validate fails.
func TestCentreMutationsReportedAtTheirPath(t *testing.T) {
	for _, kind := range simtest.CentreScenarioMutationKinds() {
		t.Run(kind, func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) {
				m := simtest.MutatedCentreScenario(kind).Draw(t, "mutation")
				ps := vocab.ProblemsOf(m.Value.Validate())
				if !slices.ContainsFunc(ps, func(p *vocab.Problem) bool {
					return p.Pointer() == m.Path.JSONPointer() && p.Type == m.Type
				}) {
					t.Fatalf("%s: want %s at %q, got %v", m.Kind, m.Type, m.Path.JSONPointer(), ps)
				}
			})
		})
	}
}

// TestCentreDecodeRoundTrip: what encoding/json writes for a valid centre
// scenario, Decode reads back equal.
func TestCentreDecodeRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := simtest.CentreScenario().Draw(t, "scenario")
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		got, _, err := scenario.Decode(bytes.NewReader(b), vocab.DecodeOptions{})
		if err != nil {
			t.Fatalf("Decode: %v\n%s", err, b)
		}
		if diff := cmp.Diff(s, got, vocabtest.CmpOptions()...); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

// TestCentrePointsDoNotShare: a sweep over an optional (pointer) parameter
// gives each point its own value: points share no memory with each other
// or the base.
func TestCentrePointsDoNotShare(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := simtest.CentreScenario().Draw(t, "scenario")
		before, _ := json.Marshal(s)
		pts, err := s.Points()
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range pts {
			// Overwrite the point's swept values, then check the others kept theirs.
			for _, ax := range s.Sweep {
				_ = p.Scenario.Set(ax.Parameter, vocab.IntRatio(0))
			}
			for j, q := range pts[i+1:] {
				k := i + 1 + j
				again, _ := s.Points()
				want, _ := json.Marshal(again[k].Scenario)
				got, _ := json.Marshal(q.Scenario)
				if !bytes.Equal(want, got) {
					t.Fatalf("setting point %d changed point %d", i, k)
				}
			}
		}
		if after, _ := json.Marshal(s); !bytes.Equal(before, after) {
			t.Fatal("setting points changed the base scenario")
		}
	})
}
