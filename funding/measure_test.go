package funding_test

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

// The fixture: Pounds(922337203685477580) returned −80 minor units.
func TestPoundsRefusesOverflow(t *testing.T) {
	_, err := funding.Whole(funding.GBP, 922337203685477580)
	require.ErrorIs(t, err, vocab.ErrOverflow)
	assert.Panics(t, func() { funding.Pounds(922337203685477580) })
	assert.Panics(t, func() { funding.Pounds(math.MinInt64) })

	// The largest and smallest amounts that fit.
	m, err := funding.Whole(funding.GBP, math.MaxInt64/100)
	require.NoError(t, err)
	assert.Equal(t, int64(9223372036854775800), m.Minor)
	assert.Equal(t, funding.Pounds(-92233720368547758).Minor, int64(-9223372036854775800))
	_, err = funding.Whole(funding.GBP, -92233720368547759)
	require.ErrorIs(t, err, vocab.ErrOverflow)

	// Each currency scales by its own exponent.
	m, err = funding.Whole("JPY", math.MaxInt64)
	require.NoError(t, err)
	assert.Equal(t, int64(math.MaxInt64), m.Minor)
	m, err = funding.Whole("BHD", 7)
	require.NoError(t, err)
	assert.Equal(t, funding.Amount("BHD", 7000), m)
	_, err = funding.Whole("BHD", math.MaxInt64/1000+1)
	require.ErrorIs(t, err, vocab.ErrOverflow)
}

func TestWholeIsExactOrOverflows(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := anyMinor("n").Draw(t, "n")
		c := rapid.SampledFrom([]funding.Currency{funding.GBP, "JPY", "BHD"}).Draw(t, "currency")
		exact := new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(c.Exponent())), nil))
		m, err := funding.Whole(c, n)
		if !exact.IsInt64() {
			if !errors.Is(err, vocab.ErrOverflow) {
				t.Fatalf("Whole(%s, %d) = %v, %v; want ErrOverflow", c, n, m, err)
			}
			return
		}
		if err != nil || m.Minor != exact.Int64() || m.Currency != c {
			t.Fatalf("Whole(%s, %d) = %v, %v; want %s minor units", c, n, m, err, exact)
		}
	})
}

// The fixture: shares whose common denominator overflows int64
// were refused as "sum to at most 1".
func TestApportionSharesWithHugeCommonDenominator(t *testing.T) {
	shares := []vocab.Ratio{vocab.MustRatio(1, 4294967291), vocab.MustRatio(1, 4294967279)}
	for _, total := range []funding.Money{funding.Amount(funding.GBP, 100), funding.Pounds(100)} {
		parts, rest, err := funding.Apportion(total, shares)
		require.NoError(t, err)
		assert.Equal(t, []funding.Money{funding.Amount(funding.GBP, 0), funding.Amount(funding.GBP, 0)}, parts)
		assert.Equal(t, total, rest)
	}
}

// onePennyLedger is the fixture: a 30% private-share cap breached
// by one penny. Private money is GBP 300.01 of GBP 1,000.01; refusing one
// penny leaves GBP 300.00 of GBP 1,000.00, exactly 30%.
func onePennyLedger() *funding.Ledger { return twoAwardLedger(70_000, 30_001) }

func TestFindingsPrintEnoughPrecision(t *testing.T) {
	p := policyOf(funding.PrivateShareCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(30)})
	rep := evaluate(t, onePennyLedger(), p)
	require.Len(t, rep.Findings, 1)
	f := rep.Findings[0]
	assert.Equal(t, "GBP 300.01 of GBP 1,000.01 (30.001%)", f.Measured)
	assert.Equal(t, "30.000%", f.Limit)
	assert.Equal(t, "In 2024-25, private funders provided 30.001% of the GBP 1,000.01 disbursed to the centre, "+
		"above the 30.000% cap; refusing GBP 0.01 of their money would meet it.", f.Explanation)
	assert.NotContains(t, f.Explanation, "30.0% ")
	assert.Equal(t, funding.Measure{
		Amount: funding.Amount(funding.GBP, 30_001), Whole: funding.Amount(funding.GBP, 100_001),
		Share: vocab.MustRatio(30_001, 100_001), Cap: vocab.Percent(30), Excess: funding.Amount(funding.GBP, 1),
	}, f.Measure)

	// Exactly at the cap it passes, with no headroom to spare: one more
	// private penny would breach it.
	rep, err := funding.Evaluate(twoAwardLedger(70_000, 30_000), p, asOf, testEnv, funding.WithMeasures())
	require.NoError(t, err)
	require.Empty(t, rep.Findings)
	require.Len(t, rep.Measures, 1)
	assert.True(t, rep.Measures[0].Passed)
	assert.Equal(t, "30.0%", rep.Measures[0].Limit)
	assert.Equal(t, funding.Amount(funding.GBP, 0), rep.Measures[0].Measure.Headroom)
}

// Measured and limit never read the same when they differ, and always
// read in the order of the values.
func TestSharesAndCapsNeverReadEqualWhenTheyDiffer(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		whole := rapid.Int64Range(2, funding.MaxMinor).Draw(t, "whole")
		private := rapid.Int64Range(1, whole-1).Draw(t, "private")
		den := rapid.OneOf(rapid.Int64Range(1, 1000), rapid.Int64Range(1, math.MaxInt64)).Draw(t, "den")
		num := rapid.Int64Range(0, den).Draw(t, "num")
		cp := vocab.MustRatio(num, den)
		rep, err := funding.Evaluate(twoAwardLedger(whole-private, private), policyOf(funding.PrivateShareCap{Scope: funding.ScopeCentre, Cap: cp}), asOf, testEnv, funding.WithMeasures())
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Measures) != 1 {
			t.Fatalf("want one measure, got %+v", rep.Measures)
		}
		f := rep.Measures[0]
		shareText := f.Measured[strings.LastIndex(f.Measured, "(")+1 : len(f.Measured)-1]
		c := f.Measure.Share.Compare(cp)
		if (c == 0) != (shareText == f.Limit) {
			t.Fatalf("share %s vs cap %s read %q and %q", f.Measure.Share, cp, shareText, f.Limit)
		}
		if f.Passed != (c <= 0) {
			t.Fatalf("share %s vs cap %s: passed = %v", f.Measure.Share, cp, f.Passed)
		}
	})
}

// Excess is the least refusal that meets the cap; headroom the most
// private money that can be added and still meet it.
func TestExcessAndHeadroomAreTight(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		public := rapid.Int64Range(1, 1_000_000_000).Draw(t, "public")
		private := rapid.Int64Range(1, 1_000_000_000).Draw(t, "private")
		den := rapid.Int64Range(1, 200).Draw(t, "den")
		cp := vocab.MustRatio(rapid.Int64Range(0, den).Draw(t, "num"), den)
		p := policyOf(funding.PrivateShareCap{Scope: funding.ScopeCentre, Cap: cp})
		rep, err := funding.Evaluate(twoAwardLedger(public, private), p, asOf, testEnv, funding.WithMeasures())
		if err != nil {
			t.Fatal(err)
		}
		m := rep.Measures[0].Measure
		within := func(priv int64) bool { // priv of public+priv within the cap
			return vocab.CompareFractions(priv, public+priv, cp.Num(), cp.Den()) <= 0
		}
		switch {
		case m.Unbounded:
			if cp != vocab.IntRatio(1) {
				t.Fatalf("unbounded headroom under cap %s", cp)
			}
		case m.Excess.Minor > 0:
			if !within(private-m.Excess.Minor) || within(private-m.Excess.Minor+1) {
				t.Fatalf("excess %d is not the least refusal (private %d, public %d, cap %s)", m.Excess.Minor, private, public, cp)
			}
		default:
			h := m.Headroom.Minor
			if !within(private+h) || (h < math.MaxInt64-public-private && within(private+h+1)) {
				t.Fatalf("headroom %d is not the most private money to add (private %d, public %d, cap %s)", h, private, public, cp)
			}
		}
	})
}

// The numbers on King's Health Partners' ledger (illustrative
// amounts): a 30% cap on private money in 2024-25 leaves the centre's own
// private share at 17.5%, within it, and finds the precision-medicine
// programme GBP 814,285.72 above it.
func TestKHPThirtyPercentCapMeasures(t *testing.T) {
	p := policyOf(
		funding.PrivateShareCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(30), Year: 2024},
		funding.PrivateShareCap{Scope: funding.ScopeProgramme, Cap: vocab.Percent(30), Year: 2024},
	)
	rep, err := funding.Evaluate(reference.KHPLedger(), p, vocab.MustParseDate("2025-03-31"), funding.Env{}, funding.WithMeasures())
	require.NoError(t, err)
	byName := map[string]funding.Finding{}
	for _, f := range rep.Measures {
		byName[f.Subject] = f
	}
	centre := byName["centre 2024-25"]
	assert.True(t, centre.Passed)
	assert.Equal(t, vocab.MustRatio(1_200_000, 6_850_000), centre.Measure.Share)
	assert.Equal(t, "17.5%", centre.Measure.Share.PercentString(1))
	assert.Equal(t, funding.Pounds(1_200_000), centre.Measure.Amount)
	assert.Equal(t, funding.Pounds(6_850_000), centre.Measure.Whole)

	pm := byName["programme precision-medicine 2024-25"]
	assert.False(t, pm.Passed)
	assert.Equal(t, funding.Amount(funding.GBP, 81_428_572), pm.Measure.Excess)
	assert.Equal(t, "GBP 814,285.72", pm.Measure.Excess.String())
	require.Len(t, rep.Findings, 1)
	assert.Equal(t, pm, rep.Findings[0])
	assert.Contains(t, pm.Explanation, "refusing GBP 814,285.72 of their money would meet it")
	// Every other programme measured in 2024-25 passes, and passes count
	// as neither errors nor warnings.
	assert.Len(t, rep.Measures, 5) // the centre and four programmes
	assert.Equal(t, 0, rep.Summary[0].Errors)
	assert.Equal(t, 1, rep.Summary[1].Errors)
}

// The fixture: a disbursement dated in 9999 produced a finding
// reading "In , …" and a financial year that would not encode. Dates from
// 9999-04-01 on (and before 0001-04-01) have no financial year with a text
// form, so the ledger refuses them up front.
func TestTransactionsOutsideTheFinancialYearRangeAreRefused(t *testing.T) {
	l := twoAwardLedger(100, 100)
	l.Transactions[1].Date = vocab.MustParseDate("9999-06-01")
	l.Awards[1].AwardDate = vocab.MustParseDate("9999-06-01")
	ps := l.Problems()
	require.Len(t, ps, 1)
	assert.Equal(t, "transactions[1].date", ps[0].Path.String())
	assert.ErrorIs(t, ps[0], vocab.ErrOutOfRange)
	assert.Contains(t, ps[0].Error(), "9999-03-31")
	_, err := funding.Evaluate(l, policyOf(funding.PrivateShareCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(30)}), vocab.Date{}, testEnv)
	require.Error(t, err)

	// The last day of the last financial year works: its finding names the
	// year, and the year encodes.
	l.Transactions[1].Date = vocab.MustParseDate("9999-03-31")
	l.Awards[1].AwardDate = vocab.MustParseDate("9999-03-31")
	require.NoError(t, l.Validate())
	rep, err := funding.Evaluate(l, policyOf(funding.PrivateShareCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(30)}), vocab.Date{}, testEnv)
	require.NoError(t, err)
	require.Len(t, rep.Findings, 1)
	assert.Equal(t, "centre 9998-99", rep.Findings[0].Subject)
	assert.True(t, strings.HasPrefix(rep.Findings[0].Explanation, "In 9998-99, "), rep.Findings[0].Explanation)
	b, err := vocab.FinancialYearOf(l.Transactions[1].Date).MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "9998-99", string(b))

	l.Transactions[0].Date = vocab.MustParseDate("0001-03-31")
	l.Awards[0].AwardDate = vocab.MustParseDate("0001-03-31")
	ps = l.Problems()
	require.Len(t, ps, 1)
	assert.Equal(t, "transactions[0].date", ps[0].Path.String())
}
