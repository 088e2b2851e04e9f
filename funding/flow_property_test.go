package funding_test

import (
	"cmp"
	"fmt"
	"math/big"
	"slices"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/funding/fundingtest"
)

// referenceFlows splits the disbursements as FlowsAt documents it, the
// plain way: a map lookup per transaction, big.Rat for each allocation's
// share, and Apportion over the funders sorted by ID.
func referenceFlows(t interface{ Fatalf(string, ...any) }, l *funding.Ledger, asOf vocab.Date) []funding.Flow {
	awards := map[vocab.AwardID]*funding.Award{}
	for i := range l.Awards {
		if _, dup := awards[l.Awards[i].ID]; !dup {
			awards[l.Awards[i].ID] = &l.Awards[i]
		}
	}
	classes := l.ClassByFunder()
	var out []funding.Flow
	for _, tr := range l.Transactions {
		a, ok := awards[tr.Award]
		if tr.Kind != funding.TransactionKindDisbursement || !ok || (!asOf.IsZero() && tr.Date.After(asOf)) {
			continue
		}
		type piece struct {
			p vocab.ProgrammeID
			m funding.Money
		}
		var pieces []piece
		if tr.Programme != "" {
			pieces = append(pieces, piece{tr.Programme, tr.Amount})
		} else {
			rest := tr.Amount
			for _, al := range a.Allocations {
				x := new(big.Rat).Mul(new(big.Rat).SetInt64(tr.Amount.Minor), big.NewRat(al.Share.Num(), al.Share.Den()))
				q := new(big.Int).Quo(x.Num(), x.Denom()) // x ≥ 0: truncation is the floor
				pieces = append(pieces, piece{al.Programme, funding.Money{Minor: q.Int64(), Currency: tr.Amount.Currency}})
				rest.Minor -= q.Int64()
			}
			pieces = append(pieces, piece{"", rest})
		}
		funders := slices.SortedFunc(slices.Values(a.Funders), func(x, y funding.FunderShare) int { return cmp.Compare(x.Funder, y.Funder) })
		shares := make([]vocab.Ratio, len(funders))
		for i, f := range funders {
			shares[i] = f.Share
		}
		year := vocab.FinancialYearOf(tr.Date)
		for _, pc := range pieces {
			parts, _, err := funding.Apportion(pc.m, shares)
			if err != nil {
				t.Fatalf("Apportion(%v, %v): %v", pc.m, shares, err)
			}
			for i, m := range parts {
				if m.Minor != 0 {
					out = append(out, funding.Flow{Transaction: tr.ID, Award: a.ID, Year: year, Funder: funders[i].Funder,
						Class: classes[funders[i].Funder], Programme: pc.p, Amount: m})
				}
			}
		}
	}
	return out
}

func TestFlowsMatchTheReferenceSplit(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		at := vocab.Date{}
		if rapid.Bool().Draw(t, "dated") {
			at = vocab.MustParseDate("2019-06-30")
		}
		got, err := l.FlowsAt(at)
		if err != nil {
			t.Fatalf("FlowsAt: %v", err)
		}
		if diff := gocmp.Diff(referenceFlows(t, l, at), got); diff != "" {
			t.Fatalf("FlowsAt differs from the reference split (-want +got):\n%s", diff)
		}
	})
}

// measuringRule passes every flow's funder and records whether the input
// asked for passing findings.
type measuringRule struct{ asked *[]bool }

func (measuringRule) Kind() string                        { return "measuring" }
func (measuringRule) Describe() string                    { return "passes everything" }
func (measuringRule) Problems(*vocab.Path) vocab.Problems { return nil }
func (r measuringRule) Evaluate(in *funding.Input) []funding.Finding {
	*r.asked = append(*r.asked, in.Measures())
	var out []funding.Finding
	for _, f := range in.Flows() {
		out = append(out, funding.Finding{Subject: "funder " + string(f.Funder), Passed: true})
	}
	return out
}

// spyRule counts the passing findings its built-in rule returns, by
// whether the input asked for them.
type spyRule struct {
	funding.Rule
	passed map[bool]int // Input.Measures() -> passing findings
}

func (s spyRule) Evaluate(in *funding.Input) []funding.Finding {
	fs := s.Rule.Evaluate(in)
	for _, f := range fs {
		if f.Passed {
			s.passed[in.Measures()]++
		}
	}
	return fs
}

// WithMeasures adds the passing findings and changes nothing else; the
// built-in rules build passing findings only when the evaluation keeps
// them, and a rule that returns them anyway has them dropped.
func TestMeasuresOnlyAddPassingFindings(t *testing.T) {
	passed := map[bool]int{}
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		drawn := fundingtest.Policy().Draw(t, "policy")
		p := *drawn
		p.Rules = nil
		for _, r := range drawn.Rules {
			p.Rules = append(p.Rules, spyRule{r, passed})
		}
		var asked []bool
		p.Rules = append(p.Rules, measuringRule{&asked})
		plain := evaluate(t, l, &p)
		if passed[false] > 0 {
			t.Fatalf("built-in rules built %d passing findings for an evaluation that drops them", passed[false])
		}
		measured, err := funding.Evaluate(l, &p, asOf, testEnv, funding.WithMeasures())
		if err != nil {
			t.Fatalf("Evaluate: %v", err)
		}
		if !slices.Equal(asked, []bool{false, true}) {
			t.Fatalf("Input.Measures() was %v in a plain and a measuring evaluation, want [false true]", asked)
		}
		if len(plain.Measures) != 0 {
			t.Fatalf("a plain evaluation returned %d measures", len(plain.Measures))
		}
		withoutMeasures := *measured
		withoutMeasures.Measures = nil
		if diff := gocmp.Diff(plain, &withoutMeasures); diff != "" {
			t.Fatalf("WithMeasures changed the findings or summary (-plain +measured):\n%s", diff)
		}
		var breaches []funding.Finding
		for _, f := range measured.Measures {
			if !f.Passed {
				breaches = append(breaches, f)
			}
		}
		for _, f := range measured.Findings {
			if f.Measure == (funding.Measure{}) {
				continue // findings that measure nothing are not measures
			}
			if !slices.ContainsFunc(breaches, func(g funding.Finding) bool { return gocmp.Equal(f, g) }) {
				t.Fatalf("finding %q of rule %d is not among the measures", f.Subject, f.Rule)
			}
		}
	})
	if passed[true] == 0 {
		t.Fatal("no built-in rule ever passed a subject with WithMeasures: the test shows nothing")
	}
}

// A ledger whose disbursements could each split into many pieces and
// funders, but whose money falls in few of them, is split the same as the
// reference, with the result allocated within FlowsAt's limit (a bound of
// every piece times every funder would be 300 × 101 × 100 flows; on 32-bit
// platforms it overflowed int).
func TestFlowsOfWideAwardsMatchTheReference(t *testing.T) {
	const funders, allocations, disbursements = 100, 100, 300
	l := &funding.Ledger{Version: vocab.CurrentVersion, Currency: funding.GBP}
	a := funding.Award{ID: "wide", AwardDate: vocab.MustParseDate("2020-01-01"), AmountAwarded: funding.Amount(funding.GBP, 1_000_000*disbursements)}
	for i := range funders {
		id := vocab.OrgID(fmt.Sprintf("f-%03d", i))
		l.Funders = append(l.Funders, funding.Funder{ID: id, Class: funding.FunderClassPublic})
		a.Funders = append(a.Funders, funding.FunderShare{Funder: id, Share: vocab.MustRatio(1, funders)})
	}
	for i := range allocations {
		a.Allocations = append(a.Allocations, funding.Allocation{Programme: vocab.ProgrammeID(fmt.Sprintf("p-%03d", i)), Share: vocab.MustRatio(0, 1)})
	}
	l.Awards = []funding.Award{a}
	for i := range disbursements {
		l.Transactions = append(l.Transactions, funding.Transaction{ID: fmt.Sprintf("t-%03d", i), Kind: funding.TransactionKindDisbursement,
			Award: "wide", Date: vocab.MustParseDate("2021-01-01"), Amount: funding.Amount(funding.GBP, 1_000_000)})
	}
	got, err := l.FlowsAt(vocab.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != funders*disbursements {
		t.Fatalf("%d flows, want one per funder per disbursement: %d", len(got), funders*disbursements)
	}
	if diff := gocmp.Diff(referenceFlows(t, l, vocab.Date{}), got); diff != "" {
		t.Fatalf("FlowsAt differs from the reference split (-want +got):\n%s", diff)
	}
}
