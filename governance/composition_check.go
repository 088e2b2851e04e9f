package governance

import (
	"fmt"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// SeatChangeDates returns, sorted, the dates on which the body's seats
// change: the body's start, and every date within the body's period on
// which a seat is created or the day after one is abolished. Seat counts
// only change on those dates, so [Body.Problems] checks the composition
// rules on each of them. It returns nil when the body's period has no
// start or ends before it starts.
func (b *Body) SeatChangeDates() []vocab.Date { return b.checkDates(nil) }

// checkDates returns the seat change dates and those of extra within the
// body's period, sorted and distinct.
func (b *Body) checkDates(extra []vocab.Date) []vocab.Date {
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
	for _, d := range extra {
		if b.Period.Contains(d) {
			dates = append(dates, d)
		}
	}
	slices.SortFunc(dates, vocab.Date.Compare)
	return slices.Compact(dates)
}

// CheckCompositionAt checks the body's composition rules on date d, with
// problems at at.composition (at is the body's path): the chair seat must
// be independent when required; no partner may nominate more than
// MaxPartnerShare of the voting seats existing on d; and, when roster is
// not nil, every partner on d must nominate at least
// MinVotingSeatsPerPartner of them. Vacant seats count: the rules are
// about seats, not holders.
func (b *Body) CheckCompositionAt(at *vocab.Path, roster vocab.Roster, d vocab.Date) vocab.Problems {
	cp := at.Child("composition")
	ps := b.seatRuleProblems(cp, d)
	if roster != nil {
		ps = append(ps, b.minSeatsProblems(cp, roster, d)...)
	}
	return ps
}

// votingSeatsAt counts the voting seats existing on d, in total and per
// nominating partner.
func (b *Body) votingSeatsAt(d vocab.Date) (total int, perPartner map[vocab.OrgID]int) {
	perPartner = map[vocab.OrgID]int{}
	for i := range b.Seats {
		s := &b.Seats[i]
		if s.Voting && s.existsAt(d) {
			total++
			if s.NominatedBy != "" {
				perPartner[s.NominatedBy]++
			}
		}
	}
	return total, perPartner
}

// seatRuleProblems checks, at cp, the composition rules that need no
// roster: an independent chair and the cap on one partner's share.
func (b *Body) seatRuleProblems(cp *vocab.Path, d vocab.Date) vocab.Problems {
	c := b.Composition
	var ps vocab.Problems
	if c.IndependentChair {
		chairIndependent, hasChair := false, false
		for i := range b.Seats {
			if s := &b.Seats[i]; s.Chair && s.existsAt(d) {
				hasChair, chairIndependent = true, s.Independent
			}
		}
		switch {
		case !hasChair:
			ps = ps.Add(vocab.Invalid(cp.Child("independentChair"), nil, "on "+d.String()+" there is no chair seat; an independent chair is required"))
		case !chairIndependent:
			ps = ps.Add(vocab.Invalid(cp.Child("independentChair"), nil, "on "+d.String()+" the chair seat is nominated by a partner; an independent chair is required"))
		}
	}
	if c.MaxPartnerShare.IsZero() {
		return ps
	}
	total, perPartner := b.votingSeatsAt(d)
	if total == 0 {
		return ps
	}
	for _, org := range sortedKeys(perPartner) {
		if n := perPartner[org]; meets(int64(n), int64(total), c.MaxPartnerShare, true) {
			ps = ps.Add(vocab.OutOfRange(cp.Child("maxPartnerShare"), org,
				fmt.Sprintf("on %s the partner nominates %d of %d voting seats, more than %s", d, n, total, c.MaxPartnerShare)))
		}
	}
	return ps
}

// minSeatsProblems checks, at cp, that every partner on d nominates at
// least MinVotingSeatsPerPartner voting seats.
func (b *Body) minSeatsProblems(cp *vocab.Path, roster vocab.Roster, d vocab.Date) vocab.Problems {
	need := b.Composition.MinVotingSeatsPerPartner
	if need <= 0 {
		return nil
	}
	_, perPartner := b.votingSeatsAt(d)
	var ps vocab.Problems
	for _, org := range roster.PartnersAt(d) {
		if n := perPartner[org]; n < need {
			ps = ps.Add(vocab.OutOfRange(cp.Child("minVotingSeatsPerPartner"), org,
				fmt.Sprintf("on %s the partner nominates %d voting seats, fewer than %d", d, n, need)))
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
