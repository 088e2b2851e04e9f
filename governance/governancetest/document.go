package governancetest

import (
	"fmt"
	"time"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/governance"
)

// Document generates a valid governance document: a council
// (bodies[0]), a board that reports to it (bodies[1], from [Decision])
// with one recorded decision, an interests register, and KPIs owned by the
// board with readings.
func Document() *rapid.Generator[*governance.Document] {
	return rapid.Custom(func(t *rapid.T) *governance.Document {
		s := Decision().Draw(t, "scenario")
		s.Body.ReportsTo = "council"
		council := governance.Body{ID: "council", Name: "Council", Kind: governance.BodyKindCommittee,
			Period: vocab.PeriodFrom(vocab.MustDate(2009, time.April, 1)), Meets: governance.CadenceAnnual}
		d := &governance.Document{Version: vocab.CurrentVersion, Bodies: []governance.Body{council, s.Body},
			Decisions: []governance.Decision{{Body: s.Body.ID, Motion: s.Motion, Present: s.Present, Ballots: s.Ballots}}}
		for i := range rapid.IntRange(0, 3).Draw(t, "interests") {
			d.Interests = append(d.Interests, governance.Interest{
				Person:       vocab.PersonID(fmt.Sprintf("m%d", i)),
				Organisation: vocabtest.ID[vocab.OrgID]().Draw(t, "org"),
				Kind:         rapid.SampledFrom(governance.InterestKinds().Values()).Draw(t, "kind"),
				Severity:     rapid.SampledFrom(governance.ConflictSeverities().Values()).Draw(t, "severity"),
				Period:       vocabtest.Period().Draw(t, "period"),
			})
		}
		for i := range rapid.IntRange(0, 3).Draw(t, "kpis") {
			k := governance.KPI{ID: governance.KPIID(fmt.Sprintf("kpi-%d", i)), Metric: "Metric " + fmt.Sprint(i), Unit: "proportion",
				Target: vocabtest.Target().Draw(t, "target"), Cadence: rapid.SampledFrom(governance.Cadences().Values()).Draw(t, "cadence"),
				Owner: s.Body.ID}
			start := vocab.MustDate(2020, time.April, 1)
			for j := range rapid.IntRange(0, 4).Draw(t, "readings") {
				from := start.AddDays(91 * j)
				k.Readings = append(k.Readings, governance.Reading{Period: vocab.PeriodOf(from, from.AddDays(90)),
					Value: vocabtest.Ratio().Draw(t, "value")})
			}
			d.KPIs = append(d.KPIs, k)
		}
		return d
	})
}
