// Package programmetest provides rapid generators for package programme:
// portfolios that are valid by construction, and mutations that break a
// valid portfolio in one known way, with the path and problem type
// Validate must report.
//
//	d := programmetest.Portfolio().Draw(t, "portfolio")        // valid
//	m := programmetest.MutatedPortfolio().Draw(t, "mutation")   // one defect
//	err := m.Value.Validate()                                   // reports m.Type at m.Path
//
// [MutatedPortfolio] draws from every kind of defect, or from the kinds
// named (see [PortfolioMutationKinds]). [PortfolioFor] and [Programme]
// generate portfolios and programmes over partners (and facilities) of
// your own, for documents that embed a portfolio.
//
// Production code must never import this package: rapid registers its
// command-line flags when imported.
package programmetest
