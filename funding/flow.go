package funding

import (
	"cmp"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Flow is one piece of a disbursement: the money one funder provided to one
// programme (or to no programme) in one financial year. [Ledger.FlowsAt]
// splits every disbursement into flows; the cap rules sum them.
type Flow struct {
	// Transaction is the disbursement's ID.
	Transaction string
	// Award is the award it was made under.
	Award vocab.AwardID
	// Year is the financial year of the disbursement's date.
	Year vocab.FinancialYear
	// Funder provided the money.
	Funder vocab.OrgID
	// Class is the funder's class.
	Class FunderClass
	// Programme received it; "" when the award's allocations leave it unallocated.
	Programme vocab.ProgrammeID
	// Amount is the funder's part of the piece; positive.
	Amount Money
}

// FlowsAt splits the disbursements dated on or before asOf (all of them when
// asOf is zero) into flows, exactly:
//
//  1. A disbursement that names a programme goes wholly to it. Otherwise it
//     is split across the award's allocations: each programme gets its share
//     rounded down to the minor unit, and the rest (unallocated shares and
//     rounding) goes to no programme. Rounding down keeps each programme's
//     piece monotone in the amount.
//  2. Each piece is split across the award's funders by their shares with
//     [Apportion] (largest remainder, ties to the lower funder ID), so every
//     minor unit belongs to exactly one funder.
//
// Commitments, disbursements under unknown awards and zero pieces are left
// out. The order of the result follows the ledger; the split does not
// depend on the order of funders or allocations. It reports an error only
// for a ledger that fails validation.
func (d *Ledger) FlowsAt(asOf vocab.Date) ([]Flow, error) {
	classes, awards := d.ClassByFunder(), d.awardsByID()
	// The current award's funders sorted by ID (the award's own list when
	// it is sorted already), and their shares, computed again only when
	// the award changes: disbursements of one award usually come together.
	var (
		last    *Award
		funders []FunderShare
		shares  []vocab.Ratio
	)
	byFunder := func(x, y FunderShare) int { return cmp.Compare(x.Funder, y.Funder) }
	one := vocab.IntRatio(1)
	var out []Flow
	for _, t := range d.Transactions {
		if t.Kind != TransactionKindDisbursement || (!asOf.IsZero() && t.Date.After(asOf)) {
			continue
		}
		a, ok := awards[t.Award]
		if !ok {
			continue
		}
		pieces, err := programmePieces(a, t)
		if err != nil {
			return nil, err
		}
		if a != last {
			last, funders = a, a.Funders
			if !slices.IsSortedFunc(funders, byFunder) {
				funders = slices.SortedFunc(slices.Values(a.Funders), byFunder)
			}
			shares = shares[:0]
			for _, fs := range funders {
				shares = append(shares, fs.Share)
			}
		}
		year := vocab.FinancialYearOf(t.Date)
		for _, pc := range pieces {
			if len(shares) == 1 && shares[0].Compare(one) == 0 { // a sole funder: the whole piece
				if pc.amount.Minor != 0 {
					f := funders[0].Funder
					out = append(out, Flow{Transaction: t.ID, Award: a.ID, Year: year, Funder: f, Class: classes[f], Programme: pc.programme, Amount: pc.amount})
				}
				continue
			}
			parts, _, err := Apportion(pc.amount, shares)
			if err != nil {
				return nil, err
			}
			for i, m := range parts {
				if m.Minor != 0 {
					out = append(out, Flow{Transaction: t.ID, Award: a.ID, Year: year,
						Funder: funders[i].Funder, Class: classes[funders[i].Funder], Programme: pc.programme, Amount: m})
				}
			}
		}
	}
	return out, nil
}

type piece struct {
	programme vocab.ProgrammeID
	amount    Money
}

// programmePieces splits a disbursement across programmes as [Ledger.FlowsAt] describes.
func programmePieces(a *Award, t Transaction) ([]piece, error) {
	if t.Programme != "" {
		return []piece{{t.Programme, t.Amount}}, nil
	}
	parts, rest, err := allocateDown(t.Amount, a.Allocations)
	if err != nil {
		return nil, err
	}
	out := make([]piece, 0, len(parts)+1)
	for i, m := range parts {
		out = append(out, piece{a.Allocations[i].Programme, m})
	}
	return append(out, piece{"", rest}), nil
}

// allocateDown gives each allocation its share of total rounded down to the
// minor unit (exactly, in 128 bits) and returns the rest. total must not be
// negative and the shares must lie in [0, 1] and sum to at most one.
func allocateDown(total Money, als []Allocation) ([]Money, Money, error) {
	shares := make([]vocab.Ratio, len(als))
	for i, al := range als {
		shares[i] = al.Share
	}
	if !validShares(shares) || total.Minor < 0 {
		return nil, Money{}, ErrBadShares
	}
	parts := make([]Money, len(als))
	rest := total
	for i, s := range shares {
		q, _ := mulDivFloor(uint64(total.Minor), s.Num(), s.Den())
		parts[i] = Money{Minor: int64(q), Currency: total.Currency}
		rest.Minor -= int64(q)
	}
	return parts, rest, nil
}
