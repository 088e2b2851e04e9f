package funding_test

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/funding"
)

// FuzzDecodePolicy: DecodePolicy never panics; whatever it accepts
// re-encodes and decodes to an equal policy, and encoding/json decodes the
// same encoding to the same rules.
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
	f.Fuzz(func(t *testing.T, data []byte) {
		p, _, err := funding.DecodePolicy(bytes.NewReader(data), vocab.DecodeOptions{})
		if err != nil {
			if len(vocab.ProblemsOf(err)) == 0 {
				t.Fatalf("the error is not a vocab.Problems: %v", err)
			}
			return
		}
		out, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("accepted policy does not encode: %v", err)
		}
		again, _, err := funding.DecodePolicy(bytes.NewReader(out), vocab.DecodeOptions{})
		if err != nil {
			t.Fatalf("re-decoding our own encoding failed: %v\n%s", err, out)
		}
		var plain funding.Policy
		if err := json.Unmarshal(out, &plain); err != nil {
			t.Fatalf("encoding/json rejects our encoding: %v\n%s", err, out)
		}
		for _, got := range []*funding.Policy{again, &plain} {
			if diff := cmp.Diff(p, got, append(vocabtest.CmpOptions(), cmpopts.EquateEmpty())...); diff != "" {
				t.Fatalf("re-decoded policy differs:\n%s", diff)
			}
		}
	})
}

// FuzzDecodeLedger: DecodeLedger never panics; whatever it accepts
// re-encodes, decodes to an equal ledger and evaluates against the KHP
// policy without error.
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
	f.Fuzz(func(t *testing.T, data []byte) {
		l, _, err := funding.DecodeLedger(bytes.NewReader(data), vocab.DecodeOptions{})
		if err != nil {
			return
		}
		out, err := json.Marshal(l)
		if err != nil {
			t.Fatalf("accepted ledger does not encode: %v", err)
		}
		again, _, err := funding.DecodeLedger(bytes.NewReader(out), vocab.DecodeOptions{})
		if err != nil {
			t.Fatalf("re-decoding our own encoding failed: %v\n%s", err, out)
		}
		if diff := cmp.Diff(l, again, append(vocabtest.CmpOptions(), cmpopts.EquateEmpty())...); diff != "" {
			t.Fatalf("re-decoded ledger differs:\n%s", diff)
		}
		if _, err := funding.Evaluate(l, policy, vocab.Date{}, testEnv); err != nil {
			t.Fatalf("a valid ledger does not evaluate: %v", err)
		}
	})
}
