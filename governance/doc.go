// Package governance models how an academic health science centre is
// governed: bodies and the seats on them, who holds each seat and when,
// terms of reference with quorum and thresholds, conflicts of interest, and
// the KPIs bodies are held to account by.
//
// The data follows Popolo: a [Body] is an Organization with a
// classification, a [Seat] is a Post that exists whoever holds it, a [Term]
// is a Membership (person, seat, on behalf of the seat's nominating
// partner, period, alternate), a [Motion] is a Motion and a [Decision] a
// VoteEvent whose ballots use Popolo's options (yes, no, abstain, absent,
// "not voting"). Popolo has no quorum, voting-right or conflict model;
// [TermsOfReference], [Seat.Voting] and the interests register
// ([Interest], [Declaration]) add them.
//
// [Decide] evaluates a motion from its date, attendance and ballots, in a
// fixed order (referred, inquorate, veto and concurrence, threshold,
// casting vote), and returns an [Outcome] with counts and a minute-ready
// explanation. Invalid ballots are reported at ballots[i] and never
// counted. Hard conflicts recuse a member from the quorum and every
// denominator; if half or more of the members hold hard conflicts the
// motion is referred to the body above.
//
// [Document.Problems] validates everything with paths; composition rules
// that need the centre's partner list use the [vocab.Roster] passed in and
// are checked on every date the seats change ([Body.CheckDates]), or on
// any date with [Body.CompositionAt]. [Document.References] lists the
// partners and organisations the Centre must resolve. [Document.Report]
// writes a transparent Markdown report, optionally with personal interests
// redacted.
package governance
