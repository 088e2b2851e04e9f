// Package programmetest provides rapid generators for package programme:
// portfolios that are valid by construction, and mutations that break a
// valid portfolio in one known way, with the path and problem type
// Validate must report.
//
//	d := programmetest.Portfolio().Draw(t, "portfolio")
//	m := programmetest.Mutation().Draw(t, "mutation")
//
// Production code must never import this package: rapid registers its
// command-line flags when imported.
package programmetest
