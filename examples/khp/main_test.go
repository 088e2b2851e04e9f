package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/internal/khp"
)

func TestKHPValidatesWithoutProblems(t *testing.T) {
	c := khp.Centre()
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
	require.Contains(t, out.String(), "Designation in force: 2014 round")
	require.Error(t, run([]string{"-asof", "2015-13-01"}, &bytes.Buffer{}))
}

func TestJSONRoundTripsThroughStrictDecode(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"-json"}, &out))
	got, err := ahsc.Decode(strings.NewReader(out.String()))
	require.NoError(t, err)
	if diff := cmp.Diff(khp.Centre(), got, append(vocabtest.CmpOptions(), cmpopts.EquateEmpty())...); diff != "" {
		t.Fatalf("JSON round trip changed KHP (-want +got):\n%s", diff)
	}
	require.NoError(t, got.Validate())
}

func TestCanonicalOutput(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"-canonical"}, &out))
	want, err := khp.Centre().Canonical()
	require.NoError(t, err)
	require.Equal(t, string(want)+"\n", out.String())
}
