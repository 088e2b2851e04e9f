package network_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/network"
	"github.com/ahsckit/ahsckit/ahsc/network/networktest"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/internal/decodetest"
)

// For any network and any date, the network's answers agree with each
// centre's own PartnersAt and PossiblePartnersAt, and with the memberships:
// an organisation's certain centres on d are exactly those of its
// memberships whose period certainly contains d.
func TestAnswersAgreeWithCentresAndMemberships(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := networktest.Network().Draw(t, "network")
		d := rapid.OneOf(vocabtest.Date(), vocabtest.PartialDate()).Draw(t, "date")
		at := n.At(d)
		byCentre := map[vocab.CentreID]network.CentreAt{}
		for _, a := range at {
			byCentre[a.Centre] = a
		}
		assert.True(t, slices.IsSortedFunc(at, func(a, b network.CentreAt) int { return strings.Compare(string(a.Centre), string(b.Centre)) }))
		orgs := map[vocab.OrgID]bool{}
		for i := range n.Centres {
			c := &n.Centres[i]
			want, possible := c.PartnersAt(d), c.PossiblePartnersAt(d)
			assert.Equal(t, want, n.PartnersAt(c.ID, d))
			assert.Equal(t, possible, n.PossiblePartnersAt(c.ID, d))
			a, listed := byCentre[c.ID]
			_, designated := c.DesignationAt(d)
			assert.Equal(t, len(possible) > 0 || designated, listed, "centre %s in At", c.ID)
			if listed {
				assert.Equal(t, want, a.Partners)
				assert.Equal(t, possible, a.PossiblePartners)
			}
			for _, p := range c.Partners {
				orgs[p.ID] = true
			}
		}
		total := 0
		for id := range orgs {
			ms := n.MembershipsOf(id)
			total += len(ms)
			var fromMemberships []vocab.CentreID
			for _, m := range ms {
				assert.Equal(t, id, m.Organisation)
				if m.Period().Contains(d) {
					fromMemberships = append(fromMemberships, m.Centre)
				}
			}
			slices.Sort(fromMemberships)
			fromMemberships = slices.Compact(fromMemberships)
			var fromCentres []vocab.CentreID
			for i := range n.Centres {
				if slices.Contains(n.Centres[i].PartnersAt(d), id) {
					fromCentres = append(fromCentres, n.Centres[i].ID)
				}
			}
			slices.Sort(fromCentres)
			assert.Equal(t, fromCentres, fromMemberships, "organisation %s", id)
			assert.Equal(t, fromCentres, n.CentresOfAt(id, d), "organisation %s", id)
		}
		assert.Len(t, n.Memberships(), total)
	})
}

// The generated networks have no errors, and each mutation kind is
// reported where and as the mutation says.
func TestGeneratedNetworks(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := networktest.Network().Draw(t, "network")
		require.NoError(t, n.Validate())
	})
	for _, kind := range networktest.NetworkMutationKinds() {
		t.Run(kind, func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) {
				m := networktest.MutatedNetwork(kind).Draw(t, "mutation")
				var found bool
				for _, p := range m.Value.Problems() {
					found = found || (p.Path.Equal(m.Path) && p.Type == m.Type && !p.IsWarning())
				}
				require.True(t, found, "want %s at %s; got %v", m.Type, m.Path, m.Value.Problems())
			})
		})
	}
}

func twoCentres() *network.Network {
	src := []vocab.Source{{URL: "https://example.org/a", Title: "A"}}
	trust := func() ahsc.Organisation {
		return ahsc.Organisation{ID: "rbht", Name: "Royal Brompton & Harefield NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
			Identifiers: []vocab.Identifier{{Scheme: vocab.SchemeODSOrganisation, Value: "RT3"}}, Sources: src}
	}
	gstt := ahsc.Organisation{ID: "gstt", Name: "Guy's and St Thomas' NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust, Sources: src}
	m := func(joined, left string) []ahsc.Membership {
		ms := ahsc.Membership{Role: ahsc.RolePartner, Joined: vocab.MustParseDate(joined), Sources: src}
		if left != "" {
			ms.Left = vocab.MustParseDate(left)
		}
		return []ahsc.Membership{ms}
	}
	return &network.Network{Version: vocab.CurrentVersion, Centres: []ahsc.Centre{
		{Version: vocab.CurrentVersion, ID: "imperial", Name: "Imperial",
			Partners: []ahsc.Partner{{Organisation: trust(), Memberships: m("2016-07", "2021-01-31")}}},
		{Version: vocab.CurrentVersion, ID: "khp", Name: "KHP",
			Partners:      []ahsc.Partner{{Organisation: gstt, Memberships: m("2009", "")}},
			Organisations: []ahsc.Organisation{trust()},
			Successions: []ahsc.Succession{{Predecessor: "rbht", Successor: "gstt", Kind: ahsc.SuccessionMerger,
				Date: vocab.MustParseDate("2021-02-01"), Sources: src}}},
	}}
}

// An organisation recorded differently in two centres is reported at the
// later record's field, and the detail names the first record's pointer.
func TestOrganisationConsistency(t *testing.T) {
	n := twoCentres()
	require.Empty(t, n.Problems())
	for _, tc := range []struct {
		name    string
		mutate  func(o *ahsc.Organisation)
		pointer string
	}{
		{"identifiers", func(o *ahsc.Organisation) { o.Identifiers[0].Value = "RJ1" }, "/centres/1/organisations/0/identifiers"},
		{"kind", func(o *ahsc.Organisation) { o.Kind = ahsc.OrgKindNHSTrust }, "/centres/1/organisations/0/kind"},
		{"name", func(o *ahsc.Organisation) { o.Name = "Royal Brompton and Harefield" }, "/centres/1/organisations/0/name"},
		{"other names", func(o *ahsc.Organisation) { o.OtherNames = []ahsc.Name{{Value: "RBH", Kind: ahsc.NameAcronym}} }, "/centres/1/organisations/0/otherNames"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := twoCentres()
			tc.mutate(&n.Centres[1].Organisations[0])
			ps := n.Problems()
			require.Len(t, ps, 1, "%v", ps)
			assert.Equal(t, tc.pointer, ps[0].Pointer())
			assert.Equal(t, vocab.ErrInvalid, ps[0].Type)
			assert.Contains(t, ps[0].Detail, "/centres/0/partners/0")
		})
	}
	// Only the order of identifiers and other names differs: the same
	// organisation.
	n = twoCentres()
	n.Centres[0].Partners[0].Identifiers = append(n.Centres[0].Partners[0].Identifiers, vocab.Identifier{Scheme: vocab.SchemeODSSite, Value: "RT301"})
	n.Centres[1].Organisations[0].Identifiers = []vocab.Identifier{{Scheme: vocab.SchemeODSSite, Value: "RT301"}, {Scheme: vocab.SchemeODSOrganisation, Value: "RT3"}}
	assert.Empty(t, n.Problems())
}

func TestQueries(t *testing.T) {
	n := twoCentres()
	d := vocab.MustParseDate
	assert.Equal(t, []vocab.OrgID{"rbht"}, n.PartnersAt("imperial", d("2018-01-01")))
	assert.Empty(t, n.PartnersAt("imperial", d("2016-07-15")))
	assert.Equal(t, []vocab.OrgID{"rbht"}, n.PossiblePartnersAt("imperial", d("2016-07-15")))
	assert.Empty(t, n.PartnersAt("imperial", d("2021-02-01")))
	assert.Nil(t, n.PartnersAt("nowhere", d("2018-01-01")))
	ms := n.MembershipsOf("rbht")
	require.Len(t, ms, 1)
	assert.Equal(t, vocab.CentreID("imperial"), ms[0].Centre)
	assert.Equal(t, "2016-07/2021-01-31", ms[0].Period().String())
	assert.Empty(t, n.MembershipsOf("gstt-foundation"))
	assert.Equal(t, []vocab.CentreID{"imperial"}, n.CentresOfAt("rbht", d("2020-01-01")))
	at := n.At(d("2022-01-01"))
	require.Len(t, at, 1)
	assert.Equal(t, vocab.CentreID("khp"), at[0].Centre)
	assert.Equal(t, []vocab.OrgID{"gstt"}, at[0].Partners)
	all := n.Memberships()
	require.Len(t, all, 2)
	assert.Equal(t, vocab.CentreID("imperial"), all[0].Centre)
}

func TestDecodeRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := networktest.Network().Draw(t, "network")
		raw, err := n.MarshalIndent()
		require.NoError(t, err)
		got, ps, err := network.Decode(bytes.NewReader(raw), vocab.DecodeOptions{})
		require.NoError(t, err, "%v", ps)
		if diff := cmp.Diff(n, got, append(vocabtest.CmpOptions(), cmpopts.EquateEmpty())...); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

// The strict decoder refuses unknown keys and reports validation problems
// with positions.
func TestDecodeRefuses(t *testing.T) {
	_, ps, err := network.Decode(strings.NewReader(`{"version":"1.0","centres":[],"extra":1}`), vocab.DecodeOptions{})
	require.Error(t, err)
	require.NotEmpty(t, ps)
	assert.Equal(t, "/extra", ps[0].Pointer())
	n, ps, err := network.Decode(strings.NewReader(`{"version":"1.0"}`), vocab.DecodeOptions{})
	require.Error(t, err)
	assert.Nil(t, n)
	assert.Equal(t, "/centres", ps[0].Pointer())
	assert.True(t, ps[0].Position.IsValid())
}

var networks = decodetest.Document[network.Network]{
	Decode:   network.Decode,
	Encode:   (*network.Network).MarshalIndent,
	Problems: (*network.Network).Problems,
}

func FuzzDecode(f *testing.F) {
	raw, err := twoCentres().MarshalIndent()
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range [][]byte{raw, []byte(`{}`), []byte(`{"version":"1.0","centres":[{}]}`), []byte(`[]`)} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) { networks.Check(t, data) })
}

// The decoder's properties (result shape, positions, allocation bound,
// validation as Problems, round trip) hold for valid and broken networks.
func TestDecodeProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		networks.CheckValue(t, networktest.Network().Draw(t, "network"))
		networks.CheckValue(t, networktest.MutatedNetwork().Draw(t, "mutation").Value)
	})
}
