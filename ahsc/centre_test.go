package ahsc_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

var d = vocab.MustParseDate

// cited is the source every demo fact carries.
var cited = []vocab.Source{{URL: "https://example.org/demo", Title: "Demo centre facts"}}

func member(joined, left string) ahsc.Membership {
	m := ahsc.Membership{Role: ahsc.RolePartner, Joined: d(joined), Sources: cited}
	if left != "" {
		m.Left = d(left)
	}
	return m
}

func partner(id string, kind ahsc.OrgKind, ms ...ahsc.Membership) ahsc.Partner {
	return ahsc.Partner{Organisation: ahsc.Organisation{ID: vocab.OrgID(id), Name: "Org " + id, Kind: kind, Sources: cited}, Memberships: ms}
}

// smallCentre has a university partner throughout, a trust that left and
// rejoined, and a trust that merged into the first trust.
func smallCentre() *ahsc.Centre {
	return &ahsc.Centre{
		Version: vocab.CurrentVersion, ID: "demo", Name: "Demo Health Partners",
		Partners: []ahsc.Partner{
			partner("uni", ahsc.OrgKindUniversity, member("2009-04-01", "")),
			partner("trust", ahsc.OrgKindNHSFoundationTrust, member("2009-04-01", "2014-03-31"), member("2016-04-01", "")),
			partner("old", ahsc.OrgKindNHSTrust, member("2009-04-01", "2012-03-31")),
		},
		Organisations: []ahsc.Organisation{{ID: "dh", Name: "Department of Health", Kind: ahsc.OrgKindGovernment, Sources: cited},
			{ID: "nihr", Name: "NIHR", Kind: ahsc.OrgKindGovernment, Sources: cited}},
		Successions: []ahsc.Succession{{Predecessor: "old", Successor: "trust", Kind: ahsc.SuccessionMerger,
			Date: d("2012-04-01"), Sources: cited}},
		Designations: []ahsc.Designation{{Issuers: []vocab.OrgID{"dh"}, Round: 2009,
			Period: vocab.MustParsePeriod("2009-04-01/2014-03-31"), Sources: cited}},
	}
}

func TestSmallCentreValidates(t *testing.T) {
	require.NoError(t, smallCentre().Validate())
}

func TestPartnersAtFollowsMemberships(t *testing.T) {
	c := smallCentre()
	for _, tc := range []struct {
		on   string
		want []vocab.OrgID
	}{
		{"2009-03-31", nil},
		{"2009-04-01", []vocab.OrgID{"old", "trust", "uni"}},
		{"2012-04-01", []vocab.OrgID{"trust", "uni"}},
		{"2015-01-01", []vocab.OrgID{"uni"}},
		{"2016-04-01", []vocab.OrgID{"trust", "uni"}},
	} {
		assert.Equal(t, tc.want, c.PartnersAt(d(tc.on)), tc.on)
		for _, id := range []vocab.OrgID{"uni", "trust", "old"} {
			assert.Equal(t, contains(tc.want, id), c.IsPartnerAt(id, d(tc.on)), "%s on %s", id, tc.on)
		}
	}
}

func contains(ids []vocab.OrgID, id vocab.OrgID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func TestSuccessionQueriesBothWays(t *testing.T) {
	c := smallCentre()
	assert.Len(t, c.Successors("old"), 1)
	assert.Len(t, c.Predecessors("trust"), 1)
	assert.Empty(t, c.Successors("trust"))
	_, closed := c.ClosedAt("old", d("2012-03-31"))
	assert.False(t, closed, "not closed the day before the succession")
	s, closed := c.ClosedAt("old", d("2012-04-01"))
	assert.True(t, closed)
	assert.Equal(t, vocab.OrgID("trust"), s.Successor)
	assert.Equal(t, vocab.OrgID("trust"), c.CurrentSuccessor("old", d("2020-01-01")))
	assert.Equal(t, vocab.OrgID("old"), c.CurrentSuccessor("old", d("2010-01-01")))
}

func TestSuccessionCycleIsReported(t *testing.T) {
	c := smallCentre()
	c.Successions = append(c.Successions, ahsc.Succession{Predecessor: "trust", Successor: "uni",
		Kind: ahsc.SuccessionMerger, Date: d("2013-01-01")},
		ahsc.Succession{Predecessor: "uni", Successor: "old", Kind: ahsc.SuccessionReplacement, Date: d("2013-06-01")})
	ps := c.Problems()
	cycles := ps.Filter(vocab.ErrInvalid)
	require.Len(t, cycles, 1, ps.Error())
	assert.Equal(t, "/successions/2", cycles[0].Pointer())
	assert.Contains(t, cycles[0].Detail, "cycle")
	// The walk terminates even with a cycle.
	assert.NotEmpty(t, c.CurrentSuccessor("old", d("2020-01-01")))
}

func TestProblemsCarryPathsAndKinds(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(c *ahsc.Centre)
		pointer string
		kind    vocab.ProblemType
		warning bool
	}{
		{"version missing", func(c *ahsc.Centre) { c.Version = "" }, "/version", vocab.ErrRequired, false},
		{"version major", func(c *ahsc.Centre) { c.Version = "2.0" }, "/version", vocab.ErrNotSupported, false},
		{"bad centre id", func(c *ahsc.Centre) { c.ID = "Demo" }, "/id", vocab.ErrInvalid, false},
		{"no partners", func(c *ahsc.Centre) { c.Partners = nil }, "/partners", vocab.ErrRequired, false},
		{"duplicate org id", func(c *ahsc.Centre) { c.Organisations[0].ID = "uni" }, "/organisations/0/id", vocab.ErrDuplicate, false},
		{"unknown kind", func(c *ahsc.Centre) { c.Partners[0].Kind = "uni" }, "/partners/0/kind", vocab.ErrNotSupported, false},
		{"no memberships", func(c *ahsc.Centre) { c.Partners[0].Memberships = nil }, "/partners/0/memberships", vocab.ErrRequired, false},
		{"left before joined", func(c *ahsc.Centre) { c.Partners[0].Memberships[0].Left = d("2000-01-01") },
			"/partners/0/memberships/0/left", vocab.ErrInvalid, false},
		{"overlapping memberships", func(c *ahsc.Centre) { c.Partners[1].Memberships[1].Joined = d("2014-03-31") },
			"/partners/1/memberships/1", vocab.ErrInvalid, false},
		{"bad ROR checksum", func(c *ahsc.Centre) {
			c.Partners[0].Identifiers = []vocab.Identifier{{Scheme: vocab.SchemeROR, Value: "0220mzb34"}}
		}, "/partners/0/identifiers/0/value", vocab.ErrInvalid, false},
		{"trust ODS code length", func(c *ahsc.Centre) {
			c.Partners[1].Identifiers = []vocab.Identifier{{Scheme: vocab.SchemeODSOrganisation, Value: "RJ1A"}}
		}, "/partners/1/identifiers/0/value", vocab.ErrInvalid, false},
		{"site code not the trust's", func(c *ahsc.Centre) {
			c.Partners[1].Identifiers = []vocab.Identifier{{Scheme: vocab.SchemeODSOrganisation, Value: "RJZ"},
				{Scheme: vocab.SchemeODSSite, Value: "RJ101"}}
		}, "/partners/1/identifiers/1/value", vocab.ErrInvalid, false},
		{"duplicate identifier", func(c *ahsc.Centre) {
			c.Partners[0].Identifiers = []vocab.Identifier{{Scheme: vocab.SchemeUKPRN, Value: "10003645"},
				{Scheme: vocab.SchemeUKPRN, Value: "10003645"}}
		}, "/partners/0/identifiers/1", vocab.ErrDuplicate, false},
		{"UKPRN not starting with 1", func(c *ahsc.Centre) {
			c.Partners[0].Identifiers = []vocab.Identifier{{Scheme: vocab.SchemeUKPRN, Value: "20003645"}}
		}, "/partners/0/identifiers/0/value", vocab.ErrInvalid, true},
		{"former name without end", func(c *ahsc.Centre) {
			c.Partners[0].OtherNames = []ahsc.Name{{Value: "Old name", Kind: ahsc.NameFormer}}
		}, "/partners/0/otherNames/0/until", vocab.ErrRequired, false},
		{"succession to unknown", func(c *ahsc.Centre) { c.Successions[0].Successor = "nobody" },
			"/successions/0/successor", vocab.ErrNotFound, false},
		{"self succession", func(c *ahsc.Centre) { c.Successions[0].Successor = "old" },
			"/successions/0/successor", vocab.ErrInvalid, false},
		{"designation issuer unknown", func(c *ahsc.Centre) { c.Designations[0].Issuers = []vocab.OrgID{"dh", "nhse"} },
			"/designations/0/issuers/1", vocab.ErrNotFound, false},
		{"designation without issuers", func(c *ahsc.Centre) { c.Designations[0].Issuers = nil },
			"/designations/0/issuers", vocab.ErrRequired, false},
		{"designation issuer twice", func(c *ahsc.Centre) { c.Designations[0].Issuers = []vocab.OrgID{"dh", "nihr", "dh"} },
			"/designations/0/issuers/2", vocab.ErrDuplicate, false},
		{"designation without sources", func(c *ahsc.Centre) { c.Designations[0].Sources = nil },
			"/designations/0/sources", vocab.ErrRequired, false},
		{"partner without sources", func(c *ahsc.Centre) { c.Partners[2].Sources = nil },
			"/partners/2/sources", vocab.ErrRequired, false},
		{"organisation without sources", func(c *ahsc.Centre) { c.Organisations[1].Sources = nil },
			"/organisations/1/sources", vocab.ErrRequired, false},
		{"membership without sources", func(c *ahsc.Centre) { c.Partners[1].Memberships[1].Sources = nil },
			"/partners/1/memberships/1/sources", vocab.ErrRequired, false},
		{"succession without sources", func(c *ahsc.Centre) { c.Successions[0].Sources = nil },
			"/successions/0/sources", vocab.ErrRequired, false},
		{"illustrative label without note", func(c *ahsc.Centre) {
			c.Successions[0].Sources = []vocab.Source{{Kind: vocab.SourceIllustrative}}
		}, "/successions/0/sources/0/note", vocab.ErrRequired, false},
		{"left the year before the month it joined", func(c *ahsc.Centre) {
			c.Partners[0].Memberships[0] = member("2009-04", "2008")
		}, "/partners/0/memberships/0/left", vocab.ErrInvalid, false},
		{"memberships in one year may overlap", func(c *ahsc.Centre) {
			c.Partners[1].Memberships = []ahsc.Membership{member("2009-04-01", "2014"), member("2014", "")}
		}, "/partners/1/memberships/1", vocab.ErrInvalid, true},
		{"memberships certainly overlap", func(c *ahsc.Centre) {
			c.Partners[1].Memberships = []ahsc.Membership{member("2009-04-01", "2014-06"), member("2014-05", "")}
		}, "/partners/1/memberships/1", vocab.ErrInvalid, false},
		{"designation round", func(c *ahsc.Centre) { c.Designations[0].Round = 1999 },
			"/designations/0/round", vocab.ErrOutOfRange, false},
		{"source url", func(c *ahsc.Centre) { c.Sources = []vocab.Source{{URL: "kcl.ac.uk", Title: "KCL"}} },
			"/sources/0/url", vocab.ErrInvalid, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := smallCentre()
			tc.mutate(c)
			ps := c.Problems()
			var found *vocab.Problem
			for _, p := range ps {
				if p.Pointer() == tc.pointer && p.Type == tc.kind {
					found = p
				}
			}
			require.NotNil(t, found, "want %s at %s; got:\n%v", tc.kind, tc.pointer, ps)
			assert.Equal(t, tc.warning, found.IsWarning())
			err := c.Validate()
			if tc.warning {
				assert.NoError(t, err, "warnings alone never fail a document")
				return
			}
			require.Error(t, err)
			assert.True(t, errors.Is(err, tc.kind))
			var p *vocab.Problem
			require.True(t, errors.As(err, &p))
		})
	}
}

func TestNameAt(t *testing.T) {
	o := ahsc.Organisation{Name: "New", OtherNames: []ahsc.Name{
		{Value: "Oldest", Kind: ahsc.NameFormer, Until: d("2000-12-31")},
		{Value: "Older", Kind: ahsc.NameFormer, Until: d("2010-12-31")},
		{Value: "NN", Kind: ahsc.NameAcronym},
	}}
	assert.Equal(t, "Oldest", o.NameAt(d("1999-01-01")))
	assert.Equal(t, "Older", o.NameAt(d("2001-01-01")))
	assert.Equal(t, "New", o.NameAt(d("2011-01-01")))
}

func TestDesignationAt(t *testing.T) {
	c := smallCentre()
	g, ok := c.DesignationAt(d("2010-01-01"))
	require.True(t, ok)
	assert.Equal(t, 2009, g.Round)
	_, ok = c.DesignationAt(d("2015-01-01"))
	assert.False(t, ok)
}

func TestOrganisationLookupSharesOneNamespace(t *testing.T) {
	c := smallCentre()
	for _, id := range []vocab.OrgID{"uni", "dh"} {
		o, ok := c.Organisation(id)
		require.True(t, ok, id)
		assert.Equal(t, id, o.ID)
	}
	_, ok := c.Partner("dh")
	assert.False(t, ok, "dh is an organisation, not a partner")
	if diff := cmp.Diff([]vocab.OrgID{"trust", "uni"}, c.PartnersAt(d("2020-01-01"))); diff != "" {
		t.Error(diff)
	}
}

// The example: a partner that joined "2011-10" is possibly a partner
// on 2011-10-15, certainly one on 2011-11-01, and (the month being over)
// certainly one on 2011-10-31.
func TestPartnerJoinedInAMonth(t *testing.T) {
	c := smallCentre()
	c.Partners = append(c.Partners, partner("barts", ahsc.OrgKindNHSTrust, member("2011-10", "")))
	require.NoError(t, c.Validate())
	for _, tc := range []struct {
		on              string
		certain, possib bool
	}{
		{"2011-09-30", false, false},
		{"2011-10-01", false, true},
		{"2011-10-15", false, true},
		{"2011-10-31", true, true},
		{"2011-11-01", true, true},
		{"2011-10", false, true}, // throughout October: not certain
		{"2011-11", true, true},
		{"2011", false, true},
		{"2012", true, true},
	} {
		assert.Equal(t, tc.certain, contains(c.PartnersAt(d(tc.on)), "barts"), "PartnersAt(%s)", tc.on)
		assert.Equal(t, tc.possib, contains(c.PossiblePartnersAt(d(tc.on)), "barts"), "PossiblePartnersAt(%s)", tc.on)
		assert.Equal(t, tc.certain, c.IsPartnerAt("barts", d(tc.on)), "IsPartnerAt(%s)", tc.on)
		assert.Equal(t, tc.possib, c.MayBePartnerAt("barts", d(tc.on)), "MayBePartnerAt(%s)", tc.on)
	}
	assert.Equal(t, []vocab.OrgID{"old", "trust", "uni"}, c.PartnersAt(d("2011-10-15")))
	assert.Equal(t, []vocab.OrgID{"barts", "old", "trust", "uni"}, c.PossiblePartnersAt(d("2011-10-15")))
	assert.Equal(t, []vocab.OrgID{"barts", "old", "trust", "uni"}, c.PartnersAt(d("2011-11-01")))
}

// A partner that left in a year is certainly a partner until its first day
// and possibly until its last.
func TestPartnerLeftInAYear(t *testing.T) {
	c := smallCentre()
	c.Partners[2].Memberships[0] = member("2009-04-01", "2012")
	c.Successions = nil
	for _, tc := range []struct {
		on              string
		certain, possib bool
	}{
		{"2011-12-31", true, true},
		{"2012-01-01", true, true},
		{"2012-01-02", false, true},
		{"2012-12-31", false, true},
		{"2013-01-01", false, false},
	} {
		assert.Equal(t, tc.certain, c.IsPartnerAt("old", d(tc.on)), "IsPartnerAt(%s)", tc.on)
		assert.Equal(t, tc.possib, c.MayBePartnerAt("old", d(tc.on)), "MayBePartnerAt(%s)", tc.on)
	}
}

// A succession known to the month closes its predecessor for certain only
// once the month is over.
func TestClosedAtWithAPartialDate(t *testing.T) {
	c := smallCentre()
	c.Successions[0].Date = d("2012-04")
	_, closed := c.ClosedAt("old", d("2012-04-15"))
	assert.False(t, closed, "only possibly closed within the month")
	_, closed = c.ClosedAt("old", d("2012-04-30"))
	assert.True(t, closed, "closed from the last day of the month")
	assert.Equal(t, vocab.OrgID("old"), c.CurrentSuccessor("old", d("2012-04-15")))
	assert.Equal(t, vocab.OrgID("trust"), c.CurrentSuccessor("old", d("2012-05")))
}

// A reference to an organisation that may have closed is a warning saying
// so, with the date at its precision.
func TestMayHaveClosedWarning(t *testing.T) {
	c := smallCentre()
	c.Successions = []ahsc.Succession{{Predecessor: "dh", Successor: "nihr", Kind: ahsc.SuccessionReplacement,
		Date: d("2009-04"), Sources: cited}}
	ps := c.Problems()
	require.Len(t, ps, 1, ps.Error())
	assert.True(t, ps[0].IsWarning())
	assert.Equal(t, "/designations/0/issuers/0", ps[0].Pointer())
	assert.Contains(t, ps[0].Detail, "may have closed in 2009-04; succeeded by nihr")
}

func TestDesignationAtWithPartialBounds(t *testing.T) {
	c := smallCentre()
	c.Designations[0].Period = vocab.MustParsePeriod("2009-04/2014-03")
	require.NoError(t, c.Validate())
	for on, want := range map[string]bool{"2009-04-15": false, "2009-04-30": true, "2014-03-01": true, "2014-03-02": false} {
		_, ok := c.DesignationAt(d(on))
		assert.Equal(t, want, ok, on)
	}
}

func TestNameAtWithAPartialUntil(t *testing.T) {
	o := ahsc.Organisation{Name: "Department of Health and Social Care", OtherNames: []ahsc.Name{
		{Value: "Department of Health", Kind: ahsc.NameFormer, Until: d("2018-01")}}}
	assert.Equal(t, "Department of Health", o.NameAt(d("2017-12-31")))
	assert.Equal(t, "Department of Health", o.NameAt(d("2018-01-20")), "not certainly renamed within the month")
	assert.Equal(t, "Department of Health and Social Care", o.NameAt(d("2018-02-01")))
}

// Designations take several issuers; each is resolved as an organisation.
func TestJointDesignation(t *testing.T) {
	c := smallCentre()
	c.Designations = append(c.Designations, ahsc.Designation{Issuers: []vocab.OrgID{"nihr", "dh"}, Round: 2014,
		Period: vocab.MustParsePeriod("2014-04/2020-03-31"), Sources: cited})
	require.NoError(t, c.Validate())
	var issuers []string
	for _, r := range c.References() {
		issuers = append(issuers, r.Path.JSONPointer()+"="+r.ID)
	}
	assert.Equal(t, []string{"/designations/0/issuers/0=dh", "/designations/1/issuers/0=nihr", "/designations/1/issuers/1=dh"}, issuers)
}
