// Package governance models how an academic health science centre is
// governed: bodies and the seats on them, who holds each seat and when,
// terms of reference with quorum and thresholds, conflicts of interest,
// the decisions bodies take and the KPIs they are held to account by.
//
// # Data
//
// A [Document] holds everything; it stands alone or sits inside an
// ahsc.Centre. The data follows Popolo: a [Body] is an Organization with a
// classification ([BodyKind]), a [Seat] is a Post that exists whoever holds
// it, a [Term] is a Membership (person, seat, on behalf of the seat's
// nominating partner, period, alternate), a [Motion] is a Motion, and a
// [Decision] records a VoteEvent: attendance and [Ballot]s whose options
// ([VoteOption]) are Popolo's (yes, no, abstain, absent, "not voting",
// paired), a paired ballot naming the partner as Popolo's Vote.pair does.
// Popolo has no quorum, voting-right or conflict model: [TermsOfReference]
// ([Quorum], [Threshold], [ReservedMatters]), [Seat.Voting], the interests
// register ([Interest]) and a motion's declarations ([Declaration]) add
// them. A [KPI] has a vocab.Target and [Reading]s.
//
// # Deciding
//
// [Decide] evaluates a motion from its date, attendance and ballots, in a
// fixed order (referred, inquorate, reserved matters, threshold, casting
// vote), and returns an [Outcome]: counts, pairs, recusals, a [Result] and
// its Reason, and a minute-ready [Outcome.Explanation]. A quorum counts
// members present or members voting ([QuorumBasis]); a threshold measures
// yes votes against votes cast, eligible members, members present, or
// asks for unanimity ([ThresholdRule]); two members may pair
// ([VoteOptionPaired]) so that neither votes. Invalid ballots, a pair
// whose partner did not also pair among them, are reported at the member
// of ballots[i] that is wrong (voter, option, pair or casting) and never
// counted. Hard conflicts recuse a member
// from the quorum and every denominator; if half or more of the members
// hold hard conflicts the motion is referred to the body above.
// [Document.Decide] decides a recorded decision, adding the register's
// interests in the organisations the motion concerns ([Document.Conflicts]);
// [Document.Outcomes] decides every recorded decision, indexing the bodies
// and the register once for all of them.
//
// # Checking
//
// The package follows the library's roles for validation:
//
//   - a document that stands alone has [Document.Problems] (every problem,
//     errors and warnings, with paths from the document root) and
//     [Document.Validate] (nil, or a vocab.Problems error holding the
//     errors); [Document.CollectProblems] adds the same problems to a
//     vocab.Collector, which may cap them; [Decode] reads one strictly,
//     within the limits of a vocab.DecodeOptions, and validates it,
//     returning its warnings too;
//   - a part of a document is checked at its path: [Body.Problems],
//     [KPI.Problems], [Interest.Problems], [Motion.Problems];
//   - a check of one value at a path is named Check…:
//     [Body.CheckCompositionAt] checks a body's composition on any date.
//
// The one rule that needs the centre's partner roster (every partner
// nominates a number of voting seats) is checked by
// [Document.RosterProblems], which the Centre calls with each partner's
// periods of certain membership. A broken composition rule is one problem
// per partner (or chair seat) and run of consecutive days, naming the run
// ("during 2012-04-01/2013-12-31"), never one per date checked.
// [Document.References] lists the partners and
// organisations the Centre must resolve. [Document.Report] writes a
// transparent Markdown report, optionally with personal interests
// redacted.
//
// # Conventions
//
// Every enum is a typed string whose doc comment lists its codes, with
// constants prefixed by the type's name ([BodyKindBoard]) and one accessor,
// the plural of the type's name, returning its vocab.Enum:
// [BodyKinds]().Values(), .Parse(s), .Contains(v) and .Check(path, v,
// required). Methods taking a date end in At ([Seat.HolderAt]). No
// function reads the clock: dates are arguments.
package governance
