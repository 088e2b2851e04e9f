package scenario_test

import (
	"encoding/json"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/sim/simtest"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/internal/decodetest"
)

// scenarios is the public decoder of scenarios, for decodetest.
var scenarios = decodetest.Document[scenario.Scenario]{
	Decode:   scenario.Decode,
	Encode:   func(s *scenario.Scenario) ([]byte, error) { return json.Marshal(s) },
	Problems: (*scenario.Scenario).Problems,
}

// Every generated scenario, valid or with one defect, passes the decoder
// checks, and decodes to the problems its Problems method finds, each with
// its position.
func TestDecodeChecks(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(simtest.Scenario(), rapid.Map(simtest.MutatedScenario(),
			func(m vocabtest.Mutation[*scenario.Scenario]) *scenario.Scenario { return m.Value })).Draw(t, "scenario")
		scenarios.CheckValue(t, s)
	})
}
