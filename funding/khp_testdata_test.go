package funding_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/funding"
)

var update = flag.Bool("update", false, "rewrite testdata/khp-*.json from ahsc/reference")

// King's Health Partners' illustrative ledger and policy as the examples
// read them: the examples decode these committed files rather than import
// ahsc/reference, so a reader can copy them.
const (
	khpLedgerFile = "testdata/khp-ledger.json"
	khpPolicyFile = "testdata/khp-policy.json"
)

// The committed KHP ledger and policy are ahsc/reference's, encoded;
// regenerate them with go test ./funding -run TestKHPTestdata -update.
func TestKHPTestdata(t *testing.T) {
	check := func(t *testing.T, file string, v any, decode func([]byte) (any, error)) {
		want, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, '\n')
		if *update {
			if err := os.WriteFile(file, want, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%s is stale; run go test ./funding -run TestKHPTestdata -update", file)
		}
		d, err := decode(got)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(v, d, vocabtest.CmpOptions()...); diff != "" {
			t.Fatalf("%s decodes to another document (-ahsc/reference +file):\n%s", file, diff)
		}
	}
	t.Run("ledger", func(t *testing.T) {
		check(t, khpLedgerFile, reference.KHPLedger(), func(b []byte) (any, error) {
			d, _, err := funding.DecodeLedger(bytes.NewReader(b), vocab.DecodeOptions{})
			return d, err
		})
	})
	t.Run("policy", func(t *testing.T) {
		check(t, khpPolicyFile, reference.KHPPolicy(), func(b []byte) (any, error) {
			d, _, err := funding.DecodePolicy(bytes.NewReader(b), vocab.DecodeOptions{})
			return d, err
		})
	})
}
