package ahsc

import (
	"fmt"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
)

// BenchmarkResolvePartnerReferences resolves n "throughout" references to
// n partners, each with two memberships at month and year precision and a
// gap between them, half the references across the gap (errors) and half
// within a partial month (warnings): the interval work per reference.
func BenchmarkResolvePartnerReferences(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		c := &Centre{}
		refs := make([]vocab.Reference, n)
		for i := range n {
			id := vocab.OrgID(fmt.Sprintf("p%d", i))
			c.Partners = append(c.Partners, Partner{Organisation: Organisation{ID: id}, Memberships: []Membership{
				{Joined: vocab.MustParseDate("2009"), Left: vocab.MustParseDate("2014-03")},
				{Joined: vocab.MustParseDate("2016-04"), Left: vocab.MustParseDate("2020")},
			}})
			during := vocab.MustParsePeriod("2012-01-01/2017-12-31")
			if i%2 == 1 {
				during = vocab.MustParsePeriod("2016-04-15/2019-12-31")
			}
			refs[i] = vocab.Reference{Kind: vocab.RefPartner, ID: string(id), During: during, Path: vocab.NewPath("ref").Index(i)}
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if ps := newIndex(c).resolve(new(vocab.Collector), refs).Problems(); len(ps) != n {
					b.Fatalf("%d problems, want %d", len(ps), n)
				}
			}
		})
	}
}

// BenchmarkHardConflictAt asks the funding environment's register, for
// each of n dates, whether a person who declared n hard interests in one
// organisation (one a week) held one then: a binary search each, so the
// cost per question should not grow with n.
func BenchmarkHardConflictAt(b *testing.B) {
	start := vocab.MustParseDate("1900-01-01")
	for _, n := range []int{1_000, 10_000, 100_000} {
		var interests []governance.Interest
		for i := range n {
			interests = append(interests, governance.Interest{Person: "ann", Organisation: "pharma", Kind: "financial",
				Severity: governance.ConflictSeverityHard, Period: vocab.PeriodOf(start.AddDays(7*i), start.AddDays(7*i+2))})
		}
		b.Run(fmt.Sprintf("interests=%d", n), func(b *testing.B) {
			r := newRegister(interests)
			b.ReportAllocs()
			for b.Loop() {
				held := 0
				for i := range n {
					if r.HardConflictAt("ann", "pharma", start.AddDays(7*i+3*(i%2))) {
						held++
					}
				}
				if held != (n+1)/2 {
					b.Fatalf("%d held, want %d", held, (n+1)/2)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/question")
		})
	}
}
