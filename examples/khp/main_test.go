package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
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
		"reviewer-d of award pharma-precision held a hard conflict", "84.9% → red", "85.0% → green"} {
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
	got, _, err := ahsc.Decode(strings.NewReader(out.String()), vocab.DecodeOptions{})
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
