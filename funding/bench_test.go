package funding_test

import (
	"fmt"
	"testing"

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

func BenchmarkEvaluate(b *testing.B) {
	for _, size := range benchSizes {
		l := bigLedger(size / len(reference.KHPLedger().Awards))
		p := reference.KHPPolicy()
		env := funding.Env{Interests: register{}}
		b.Run(fmt.Sprintf("awards=%d", len(l.Awards)), func(b *testing.B) {
			for b.Loop() {
				if _, err := funding.Evaluate(l, p, asOf, env); err != nil {
					b.Fatal(err)
				}
			}
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
