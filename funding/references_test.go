package funding_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/funding/fundingtest"
)

func TestReferences(t *testing.T) {
	l := reference.KHPLedger()
	type ref struct{ kind, id, during, pointer string }
	var got []ref
	for _, r := range l.References() {
		got = append(got, ref{string(r.Kind), r.ID, r.During.String(), r.Path.JSONPointer()})
	}
	want := []ref{
		{"organisation", "nihr", "../..", "/funders/0/id"},
		{"organisation", "mrc", "../..", "/funders/1/id"},
	}
	assert.Equal(t, want, got[:2])
	assert.Equal(t, ref{"partner", "gstt", "2022-12-01/2027-11-30", "/awards/0/recipient"}, got[6], "recipients are partners throughout the award")
	assert.Equal(t, ref{"programme", "translational-cancer", "../..", "/awards/0/allocations/0/programme"}, got[7])
	assert.Contains(t, got, ref{"partner", "slam", "2024-04-01/2025-03-31", "/budgets/1/trust"})
	assert.Contains(t, got, ref{"programme", "cancer-trials", "../..", "/budgets/0/draws/0/programme"})
	assert.Contains(t, got, ref{"organisation", "illustrative-pharma", "../..", "/funders/5/id"})
}

func TestEveryReferenceIsAValidID(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := fundingtest.Ledger().Draw(t, "ledger")
		for _, r := range l.References() {
			if !vocab.ValidID(r.ID) || !vocab.RefKinds().Contains(r.Kind) || r.Path.IsRoot() {
				t.Fatalf("bad reference %+v at %s", r, r.Path)
			}
		}
	})
}

func TestValidationNeverPanicsOnNilsAndZeros(t *testing.T) {
	l := &funding.Ledger{Awards: []funding.Award{{}}, Transactions: []funding.Transaction{{}}, Budgets: []funding.BudgetLine{{Draws: []funding.Draw{{}}}}}
	ps := vocab.ProblemsOf(l.Validate())
	assert.NotEmpty(t, ps)
	_ = l.References()
	_, err := funding.Evaluate(l, &funding.Policy{}, vocab.Date{}, funding.Env{})
	assert.Error(t, err)
	_, _, err = funding.DecodeLedger(bytes.NewReader(nil), vocab.DecodeOptions{})
	assert.ErrorIs(t, err, vocab.ErrSyntax)
	_, _, err = funding.DecodePolicy(strings.NewReader(`null`), vocab.DecodeOptions{})
	assert.Error(t, err)
}
