package ahsc_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/ahsctest"
	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

func BenchmarkValidateKHP(b *testing.B) {
	c := reference.KingsHealthPartners()
	b.ReportAllocs()
	for b.Loop() {
		_ = c.Problems()
	}
}

func BenchmarkDecodeKHP(b *testing.B) {
	data, err := reference.KingsHealthPartners().MarshalIndent()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := ahsc.Decode(bytes.NewReader(data), vocab.DecodeOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCanonicalKHP(b *testing.B) {
	c := reference.KingsHealthPartners()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Canonical(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidateComposed validates generated centres with all three
// documents (a fixed set, drawn once from fixed seeds).
func BenchmarkValidateComposed(b *testing.B) {
	var cs []*ahsc.Centre
	for seed := range uint64(20) {
		cs = append(cs, ahsctest.FullCentre().Example(int(seed)))
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = cs[i%len(cs)].Problems()
		i++
	}
}

// scaledCentre is a valid centre of size n: n partners, n other
// organisations, n-1 successions chaining the organisations (listed newest
// first, the order that made the old cycle walk quadratic) and n one-day
// designations, each issued by a different organisation (n references to
// resolve).
func scaledCentre(n int) *ahsc.Centre {
	start := vocab.MustParseDate("2009-04-01")
	c := &ahsc.Centre{Version: vocab.CurrentVersion, ID: "scaled", Name: "Scaled centre"}
	src := []vocab.Source{vocab.Illustrative("a generated centre for benchmarks")}
	org := func(i int) vocab.OrgID { return vocab.OrgID(fmt.Sprintf("o%d", i)) }
	for i := range n {
		c.Partners = append(c.Partners, ahsc.Partner{
			Organisation: ahsc.Organisation{ID: vocab.OrgID(fmt.Sprintf("p%d", i)), Name: "Partner", Kind: ahsc.OrgKindUniversity, Sources: src},
			Memberships:  []ahsc.Membership{{Role: ahsc.RolePartner, Joined: start, Sources: src}}})
		c.Organisations = append(c.Organisations, ahsc.Organisation{ID: org(i), Name: "Body", Kind: ahsc.OrgKindGovernment, Sources: src})
		c.Designations = append(c.Designations, ahsc.Designation{Issuers: []vocab.OrgID{org(i)}, Round: 2009,
			Period: vocab.PeriodOf(start.AddDays(i), start.AddDays(i)), Sources: src})
	}
	for i := n - 2; i >= 0; i-- {
		c.Successions = append(c.Successions, ahsc.Succession{Predecessor: org(i), Successor: org(i + 1),
			Kind: ahsc.SuccessionMerger, Date: vocab.MustParseDate("9000-01-01"), Sources: src})
	}
	return c
}

// BenchmarkValidateScaled validates centres of 1k, 10k and 100k
// organisations of each sort: linear apart from sorting.
func BenchmarkValidateScaled(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		c := scaledCentre(n)
		if err := c.Validate(); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = c.Problems()
			}
		})
	}
}
