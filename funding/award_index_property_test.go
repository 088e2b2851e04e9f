package funding_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/funding/fundingtest"
)

// With award IDs repeated and transactions moved between awards, the
// ledger reports exactly the duplicate award IDs and the commitment and
// disbursement reconciliations a plain reference computes: each repeated
// ID at every later award naming the first, and the transactions under an
// ID reconciled against the first award with that ID only.
func TestAwardIndexMatchesReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		if len(l.Awards) == 0 {
			t.Skip("no awards")
		}
		for i := range l.Awards {
			if rapid.IntRange(0, 3).Draw(t, "repeat") == 0 {
				l.Awards[i].ID = l.Awards[rapid.IntRange(0, len(l.Awards)-1).Draw(t, "as")].ID
			}
		}
		for i := range l.Transactions {
			if rapid.IntRange(0, 3).Draw(t, "move") == 0 {
				l.Transactions[i].Award = l.Awards[rapid.IntRange(0, len(l.Awards)-1).Draw(t, "to")].ID
			}
		}
		var got []string
		for _, p := range l.Problems() {
			if strings.Contains(p.Detail, "first used at") && strings.HasPrefix(p.Pointer(), "/awards/") ||
				strings.Contains(p.Detail, "transactions total") {
				got = append(got, p.Pointer()+" "+p.Detail)
			}
		}
		want := referenceAwardProblems(l)
		slices.Sort(want) // the ledger lists them in document order
		slices.Sort(got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("(-reference +got):\n%s", diff)
		}
	})
}

// referenceAwardProblems is the straightforward computation: a map of the
// first index of each award ID, and a map of totals by ID.
func referenceAwardProblems(l *funding.Ledger) []string {
	var out []string
	first := map[vocab.AwardID]int{}
	for i, a := range l.Awards {
		if j, ok := first[a.ID]; ok && a.ID != "" {
			out = append(out, fmt.Sprintf("/awards/%d/id first used at awards[%d].id", i, j))
		} else if !ok {
			first[a.ID] = i
		}
	}
	type totals struct {
		committed, disbursed funding.Money
		any, overflow        bool
	}
	sums := map[vocab.AwardID]*totals{}
	for _, tr := range l.Transactions {
		if _, ok := first[tr.Award]; !ok || tr.Award == "" {
			continue
		}
		s := sums[tr.Award]
		if s == nil {
			s = &totals{}
			sums[tr.Award] = s
		}
		dst := &s.committed
		if tr.Kind == funding.TransactionKindDisbursement {
			dst, s.any = &s.disbursed, true
		}
		if v, err := dst.Add(tr.Amount); err == nil {
			*dst = v
		} else {
			s.overflow = true
		}
	}
	for i, a := range l.Awards {
		s := sums[a.ID]
		if s == nil || first[a.ID] != i || s.overflow {
			continue
		}
		if c, err := s.committed.CompareAmount(a.AmountAwarded); err == nil && c > 0 {
			out = append(out, fmt.Sprintf("/awards/%d/amountAwarded commitment transactions total %s, more than awarded", i, s.committed))
		}
		if c, err := s.disbursed.CompareAmount(a.AmountDisbursed); s.any && err == nil && c != 0 {
			out = append(out, fmt.Sprintf("/awards/%d/amountDisbursed disbursement transactions total %s; they must reconcile with amountDisbursed", i, s.disbursed))
		}
	}
	return out
}
