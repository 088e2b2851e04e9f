package vocab_test

import (
	"errors"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

func TestTargetStatusExact(t *testing.T) {
	higher := vocab.Target{Direction: vocab.HigherIsBetter, Value: vocab.Percent(85)}
	amber := vocab.Target{Direction: vocab.HigherIsBetter, Value: vocab.Percent(85), Tolerance: vocab.Percent(5)}
	lower := vocab.Target{Direction: vocab.LowerIsBetter, Value: vocab.Percent(10), Tolerance: vocab.Percent(2)}
	for _, c := range []struct {
		t        vocab.Target
		observed string
		want     vocab.RAG
	}{
		{higher, "84.9%", vocab.RAGRed},
		{higher, "85%", vocab.RAGGreen},
		{higher, "85.0%", vocab.RAGGreen},
		{higher, "0.8499999999", vocab.RAGRed},
		{higher, "1", vocab.RAGGreen},
		{amber, "84.9%", vocab.RAGAmber},
		{amber, "80%", vocab.RAGAmber},
		{amber, "79.99%", vocab.RAGRed},
		{lower, "9%", vocab.RAGGreen},
		{lower, "10%", vocab.RAGGreen},
		{lower, "11%", vocab.RAGAmber},
		{lower, "12%", vocab.RAGAmber},
		{lower, "12.01%", vocab.RAGRed},
	} {
		if got := c.t.Status(vocab.MustParseRatio(c.observed)); got != c.want {
			t.Errorf("%s: Status(%s) = %s, want %s", c.t, c.observed, got, c.want)
		}
	}
	if got := amber.String(); got != "≥ 17/20 (amber within 1/20)" {
		t.Errorf("String() = %q", got)
	}
	if got := lower.String(); got != "≤ 1/10 (amber within 1/50)" {
		t.Errorf("String() = %q", got)
	}
	if got := higher.String(); got != "≥ 17/20" {
		t.Errorf("String() = %q", got)
	}
}

// rank orders statuses from worst to best.
var rank = map[vocab.RAG]int{vocab.RAGRed: 0, vocab.RAGAmber: 1, vocab.RAGGreen: 2}

func TestTargetStatusProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		tg := vocabtest.Target().Draw(t, "target")
		a, b := vocabtest.Ratio().Draw(t, "a"), vocabtest.Ratio().Draw(t, "b")
		if tg.Status(tg.Value) != vocab.RAGGreen {
			t.Fatalf("%s: meeting the target exactly is %s", tg, tg.Status(tg.Value))
		}
		if a.Compare(b) > 0 {
			a, b = b, a
		}
		better, worse := b, a
		if tg.Direction == vocab.LowerIsBetter {
			better, worse = a, b
		}
		if rank[tg.Status(worse)] > rank[tg.Status(better)] {
			t.Fatalf("%s: worse value %s is %s but better %s is %s", tg, worse, tg.Status(worse), better, tg.Status(better))
		}
		if tg.Tolerance.IsZero() && tg.Status(a) == vocab.RAGAmber {
			t.Fatalf("%s: amber without a tolerance", tg)
		}
		// Mirroring the values turns lower-is-better into higher-is-better.
		neg := func(r vocab.Ratio) vocab.Ratio { n, _ := vocab.IntRatio(0).Sub(r); return n }
		mirror := vocab.Target{Direction: vocab.HigherIsBetter, Value: neg(tg.Value), Tolerance: tg.Tolerance}
		if tg.Direction == vocab.LowerIsBetter && mirror.Status(neg(a)) != tg.Status(a) {
			t.Fatalf("%s: lower-is-better is not the mirror of higher-is-better at %s", tg, a)
		}
		if len(tg.Problems(nil)) != 0 {
			t.Fatalf("%s: %v", tg, tg.Problems(nil))
		}
	})
}

func TestTargetProblems(t *testing.T) {
	p := vocab.NewPath("kpis").Index(0).Child("target")
	ps := vocab.Target{Tolerance: vocab.MustRatio(-1, 10)}.Problems(p)
	if len(ps) != 2 || ps[0].Field() != "kpis[0].target.direction" || !errors.Is(ps[0], vocab.ErrRequired) ||
		ps[1].Pointer() != "/kpis/0/target/tolerance" || !errors.Is(ps[1], vocab.ErrOutOfRange) {
		t.Errorf("Problems = %v", ps)
	}
	ps = vocab.Target{Direction: "up"}.Problems(p)
	if len(ps) != 1 || !errors.Is(ps[0], vocab.ErrNotSupported) || len(ps[0].Allowed) != 2 {
		t.Errorf("Problems = %v", ps)
	}
}

func TestTargetJSON(t *testing.T) {
	var tg vocab.Target
	if err := tg.Direction.UnmarshalText([]byte("sideways")); !errors.Is(err, vocab.ErrNotSupported) {
		t.Errorf("Direction.UnmarshalText(sideways) = %v", err)
	}
	var r vocab.RAG
	if err := r.UnmarshalText([]byte("amber")); err != nil || r != vocab.RAGAmber {
		t.Errorf("RAG.UnmarshalText(amber) = %q, %v", r, err)
	}
	if err := r.UnmarshalText([]byte("blue")); err == nil {
		t.Error("RAG accepted blue")
	}
}
