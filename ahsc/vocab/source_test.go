package vocab_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

func TestSourceProblems(t *testing.T) {
	ps := vocab.CheckSources(vocab.NewPath("sources"), []vocab.Source{
		{URL: "https://www.kingshealthpartners.org/", Title: "King's Health Partners"},
		{},
		{URL: "ftp://example.org/x", Title: "t"},
		{URL: "/relative", Title: "t"},
		{URL: "https://", Title: "t"},
	})
	want := []struct {
		field string
		typ   vocab.ProblemType
	}{
		{"sources[1].url", vocab.ErrRequired}, {"sources[1].title", vocab.ErrRequired},
		{"sources[2].url", vocab.ErrInvalid}, {"sources[3].url", vocab.ErrInvalid}, {"sources[4].url", vocab.ErrInvalid},
	}
	if len(ps) != len(want) {
		t.Fatalf("got %v", ps)
	}
	for i, w := range want {
		if ps[i].Field() != w.field || !errors.Is(ps[i], w.typ) {
			t.Errorf("problem %d = %v, want %s at %s", i, ps[i], w.typ, w.field)
		}
	}
}

func TestSourceJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := vocabtest.Source().Draw(t, "source")
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back vocab.Source
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(s, back, vocabtest.CmpOptions()...); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
	b, _ := json.Marshal(vocab.Source{URL: "https://x.org", Title: "X"})
	if string(b) != `{"url":"https://x.org","title":"X"}` {
		t.Errorf("optional fields not omitted: %s", b)
	}
}

func TestCmpOptionsHandleVocabTypes(t *testing.T) {
	type doc struct {
		P     vocab.Period
		R     vocab.Ratio
		Probs vocab.Problems
	}
	a := doc{P: vocab.MustParsePeriod("2020-01-01/.."), R: vocab.MustRatio(1, 3),
		Probs: vocab.Problems{vocab.Required(vocab.NewPath("x").Index(1), "")}}
	b := doc{P: vocab.MustParsePeriod("2020-01-01/.."), R: vocab.MustRatio(2, 6),
		Probs: vocab.Problems{vocab.Required(vocab.NewPath("x").Index(1), "")}}
	if diff := cmp.Diff(a, b, vocabtest.CmpOptions()...); diff != "" {
		t.Errorf("equal docs differ:\n%s", diff)
	}
	a.Probs[0].Cause, b.Probs[0].Cause = errors.New("same text"), errors.New("same text")
	if !cmp.Equal(a, b, vocabtest.CmpOptions()...) {
		t.Error("equal causes differ")
	}
	for name, change := range map[string]func(d *doc){
		"ratio":    func(d *doc) { d.R = vocab.MustRatio(1, 2) },
		"path":     func(d *doc) { d.Probs[0].Path = vocab.NewPath("x").Index(2) },
		"severity": func(d *doc) { d.Probs[0].AsWarning() },
		"cause":    func(d *doc) { d.Probs[0].Cause = errors.New("other") },
		"nil":      func(d *doc) { d.Probs[0] = nil },
		"period":   func(d *doc) { d.P.End = vocab.MustParseDate("2030-01-01") },
	} {
		c := doc{P: b.P, R: b.R, Probs: vocab.Problems{new(*b.Probs[0])}}
		change(&c)
		if cmp.Equal(a, c, vocabtest.CmpOptions()...) {
			t.Errorf("docs differing in %s compare equal", name)
		}
	}
}

// An illustrative source labels an invented value: it needs a note saying
// what is invented, not a URL or a title; a URL it gives must still be
// absolute http(s). An unknown kind is reported alone.
func TestIllustrativeSourceProblems(t *testing.T) {
	ps := vocab.CheckSources(vocab.NewPath("sources"), []vocab.Source{
		vocab.Illustrative("seat counts are illustrative"),
		{Kind: vocab.SourceIllustrative},
		{Kind: vocab.SourceIllustrative, Note: "modelled on", URL: "example.org"},
		{Kind: "rumour", URL: "https://x.org", Title: "X"},
		{Kind: vocab.SourceCited, URL: "https://x.org", Title: "X"},
		{Kind: vocab.SourceCited, Note: "cited needs a URL and title"},
	})
	want := []struct {
		field string
		typ   vocab.ProblemType
	}{
		{"sources[1].note", vocab.ErrRequired}, {"sources[2].url", vocab.ErrInvalid}, {"sources[3].kind", vocab.ErrNotSupported},
		{"sources[5].url", vocab.ErrRequired}, {"sources[5].title", vocab.ErrRequired},
	}
	if len(ps) != len(want) {
		t.Fatalf("got %v", ps)
	}
	for i, w := range want {
		if ps[i].Field() != w.field || !errors.Is(ps[i], w.typ) {
			t.Errorf("problem %d = %v, want %s at %s", i, ps[i], w.typ, w.field)
		}
	}
	if !vocab.Illustrative("x").IsIllustrative() || (vocab.Source{URL: "https://x.org", Title: "X"}).IsIllustrative() {
		t.Error("IsIllustrative")
	}
	b, _ := json.Marshal(vocab.Illustrative("amounts are invented"))
	if string(b) != `{"kind":"illustrative","note":"amounts are invented"}` {
		t.Errorf("an illustrative label encodes as %s", b)
	}
	var back vocab.Source
	if err := json.Unmarshal([]byte(`{"kind":"made-up","note":"x"}`), &back); err == nil {
		t.Error("an unknown kind decoded")
	}
}

// CheckSourced requires at least one source and checks each.
func TestCheckSourced(t *testing.T) {
	p := vocab.NewPath("sources")
	if ps := vocab.CheckSourced(p, nil); len(ps) != 1 || !errors.Is(ps[0], vocab.ErrRequired) || ps[0].Field() != "sources" {
		t.Fatalf("no sources: %v", ps)
	}
	if ps := vocab.CheckSourced(p, []vocab.Source{vocab.Illustrative("invented")}); len(ps) != 0 {
		t.Fatalf("an illustrative label is a source: %v", ps)
	}
	if ps := vocab.CheckSourced(p, []vocab.Source{{Title: "no URL"}}); len(ps) != 1 || ps[0].Field() != "sources[0].url" {
		t.Fatalf("a bad source: %v", ps)
	}
}
