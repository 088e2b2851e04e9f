package programme_test

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
	"github.com/ahsckit/ahsckit/programme"
)

var update = flag.Bool("update", false, "rewrite testdata/khp-portfolio.json from ahsc/reference")

// khpFile is King's Health Partners' portfolio as the examples read it: the
// package examples decode this committed file rather than import
// ahsc/reference, so a reader can copy them.
const khpFile = "testdata/khp-portfolio.json"

// The committed KHP portfolio is ahsc/reference's, encoded; regenerate it
// with go test ./programme -run TestKHPTestdata -update.
func TestKHPTestdata(t *testing.T) {
	want, err := json.MarshalIndent(reference.KHPPortfolio(), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, '\n')
	if *update {
		if err := os.WriteFile(khpFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(khpFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale; run go test ./programme -run TestKHPTestdata -update", khpFile)
	}
	d, _, err := programme.Decode(bytes.NewReader(got), vocab.DecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(reference.KHPPortfolio(), d, vocabtest.CmpOptions()...); diff != "" {
		t.Fatalf("%s decodes to another portfolio (-ahsc/reference +file):\n%s", khpFile, diff)
	}
}
