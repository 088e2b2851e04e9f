package main

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

func TestKHPValidatesWithoutProblems(t *testing.T) {
	c := reference.KingsHealthPartners()
	ps := c.Problems()
	require.Empty(t, ps, "KHP has problems:\n%v", ps)
}

func TestSummaryIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	require.NoError(t, run(nil, &a))
	require.NoError(t, run(nil, &b))
	require.Equal(t, a.String(), b.String())
	for _, want := range []string{"Partners (4):", "GB-NHS-RJ1", "GB-UKPRN-10003645", "0 errors, 0 warnings",
		// The conflict is found only because the Centre wires governance's
		// interests register into funding's evaluation.
		"reviewer-d of award pharma-precision held a hard conflict", "84.9% → red", "85.0% → green",
		// The 30% cap's counterfactual and the imaging centre's utilisation
		// (illustrative figures).
		"declined GBP 814,285.72 of illustrative-pharma's private money for precision-medicine in 2024-25",
		"programme precision-medicine 2024-25 private share: 57.1% → 30.0%",
		"centre's private share 2024-25: 17.5% → 6.4%",
		"deferred GBP 814,285.72 of illustrative-pharma's private money for precision-medicine in 2024-25 to 2025-26",
		"left for care 540, care demand 500: 92.6% utilised",
		"left for care 480, care demand 500: 104.2% utilised, 20 scans a week short"} {
		require.Contains(t, a.String(), want)
	}
}

func TestAsOfChangesTheAnswer(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"-asof", "2015-06-01"}, &out))
	require.Contains(t, out.String(), "Designation in force: 2014 round, 2014-04/2020-03-31, issued by Department of Health\n")
	out.Reset()
	require.NoError(t, run([]string{"-asof", "2020-06-01"}, &out))
	require.Contains(t, out.String(), "Designation in force: 2020 round, 2020-04-01/2025-03-31, issued by National Institute for Health Research, NHS England, NHS Improvement\n")
	require.Error(t, run([]string{"-asof", "2015-13-01"}, &bytes.Buffer{}))
}

// KHP's partnership began in 2009, a year: on a day in 2009 the partners
// are possible, not certain, and the program says so; a month works as the
// date too.
func TestPartialDatesInTheSummary(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"-asof", "2009-06-01"}, &out))
	require.Contains(t, out.String(), "Partners (0):\n")
	require.Contains(t, out.String(), "Possibly partners on 2009-06-01 (membership dates known only to the month or year): gstt (2009/..), kch (2009/..), kcl (2009/..), slam (2009/..)")
	out.Reset()
	require.NoError(t, run([]string{"-asof", "2010-01"}, &out))
	require.Contains(t, out.String(), "Partners (4):\n")
	require.Contains(t, out.String(), "founding-partner since 2009\n")
}

// Every line that prints an invented figure says so on the same line:
// the label comes from the data, not from the program.
func TestIllustrativeFiguresAreMarked(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(nil, &out))
	text := out.String()
	start := strings.Index(text, "\nGovernance (")
	end := strings.Index(text, "\nValidation:")
	require.True(t, start > 0 && end > start, text)
	marked := 0
	for _, line := range strings.Split(text[start:end], "\n") {
		if strings.ContainsAny(line, "%") || strings.Contains(line, "voting member") || strings.Contains(line, "GBP") ||
			strings.Contains(line, "breach") || strings.Contains(line, "pipeline:") || strings.Contains(line, "latest") {
			require.Contains(t, line, "[illustrative]", "an invented figure without its label")
			marked++
		}
	}
	require.Greater(t, marked, 15)
	// Sourced facts carry no label.
	require.NotContains(t, text[:start], "[illustrative]")
}

func TestJSONRoundTripsThroughStrictDecode(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"-json"}, &out))
	got, _, err := ahsc.Decode(strings.NewReader(out.String()), vocab.DecodeOptions{})
	require.NoError(t, err)
	if diff := cmp.Diff(reference.KingsHealthPartners(), got, append(vocabtest.CmpOptions(), cmpopts.EquateEmpty())...); diff != "" {
		t.Fatalf("JSON round trip changed KHP (-want +got):\n%s", diff)
	}
	require.NoError(t, got.Validate())
}

func TestCanonicalOutput(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"-canonical"}, &out))
	want, err := reference.KingsHealthPartners().Canonical()
	require.NoError(t, err)
	require.Equal(t, string(want)+"\n", out.String())
}

// TestPlurals: counts agree with their nouns ("1 breach", never
// "1 breaches").
func TestPlurals(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(nil, &out))
	text := out.String()
	require.Contains(t, text, ": 1 breach, 0 warnings [illustrative]\n")
	require.Contains(t, text, ": 0 breaches, 0 warnings [illustrative]\n")
	require.Regexp(t, `Governance \([0-9]+ bodies\)`, text)
	require.NotRegexp(t, `\b1 (breaches|warnings|errors|funders|awards|bodies|programmes|facilities|voting members)\b`, text)
}

// TestHelp: -h and -help print the usage (on stderr) and succeed (exit 0),
// as validate's do, without printing the report.
func TestHelp(t *testing.T) {
	for _, arg := range []string{"-h", "-help"} {
		var out bytes.Buffer
		require.NoError(t, run([]string{arg}, &out), arg)
		require.Empty(t, out.String(), arg)
	}
	require.Error(t, run([]string{"-no-such-flag"}, io.Discard))
}
