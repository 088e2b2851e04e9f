package ahsc_test

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/internal/khp"
)

// FuzzDecode: Decode never panics, and whatever it accepts re-encodes and
// decodes to an equal centre. Seeds include the whole KHP document, which
// is large: cap minimisation or the fuzzer spends minutes minimising it
// with its exec counter frozen:
//
//	go test -run XXX -fuzz FuzzDecode -fuzztime 60s -fuzzminimizetime 2s ./ahsc
func FuzzDecode(f *testing.F) {
	full, err := khp.Centre().MarshalIndent()
	if err != nil {
		f.Fatal(err)
	}
	small, _ := smallCentre().MarshalIndent()
	for _, seed := range [][]byte{full, small, []byte(`{}`), []byte(`{"version":"1.0","partners":[{"id":"A"}]}`),
		[]byte(`{"version":"1.0","id":"x","id":"x"}`), []byte(`[]`), []byte(`{"version":"2.0"}`)} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, _, err := ahsc.Decode(bytes.NewReader(data), vocab.DecodeOptions{})
		if err != nil {
			return
		}
		out, err := c.MarshalIndent()
		if err != nil {
			t.Fatalf("accepted centre does not encode: %v", err)
		}
		again, _, err := ahsc.Decode(bytes.NewReader(out), vocab.DecodeOptions{})
		if err != nil {
			t.Fatalf("re-decoding our own encoding failed: %v\n%s", err, out)
		}
		if diff := cmp.Diff(c, again, append(vocabtest.CmpOptions(), cmpopts.EquateEmpty())...); diff != "" {
			t.Fatalf("re-decoded centre differs:\n%s", diff)
		}
	})
}
