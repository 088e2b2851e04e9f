package governance

import (
	"fmt"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// CheckDates returns the dates on which [Body.Problems] evaluates the
// composition rules, sorted: the body's start, and every date within the
// body's period on which a seat is created or the day after one is
// abolished. Seat counts only change on those dates. Partners joining or
// leaving change the roster on other dates; check those with
// [Body.CompositionAt].
func (b *Body) CheckDates() []vocab.Date {
	if b.Period.Start.IsZero() || !b.Period.IsValid() {
		return nil
	}
	dates := []vocab.Date{b.Period.Start}
	for i := range b.Seats {
		s := b.Seats[i].Period
		if !s.IsValid() {
			continue
		}
		if b.Period.Contains(s.Start) {
			dates = append(dates, s.Start)
		}
		if after := s.End.AddDays(1); !s.End.IsZero() && b.Period.Contains(after) {
			dates = append(dates, after)
		}
	}
	slices.SortFunc(dates, vocab.Date.Compare)
	return slices.Compact(dates)
}

// CompositionAt checks the body's composition rules on date asOf, with
// problems at p.composition: the chair seat must be independent when
// required; no partner may nominate more than MaxPartnerShare of the voting
// seats existing on asOf; and, when roster is not nil, every partner on
// asOf must nominate at least MinVotingSeatsPerPartner of them. Vacant
// seats count: the rules are about seats, not holders.
func (b *Body) CompositionAt(p *vocab.Path, roster vocab.Roster, asOf vocab.Date) vocab.Problems {
	cp := p.Child("composition")
	c := b.Composition
	var ps vocab.Problems
	perPartner := map[vocab.OrgID]int{}
	total := 0
	chairIndependent, hasChair := false, false
	for i := range b.Seats {
		s := &b.Seats[i]
		if !s.existsOn(asOf) {
			continue
		}
		if s.Chair {
			hasChair, chairIndependent = true, s.Independent
		}
		if s.Voting {
			total++
			if s.NominatedBy != "" {
				perPartner[s.NominatedBy]++
			}
		}
	}
	if c.IndependentChair && !chairIndependent {
		detail := "on " + asOf.String() + " the chair seat is nominated by a partner; an independent chair is required"
		if !hasChair {
			detail = "on " + asOf.String() + " there is no chair seat; an independent chair is required"
		}
		ps = ps.Add(vocab.Invalid(cp.Child("independentChair"), nil, detail))
	}
	if !c.MaxPartnerShare.IsZero() && total > 0 {
		for _, org := range sortedKeys(perPartner) {
			if n := perPartner[org]; meets(int64(n), int64(total), c.MaxPartnerShare, true) {
				ps = ps.Add(vocab.OutOfRange(cp.Child("maxPartnerShare"), org,
					fmt.Sprintf("on %s the partner nominates %d of %d voting seats, more than %s", asOf, n, total, c.MaxPartnerShare)))
			}
		}
	}
	if roster != nil && c.MinVotingSeatsPerPartner > 0 {
		for _, org := range roster.PartnersAt(asOf) {
			if n := perPartner[org]; n < c.MinVotingSeatsPerPartner {
				ps = ps.Add(vocab.OutOfRange(cp.Child("minVotingSeatsPerPartner"), org,
					fmt.Sprintf("on %s the partner nominates %d voting seats, fewer than %d", asOf, n, c.MinVotingSeatsPerPartner)))
			}
		}
	}
	return ps
}

func sortedKeys[K ~string, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
