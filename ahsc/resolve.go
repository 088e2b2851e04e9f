package ahsc

import (
	"fmt"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// resolve checks every reference against the centre, in one place:
//   - organisation references must name a partner or organisation;
//   - partner references must name a partner that is a member throughout
//     the reference's period (an error when it is never a member in that
//     period, a warning when only for part of it);
//   - programme, body, award and facility references must name something
//     the corresponding document defines;
//   - a reference to an organisation closed by a succession at the
//     referencing date is a warning that names the successor.
//
// Each reference costs a constant number of map lookups and a scan of the
// referenced organisation's own memberships and successions.
func (ix *index) resolve(ps *vocab.Collector, refs []vocab.Reference) *vocab.Collector {
	defined := ix.c.definedIDs()
	for _, r := range refs {
		switch r.Kind {
		case vocab.RefOrganisation:
			if ix.orgs[vocab.OrgID(r.ID)] == nil {
				ps = ps.Add(vocab.NotFound(r.Path, r.ID, "no partner or organisation has this ID"))
				continue
			}
			ps = ps.Add(ix.closedWarning(r))
		case vocab.RefPartner:
			ps = ps.Add(ix.resolvePartner(r)...)
		default:
			ids, ok := defined[r.Kind]
			switch {
			case !ok:
				ps = ps.Add(vocab.NotFound(r.Path, r.ID, fmt.Sprintf("the centre has no document defining %ss", r.Kind)))
			case !ids[r.ID]:
				ps = ps.Add(vocab.NotFound(r.Path, r.ID, fmt.Sprintf("no %s has this ID", r.Kind)))
			}
		}
	}
	return ps
}

func (ix *index) resolvePartner(r vocab.Reference) []*vocab.Problem {
	id := vocab.OrgID(r.ID)
	if !ix.isPartner(id) {
		if ix.orgs[id] != nil {
			return []*vocab.Problem{vocab.NotFound(r.Path, r.ID, "is an organisation but not a partner of the centre")}
		}
		return []*vocab.Problem{vocab.NotFound(r.Path, r.ID, "no partner has this ID")}
	}
	periods := ix.periods[id]
	if r.During.IsZero() {
		return []*vocab.Problem{ix.closedWarning(r)}
	}
	overlaps := slices.ContainsFunc(periods, r.During.Overlaps)
	switch {
	case !overlaps:
		return []*vocab.Problem{vocab.NotFound(r.Path, r.ID, "is not a partner during "+r.During.String())}
	case !coveredBy(periods, r.During):
		return []*vocab.Problem{vocab.Invalid(r.Path, r.ID,
			"is a partner for only part of "+r.During.String()).AsWarning(), ix.closedWarning(r)}
	}
	return []*vocab.Problem{ix.closedWarning(r)}
}

// coveredBy reports whether the union of periods covers every day of q.
func coveredBy(periods []vocab.Period, q vocab.Period) bool {
	ps := slices.Clone(periods)
	slices.SortFunc(ps, func(a, b vocab.Period) int { return a.Start.Compare(b.Start) })
	// at is the first day of q not yet known to be covered; zero = open start.
	at, open := q.Start, q.Start.IsZero()
	for _, p := range ps {
		if !open && !p.Start.IsZero() && p.Start.After(at) {
			break // a gap before p
		}
		if open && !p.Start.IsZero() {
			return false // q is open at the start but no period is
		}
		if p.End.IsZero() {
			return true
		}
		if !open && p.End.Before(at) {
			continue
		}
		open, at = false, p.End.AddDays(1)
		if !q.End.IsZero() && at.After(q.End) {
			return true
		}
	}
	return false
}

// lastDate is the last representable date: an undated reference is checked
// against every succession.
var lastDate = vocab.MustParseDate("9999-12-31")

// closedWarning returns a warning when the referenced organisation had been
// succeeded on the reference's date (its start, or its end when open at the
// start, or ever when undated), naming the organisation now carrying its work.
func (ix *index) closedWarning(r vocab.Reference) *vocab.Problem {
	id := vocab.OrgID(r.ID)
	on := r.During.Start
	if on.IsZero() {
		on = r.During.End
	}
	if on.IsZero() {
		on = lastDate
	}
	s, ok := ix.closures.closedAt(id, on)
	if !ok {
		return nil
	}
	return vocab.Invalid(r.Path, r.ID, fmt.Sprintf("closed on %s; succeeded by %s (%s)",
		s.Date, ix.currentSuccessor(id, on), s.Kind)).AsWarning()
}

// definedIDs returns, per reference kind a domain document defines, the set
// of IDs it defines; a kind is absent when its document is.
func (c *Centre) definedIDs() map[vocab.RefKind]map[string]bool {
	out := map[vocab.RefKind]map[string]bool{}
	add := func(kind vocab.RefKind, id string) { out[kind][id] = true }
	if g := c.Governance; g != nil {
		out[vocab.RefBody] = map[string]bool{}
		for _, b := range g.Bodies {
			add(vocab.RefBody, string(b.ID))
		}
	}
	if p := c.Portfolio; p != nil {
		out[vocab.RefProgramme], out[vocab.RefFacility] = map[string]bool{}, map[string]bool{}
		for _, pr := range p.Programmes {
			add(vocab.RefProgramme, string(pr.ID))
		}
		for _, f := range p.Facilities {
			add(vocab.RefFacility, string(f.ID))
		}
	}
	if l := c.Ledger; l != nil {
		out[vocab.RefAward] = map[string]bool{}
		for _, a := range l.Awards {
			add(vocab.RefAward, string(a.ID))
		}
	}
	return out
}
