package funding_test

import (
	"cmp"
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
func referenceFlows(t *rapid.T, l *funding.Ledger, asOf vocab.Date) []funding.Flow {
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

func TestMeasuresOnlyAddPassingFindings(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		p := fundingtest.Policy().Draw(t, "policy")
		var asked []bool
		p.Rules = append(p.Rules, measuringRule{&asked})
		plain := evaluate(t, l, p)
		measured, err := funding.Evaluate(l, p, asOf, testEnv, funding.WithMeasures())
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
}
