package scenario_test

import (
	"fmt"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// A scenario document with a sweep: its grid of points, first axis slowest.
func Example() {
	s, err := scenario.Decode(strings.NewReader(`{"version": "1.0", "id": "care", "start": "2026-04-01", "weeks": 782,
	 "queue": {"referralsPerWeek": "9.5", "slotsPerWeek": 10, "capacity": 400},
	 "sweep": [{"name": "slots", "parameter": "/queue/slotsPerWeek", "values": ["10", "11", "12"]}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	pts, _ := s.Points()
	for _, p := range pts {
		fmt.Println(p.Index, p.Values[0], p.Scenario.Queue.SlotsPerWeek)
	}
	// Output:
	// 0 10 10
	// 1 11 11
	// 2 12 12
}

func ExampleScenario_Problems() {
	_, err := scenario.Decode(strings.NewReader(`{"version": "1.0", "id": "care", "start": "2026-04-01", "weeks": 52,
	 "queue": {"referralsPerWeek": "9.5", "slotsPerWeek": 10, "capacity": 400},
	 "sweep": [{"name": "slots", "parameter": "/queue/slotPerWeek", "values": ["10"]},
	           {"name": "cap", "parameter": "/queue/capacity", "values": ["0", "1/2"]}]}`))
	for _, p := range vocab.ProblemsOf(err) {
		fmt.Println(p.Pointer(), "—", p)
	}
	// Output:
	// /sweep/0/parameter — sweep[0].parameter: not found: "/queue/slotPerWeek": /queue/slotPerWeek: no such parameter; a sweep sets a ratio or count that the scenario has, outside the sweep
	// /sweep/1/values/0 — sweep[1].values[0]: out of range: "0": makes the scenario invalid at /queue/capacity: queue.capacity: out of range: 0: must be from 1 to 1000000000
	// /sweep/1/values/1 — sweep[1].values[1]: invalid value: "1/2": /queue/capacity is a count: 1/2 is not a whole number (at most 2147483647 in magnitude)
}
