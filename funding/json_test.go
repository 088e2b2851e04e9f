package funding_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/funding/fundingtest"
)

func TestLedgerJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		data, err := json.Marshal(l)
		require.NoError(t, err)
		got, _, err := funding.DecodeLedger(bytes.NewReader(data), vocab.DecodeOptions{})
		if err != nil {
			t.Fatalf("DecodeLedger(%s): %v", data, err)
		}
		if diff := cmp.Diff(l, got, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

func TestPolicyJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := fundingtest.Policy().Draw(t, "policy")
		data, err := json.Marshal(p)
		require.NoError(t, err)
		strict, _, err := funding.DecodePolicy(bytes.NewReader(data), vocab.DecodeOptions{})
		if err != nil {
			t.Fatalf("DecodePolicy(%s): %v", data, err)
		}
		var plain funding.Policy
		require.NoError(t, json.Unmarshal(data, &plain))
		for _, got := range []*funding.Policy{strict, &plain} {
			if diff := cmp.Diff(p, got); diff != "" {
				t.Fatalf("round trip of %s (-want +got):\n%s", data, diff)
			}
		}
	})
}

func TestRulesJSONCarryKindFirst(t *testing.T) {
	data, err := json.Marshal(funding.Rules{funding.RingFence{Cap: vocab.Percent(5)}, funding.RestrictedPurpose{}})
	require.NoError(t, err)
	assert.JSONEq(t, `[{"kind":"ring-fence","cap":"1/20"},{"kind":"restricted-purpose"}]`, string(data))
	assert.True(t, strings.HasPrefix(string(data), `[{"kind":"ring-fence",`))
}

func TestDecodePolicyReportsProblemsWithPaths(t *testing.T) {
	for _, tc := range []struct {
		name, doc string
		pointer   string
		typ       vocab.ProblemType
	}{
		{"unknown kind", `{"version":"1.0","rules":[{"kind":"ring-fence","cap":"1/2"},{"kind":"nope"}]}`, "/rules/1/kind", vocab.ErrNotSupported},
		{"missing kind", `{"version":"1.0","rules":[{"cap":"1/2"}]}`, "/rules/0/kind", vocab.ErrRequired},
		{"unknown field", `{"version":"1.0","rules":[{"kind":"ring-fence","cap":"1/2","capp":"1"}]}`, "/rules/0/capp", vocab.ErrUnknownField},
		{"bad ratio", `{"version":"1.0","rules":[{"kind":"ring-fence","cap":"lots"}]}`, "/rules/0/cap", vocab.ErrInvalid},
		{"cap above one", `{"version":"1.0","rules":[{"kind":"ring-fence","cap":"3/2"}]}`, "/rules/0/cap", vocab.ErrOutOfRange},
		{"bad scope", `{"version":"1.0","rules":[{"kind":"private-share-cap","scope":"world","cap":"1/2"}]}`, "/rules/0/scope", vocab.ErrNotSupported},
		{"rule not an object", `{"version":"1.0","rules":[7]}`, "/rules/0", vocab.ErrTypeInvalid},
		{"rules not a list", `{"version":"1.0","rules":{}}`, "/rules", vocab.ErrTypeInvalid},
		{"missing version", `{"rules":[]}`, "/version", vocab.ErrRequired},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := funding.DecodePolicy(strings.NewReader(tc.doc), vocab.DecodeOptions{})
			ps := vocab.ProblemsOf(err)
			require.NotEmpty(t, ps, "want a problem")
			assert.Equal(t, tc.pointer, ps[0].Pointer(), ps.Error())
			assert.True(t, errors.Is(ps[0], tc.typ), "%v is not %s", ps[0], tc.typ)
		})
	}
	_, _, err := funding.DecodePolicy(strings.NewReader(`{"version":"1.0","rules":[{"kind":"nope"}]}`), vocab.DecodeOptions{})
	p := vocab.ProblemsOf(err)[0]
	assert.Contains(t, p.Allowed, "ring-fence", "an unknown kind lists the known ones")
}

func TestCustomRules(t *testing.T) {
	doc := []byte(`{"version":"1.0","rules":[{"kind":"max-awards","max":1},{"kind":"ring-fence","cap":"1/10"}]}`)
	_, _, err := funding.DecodePolicy(bytes.NewReader(doc), vocab.DecodeOptions{})
	require.ErrorIs(t, err, vocab.ErrNotSupported, "unregistered kinds are rejected")

	kind := funding.NewRuleKind[maxAwardsRule]("at most a number of awards in the ledger")
	assert.Equal(t, "max-awards", kind.Code())
	p, _, err := funding.DecodePolicy(bytes.NewReader(doc), vocab.DecodeOptions{}, funding.WithRuleKind(kind))
	require.NoError(t, err)
	require.Len(t, p.Rules, 2)
	assert.Equal(t, maxAwardsRule{Max: 1}, p.Rules[0], "a rule whose value implements Rule decodes as a value")

	rep := evaluate(t, twoAwardLedger(1, 1), p)
	require.Len(t, rep.Findings, 1)
	assert.Equal(t, "max-awards", rep.Findings[0].Kind)
	assert.Equal(t, vocab.SeverityError, rep.Findings[0].Severity, "an empty severity is an error")

	out, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, string(doc), string(out), "custom rules marshal with their kind")
}

func TestDecodeLedgerStrict(t *testing.T) {
	_, _, err := funding.DecodeLedger(strings.NewReader(`{"version":"1.0","currency":"GBP","awards":[{"id":"a","Recipient":"kcl"}]}`), vocab.DecodeOptions{})
	ps := vocab.ProblemsOf(err)
	require.NotEmpty(t, ps)
	assert.Equal(t, "/awards/0/Recipient", ps[0].Pointer())
	assert.ErrorIs(t, ps[0], vocab.ErrUnknownField)

	_, _, err = funding.DecodeLedger(strings.NewReader(`{"version":"1.0","currency":"GBP","funders":[{"id":"x","class":"pirate"}]}`), vocab.DecodeOptions{})
	assert.ErrorIs(t, err, vocab.ErrNotSupported)

	_, _, err = funding.DecodeLedger(strings.NewReader(`{"version":"1.0","currency":"GBP","budgets":[{"id":"x","trust":"kch","year":"2024-25","amount":{"minor":99999999999999999999,"currency":"GBP"}}]}`), vocab.DecodeOptions{})
	ps = vocab.ProblemsOf(err)
	require.NotEmpty(t, ps)
	assert.Equal(t, "/budgets/0/amount/minor", ps[0].Pointer(), "a number too large for int64 is reported, never wrapped")
}

// encoding/json decodes rules through the same strict decoder as
// DecodePolicy: unknown kinds and unknown keys are errors with paths below
// the rule list.
func TestRulesUnmarshalJSONIsStrict(t *testing.T) {
	for _, tc := range []struct {
		doc, pointer string
		typ          vocab.ProblemType
	}{
		{`{"rules":[{"kind":"ring-fence","cap":"1/2"},{"kind":"nope"}]}`, "/1/kind", vocab.ErrNotSupported},
		{`{"rules":[{"kind":"ring-fence","cap":"1/2","capp":"1"}]}`, "/0/capp", vocab.ErrUnknownField},
		{`{"rules":[{"kind":"ring-fence","cap":"1/2","cap":"1/3"}]}`, "/0/cap", vocab.ErrDuplicate},
	} {
		var p funding.Policy
		ps := vocab.ProblemsOf(json.Unmarshal([]byte(tc.doc), &p))
		require.NotEmpty(t, ps, tc.doc)
		assert.Equal(t, tc.pointer, ps[0].Pointer(), tc.doc)
		assert.ErrorIs(t, ps[0], tc.typ, tc.doc)
	}
}
