package vocab_test

import (
	"math"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

func BenchmarkParseDate(b *testing.B) {
	for b.Loop() {
		if _, err := vocab.ParseDate("2024-02-29"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRatioCmp(b *testing.B) {
	r, s := vocab.MustRatio(math.MaxInt64-1, math.MaxInt64), vocab.MustRatio(2, 3)
	for b.Loop() {
		if r.Compare(s) != 1 {
			b.Fatal("wrong order")
		}
	}
}

func BenchmarkParseRatioDecimal(b *testing.B) {
	for b.Loop() {
		if _, err := vocab.ParseRatio("12.5%"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIdentifierProblems(b *testing.B) {
	ids := []vocab.Identifier{
		{Scheme: vocab.SchemeROR, Value: "0220mzb33"},
		{Scheme: vocab.SchemeODSOrganisation, Value: "RJ1"},
		{Scheme: vocab.SchemeUKPRN, Value: "10003645"},
	}
	at := vocab.NewPath("identifiers")
	for b.Loop() {
		for i, id := range ids {
			if ps := id.Problems(at.Index(i)); len(ps) != 0 {
				b.Fatal(ps)
			}
		}
	}
}

func BenchmarkProblemsSorted(b *testing.B) {
	var ps vocab.Problems
	for i := range 100 {
		ps = append(ps, vocab.Required(vocab.NewPath("partners").Index(100-i).Child("id"), ""))
	}
	for b.Loop() {
		_ = ps.Sorted()
	}
}
