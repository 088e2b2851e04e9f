package funding_test

import (
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/funding/fundingtest"
	"github.com/ahsckit/ahsckit/internal/decodetest"
)

// FuzzDecodePolicy: DecodePolicy never panics and keeps the result shape,
// positions and allocation bound of every decoder; whatever it accepts
// validates as Policy.Problems does, re-encodes and decodes to an equal
// policy with the same problems (decodetest.Document.Check), and
// encoding/json decodes the same encoding to the same rules.
//
//	go test -run XXX -fuzz FuzzDecodePolicy -fuzztime 30s ./funding
func FuzzDecodePolicy(f *testing.F) {
	khp, err := os.ReadFile("testdata/khp-policy.json")
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range []string{string(khp), `{}`, `{"version":"1.0","rules":null}`, `{"version":"1.0","rules":[null]}`,
		`{"version":"1.0","rules":[{"kind":5}]}`, `{"version":"1.0","rules":[{"kind":"ring-fence","kind":"ring-fence","cap":"1"}]}`,
		`{"version":"1.0","rules":[{"kind":"peer-review-required","allAbove":{"minor":1,"currency":"GBP"}}]}`,
		`{"version":"1.0","rules":[{"kind":"private-share-cap","scope":"centre","cap":"1/3","classes":["private","academic"],"year":"2024-25"}]}`} {
		f.Add([]byte(seed))
	}
	for _, kind := range fundingtest.PolicyMutationKinds() {
		if b, err := json.Marshal(fundingtest.MutatedPolicy(kind).Example(0).Value); err == nil {
			f.Add(b) // not a nil rule, which does not encode
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p := policies.Check(t, data)
		if p == nil {
			return
		}
		out, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("accepted policy does not encode: %v", err)
		}
		var plain funding.Policy
		if err := json.Unmarshal(out, &plain); err != nil {
			t.Fatalf("encoding/json rejects our encoding: %v\n%s", err, out)
		}
		if diff := cmp.Diff(p, &plain, append(vocabtest.CmpOptions(), cmpopts.EquateEmpty())...); diff != "" {
			t.Fatalf("encoding/json decodes another policy:\n%s", diff)
		}
	})
}

// FuzzDecodeLedger: DecodeLedger never panics and keeps the result shape,
// positions and allocation bound of every decoder; whatever it accepts
// validates as Ledger.Problems does, re-encodes and decodes to an equal
// ledger with the same problems (decodetest.Document.Check), and evaluates
// against the KHP policy without error.
//
//	go test -run XXX -fuzz FuzzDecodeLedger -fuzztime 30s -fuzzminimizetime 2s ./funding
func FuzzDecodeLedger(f *testing.F) {
	khp, err := os.ReadFile("testdata/khp-ledger.json")
	if err != nil {
		f.Fatal(err)
	}
	policy, err := decodeFile("testdata/khp-policy.json", decodePolicy)
	if err != nil {
		f.Fatal(err)
	}
	small, _ := json.Marshal(twoAwardLedger(3, 7))
	for _, seed := range [][]byte{khp, small, []byte(`{}`), []byte(`{"version":"1.0","currency":"GBP"}`), []byte(`[]`)} {
		f.Add(seed)
	}
	for _, kind := range fundingtest.LedgerMutationKinds() {
		b, err := json.Marshal(fundingtest.MutatedLedger(kind).Example(0).Value)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l := ledgers.Check(t, data)
		if l == nil {
			return
		}
		if _, err := funding.Evaluate(l, policy, vocab.Date{}, testEnv); err != nil {
			t.Fatalf("a valid ledger does not evaluate: %v", err)
		}
	})
}

// FuzzParseCurrency: ParseCurrency never panics; what it accepts is a
// valid code that prints and parses back to itself.
func FuzzParseCurrency(f *testing.F) {
	for _, s := range []string{"GBP", "gbp", "EUR", "", "GB", "GBPX", "£", "G\x00P"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := funding.ParseCurrency(s)
		if err != nil {
			if !errors.Is(err, vocab.ErrInvalid) {
				t.Fatalf("ParseCurrency(%q) error %v is not vocab.ErrInvalid", s, err)
			}
			return
		}
		if !c.IsValid() {
			t.Fatalf("ParseCurrency(%q) = %q, not valid", s, c)
		}
		again, err := funding.ParseCurrency(string(c))
		if err != nil || again != c {
			t.Fatalf("ParseCurrency(%q) = %q, which parses to %q, %v", s, c, again, err)
		}
		decodetest.CheckParseAlloc(t, len(s), func() { _, _ = funding.ParseCurrency(s) })
	})
}

// ledgers and policies are the public decoders of the funding documents,
// for decodetest.
var (
	ledgers = decodetest.Document[funding.Ledger]{
		Decode:   funding.DecodeLedger,
		Encode:   func(l *funding.Ledger) ([]byte, error) { return json.Marshal(l) },
		Problems: (*funding.Ledger).Problems,
	}
	policies = decodetest.Document[funding.Policy]{
		Decode:   decodePolicy,
		Encode:   func(p *funding.Policy) ([]byte, error) { return json.Marshal(p) },
		Problems: (*funding.Policy).Problems,
	}
)

// Every generated ledger and policy, valid or with one defect, passes the
// decoder checks, and decodes to the problems its Problems method finds,
// each with its position.
func TestDecodeChecks(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := rapid.OneOf(fundingtest.Ledger(), rapid.Map(fundingtest.MutatedLedger(),
			func(m vocabtest.Mutation[*funding.Ledger]) *funding.Ledger { return m.Value })).Draw(t, "ledger")
		ledgers.CheckValue(t, l)
		p := rapid.OneOf(fundingtest.Policy(), rapid.Map(fundingtest.MutatedPolicy(),
			func(m vocabtest.Mutation[*funding.Policy]) *funding.Policy { return m.Value })).Draw(t, "policy")
		policies.CheckValue(t, p)
	})
}
