// Package ahsc is the composition root of ahsckit. A [Centre] brings an
// academic health science centre's partners together with its governance,
// programme portfolio and funding ledger, and resolves every reference
// between them in one place: a seat's nominating partner must be a partner
// for the whole term, an award's funder must be a known organisation, an
// allocation's programme must exist in the portfolio.
//
// # Types
//
// A [Centre] holds [Partner]s (an [Organisation] with time-bounded
// [Membership]s), the other [Organisation]s its documents name (funders,
// designation issuers, companies in interests registers), [Succession]s
// between organisations (mergers and replacements, stored once and queried
// both ways) and [Designation]s as an AHSC, plus the three domain documents:
// [governance.Document], [programme.Portfolio] and [funding.Ledger].
// Organisations are identified by stable slugs ([vocab.OrgID], such as
// "kcl") in one namespace shared by partners, funders and any organisation
// an interests register names. A designation has one or more issuers, each
// an organisation of the centre, so successions among issuers (NHS
// Improvement into NHS England) are ordinary successions.
//
// # Precision and sources
//
// Membership dates, succession dates, designation periods and former
// names' end dates are [vocab.Date]s at the precision their sources give:
// a day, a month or a year. A partial date is the span it names, so every
// question as of a date has a certain and a possible answer:
// [Centre.PartnersAt] and [Centre.IsPartnerAt] answer for certain,
// [Centre.PossiblePartnersAt] and [Centre.MayBePartnerAt] possibly (a
// partner that joined "2011-10" is possible on 2011-10-15 and certain from
// 2011-10-31). A reference that needs a partner throughout a period is an
// error where the partner is certainly absent for part of it and a warning,
// with the days, where it is only possibly absent; a reference to an
// organisation that may have closed is a warning.
//
// Every organisation (partners included), membership, succession and
// designation has at least one source ([vocab.CheckSourced]): a cited one,
// or an illustrative label ([vocab.Illustrative]) on an invented value.
//
// The enums [OrgKind], [MembershipRole], [NameKind] and [SuccessionKind]
// are typed strings; each has one accessor, named as its plural
// ([OrgKinds] and so on), returning a [vocab.Enum] that lists, parses and
// checks the codes.
//
// # Entry points
//
//   - [Decode] and [DecodeFile] read a document strictly, within the
//     limits of a [vocab.DecodeOptions], and validate it: unknown,
//     case-variant and duplicate keys and trailing data are problems
//     reported with JSON Pointers and positions, and a valid centre comes
//     back with its warnings. [Centre.Encode] and [Centre.Canonical] write
//     it back.
//   - [Centre.Validate] and [Centre.Problems] check a centre built in Go;
//     [Centre.CollectProblems] does so into a [vocab.Collector], which
//     may cap the list.
//   - [Centre.PartnersAt], [Centre.IsPartnerAt], [Centre.DesignationAt],
//     [Centre.ClosedAt], [Centre.CurrentSuccessor], [Partner.MemberAt] and
//     [Organisation.NameAt] answer questions as of a date, for certain;
//     [Centre.PossiblePartnersAt], [Centre.MayBePartnerAt] and
//     [Partner.MayBeMemberAt] answer possibly.
//   - [Centre.EvaluateFunding] evaluates the ledger against a funding
//     policy, with conflicts of interest and programme areas taken from the
//     governance and portfolio documents ([Centre.FundingEnv]).
//
// # Conventions
//
// Validation has one signature per role. A document that stands alone (the
// Centre) has Problems() returning every problem, errors and warnings, with
// paths from its root, and Validate() returning nil or a [vocab.Problems]
// error holding the errors alone (warnings never fail a document). A part of
// a document ([Partner], [Organisation]) has Problems(at) checking it at the
// path at. Every problem names its path, its [vocab.ProblemType] (match it
// with errors.Is) and what was allowed.
//
// Methods that take a date end in At. Nothing reads the clock; "as of"
// dates are arguments.
//
// The Centre's own checks and its resolution of references index the
// centre once per call, so they take O(n log n) time in its size; the one
// exception is naming a closed organisation's current successor, which
// walks a succession chain once per distinct succession date (memoised).
package ahsc
