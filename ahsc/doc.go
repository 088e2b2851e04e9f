// Package ahsc is the composition root of ahsckit. A [Centre] brings an
// academic health science centre's partners together with its governance,
// programme portfolio and funding ledger, and resolves every reference
// between them in one place: a seat's nominating partner must be a partner
// for the whole term, an award's funder must be a known organisation, an
// allocation's programme must exist in the portfolio.
//
// Organisations are identified by stable slugs ([vocab.OrgID], such as
// "kcl") in one namespace shared by partners, funders and any organisation
// an interests register names. Partners carry time-bounded memberships;
// successions (mergers, replacements) are stored once and queried both ways.
//
// Documents decode strictly with [Decode] and [DecodeFile]: unknown,
// case-variant and duplicate keys and trailing data are problems reported
// with JSON Pointers. Nothing reads the clock; "as of" dates are arguments.
package ahsc
