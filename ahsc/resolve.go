package ahsc

import (
	"fmt"
	"iter"
	"math"
	"slices"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/days"
)

// resolve checks every reference against the centre, in one place:
//   - organisation references must name a partner or organisation;
//   - partner references must name a partner that is a member throughout
//     the reference's period (see [index.resolvePartner]);
//   - programme, body, award and facility references must name something
//     the corresponding document defines;
//   - a reference to an organisation that may have been closed by a
//     succession at the referencing date is a warning that names the
//     successor.
//
// Each reference costs a constant number of map lookups and a scan of the
// referenced organisation's own memberships and successions.
func (ix *index) resolve(ps *vocab.Collector, refs []vocab.Reference) *vocab.Collector {
	for _, r := range refs {
		ps = ix.resolveRef(ps, r, vocab.LazyAt(r.Path))
	}
	return ps
}

// resolveAll is [index.resolve] for references whose paths are not yet
// built: each is built only for a reference with a problem.
func (ix *index) resolveAll(ps *vocab.Collector, refs iter.Seq2[vocab.Reference, vocab.LazyPath]) *vocab.Collector {
	for r, at := range refs {
		ps = ix.resolveRef(ps, r, at)
	}
	return ps
}

// resolveRef checks one reference, located at at (r.Path is ignored).
func (ix *index) resolveRef(ps *vocab.Collector, r vocab.Reference, at vocab.LazyPath) *vocab.Collector {
	switch r.Kind {
	case vocab.RefOrganisation:
		n, ok := ix.orgs.find(vocab.OrgID(r.ID))
		if !ok || !ix.known(n) { // one lookup for the check and the warning
			return ps.Add(vocab.NotFound(at.Path(), r.ID, "no partner or organisation has this ID"))
		}
		return ps.Add(ix.closedWarning(n, r, at))
	case vocab.RefPartner:
		return ix.resolvePartner(ps, r, at)
	}
	// References come in runs of one kind: the set of the last kind is
	// kept, saving a lookup by kind per reference. Each kind's set is
	// built on first use, so a kind nothing refers to costs nothing.
	if r.Kind != ix.lastKind {
		d, ok := ix.defined[r.Kind]
		if !ok {
			if ix.defined == nil {
				ix.defined = map[vocab.RefKind]definedSet{}
			}
			d.ids, d.ok = ix.c.definedIDs(r.Kind)
			ix.defined[r.Kind] = d
		}
		ix.lastIDs, ix.lastOK = d.ids, d.ok
		ix.lastKind = r.Kind
	}
	ids, ok := ix.lastIDs, ix.lastOK
	switch {
	case !ok:
		ps = ps.Add(vocab.NotFound(at.Path(), r.ID, fmt.Sprintf("the centre has no document defining %ss", r.Kind)))
	case !ids[r.ID]:
		ps = ps.Add(vocab.NotFound(at.Path(), r.ID, fmt.Sprintf("no %s has this ID", r.Kind)))
	}
	return ps
}

// resolvePartner checks a reference that needs a partner throughout its
// period R. With partial dates, a day is certainly without the partner
// when no membership may cover it, and possibly without it when no
// membership certainly covers it. The reference is
//   - an error (ErrNotFound) when no membership may overlap R;
//   - an error (ErrInvalid) when R, however its partial bounds resolve,
//     includes a day certainly without the partner; the message lists those
//     days within what R may cover, and the partner's membership periods;
//   - a warning (ErrInvalid) otherwise when R may include a day possibly
//     without the partner, listing those days and the membership periods;
//
// plus the closed-organisation warning. An undated reference (zero R) is
// only checked for being a partner at all; an invalid R is reported by its
// own document.
func (ix *index) resolvePartner(ps *vocab.Collector, r vocab.Reference, at vocab.LazyPath) *vocab.Collector {
	id := vocab.OrgID(r.ID)
	pi := ix.partner(id)
	if pi == nil {
		if ix.isOrg(id) {
			return ps.Add(vocab.NotFound(at.Path(), r.ID, "is an organisation but not a partner of the centre"))
		}
		return ps.Add(vocab.NotFound(at.Path(), r.ID, "no partner has this ID"))
	}
	if r.During.IsZero() || !r.During.IsValid() {
		return ps.Add(ix.closedWarning(pi.node, r, at))
	}
	cv := pi.coverage()
	switch {
	case !slices.ContainsFunc(pi.periods, r.During.MayOverlap):
		return ps.Add(vocab.NotFound(at.Path(), r.ID, "is not a partner during "+r.During.String()))
	case !cv.avoidable(r.During):
		within := days.Of(r.During.Possible())
		return ps.Add(vocab.Invalid(at.Path(), r.ID, fmt.Sprintf("is not a partner throughout %s: certainly not a partner on %s (memberships %s)",
			r.During, spansText(days.Gaps(within, cv.possible)), periodsText(pi.periods))), ix.closedWarning(pi.node, r, at))
	}
	if cv.gapWithin(days.Of(r.During.Possible())) {
		g := days.Gaps(days.Of(r.During.Possible()), cv.certain)
		ps = ps.Add(vocab.Invalid(at.Path(), r.ID, fmt.Sprintf("may not be a partner throughout %s: possibly not a partner on %s (partial membership dates: memberships %s)",
			r.During, spansText(g), periodsText(pi.periods))).AsWarning())
	}
	return ps.Add(ix.closedWarning(pi.node, r, at))
}

// coverage is the union of a partner's memberships, as sorted, disjoint,
// non-adjacent day ranges: the days certainly covered and the days
// possibly covered.
type coverage struct{ certain, possible []days.Range }

// coverage returns the partner's coverage, computing it on first use.
func (pi *partnerInfo) coverage() coverage {
	if pi.covered {
		return pi.cover
	}
	var cv coverage
	for _, p := range pi.periods {
		if !p.IsValid() || p.Start.IsZero() {
			continue // reported with the membership
		}
		cv.possible = append(cv.possible, days.Of(p.Possible()))
		if c, ok := p.Certain(); ok {
			cv.certain = append(cv.certain, days.Of(c))
		}
	}
	cv.certain, cv.possible = days.Merge(cv.certain), days.Merge(cv.possible)
	pi.cover, pi.covered = cv, true
	return cv
}

// gapWithin reports whether some day of within is not certainly covered:
// whether days.Gaps(within, cv.certain) is non-empty, without building it.
func (cv coverage) gapWithin(within days.Range) bool {
	at := within.Lo
	for _, c := range cv.certain {
		if c.Hi < at {
			continue
		}
		if c.Lo > within.Hi || c.Lo > at {
			return true
		}
		if c.Hi >= within.Hi {
			return false
		}
		at = c.Hi + 1
	}
	return true
}

// avoidable reports whether period q, however its partial bounds resolve,
// can lie wholly within one range of days the partner may cover: whether
// some way q could really run misses every day certainly without the
// partner.
func (cv coverage) avoidable(q vocab.Period) bool {
	var s0, s1, e0, e1 = math.MinInt, math.MinInt, math.MaxInt, math.MaxInt
	if !q.Start.IsZero() {
		s0, s1 = days.Number(q.Start.First()), days.Number(q.Start.Last())
	}
	if !q.End.IsZero() {
		e0, e1 = days.Number(q.End.First()), days.Number(q.End.Last())
	}
	if s0 == 0 {
		s0 = math.MinInt // 0001-01-01 is the first day there is
	}
	if e1 == days.Number(lastDate) {
		e1 = math.MaxInt // 9999-12-31 is the last day there is
	}
	if s1 == 0 {
		s1 = math.MinInt
	}
	if e0 == days.Number(lastDate) {
		e0 = math.MaxInt
	}
	for _, c := range cv.possible {
		if c.Lo <= s1 && e0 <= c.Hi && max(s0, c.Lo) <= min(e1, c.Hi) {
			return true
		}
	}
	return false
}

// spansText lists up to three ranges as periods ("2013-01-01/2013-12-31"),
// and how many more.
func spansText(rs []days.Range) string { return listText(rs, days.Range.Period) }

// periodsText lists up to three membership periods as written
// ("2012-01/.."), and how many more.
func periodsText(ps []vocab.Period) string {
	return listText(ps, func(p vocab.Period) vocab.Period { return p })
}

// listText writes up to three periods of xs, separated by commas, and
// how many more.
func listText[T any](xs []T, period func(T) vocab.Period) string {
	var b strings.Builder
	for i, x := range xs {
		if i == 3 {
			fmt.Fprintf(&b, " and %d more", len(xs)-3)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(period(x).String())
	}
	return b.String()
}

// lastDate is the last representable date: an undated reference is checked
// against every succession.
var lastDate = vocab.MustParseDate("9999-12-31")

// closedWarning returns a warning when the referenced organisation may have
// been succeeded on the reference's date (its start, or its end when open
// at the start, or ever when undated), naming the successor and the
// organisation that carries its work on that date.
//
// n is the organisation's number in the index.
func (ix *index) closedWarning(n int32, r vocab.Reference, at vocab.LazyPath) *vocab.Problem {
	if len(ix.c.Successions) == 0 {
		return nil
	}
	on := r.During.Start
	if on.IsZero() {
		on = r.During.End
	}
	if on.IsZero() {
		on = lastDate
	}
	s, ok := ix.closures.mayBeClosedAt(n, on)
	if !ok {
		return nil
	}
	when := "closed on " + s.Date.String()
	switch {
	case !s.Date.IsExact():
		when = "closed in " + s.Date.String()
	}
	if !closedBy(s.Date, on) {
		when = "may have " + when
	}
	now := ix.currentSuccessor(s.Successor, on)
	return vocab.Invalid(at.Path(), r.ID, fmt.Sprintf("%s; succeeded by %s (%s)", when, now, s.Kind)).AsWarning()
}

// definedIDs returns the set of IDs of kind k a domain document defines,
// and false when the centre has no document defining that kind.
func (c *Centre) definedIDs(k vocab.RefKind) (map[string]bool, bool) {
	set := func(n int, id func(i int) string) map[string]bool {
		m := make(map[string]bool, n)
		for i := range n {
			m[id(i)] = true
		}
		return m
	}
	switch g, p, l := c.Governance, c.Portfolio, c.Ledger; {
	case k == vocab.RefBody && g != nil:
		return set(len(g.Bodies), func(i int) string { return string(g.Bodies[i].ID) }), true
	case k == vocab.RefProgramme && p != nil:
		return set(len(p.Programmes), func(i int) string { return string(p.Programmes[i].ID) }), true
	case k == vocab.RefFacility && p != nil:
		return set(len(p.Facilities), func(i int) string { return string(p.Facilities[i].ID) }), true
	case k == vocab.RefAward && l != nil:
		return set(len(l.Awards), func(i int) string { return string(l.Awards[i].ID) }), true
	}
	return nil, false
}
