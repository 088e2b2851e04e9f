package programme_test

import (
	"encoding/json"
	"os"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/internal/decodetest"
	"github.com/ahsckit/ahsckit/programme"
	"github.com/ahsckit/ahsckit/programme/programmetest"
)

// portfolios is the public decoder of portfolios, for decodetest.
var portfolios = decodetest.Document[programme.Portfolio]{
	Decode:   programme.Decode,
	Encode:   func(d *programme.Portfolio) ([]byte, error) { return json.Marshal(d) },
	Problems: (*programme.Portfolio).Problems,
}

// FuzzDecode: Decode never panics, keeps its result shape, positions and
// allocation bound, and whatever it accepts validates as
// Portfolio.Problems does, re-encodes and decodes to an equal portfolio
// with the same problems (decodetest.Document.Check). Seeded with the KHP
// portfolio and one of each defect the mutation generator knows.
//
//	go test -run XXX -fuzz FuzzDecode -fuzztime 30s -fuzzminimizetime 2s ./programme
func FuzzDecode(f *testing.F) {
	khp, err := os.ReadFile("testdata/khp-portfolio.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(khp)
	for _, kind := range programmetest.PortfolioMutationKinds() {
		b, err := json.Marshal(programmetest.MutatedPortfolio(kind).Example(0).Value)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{`{}`, `[]`, `{"version":"1.0","programmes":[{}]}`,
		`{"version":"1.0","programmes":[{"id":"p","participants":[{"partner":"kcl","share":"0.` + "3333333333" + `"}]}]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { portfolios.Check(t, data) })
}

// Every generated portfolio, valid or with one defect, passes the decoder
// checks, and decodes to the problems its Problems method finds, each with
// its position.
func TestDecodeChecks(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := rapid.OneOf(programmetest.Portfolio(), rapid.Map(programmetest.MutatedPortfolio(),
			func(m vocabtest.Mutation[*programme.Portfolio]) *programme.Portfolio { return m.Value })).Draw(t, "portfolio")
		portfolios.CheckValue(t, d)
	})
}
