// Package vocabtest provides rapid generators for the values of package
// vocab, in the style of net/http/httptest: test code composes them to build
// larger documents.
//
// Every generator is valid by construction: a generated Date is a real day,
// a Period's end is not before its start, an Identifier passes
// [vocab.Identifier.Problems] with no problems (a ROR ID has a correct
// checksum), and Shares sum exactly to one. Values are kept small and
// readable (dates 1990 to 2040, short slugs, small denominators) so failing
// cases shrink to something a person can read.
//
//	d := vocabtest.Date().Draw(t, "date")
//	p := vocabtest.PeriodWithin(vocab.FinancialYear(2024).Period()).Draw(t, "period")
//	ids := vocabtest.DistinctIDs[vocab.OrgID](2, 5).Draw(t, "partners")
//
// Production code must never import this package: rapid registers its
// command-line flags when imported.
package vocabtest
