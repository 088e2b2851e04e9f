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
		for range programme.GoalsAtRiskAt(d.All(), asOf) {
		}
	}
}

// chainPortfolio is n programmes, each a sub-programme of the one before:
// the deepest parent chain n programmes can form.
func chainPortfolio(n int) *programme.Portfolio {
	d := &programme.Portfolio{Version: vocab.CurrentVersion}
	for i := range n {
		pr := programme.Programme{
			ID: vocab.ProgrammeID(fmt.Sprintf("p-%d", i)), Name: "P", Kind: programme.KindTranslationalResearch,
			Period: vocab.MustParsePeriod("2024-04-01/2027-03-31"), Lead: "kcl",
			Participants: []programme.Participant{{Partner: "kcl", Share: vocab.IntRatio(1)}},
		}
		if i > 0 {
			pr.Parent = d.Programmes[i-1].ID
		}
		d.Programmes = append(d.Programmes, pr)
	}
	return d
}

func BenchmarkValidateParentChain(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			d := chainPortfolio(n)
			b.ReportAllocs()
			for b.Loop() {
				if err := d.Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
