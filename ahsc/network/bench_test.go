package network_test

import (
	"fmt"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/network"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// largeNetwork has 10 centres of n/10 partners each, every organisation a
// partner of two centres: n organisation records, n/2 organisations.
func largeNetwork(n int) *network.Network {
	src := []vocab.Source{{URL: "https://example.org/", Title: "bench"}}
	per := n / 10
	net := &network.Network{Version: vocab.CurrentVersion}
	for c := range 10 {
		centre := ahsc.Centre{Version: vocab.CurrentVersion, ID: vocab.CentreID(fmt.Sprintf("c%d", c)), Name: "Centre"}
		for i := range per {
			id := (c/2)*per + i // centres 2k and 2k+1 share their organisations
			centre.Partners = append(centre.Partners, ahsc.Partner{
				Organisation: ahsc.Organisation{ID: vocab.OrgID(fmt.Sprintf("org%d", id)), Name: fmt.Sprintf("Organisation %d", id),
					Kind: ahsc.OrgKindNHSTrust, Identifiers: []vocab.Identifier{{Scheme: vocab.SchemeODSOrganisation, Value: fmt.Sprintf("R%02d", id%100)}},
					Sources: src},
				Memberships: []ahsc.Membership{{Role: ahsc.RolePartner, Joined: vocab.MustParseDate("2009"), Sources: src}},
			})
		}
		net.Centres = append(net.Centres, centre)
	}
	return net
}

func BenchmarkProblems(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		net := largeNetwork(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if ps := net.Problems(); len(ps) != 0 {
					b.Fatal(ps[0])
				}
			}
		})
	}
}

func BenchmarkAt(b *testing.B) {
	d := vocab.MustParseDate("2020-01-01")
	for _, n := range []int{1_000, 10_000, 100_000} {
		net := largeNetwork(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = net.At(d)
			}
		})
	}
}
