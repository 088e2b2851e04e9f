package ahsc

import (
	"fmt"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
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
