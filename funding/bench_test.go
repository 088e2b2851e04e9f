package funding_test

import (
	"fmt"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

// benchSizes are the ledger sizes benchmarked, in awards (the KHP ledger's
// six awards repeated, with their transactions and budget lines).
var benchSizes = []int{1_000, 10_000, 100_000}

// bigLedger repeats the KHP ledger n times with distinct IDs.
func bigLedger(n int) *funding.Ledger {
	base := reference.KHPLedger()
	l := &funding.Ledger{Version: base.Version, Currency: base.Currency, Funders: base.Funders}
	for i := range n {
		for _, a := range base.Awards {
			a.ID = vocab.AwardID(fmt.Sprintf("%s-%d", a.ID, i))
			l.Awards = append(l.Awards, a)
		}
		for _, tx := range base.Transactions {
			tx.ID = fmt.Sprintf("%s-%d", tx.ID, i)
			tx.Award = vocab.AwardID(fmt.Sprintf("%s-%d", tx.Award, i))
			l.Transactions = append(l.Transactions, tx)
		}
		for _, b := range base.Budgets {
			b.ID = fmt.Sprintf("%s-%d", b.ID, i)
			l.Budgets = append(l.Budgets, b)
		}
	}
	return l
}

// perEntity reports the cost per entity of the benchmark's operation:
// ns/entity, cpu-ns/entity (CPU time, see cpuTime) and allocs/entity
// besides the usual per-operation figures.
func perEntity(b *testing.B, entities int, run func()) {
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0 := cpuTime()
	for b.Loop() {
		run()
	}
	cpu := cpuTime() - cpu0
	runtime.ReadMemStats(&after)
	per := float64(b.N) * float64(entities)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/per, "ns/entity")
	b.ReportMetric(float64(cpu.Nanoseconds())/per, "cpu-ns/entity")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/per, "allocs/entity")
}

// khpCategories is the portfolio's HRCS categories of the KHP programmes
// bigLedger allocates to, so the restricted-purpose rule checks them.
var khpCategories = portfolio{"neuroscience-mental-health": {vocab.HealthMentalHealth, vocab.HealthNeurological},
	"translational-cancer": {vocab.HealthCancer}, "cardiovascular": {vocab.HealthCardiovascular}, "precision-medicine": {vocab.HealthGeneric}}

// BenchmarkEvaluate evaluates the repeated KHP ledger against the KHP
// policy, which has every built-in rule, with interests and programme
// categories; an entity is an award, transaction or budget line.
func BenchmarkEvaluate(b *testing.B) {
	for _, size := range benchSizes {
		l := bigLedger(size / len(reference.KHPLedger().Awards))
		p := reference.KHPPolicy()
		env := funding.Env{Interests: register{}, Programmes: khpCategories}
		b.Run(fmt.Sprintf("awards=%d", len(l.Awards)), func(b *testing.B) {
			perEntity(b, len(l.Awards)+len(l.Transactions)+len(l.Budgets), func() {
				if _, err := funding.Evaluate(l, p, asOf, env); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

// restrictedLedger is one award under n/50 (at least 20) restricted
// conditions, each naming one programme and two HRCS categories, one of
// them generic-health-relevance, disbursed to n/10 programmes (each of two
// categories, alternate ones generic) by n disbursements, one in eight of
// which also names a category; half the spends breach. The second result
// is the portfolio's categories.
func restrictedLedger(n int) (*funding.Ledger, portfolio) {
	cats := vocab.HealthCategories().Values()
	generic := vocab.HealthGeneric
	var others []vocab.HealthCategory
	for _, c := range cats {
		if c != generic {
			others = append(others, c)
		}
	}
	programmes := max(10, n/10)
	prog := func(i int) vocab.ProgrammeID { return vocab.ProgrammeID(fmt.Sprintf("prog-%d", i%programmes)) }
	env := portfolio{}
	for i := range programmes {
		env[prog(i)] = []vocab.HealthCategory{others[i%len(others)], others[(i+7)%len(others)]}
		if i%2 == 0 {
			env[prog(i)][1] = generic
		}
	}
	a := funding.Award{ID: "restricted", Recipient: "kcl", Funders: []funding.FunderShare{{Funder: "wellcome", Share: vocab.IntRatio(1)}},
		AmountAwarded: funding.Pounds(int64(n)), AmountDisbursed: funding.Pounds(int64(n)), AwardDate: vocab.MustParseDate("2024-01-01")}
	for j := range max(20, n/50) {
		a.Conditions = append(a.Conditions, funding.Condition{Kind: funding.ConditionKindRestricted,
			Programmes: []vocab.ProgrammeID{prog(j * 7)}, HealthCategories: []vocab.HealthCategory{others[j%len(others)], generic}})
	}
	l := &funding.Ledger{Version: vocab.CurrentVersion, Currency: funding.GBP,
		Funders: []funding.Funder{{ID: "wellcome", Class: funding.FunderClassPhilanthropic}}, Awards: []funding.Award{a}}
	for i := range n {
		t := funding.Transaction{ID: fmt.Sprintf("t-%d", i), Award: a.ID, Kind: funding.TransactionKindDisbursement,
			Date: vocab.MustParseDate("2024-06-03"), Amount: funding.Pounds(1), Programme: prog(i)}
		if i%8 == 0 {
			t.HealthCategory = cats[i%len(cats)]
		}
		l.Transactions = append(l.Transactions, t)
	}
	return l, env
}

// BenchmarkRestrictedPurpose evaluates the restricted-purpose rule alone
// on one award with many category conditions and 1k, 10k and 100k
// disbursements (restrictedLedger); an entity is a disbursement.
func BenchmarkRestrictedPurpose(b *testing.B) {
	p := &funding.Policy{Version: vocab.CurrentVersion, Rules: funding.Rules{funding.RestrictedPurpose{}}}
	for _, n := range benchSizes {
		l, env := restrictedLedger(n)
		b.Run(fmt.Sprintf("spends=%d", n), func(b *testing.B) {
			perEntity(b, n, func() {
				ev, err := funding.Evaluate(l, p, asOf, funding.Env{Programmes: env})
				if err != nil || len(ev.Findings) < n/4 || len(ev.Findings) > 3*n/4 {
					b.Fatal(err, len(ev.Findings))
				}
			})
		})
	}
}

func BenchmarkValidate(b *testing.B) {
	for _, size := range benchSizes {
		l := bigLedger(size / len(reference.KHPLedger().Awards))
		b.Run(fmt.Sprintf("awards=%d", len(l.Awards)), func(b *testing.B) {
			for b.Loop() {
				if err := l.Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkApportion(b *testing.B) {
	shares := []vocab.Ratio{vocab.MustRatio(1, 3), vocab.MustRatio(1, 7), vocab.MustRatio(2, 9), vocab.MustRatio(1, 11)}
	m := funding.Amount(funding.GBP, 987_654_321_012)
	for b.Loop() {
		if _, _, err := funding.Apportion(m, shares); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkApplyChange applies a 30% cap per programme to the repeated KHP
// ledger, declined and deferred, with the KHP policy evaluated before and
// after.
func BenchmarkApplyChange(b *testing.B) {
	cap30 := funding.PrivateShareCap{Scope: funding.ScopeProgramme, Cap: vocab.Percent(30)}
	for _, size := range benchSizes {
		l := bigLedger(size / len(reference.KHPLedger().Awards))
		for _, c := range []funding.Change{{Rule: cap30, Mode: funding.ChangeModeDecline},
			{Rule: cap30, Mode: funding.ChangeModeDefer, ExpiresAfter: 3}} {
			b.Run(fmt.Sprintf("awards=%d/%s", len(l.Awards), c.Mode), func(b *testing.B) {
				for b.Loop() {
					if _, err := funding.ApplyChange(l, reference.KHPPolicy(), c, asOf, funding.Env{Interests: register{}}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// cpuTime returns the CPU time the process has used, user and system, all
// threads (the collector's included): on a machine shared with other jobs
// it varies less than elapsed time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
