package vocab_test

import (
	"errors"
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// The vocabulary every document speaks: civil dates and periods, financial
// years, exact ratios, checked identifiers, and problems with paths.
func Example() {
	joined := vocab.MustParseDate("2009-03-09")
	round := vocab.MustParsePeriod("2020-04-01/2025-03-31")
	fmt.Println(round.Contains(joined), vocab.FinancialYearOf(joined))

	share := vocab.MustParseRatio("57.5%")
	fmt.Println(share, share.Compare(vocab.Percent(50)) > 0)

	ror := vocab.Identifier{Scheme: vocab.SchemeROR, Value: "0220mzb33"}
	fmt.Println(len(ror.Problems(nil)) == 0, ror.URL())

	p := vocab.Invalid(vocab.NewPath("partners").Index(2).Child("name"), "", "must not be blank")
	fmt.Println(p.Pointer(), errors.Is(p, vocab.ErrInvalid))
	// Output:
	// false 2008-09
	// 23/40 true
	// true https://ror.org/0220mzb33
	// /partners/2/name true
}
