// Package governancetest provides rapid generators for package governance:
// bodies, documents and decision scenarios that are valid by construction,
// and mutation generators that break one rule and say where and how it
// must be reported. Production code never imports it.
package governancetest
