package funding_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

// An amount of MaxMinor minor units is valid; one more is out of range,
// in validation of a ledger built in Go and in decoding its JSON, at the
// same pointers.
func TestMaxMinor(t *testing.T) {
	if err := twoAwardLedger(1, funding.MaxMinor).Validate(); err != nil {
		t.Fatalf("MaxMinor: %v", err)
	}
	l := twoAwardLedger(1, funding.MaxMinor+1)
	var got []string
	for _, p := range l.Problems() {
		if p.Type == vocab.ErrOutOfRange {
			got = append(got, p.Pointer())
		}
	}
	want := []string{"/awards/1/amountAwarded/minor", "/awards/1/amountDisbursed/minor", "/transactions/1/amount/minor"}
	if !slices.Equal(got, want) {
		t.Errorf("validation: out of range at %v, want %v", got, want)
	}
	raw, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	_, ps, err := funding.DecodeLedger(bytes.NewReader(raw), vocab.DecodeOptions{})
	if err == nil {
		t.Fatal("decoding accepts an amount beyond MaxMinor")
	}
	got = nil
	for _, p := range ps {
		got = append(got, p.Pointer())
	}
	if !slices.Equal(got, want) {
		t.Errorf("decoding: problems at %v, want %v", got, want)
	}
}
