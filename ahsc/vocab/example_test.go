package vocab_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

func ExampleParseDate() {
	d, err := vocab.ParseDate("2009-03-09") // King's Health Partners designated as an AHSC
	fmt.Println(d, d.Weekday(), err)
	_, err = vocab.ParseDate("2023-02-29")
	fmt.Println(err)
	fmt.Println(errors.Is(err, vocab.ErrInvalid))
	// Output:
	// 2009-03-09 Monday <nil>
	// vocab: invalid date "2023-02-29": day 29 is beyond February 2023's 28 days
	// true
}

// A date known only to the month or the year is the span of days it names.
func ExampleDate_partial() {
	joined := vocab.MustParseDate("2011-10") // "joined UCLPartners in October 2011"
	fmt.Println(joined, joined.Precision(), joined.First(), joined.Last())
	day := vocab.MustParseDate("2011-10-15")
	fmt.Println(joined.Contains(day), joined.Before(day), joined.After(day), joined.Compare(day))
	fmt.Println(vocab.MustParseDate("2011").Contains(joined), day.Truncate(vocab.PrecisionYear))
	// Output:
	// 2011-10 month 2011-10-01 2011-10-31
	// true false false -1
	// true 2011
}

// A period with partial bounds certainly covers some days and possibly
// covers more.
func ExamplePeriod_MayContain() {
	member := vocab.MustParsePeriod("2011-10/..")
	for _, on := range []string{"2011-09-30", "2011-10-15", "2011-10-31", "2011-11-01"} {
		d := vocab.MustParseDate(on)
		fmt.Println(on, member.Contains(d), member.MayContain(d))
	}
	sure, _ := member.Certain()
	fmt.Println(sure, member.Possible())
	// Output:
	// 2011-09-30 false false
	// 2011-10-15 false true
	// 2011-10-31 true true
	// 2011-11-01 true true
	// 2011-10-31/.. 2011-10-01/..
}

// An invented value is labelled in the data, wherever sources go.
func ExampleIllustrative() {
	src := vocab.Illustrative("seat counts and quorum are invented for the example")
	b, _ := json.Marshal(src)
	fmt.Println(string(b), src.IsIllustrative())
	fmt.Println(vocab.CheckSourced(vocab.NewPath("sources"), nil))
	// Output:
	// {"kind":"illustrative","note":"seat counts and quorum are invented for the example"} true
	// sources: required value: at least one source, cited or illustrative
}

func ExamplePeriod() {
	term := vocab.MustParsePeriod("2020-04-01/2025-03-31")
	ongoing := vocab.PeriodFrom(vocab.MustParseDate("2024-04-01"))
	shared, ok := term.Intersect(ongoing)
	fmt.Println(ongoing)
	fmt.Println(shared, ok)
	fmt.Println(term.Contains(vocab.MustParseDate("2025-03-31")), term.Contains(vocab.MustParseDate("2025-04-01")))
	// Output:
	// 2024-04-01/..
	// 2024-04-01/2025-03-31 true
	// true false
}

func ExampleFinancialYear() {
	fy := vocab.FinancialYearOf(vocab.MustParseDate("2025-03-31"))
	fmt.Println(fy, fy.Period())
	fmt.Println(vocab.FinancialYearOf(vocab.MustParseDate("2025-04-01")))
	_, err := vocab.ParseFinancialYear("2024-26")
	fmt.Println(err)
	// Output:
	// 2024-25 2024-04-01/2025-03-31
	// 2025-26
	// vocab: invalid financial year "2024-26": second year must follow the first
}

func ExampleRatio() {
	a, b := vocab.MustParseRatio("0.1"), vocab.MustParseRatio("0.2")
	sum, _ := a.Add(b)
	fmt.Println(sum, sum == vocab.MustParseRatio("0.3"))
	// Illustrative shares of a pooled fund.
	shares := []vocab.Ratio{vocab.MustRatio(2, 3), vocab.MustParseRatio("25%"), vocab.MustRatio(1, 12)}
	total, _ := vocab.SumRatios(shares...)
	fmt.Println(total, vocab.MustParseRatio("85%"), vocab.MustRatio(2, 3).PercentString(1))
	// Output:
	// 3/10 true
	// 1 17/20 66.7%
}

func ExampleIdentifier() {
	ror := vocab.Identifier{Scheme: vocab.SchemeROR, Value: "https://ror.org/0220mzb33"} // King's College London
	fmt.Println(ror.Normalized().Value, ror.URL(), len(ror.Problems(nil)))
	ods := vocab.Identifier{Scheme: vocab.SchemeODSOrganisation, Value: "RJ1"} // Guy's and St Thomas'
	fmt.Println(ods.OrgID())
	typo := vocab.Identifier{Scheme: vocab.SchemeROR, Value: "0220mzb34"}
	fmt.Println(typo.Problems(vocab.NewPath("identifiers").Index(0)))
	// Output:
	// 0220mzb33 https://ror.org/0220mzb33 0
	// GB-NHS-RJ1 true
	// identifiers[0].value: invalid value: "0220mzb34": checksum is 34, want 33
}

func ExampleProblems() {
	at := vocab.NewPath("partners").Index(2)
	var ps vocab.Problems
	ps = ps.Add(vocab.CheckID(at.Child("id"), vocab.OrgID(""), true))
	ps = ps.Add(vocab.NotSupported(at.Child("kind"), "uni", []string{"university", "nhs-trust"}))
	err := fmt.Errorf("loading khp.json: %w", ps.Err())
	fmt.Println(errors.Is(err, vocab.ErrRequired), errors.Is(err, vocab.ErrDuplicate))
	for _, p := range vocab.ProblemsOf(err) {
		fmt.Println(p.Pointer(), "|", p)
	}
	// Output:
	// true false
	// /partners/2/id | partners[2].id: required value: an ID matching ^[a-z][a-z0-9-]{0,62}$
	// /partners/2/kind | partners[2].kind: unsupported value: "uni": supported values: "university", "nhs-trust"
}

func ExamplePath() {
	p := vocab.NewPath("shares").Key("kcl/gstt")
	fmt.Println(p, p.JSONPointer())
	fmt.Println(vocab.NewPath("governance").Concat(vocab.NewPath("bodies").Index(0)))
	// Output:
	// shares[kcl/gstt] /shares/kcl~1gstt
	// governance.bodies[0]
}

func ExampleTarget_Status() {
	// Illustrative KPI: at least 85% of trials recruiting to time.
	t := vocab.Target{Direction: vocab.HigherIsBetter, Value: vocab.Percent(85), Tolerance: vocab.Percent(5)}
	for _, s := range []string{"84.9%", "85%", "79.9%"} {
		fmt.Println(s, t.Status(vocab.MustParseRatio(s)))
	}
	fmt.Println(t)
	// Output:
	// 84.9% amber
	// 85% green
	// 79.9% red
	// ≥ 17/20 (amber within 1/20)
}
