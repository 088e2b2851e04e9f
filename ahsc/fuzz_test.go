package ahsc_test

import (
	"testing"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/internal/decodetest"
)

// FuzzDecode: Decode never panics, keeps its result shape, positions and
// allocation bound, and whatever it accepts validates as Centre.Problems
// does, re-encodes and decodes to an equal centre with the same problems
// (decodetest.Document.Check). Seeds include the whole KHP document, which
// is large: cap minimisation or the fuzzer spends minutes minimising it
// with its exec counter frozen:
//
//	go test -run XXX -fuzz FuzzDecode -fuzztime 60s -fuzzminimizetime 2s ./ahsc
func FuzzDecode(f *testing.F) {
	full, err := reference.KingsHealthPartners().MarshalIndent()
	if err != nil {
		f.Fatal(err)
	}
	small, _ := smallCentre().MarshalIndent()
	for _, seed := range [][]byte{full, small, []byte(`{}`), []byte(`{"version":"1.0","partners":[{"id":"A"}]}`),
		[]byte(`{"version":"1.0","id":"x","id":"x"}`), []byte(`[]`), []byte(`{"version":"2.0"}`)} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) { centres.Check(t, data) })
}

// centres is the public decoder of centres, for decodetest.
var centres = decodetest.Document[ahsc.Centre]{
	Decode:   ahsc.Decode,
	Encode:   (*ahsc.Centre).MarshalIndent,
	Problems: (*ahsc.Centre).Problems,
}
