package governance_test

import (
	"encoding/json"
	"os"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/governance/governancetest"
	"github.com/ahsckit/ahsckit/internal/decodetest"
)

// documents is the public decoder of governance documents, for decodetest.
var documents = decodetest.Document[governance.Document]{
	Decode:   governance.Decode,
	Encode:   func(d *governance.Document) ([]byte, error) { return json.Marshal(d) },
	Problems: (*governance.Document).Problems,
}

// FuzzDecode: Decode never panics, keeps its result shape, positions and
// allocation bound, and whatever it accepts validates as Document.Problems
// does, re-encodes and decodes to an equal document with the same problems
// (decodetest.Document.Check). Seeded with the KHP board, generated
// documents and one of each defect the mutation generator knows.
//
//	go test -run XXX -fuzz FuzzDecode -fuzztime 30s -fuzzminimizetime 2s ./governance
func FuzzDecode(f *testing.F) {
	khp, err := os.ReadFile("testdata/khp-board.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(khp)
	for _, kind := range governancetest.DocumentMutationKinds() {
		b, err := json.Marshal(governancetest.MutatedDocument(kind).Example(0).Value)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{`{}`, `[]`, `{"version":"1.0","bodies":[{}]}`, `{"version":"1.0","bodies":[{"id":"b","id":"c"}]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { documents.Check(t, data) })
}

// Every generated document, valid or with one defect, passes the decoder
// checks.
func TestDecodeChecks(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := rapid.OneOf(governancetest.Document(), rapid.Map(governancetest.MutatedDocument(),
			func(m vocabtest.Mutation[*governance.Document]) *governance.Document { return m.Value })).Draw(t, "document")
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		documents.Check(t, b)
	})
}

// A document built in Go decodes to the problems its Problems method
// finds, each with its position.
func TestDecodeReportsWhatValidationFinds(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		documents.CheckValue(t, governancetest.MutatedDocument().Draw(t, "mutation").Value)
	})
}
