package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/network"
	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// today stands in for the clock: tests never read it.
var today = vocab.MustParseDate("2026-12-01")

func output(t *testing.T, args ...string) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, run(args, today, &b))
	return b.String()
}

func TestNetworkOnADate(t *testing.T) {
	out := output(t, "2017-06-01")
	for _, want := range []string{
		"Designated academic health science centres on 2017-06-01: 6\n",
		"Imperial College Academic Health Science Centre (imperial-ahsc): 2014 round, 2014-04/2020-03-31, issued by Department of Health\n",
		"  Royal Brompton & Harefield NHS Foundation Trust (rbht)\n",
		"  Papworth Hospital NHS Foundation Trust (royal-papworth)\n", // the name in use in 2017
		"Bristol Health Partners Academic Health Science Centre (bhp): not designated on 2017-06-01\n",
	} {
		assert.Contains(t, out, want)
	}
	assert.NotContains(t, out, "nhip") // Newcastle's partnership began in 2020

	out = output(t, "2021-02-01")
	assert.Contains(t, out, "Designated academic health science centres on 2021-02-01: 8\n")
	assert.Contains(t, out, "issued by National Institute for Health Research, NHS England, NHS Improvement\n")
	assert.NotContains(t, out, "(rbht)") // merged into Guy's and St Thomas' that day
}

// A partial date: partners that joined during it are only possibly
// partners throughout it.
func TestPartialDate(t *testing.T) {
	out := output(t, "2016-07")
	assert.Contains(t, out, "  The Royal Marsden NHS Foundation Trust (royal-marsden) (possibly)\n")
	assert.Contains(t, out, "  Imperial College London (icl)\n")
}

// Without a date the program reports on the date it is given as today.
func TestDefaultsToToday(t *testing.T) {
	assert.Equal(t, output(t, today.String()), output(t))
	// The 2020 round's five years ended on 31 March 2025; no source read
	// records a later designation.
	assert.Contains(t, output(t), "on 2026-12-01: 0\n")
}

func TestBadArguments(t *testing.T) {
	var b bytes.Buffer
	require.Error(t, run([]string{"2017-13-01"}, today, &b))
	require.Error(t, run([]string{"2017", "2018"}, today, &b))
	require.Error(t, run([]string{"-json", filepath.Join(t.TempDir(), "no", "such", "dir.json"), "2017"}, today, &b))
}

// The files: the network JSON decodes strictly to a valid network equal to
// the reference one, and the CSV has one row per membership with the
// documented columns.
func TestFiles(t *testing.T) {
	dir := t.TempDir()
	jsonPath, csvPath := filepath.Join(dir, "network.json"), filepath.Join(dir, "memberships.csv")
	output(t, "-json", jsonPath, "-csv", csvPath, "2020-04-01")

	n, ps, err := network.DecodeFile(jsonPath, vocab.DecodeOptions{})
	require.NoError(t, err)
	assert.Empty(t, ps)
	want, err := reference.Network().MarshalIndent()
	require.NoError(t, err)
	got, err := n.MarshalIndent()
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))

	f, err := os.Open(csvPath)
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.Equal(t, []string{"centre", "organisation", "role", "from", "to", "precision", "source"}, rows[0])
	assert.Len(t, rows[1:], len(reference.Network().Memberships()))
	assert.Contains(t, rows, []string{"imperial-ahsc", "rbht", "partner", "2016-07", "2021-01-31", "month/day",
		"https://www.eurekalert.org/pub_releases/2016-07/icl-o1m071316.php https://www.imperial.nhs.uk/about-us/news/over-1-million-patients-to-benefit-from-expanded-academic-health-science-centre-in-north-west-london https://rbht.nhs.uk/node/2823"})
	assert.Contains(t, rows, []string{"khp", "kcl", "founding-partner", "2009", "", "year",
		"https://kingshealthpartners.org/latest/kings-health-partners-celebrates-15-years-pioneering-healthcare https://www.kingshealthpartners.org/about-us/our-strategy-to-2030 https://docslib.org/doc/4862478/annual-report-2009-10 https://parallelparliament.co.uk/debate/2019-07-02/lords/grand-committee/academic-health-science-centres"})
}

// A partial date spanning two designation rounds: the centres designated in
// both are counted and listed with both designations, never reported "not
// designated".
func TestPartialDateDesignations(t *testing.T) {
	out := output(t, "2014")
	assert.Contains(t, out, "Designated academic health science centres on 2014: 6 (6 of them not certainly throughout 2014)\n")
	for _, id := range []string{"cuhp", "khp", "imperial-ahsc", "mahsc", "uclpartners"} {
		assert.NotContains(t, out, "("+id+"): not designated")
		assert.Contains(t, out, "("+id+"): certainly designated during part of 2014\n"+
			"  designation: 2009 round, 2009-03-09/2014-03, issued by Department of Health (possibly)\n"+
			"  designation: 2014 round, 2014-04/2020-03-31, issued by Department of Health (possibly)\n")
	}
	assert.Contains(t, out, "(oahp): certainly designated during part of 2014\n"+
		"  designation: 2014 round, 2014-04/2020-03-31, issued by Department of Health (possibly)\n")
	assert.Contains(t, out, "(bhp): not designated on 2014\n")

	// A month in which the 2014 round is certainly in force throughout.
	out = output(t, "2015-06")
	assert.Contains(t, out, "on 2015-06: 6\n")
	assert.Contains(t, out, "(khp): 2014 round, 2014-04/2020-03-31, issued by Department of Health\n")
}

// -h and -help print the usage and succeed (exit 0), as validate's do.
func TestHelp(t *testing.T) {
	for _, arg := range []string{"-h", "-help", "--help"} {
		var b bytes.Buffer
		require.NoError(t, run([]string{arg}, today, &b), arg)
		assert.Contains(t, b.String(), "usage: network [-json FILE] [-csv FILE] [DATE]\n", arg)
		assert.NotContains(t, b.String(), "Designated", arg)
	}
}
