package scenario_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/sim/simtest"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// FuzzDecode: any input decodes to a valid scenario or to problems, never
// a panic, with the result shape, positions and allocation bound of every
// decoder; what decodes validates as Scenario.Problems does, expands into
// its points and encodes back to a document that decodes equal, byte for
// byte (decodetest.Document.Check and more).
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"version":"1.0","id":"s","start":"2026-04-01","weeks":10,"queue":{"referralsPerWeek":"2","slotsPerWeek":3,"capacity":5}}`,
		`{"version":"1.0","id":"s","start":"2026-04-01","weeks":3,"warmUpWeeks":2,"reporting":"week",` +
			`"pipeline":{"startsPerWeek":"1/2","stages":[{"name":"a","meanWeeks":"2","success":"50%","initial":3}]},` +
			`"sweep":[{"name":"x","parameter":"/pipeline/stages/0/success","values":["0","1/3","1"]}]}`,
		`{"version":"1.0","id":"s","start":"9998-12-31","weeks":10000,"arrivals":{"ratePerWeek":"1e6"}}`,
		`{"version":"1.0","id":"s","start":"2026-04-01","weeks":1,"recruitment":{"sites":1,"shape":"0.001","meanRatePerWeek":"1"},` +
			`"sweep":[{"name":"a","parameter":"/recruitment/sites","values":["1","2"]},{"name":"b","parameter":"/weeks","values":["1","2"]}]}`,
	} {
		f.Add([]byte(s))
	}
	for _, kind := range simtest.ScenarioMutationKinds() {
		b, err := json.Marshal(simtest.MutatedScenario(kind).Example(0).Value)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s := scenarios.Check(t, data)
		if s == nil {
			return
		}
		if _, err := s.Points(); err != nil {
			t.Fatalf("valid scenario has no points: %v", err)
		}
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		again, _, err := scenario.Decode(bytes.NewReader(b), vocab.DecodeOptions{})
		if err != nil {
			t.Fatalf("re-decoding %s: %v", b, err)
		}
		b2, _ := json.Marshal(again)
		if !bytes.Equal(b, b2) {
			t.Fatalf("round trip changed %s into %s", b, b2)
		}
	})
}
