package ahscmodel_test

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/sim/ahscmodel"
	"github.com/ahsckit/ahsckit/ahsc/sim/ahscmodel/ahscmodeltest"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

func sqrt(x float64) float64 { return math.Sqrt(x) }

func TestGeneratedCasesAreValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahscmodeltest.Cases().Draw(t, "case")
		if ps := ahscmodel.Check(c.Scenario, c.Inputs); ps.HasErrors() {
			t.Fatalf("generated case has problems: %v", ps)
		}
	})
}

// TestMutationsReportedAtTheirPath: each defect is reported by Check at
// its path with its type, and New fails.
func TestMutationsReportedAtTheirPath(t *testing.T) {
	for _, kind := range ahscmodeltest.ScenarioMutationKinds() {
		t.Run(kind, func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) {
				m := ahscmodeltest.MutatedScenario(kind).Draw(t, "mutation")
				ps := ahscmodel.Check(m.Value.Scenario, m.Value.Inputs)
				if !slices.ContainsFunc(ps, func(p *vocab.Problem) bool {
					return p.Pointer() == m.Path.JSONPointer() && p.Type == m.Type
				}) {
					t.Fatalf("%s: want %s at %q, got %v", m.Kind, m.Type, m.Path.JSONPointer(), ps)
				}
				_, err := ahscmodel.New(m.Value.Scenario, m.Value.Inputs)
				if err == nil || !errors.Is(err, m.Type) {
					t.Fatalf("%s: New: %v", m.Kind, err)
				}
			})
		})
	}
}

// TestConservation: at every step, projects entering t0 are in the
// pipeline, failed or adopted, and each pathway's initial list and
// referrals are treated, waiting or turned away.
func TestConservation(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahscmodeltest.Cases().Draw(t, "case")
		m := mustModel(t, c.Scenario, c.Inputs)
		run(t, m, c.Scenario, rapid.Uint64().Draw(t, "seed"), 0, func(week int, r *ahscmodel.Replication, _ []float64) {
			tc, in := r.Translation()
			if tc.Entered != int64(in)+tc.Failed+tc.Adopted || tc.Lapsed > tc.Failed {
				t.Fatalf("week %d: entered %d ≠ in pipeline %d + failed %d + adopted %d", week, tc.Entered, in, tc.Failed, tc.Adopted)
			}
			for i, cc := range r.Care() {
				if cc.Initial+cc.Referrals != cc.Treated+cc.Waiting+cc.TurnedAway {
					t.Fatalf("week %d pathway %d: %+v does not balance", week, i, cc)
				}
			}
		})
	})
}

func sum(v []int64) int64 {
	var s int64
	for _, x := range v {
		s += x
	}
	return s
}

// TestMoneyInEqualsMoneyOut: per year and cell, offered + carried in +
// backfilled = kept + refused + deferred + expired, nothing is negative,
// what one year defers the next carries in, and each year's research
// purses balance (opening + released = spent + closing, chained from year
// to year, released = kept in every year the grid covers whole).
func TestMoneyInEqualsMoneyOut(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahscmodeltest.Cases().Draw(t, "case")
		if rapid.Bool().Draw(t, "forceCap") {
			c.Scenario.Centre.Funding.Cap = ahscmodeltest.Cap().Draw(t, "cap")
		}
		m := mustModel(t, c.Scenario, c.Inputs)
		r := run(t, m, c.Scenario, rapid.Uint64().Draw(t, "seed"), 0, nil)
		ys := r.Funding()
		for k, y := range ys {
			for i := range y.Offered {
				in := y.Offered[i] + y.CarriedIn[i] + y.Backfilled[i]
				out := y.Kept[i] + y.Refused[i] + y.Deferred[i] + y.Expired[i]
				if in != out {
					t.Fatalf("%s cell %d: in %d ≠ out %d (%+v)", y.Year, i, in, out, y)
				}
				for _, v := range []int64{y.Offered[i], y.CarriedIn[i], y.Backfilled[i], y.Kept[i], y.Refused[i], y.Deferred[i], y.Expired[i]} {
					if v < 0 {
						t.Fatalf("%s cell %d: negative amount in %+v", y.Year, i, y)
					}
				}
				if k > 0 && y.CarriedIn[i] != ys[k-1].Deferred[i] {
					t.Fatalf("%s cell %d: carried in %d, %s deferred %d", y.Year, i, y.CarriedIn[i], ys[k-1].Year, ys[k-1].Deferred[i])
				}
			}
		}
		ps := r.Purses()
		for k, p := range ps {
			if p.Opening+p.Released != p.Spent+p.Closing || p.Opening < 0 || p.Closing < 0 {
				t.Fatalf("%s: purses %+v do not balance", p.Year, p)
			}
			if k > 0 && p.Opening != ps[k-1].Closing {
				t.Fatalf("%s opens with %d, %s closed with %d", p.Year, p.Opening, ps[k-1].Year, ps[k-1].Closing)
			}
			if k > 0 && k < len(ps)-1 && p.Released != sum(ys[k].Kept) {
				t.Fatalf("%s released %d of %d kept", p.Year, p.Released, sum(ys[k].Kept))
			}
			if p.Released > sum(ys[k].Kept) {
				t.Fatalf("%s released %d, more than the %d kept", p.Year, p.Released, sum(ys[k].Kept))
			}
		}
	})
}

// findingsOf evaluates rule on the money of one year and returns the
// findings' count.
func findingsOf(t *rapid.T, cur funding.Currency, cells []ahscmodel.Cell, y vocab.FinancialYear, money []int64, rule funding.PrivateShareCap) int {
	l, err := ahscmodel.Ledger(cur, cells, []vocab.FinancialYear{y}, [][]int64{money})
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Validate(); err != nil {
		t.Fatalf("materialised ledger is invalid: %v", err)
	}
	ev, err := funding.Evaluate(l, &funding.Policy{Rules: funding.Rules{rule}}, vocab.Date{}, funding.Env{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range ev.Findings {
		if !strings.HasSuffix(f.Subject, " "+y.String()) {
			t.Fatalf("finding %q is not about %s", f.Subject, y)
		}
	}
	return len(ev.Findings)
}

// TestVerdictsEqualEvaluate: the model's verdicts are funding.Evaluate's
// on the materialised ledger, year by year: each applied cap's breaches
// on the money offered, the policy caps' findings on the money kept, and
// no breach of any cap it applied (the policy's, when the scenario applies
// it, and its own).
func TestVerdictsEqualEvaluate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahscmodeltest.Cases().Draw(t, "case")
		c.Scenario.Centre.Funding.Cap = ahscmodeltest.Cap().Draw(t, "cap")
		m := mustModel(t, c.Scenario, c.Inputs)
		r, err := m.NewReplication(streams(rapid.Uint64().Draw(t, "seed")))
		if err != nil {
			t.Fatal(err)
		}
		cells, cur := m.Cells(), m.Currency()
		for _, y := range r.Funding() {
			for k, pc := range c.Inputs.PolicyCaps {
				if got, want := y.Findings[k], findingsOf(t, cur, cells, y.Year, y.Kept, pc); got != want {
					t.Fatalf("%s policy cap %d: model %d findings, Evaluate %d", y.Year, k, got, want)
				}
			}
			if !y.Capped {
				continue
			}
			offered := slices.Clone(y.Offered)
			for i, v := range y.CarriedIn {
				offered[i] += v
			}
			for k, cp := range m.Caps() {
				rule := funding.PrivateShareCap{Scope: cp.Scope, Cap: cp.Cap, Classes: cp.Classes}
				if got, want := y.CapBreaches[k], findingsOf(t, cur, cells, y.Year, offered, rule); got != want {
					t.Fatalf("%s cap %d: model %d breaches, Evaluate %d", y.Year, k, got, want)
				}
				if n := findingsOf(t, cur, cells, y.Year, y.Kept, rule); n != 0 {
					t.Fatalf("%s: the money kept breaches cap %d it applied %d times: %+v", y.Year, k, n, y)
				}
			}
		}
	})
}

// TestFullCapIsNoCap: a cap of 100% in any scope and mode gives output
// identical to no cap: every metric both report, week by week, and every
// year's money; the metrics only the capped run reports are zero.
func TestFullCapIsNoCap(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahscmodeltest.Cases().Draw(t, "case")
		c.Scenario.Centre.Funding.Cap, c.Scenario.Centre.Funding.ApplyPolicy = nil, nil
		capped := c.Scenario.Clone()
		capped.Centre.Funding.Cap = ahscmodeltest.Cap().Draw(t, "cap")
		capped.Centre.Funding.Cap.Cap = vocab.IntRatio(1)
		a, b := mustModel(t, c.Scenario, c.Inputs), mustModel(t, capped, c.Inputs)
		seed := rapid.Uint64().Draw(t, "seed")
		var rowsA [][]float64
		ra := run(t, a, c.Scenario, seed, 1, func(_ int, _ *ahscmodel.Replication, out []float64) { rowsA = append(rowsA, slices.Clone(out)) })
		week := 0
		rb := run(t, b, capped, seed, 1, func(w int, _ *ahscmodel.Replication, out []float64) {
			for j, mt := range b.Metrics() {
				i := metricIndex(a, mt.Name)
				switch {
				case i < 0 && out[j] != 0:
					t.Fatalf("week %d: %s = %v under a 100%% cap", w, mt.Name, out[j])
				case i >= 0 && out[j] != rowsA[week][i]:
					t.Fatalf("week %d: %s = %v under a 100%% cap, %v without", w, mt.Name, out[j], rowsA[week][i])
				}
			}
			week++
		})
		// A backfill adds cells; the cells both have come first, in the same order.
		for k, y := range rb.Funding() {
			x := ra.Funding()[k]
			n := len(x.Kept)
			if !slices.Equal(y.Kept[:n], x.Kept) || !slices.Equal(y.Offered[:n], x.Offered) || slices.ContainsFunc(y.CapBreaches, func(b int) bool { return b != 0 }) ||
				sum(y.Kept[n:])+sum(y.Offered[n:])+sum(y.Refused)+sum(y.Deferred)+sum(y.Expired)+sum(y.Backfilled)+sum(y.CarriedIn) != 0 {
				t.Fatalf("%s: 100%% cap %+v, no cap %+v", y.Year, y, x)
			}
		}
	})
}

// TestMoreCapacityNeverLengthensTheList: with common random numbers (the
// same seed and replication), more capacity on a facility or more slots
// of a pathway's own never makes any waiting list longer in any week.
func TestMoreCapacityNeverLengthensTheList(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahscmodeltest.Cases().Draw(t, "case")
		more := c.Scenario.Clone()
		care := more.Centre.Care
		extra := rapid.IntRange(0, 50).Draw(t, "extra")
		if i := rapid.IntRange(0, len(care.Facilities)+len(care.Pathways)-1).Draw(t, "where"); i < len(care.Facilities) {
			f := &care.Facilities[i]
			// The capacity the model runs on, from the scenario or the documents.
			base := parameter(t, mustModel(t, c.Scenario, c.Inputs), "care/facilities/"+string(f.Facility)+"/capacity-per-week")
			capacity, err := strconv.Atoi(base.Value)
			if err != nil {
				t.Fatal(err)
			}
			capacity += extra
			f.CapacityPerWeek = &capacity
		} else if w := &care.Pathways[i-len(care.Facilities)]; w.SlotsPerWeek != nil {
			slots := *w.SlotsPerWeek + extra
			w.SlotsPerWeek = &slots
		}
		a, b := mustModel(t, c.Scenario, c.Inputs), mustModel(t, more, c.Inputs)
		seed := rapid.Uint64().Draw(t, "seed")
		var lists [][]int
		run(t, a, c.Scenario, seed, 0, func(_ int, r *ahscmodel.Replication, _ []float64) {
			var l []int
			for _, w := range r.Week() {
				l = append(l, w.Waiting)
			}
			lists = append(lists, l)
		})
		k := 0
		run(t, b, more, seed, 0, func(week int, r *ahscmodel.Replication, _ []float64) {
			for i, w := range r.Week() {
				if w.Waiting > lists[k][i] {
					t.Fatalf("week %d pathway %d: %d waiting with more capacity, %d without", week, i, w.Waiting, lists[k][i])
				}
			}
			k++
		})
	})
}

// TestTighterCapsKeepLessPrivateMoney: in decline mode, with the same
// offers (common random numbers), a lower cap keeps no more private money
// and refuses no less, every year, for the centre and each programme.
func TestTighterCapsKeepLessPrivateMoney(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahscmodeltest.Cases().Draw(t, "case")
		c.Scenario.Centre.Funding.ApplyPolicy = nil
		scope := rapid.SampledFrom(funding.Scopes().Values()).Draw(t, "scope")
		lo := rapid.Int64Range(0, 100).Draw(t, "low")
		hi := rapid.Int64Range(lo, 100).Draw(t, "high")
		at := func(pct int64) *ahscmodel.Replication {
			s := c.Scenario.Clone()
			s.Centre.Funding.Cap = &scenario.FundingCap{Scope: scope, Cap: vocab.Percent(pct), Mode: scenario.CapDecline}
			r, err := mustModel(t, s, c.Inputs).NewReplication(streams(7))
			if err != nil {
				t.Fatal(err)
			}
			return r
		}
		a, b := at(lo), at(hi)
		s := c.Scenario.Clone()
		s.Centre.Funding.Cap = nil
		m := mustModel(t, s, c.Inputs)
		for k, ya := range a.Funding() {
			yb := b.Funding()[k]
			for i, cell := range m.Cells() {
				if cell.Class != funding.FunderClassPrivate {
					if ya.Kept[i] != yb.Kept[i] {
						t.Fatalf("%s: a cap changed non-private cell %d", ya.Year, i)
					}
					continue
				}
				if ya.Kept[i] > yb.Kept[i] || ya.Refused[i] < yb.Refused[i] {
					t.Fatalf("%s cell %d: cap %d%% keeps %d refuses %d; cap %d%% keeps %d refuses %d",
						ya.Year, i, lo, ya.Kept[i], ya.Refused[i], hi, yb.Kept[i], yb.Refused[i])
				}
			}
		}
	})
}

// TestDeterministicReplications: a replication's values depend only on the
// seed and the replication, not on what ran before.
func TestDeterministicReplications(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahscmodeltest.Cases().Draw(t, "case")
		m := mustModel(t, c.Scenario, c.Inputs)
		seed := rapid.Uint64().Draw(t, "seed")
		collect := func() [][]float64 {
			var rows [][]float64
			run(t, m, c.Scenario, seed, 3, func(_ int, _ *ahscmodel.Replication, out []float64) { rows = append(rows, slices.Clone(out)) })
			return rows
		}
		first := collect()
		run(t, m, c.Scenario, seed+1, 2, nil)
		if d := cmp.Diff(first, collect()); d != "" {
			t.Fatalf("a replication's values changed (-first +second):\n%s", d)
		}
	})
}

// TestCapperIsApplyChange: the built-in capper applying one cap is
// funding.ApplyChange applying the same change ([ahscmodel.CapChange]) to
// the ledger the offers materialise as, cell by cell and year by year:
// money kept is the counterfactual's after, and the money refused,
// backfilled, deferred out, carried in and expired are its moves. Cells
// are (class, programme) pairs with unallocated money among them; caps
// count one or more classes, in either scope and mode, with a backfill
// by a class the cap does not count.
func TestCapperIsApplyChange(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		programmes := []vocab.ProgrammeID{"", "alpha", "beta", "gamma"}[:rapid.IntRange(1, 4).Draw(t, "programmes")]
		all := funding.FunderClasses().Values()
		var cells []ahscmodel.Cell
		for _, cl := range all {
			for _, p := range programmes {
				if rapid.Bool().Draw(t, "cell") {
					cells = append(cells, ahscmodel.Cell{Class: cl, Programme: p})
				}
			}
		}
		if len(cells) == 0 {
			cells = append(cells, ahscmodel.Cell{Class: funding.FunderClassPrivate, Programme: programmes[0]})
		}
		c := ahscmodeltest.Cap().Draw(t, "cap")
		c.Classes = rapid.SliceOfNDistinct(rapid.SampledFrom(all), 0, 2, func(c funding.FunderClass) funding.FunderClass { return c }).Draw(t, "classes")
		counted := c.Classes
		if len(counted) == 0 {
			counted = []funding.FunderClass{funding.FunderClassPrivate}
		}
		if c.Backfill != nil {
			var free []funding.FunderClass
			for _, cl := range all {
				if !slices.Contains(counted, cl) {
					free = append(free, cl)
				}
			}
			c.Backfill.Class = rapid.SampledFrom(free).Draw(t, "backfillClass")
			for _, cl := range slices.Clone(cells) {
				bc := ahscmodel.Cell{Class: c.Backfill.Class, Programme: cl.Programme}
				if slices.Contains(counted, cl.Class) && !slices.Contains(cells, bc) {
					cells = append(cells, bc)
				}
			}
		}
		first := vocab.MustParseFinancialYear("2026-27")
		nYears := rapid.IntRange(1, 4).Draw(t, "years")
		years := make([]ahscmodel.FundingYear, nYears)
		fys := make([]vocab.FinancialYear, nYears)
		offers := make([][]int64, nYears)
		for k := range years {
			fys[k] = first + vocab.FinancialYear(k)
			offers[k] = make([]int64, len(cells))
			for i := range cells {
				if rapid.IntRange(0, 3).Draw(t, "hasMoney") > 0 {
					offers[k][i] = rapid.Int64Range(1, 5_000_000_000).Draw(t, "minor")
				}
			}
			years[k] = ahscmodel.FundingYear{Year: fys[k], Capped: true, Offered: slices.Clone(offers[k])}
		}
		if err := ahscmodel.NewCapper(*c).Apply(cells, years); err != nil {
			t.Fatal(err)
		}
		l, err := ahscmodel.Ledger(funding.GBP, cells, fys, offers)
		if err != nil {
			t.Fatal(err)
		}
		if sum(slices.Concat(offers...)) == 0 {
			return // an empty ledger: nothing to compare
		}
		cf, err := funding.ApplyChange(l, nil, ahscmodel.CapChange(*c), vocab.Date{}, funding.Env{})
		if err != nil {
			t.Fatalf("ApplyChange: %v", err)
		}
		type key struct {
			y vocab.FinancialYear
			c ahscmodel.Cell
		}
		diffs := map[key]funding.Difference{}
		for _, d := range cf.Differences {
			diffs[key{d.Year, ahscmodel.Cell{Class: d.Class, Programme: d.Programme}}] = d
		}
		for k, y := range years {
			for i, cell := range cells {
				d := diffs[key{fys[k], cell}]
				got := [6]int64{y.Kept[i], y.Refused[i], y.Backfilled[i], y.Deferred[i], y.CarriedIn[i], y.Expired[i]}
				want := [6]int64{d.After.Minor, d.Declined.Minor, d.Backfilled.Minor, d.DeferredOut.Minor, d.DeferredIn.Minor, d.Expired.Minor}
				if got != want {
					t.Fatalf("%s %+v (cap %+v): capper kept, refused, backfilled, deferred, carried in, expired %v; ApplyChange %v",
						fys[k], cell, *c, got, want)
				}
			}
		}
	})
}

// ringFencePasses reports whether funding's ring-fence rule with cap
// passes a ring-fenced line of capacity units from which research drew
// draw: the library's measure of the research share, capacity units
// standing in for minor units.
func ringFencePasses(t *rapid.T, capacity, draw int64, cap vocab.Ratio) bool {
	b := funding.BudgetLine{ID: "facility", Trust: "trust", Year: vocab.MustParseFinancialYear("2026-27"),
		Amount: funding.Amount(funding.GBP, capacity), RingFenced: true}
	if draw > 0 {
		b.Draws = []funding.Draw{{Date: vocab.MustParseDate("2026-04-01"), Amount: funding.Amount(funding.GBP, draw)}}
	}
	l := &funding.Ledger{Version: vocab.CurrentVersion, Currency: funding.GBP, Budgets: []funding.BudgetLine{b}}
	ev, err := funding.Evaluate(l, &funding.Policy{Rules: funding.Rules{funding.RingFence{Cap: cap}}}, vocab.Date{}, funding.Env{})
	if err != nil {
		t.Fatal(err)
	}
	return len(ev.Findings) == 0
}

// TestResearchDrawIsWithinTheRingFenceRule: research's weekly draw on a
// facility never exceeds what funding's ring-fence rule (funding.RingFence,
// at the facility's bound) allows of the facility's weekly capacity, and
// the reserve ⌊min(share, bound) × capacity⌋ is the largest whole draw the
// rule allows when the share reaches the bound.
func TestResearchDrawIsWithinTheRingFenceRule(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahscmodeltest.Cases().Draw(t, "case")
		m := mustModel(t, c.Scenario, c.Inputs)
		type bound struct {
			capacity, reserve int64
			share, ringFence  vocab.Ratio
		}
		var bounds []bound
		for _, f := range c.Scenario.Centre.Care.Facilities {
			name := "care/facilities/" + string(f.Facility) + "/"
			k, err := strconv.ParseInt(parameter(t, m, name+"capacity-per-week").Value, 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			b := bound{capacity: k, share: vocab.MustParseRatio(parameter(t, m, name+"research-share").Value),
				ringFence: vocab.MustParseRatio(parameter(t, m, name+"ring-fence").Value)}
			eff := b.share
			if b.ringFence.Less(eff) {
				eff = b.ringFence
			}
			b.reserve = k * eff.Num() / eff.Den()
			bounds = append(bounds, b)
			if k > 0 && !ringFencePasses(t, k, b.reserve, b.ringFence) {
				t.Fatalf("facility %s: the reserve %d of %d fails the ring-fence %s", f.Facility, b.reserve, k, b.ringFence)
			}
			if k > 0 && !b.share.Less(b.ringFence) && b.reserve < k && ringFencePasses(t, k, b.reserve+1, b.ringFence) {
				t.Fatalf("facility %s: a draw of %d of %d passes the ring-fence %s, so the reserve %d is not the largest", f.Facility, b.reserve+1, k, b.ringFence, b.reserve)
			}
		}
		run(t, m, c.Scenario, rapid.Uint64().Draw(t, "seed"), 0, func(week int, r *ahscmodel.Replication, _ []float64) {
			for f, d := range r.Draws() {
				if b := bounds[f]; int64(d) > b.reserve || b.capacity > 0 && !ringFencePasses(t, b.capacity, int64(d), b.ringFence) {
					t.Fatalf("week %d facility %d: research drew %d of %d, beyond the ring-fence %s", week, f, d, b.capacity, b.ringFence)
				}
			}
		})
	})
}

// TestOutputsSelectTheMetrics: a scenario's outputs report exactly the
// metrics of the families listed, in the model's order, each week with
// the value the run reporting every metric gives.
func TestOutputsSelectTheMetrics(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahscmodeltest.Cases().Draw(t, "case")
		some := c.Scenario.Clone()
		some.Centre.Outputs = rapid.SliceOfNDistinct(rapid.SampledFrom(scenario.Outputs().Values()), 1, 5,
			func(o scenario.Output) scenario.Output { return o }).Draw(t, "outputs")
		a, b := mustModel(t, c.Scenario, c.Inputs), mustModel(t, some, c.Inputs)
		var want []int // b's metrics among a's
		for _, mt := range a.Metrics() {
			family := mt.Name
			for _, f := range []string{"referrals", "treated", "waiting", "performance", "standard-met-weeks", "research-draw"} {
				if strings.HasPrefix(mt.Name, f+"-") && !strings.HasPrefix(mt.Name, "funding") {
					family = f
				}
			}
			if slices.Contains(some.Centre.Outputs, scenario.Output(family)) {
				want = append(want, metricIndex(a, mt.Name))
			}
		}
		if len(b.Metrics()) != len(want) {
			t.Fatalf("outputs %v: %d metrics, want %d", some.Centre.Outputs, len(b.Metrics()), len(want))
		}
		for k, i := range want {
			if b.Metrics()[k] != a.Metrics()[i] {
				t.Fatalf("metric %d: %v, want %v", k, b.Metrics()[k], a.Metrics()[i])
			}
		}
		seed := rapid.Uint64().Draw(t, "seed")
		var all [][]float64
		run(t, a, c.Scenario, seed, 0, func(_ int, _ *ahscmodel.Replication, out []float64) { all = append(all, slices.Clone(out)) })
		w := 0
		run(t, b, some, seed, 0, func(week int, _ *ahscmodel.Replication, out []float64) {
			for k, i := range want {
				if out[k] != all[w][i] {
					t.Fatalf("week %d %s: %v, want %v", week, b.Metrics()[k].Name, out[k], all[w][i])
				}
			}
			w++
		})
	})
}

// sourced reports whether a default's source cites a published source,
// labels the value illustrative, derives it, or says what kind of
// non-fact it is.
func sourced(p ahscmodel.Parameter) bool {
	switch {
	case p.Source == "":
		return false
	case p.Origin == ahscmodel.OriginScenario:
		return p.Source == "the scenario" || strings.HasPrefix(p.Source, "the scenario:")
	case p.Origin == ahscmodel.OriginDocuments:
		return strings.Contains(p.Source, "the centre's")
	}
	for _, ok := range []string{ahscmodel.Illustrative, ahscmodel.SourceBMJ, ahscmodel.SourceBIO, ahscmodel.SourceHRA,
		ahscmodel.ModelChoice, ahscmodel.NotAFact, "derived: ", "the centre's", "none given", "no ring-fence", "every metric"} {
		if strings.Contains(p.Source, ok) {
			return true
		}
	}
	return false
}

// TestEveryParameterHasItsSource: every default, and every parameter of
// a generated point, has a source: the scenario, the documents, a cited
// publication, or a label saying it is illustrative or not a fact.
func TestEveryParameterHasItsSource(t *testing.T) {
	for _, p := range ahscmodel.Defaults() {
		if !sourced(p) {
			t.Errorf("default %s: source %q", p.Name, p.Source)
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		c := ahscmodeltest.Cases().Draw(t, "case")
		for _, p := range mustModel(t, c.Scenario, c.Inputs).Parameters() {
			if !sourced(p) || !ahscmodel.Origins().Contains(p.Origin) {
				t.Fatalf("%s = %s (%s): source %q", p.Name, p.Value, p.Origin, p.Source)
			}
		}
	})
}
