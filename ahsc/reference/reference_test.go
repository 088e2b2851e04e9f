package reference_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/network"
	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

var update = flag.Bool("update", false, "rewrite json/*.json from the Go values")

// Every reference centre, and the network of all of them, validates with
// no errors and no warnings.
func TestCentresValidate(t *testing.T) {
	require.Len(t, reference.CentreIDs(), 8)
	for _, id := range reference.CentreIDs() {
		c, ok := reference.Centre(id)
		require.True(t, ok, id)
		assert.Equal(t, id, c.ID)
		assert.Empty(t, c.Problems(), "%s", id)
	}
	assert.Empty(t, reference.Network().Problems())
	_, ok := reference.Centre("nowhere")
	assert.False(t, ok)
	assert.True(t, slices.IsSorted(reference.CentreIDs()))
}

// Every organisation, membership, succession and designation has a
// source; every fact of the partnerships (partners, memberships,
// successions, designations, the issuers) is cited, not illustrative, and
// every identifier passes its register's check (ODS shape, UKPRN, ROR
// checksum).
func TestEveryFactIsSourced(t *testing.T) {
	for _, c := range reference.Centres() {
		cited := func(p *vocab.Path, ss []vocab.Source) {
			assert.Empty(t, vocab.CheckSourced(p, ss), "%s %s", c.ID, p)
			for i, s := range ss {
				assert.False(t, s.IsIllustrative(), "%s %s[%d] is illustrative", c.ID, p, i)
			}
		}
		for i, p := range c.Partners {
			pp := vocab.NewPath("partners").Index(i)
			cited(pp.Child("sources"), p.Sources)
			for j, m := range p.Memberships {
				cited(pp.Child("memberships").Index(j).Child("sources"), m.Sources)
			}
			for j, id := range p.Identifiers {
				assert.Empty(t, id.Problems(pp.Child("identifiers").Index(j)), "%s %s", c.ID, id)
			}
		}
		for i, o := range c.Organisations {
			op := vocab.NewPath("organisations").Index(i)
			assert.Empty(t, vocab.CheckSourced(op.Child("sources"), o.Sources), "%s %s", c.ID, o.ID)
			for j, id := range o.Identifiers {
				assert.Empty(t, id.Problems(op.Child("identifiers").Index(j)), "%s %s", c.ID, id)
			}
			if slices.Contains([]vocab.OrgID{"dh", "nihr", "nhs-england", "nhs-improvement", "rbht", "gstt"}, o.ID) {
				cited(op.Child("sources"), o.Sources)
			}
		}
		for i, s := range c.Successions {
			cited(vocab.NewPath("successions").Index(i).Child("sources"), s.Sources)
		}
		require.NotEmpty(t, c.Designations, c.ID)
		for i, g := range c.Designations {
			cited(vocab.NewPath("designations").Index(i).Child("sources"), g.Sources)
		}
	}
}

// row is one sourced fact of a centre's membership: on date, organisation
// org is certainly a partner (certain), may be one (possible), or is not.
type row struct {
	date              string
	org               vocab.OrgID
	certain, possible bool
	source            string
}

// Membership at chosen dates, as the sources give it; each row cites the
// source it checks.
func TestMembershipsMatchTheSources(t *testing.T) {
	yes := func(date string, org vocab.OrgID, source string) row { return row{date, org, true, true, source} }
	maybe := func(date string, org vocab.OrgID, source string) row { return row{date, org, false, true, source} }
	no := func(date string, org vocab.OrgID, source string) row { return row{date, org, false, false, source} }
	for id, rows := range map[vocab.CentreID][]row{
		"khp": {
			maybe("2009-06-01", "kch", "KHP news 8 May 2024: \"Formed in 2009\" (the year only)"),
			yes("2010-06-01", "kcl", "KHP, Our strategy to 2030: founding partners"),
			yes("2010-06-01", "gstt", "KHP, Our strategy to 2030: founding partners"),
			yes("2010-06-01", "kch", "Lord Butler, HL 2 July 2019; GSTT annual report 2009/10"),
			yes("2024-05-08", "slam", "KHP news 8 May 2024: the three trusts and KCL"),
			no("2020-01-01", "rbht", "no source makes RB&H a KHP partner; it merged into GSTT on 2021-02-01 (rbht.nhs.uk/node/2823)"),
		},
		"imperial-ahsc": {
			yes("2007-10-01", "icl", "Imperial news, 1 October 2007: \"launches today (1 October)\""),
			yes("2007-10-01", "icht", "Imperial news, 1 October 2007"),
			no("2007-09-30", "icht", "the trust was formed on 1 October 2007 (Shelford Group)"),
			maybe("2016-07-13", "royal-marsden", "EurekAlert 2016-07 release: the month only"),
			yes("2016-08-01", "royal-marsden", "EurekAlert 2016-07 release"),
			yes("2020-01-01", "rbht", "EurekAlert 2016-07; ICHT news on the ICR's joining lists RB&H as a member"),
			no("2021-02-01", "rbht", "RB&H became part of GSTT on 1 February 2021 (rbht.nhs.uk/node/2823)"),
			yes("2020-08-01", "chelwest", "Wikipedia: member \"in July 2020\"; UKHDRA member page"),
			no("2019-01-01", "chelwest", "Wikipedia: joined in July 2020"),
		},
		"uclpartners": {
			yes("2008-10-01", "ucl", "UCL News 7 August 2008: operational from September"),
			yes("2008-10-01", "gosh", "UCL News 7 August 2008"),
			yes("2008-10-01", "moorfields", "UCL News 7 August 2008"),
			yes("2008-10-01", "royal-free", "UCL News 7 August 2008"),
			yes("2008-10-01", "uclh", "UCL News 7 August 2008"),
			yes("2011-11-01", "barts-and-the-london", "Wikipedia UCLPartners: October 2011"),
			yes("2011-11-01", "qmul", "Wikipedia UCLPartners; HSJ"),
			no("2011-09-01", "qmul", "Wikipedia UCLPartners: October 2011"),
			yes("2012-04-01", "barts-health", "Barts Health: created 1 April 2012"),
			no("2012-04-01", "barts-and-the-london", "Barts Health: merged into Barts Health on 1 April 2012"),
			maybe("2012-04-15", "bhrut", "HSJ: BHRUT's April board meeting (the month only)"),
			yes("2012-05-01", "bhrut", "Wikipedia UCLPartners: \"agreed to join ... in April 2012\""),
		},
		"cuhp": {
			maybe("2009-03-09", "cambridge", "CUHP: \"since our inception in 2009\" (the year only)"),
			yes("2010-01-01", "cambridge", "Cambridge AHSC application, 14 January 2009; CUHP 2020 news"),
			yes("2010-01-01", "cuh", "Cambridge AHSC application"),
			yes("2010-01-01", "cpft", "Cambridge AHSC application"),
			yes("2021-01-01", "royal-papworth", "CUHP 2020 news: Royal Papworth a member"),
		},
		"mahsc": {
			yes("2009-03-10", "salford-pct", "University of Manchester StaffNet, 10 March 2009: the seven members"),
			yes("2009-03-10", "mmhsct", "StaffNet, 10 March 2009"),
			yes("2009-03-10", "uhsm", "StaffNet, 10 March 2009"),
			no("2013-04-01", "salford-pct", "primary care trusts abolished 31 March 2013 (Wikipedia)"),
			no("2017-01-01", "mmhsct", "services to Greater Manchester West from 1 January 2017 (MHCC)"),
			no("2017-10-01", "cmft", "merged into MFT on 1 October 2017 (Wikipedia MFT; MFT)"),
			yes("2020-04-01", "mft", "MFT research news: designated from 1 April 2020, MFT a member"),
			yes("2020-04-01", "gmmh", "MFT research news: GMMH a member"),
			yes("2020-04-01", "salford-royal", "MFT research news: Salford Royal a member"),
			yes("2020-04-01", "christie", "MFT research news: The Christie a member"),
		},
		"oahp": {
			no("2013-12-01", "oxford", "Oxford Mail: the six partnerships work together \"From April\" 2014"),
			maybe("2014-04-10", "oxford", "Oxford Mail: \"From April\" (the month only)"),
			yes("2014-05-01", "oxford-brookes", "Oxford AHSC 2014/15 annual report: the four partners"),
			yes("2014-05-01", "ouh", "Oxford AHSC 2014/15 annual report"),
			yes("2020-04-01", "oxford-health", "OAHP, Designation success: the four from 1 April 2020"),
		},
		"bhp": {
			yes("2013-01-01", "nbt", "BHP, Maria Kane: members since BHP formed; first agreement signed in 2012"),
			yes("2020-04-01", "bristol", "AHSC application NIHR201500: director institution, start 01/04/2020"),
			yes("2020-04-01", "sirona", "BHP annual review 2019-20: four new partners"),
			yes("2020-04-01", "nhsbt", "BHP annual review 2019-20: four new partners"),
			no("2019-06-01", "north-somerset-council", "BHP annual review 2019-20: welcomed with the 2020 designation"),
		},
		"nhip": {
			no("2020-03-31", "newcastle", "NHIP, A New Dawn: coming into being on 1 April 2020"),
			yes("2020-04-01", "newcastle", "NHIP, A New Dawn; Newcastle University: designated on 1 April 2020"),
			yes("2020-04-01", "nuth", "CNTW news 21 April 2020: the five partners"),
			yes("2020-04-01", "cntw", "CNTW news 21 April 2020"),
			yes("2020-04-01", "newcastle-city-council", "NHIP, Investing for the future: one of the five partners"),
			yes("2020-04-01", "ahsn-nenc", "CNTW news 21 April 2020"),
		},
	} {
		c, ok := reference.Centre(id)
		require.True(t, ok, id)
		for _, r := range rows {
			d := vocab.MustParseDate(r.date)
			_, known := c.Partner(r.org)
			if r.possible {
				require.True(t, known, "%s: no partner %s", id, r.org)
			}
			assert.Equal(t, r.certain, slices.Contains(c.PartnersAt(d), r.org), "%s: %s certainly a partner on %s (source: %s)", id, r.org, r.date, r.source)
			assert.Equal(t, r.possible, slices.Contains(c.PossiblePartnersAt(d), r.org), "%s: %s possibly a partner on %s (source: %s)", id, r.org, r.date, r.source)
		}
	}
}

// The designation rounds: five centres in 2009 (DH press release, 9 March
// 2009), six in 2014 (PharmaTimes: Oxford joins), eight in 2020 (OAHP news,
// the eight designated centres).
func TestDesignationRounds(t *testing.T) {
	for _, tc := range []struct {
		date   string
		round  int
		centre []vocab.CentreID
	}{
		{"2010-01-01", 2009, []vocab.CentreID{"cuhp", "imperial-ahsc", "khp", "mahsc", "uclpartners"}},
		{"2015-01-01", 2014, []vocab.CentreID{"cuhp", "imperial-ahsc", "khp", "mahsc", "oahp", "uclpartners"}},
		{"2021-01-01", 2020, reference.CentreIDs()},
	} {
		var got []vocab.CentreID
		for _, c := range reference.Centres() {
			if g, ok := c.DesignationAt(vocab.MustParseDate(tc.date)); ok {
				assert.Equal(t, tc.round, g.Round, c.ID)
				got = append(got, c.ID)
			}
		}
		assert.Equal(t, tc.centre, got, tc.date)
	}
}

// Each call returns a fresh value: changing every list and field a caller
// can reach in one centre leaves the next call's centre unchanged.
func TestFreshValues(t *testing.T) {
	opts := append(vocabtest.CmpOptions(), cmpopts.EquateEmpty())
	for _, id := range reference.CentreIDs() {
		before, _ := reference.Centre(id)
		c, _ := reference.Centre(id)
		c.Name = "changed"
		for i := range c.Partners {
			p := &c.Partners[i]
			p.Name += " changed"
			for j := range p.Identifiers {
				p.Identifiers[j].Value = "X"
			}
			for j := range p.OtherNames {
				p.OtherNames[j].Value = "X"
			}
			for j := range p.Sources {
				p.Sources[j].Note = "changed"
			}
			for j := range p.Memberships {
				p.Memberships[j].Role = ahsc.RoleAssociate
				for k := range p.Memberships[j].Sources {
					p.Memberships[j].Sources[k].URL = "https://changed.example"
				}
			}
		}
		for i := range c.Organisations {
			c.Organisations[i].Name = "changed"
			for j := range c.Organisations[i].OtherNames {
				c.Organisations[i].OtherNames[j].Value = "X"
			}
			for j := range c.Organisations[i].Sources {
				c.Organisations[i].Sources[j].Title = "changed"
			}
		}
		for i := range c.Successions {
			c.Successions[i].Predecessor = "changed"
			c.Successions[i].Sources[0].Title = "changed"
		}
		for i := range c.Designations {
			c.Designations[i].Issuers[0] = "changed"
			c.Designations[i].Sources[0].Title = "changed"
		}
		for i := range c.Sources {
			c.Sources[i].Title = "changed"
		}
		if c.Governance != nil {
			c.Governance.Bodies[0].Name = "changed"
			c.Governance.Bodies[0].Seats[0].Label = "changed"
		}
		if c.Portfolio != nil {
			c.Portfolio.Programmes[0].Name = "changed"
		}
		if c.Ledger != nil {
			c.Ledger.Awards[0].Recipient = "changed"
		}
		after, _ := reference.Centre(id)
		if diff := cmp.Diff(before, after, opts...); diff != "" {
			t.Errorf("%s changed by mutating an earlier result (-before +after):\n%s", id, diff)
		}
		n := reference.Network()
		n.Centres[0].Partners[0].Name = "changed"
		assert.NotEqual(t, "changed", reference.Network().Centres[0].Partners[0].Name)
	}
}

// The JSON files in json/ are the Go values encoded, one per centre and one
// for the network, and decode back strictly to the same values; go test
// ./ahsc/reference -update rewrites them.
func TestJSONFiles(t *testing.T) {
	check := func(name string, raw []byte, decode func([]byte) (any, error), want any) {
		t.Helper()
		path := filepath.Join("json", name)
		if *update {
			require.NoError(t, os.WriteFile(path, raw, 0o644))
			return
		}
		got, err := os.ReadFile(path)
		require.NoError(t, err, "run go test ./ahsc/reference -update")
		if !bytes.Equal(got, raw) {
			t.Errorf("%s differs from the Go value; run go test ./ahsc/reference -update", path)
		}
		v, err := decode(got)
		require.NoError(t, err, path)
		if diff := cmp.Diff(want, v, append(vocabtest.CmpOptions(), cmpopts.EquateEmpty())...); diff != "" {
			t.Errorf("%s decodes to another value (-Go +file):\n%s", path, diff)
		}
	}
	for _, c := range reference.Centres() {
		raw, err := c.MarshalIndent()
		require.NoError(t, err)
		check(string(c.ID)+".json", raw, func(b []byte) (any, error) {
			v, _, err := ahsc.Decode(bytes.NewReader(b), vocab.DecodeOptions{})
			return v, err
		}, c)
	}
	n := reference.Network()
	raw, err := n.MarshalIndent()
	require.NoError(t, err)
	check("network.json", raw, func(b []byte) (any, error) {
		v, _, err := network.Decode(bytes.NewReader(b), vocab.DecodeOptions{})
		return v, err
	}, n)
	if !*update {
		files, err := filepath.Glob(filepath.Join("json", "*.json"))
		require.NoError(t, err)
		assert.Len(t, files, len(reference.CentreIDs())+1, "json/ holds exactly the centres and the network")
	}
}

func TestAsOf(t *testing.T) {
	assert.Equal(t, "2026-12-01", reference.AsOf().String())
	for _, c := range reference.Centres() {
		for _, p := range c.Partners {
			for _, m := range p.Memberships {
				assert.False(t, m.Joined.After(reference.AsOf()), "%s %s joined after the as-of date", c.ID, p.ID)
			}
		}
	}
}
