package programme_test

import (
	"fmt"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/khp"
	"github.com/ahsckit/ahsckit/programme"
)

// largePortfolio copies KHP's programmes n times under fresh IDs.
func largePortfolio(n int) *programme.Portfolio {
	base := khp.Portfolio()
	d := &programme.Portfolio{Version: vocab.CurrentVersion, Facilities: base.Facilities}
	for i := range n {
		for _, pr := range base.Programmes {
			pr.ID = vocab.ProgrammeID(fmt.Sprintf("%s-%d", pr.ID, i))
			if pr.Parent != "" {
				pr.Parent = vocab.ProgrammeID(fmt.Sprintf("%s-%d", pr.Parent, i))
			}
			d.Programmes = append(d.Programmes, pr)
		}
	}
	return d
}

func BenchmarkValidate(b *testing.B) {
	d := largePortfolio(100) // 900 programmes
	b.ReportAllocs()
	for b.Loop() {
		if err := d.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBalanceByArea(b *testing.B) {
	d := largePortfolio(100)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := programme.BalanceByArea(d.All()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGoalsAtRisk(b *testing.B) {
	d := largePortfolio(100)
	asOf := vocab.MustParseDate("2024-06-30")
	b.ReportAllocs()
	for b.Loop() {
		for range programme.GoalsAtRisk(d.All(), asOf) {
		}
	}
}
