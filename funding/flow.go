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
	return d.flowsAt(asOf, d.ClassByFunder(), d.awardsByID())
}

// flowsAt is [Ledger.FlowsAt] with the ledger's funder classes and awards
// by ID. It allocates the result once and nothing per disbursement (when
// its awards' funders are sorted by ID, as canonical ledgers' are).
func (d *Ledger) flowsAt(asOf vocab.Date, classes map[vocab.OrgID]FunderClass, awards map[vocab.AwardID]*Award) ([]Flow, error) {
	// First, each counted disbursement's award, and a bound on the number
	// of flows: a disbursement makes at most one flow per funder and
	// piece, and at most one per minor unit.
	of := make([]*Award, len(d.Transactions))
	// The bound is a guess at memory when the pieces are many and small,
	// so it stops growing at limit (and never overflows, on 32 bits too).
	limit := int64(8*len(d.Transactions) + 1024)
	bound := int64(0)
	for i := range d.Transactions {
		t := &d.Transactions[i]
		if t.Kind != TransactionKindDisbursement || (!asOf.IsZero() && t.Date.After(asOf)) {
			continue
		}
		a, ok := awards[t.Award]
		if !ok {
			continue
		}
		of[i] = a
		pieces := 1
		if t.Programme == "" {
			pieces = len(a.Allocations) + 1
		}
		bound = min(bound+min(int64(pieces)*int64(max(len(a.Funders), 1)), max(t.Amount.Minor, 0)), limit)
	}
	out := make([]Flow, 0, int(bound))
	// The current award's funders sorted by ID (the award's own list when
	// it is sorted already), their shares and its allocations' shares,
	// computed again only when the award changes: disbursements of one
	// award usually come together.
	var (
		last                           *Award
		funders                        []FunderShare
		shares, allocShares            []vocab.Ratio
		sole, fundersValid, allocValid bool
		pieces                         []piece
		parts                          []Money
		ap                             apportioner
	)
	byFunder := func(x, y FunderShare) int { return cmp.Compare(x.Funder, y.Funder) }
	for i, a := range of {
		if a == nil {
			continue
		}
		t := &d.Transactions[i]
		if a != last {
			last, funders = a, a.Funders
			if !slices.IsSortedFunc(funders, byFunder) {
				funders = slices.SortedFunc(slices.Values(a.Funders), byFunder)
			}
			shares, allocShares = shares[:0], allocShares[:0]
			for _, fs := range funders {
				shares = append(shares, fs.Share)
			}
			for _, al := range a.Allocations {
				allocShares = append(allocShares, al.Share)
			}
			fundersValid, ap.whole = checkShares(shares)
			allocValid = validShares(allocShares)
			sole = len(shares) == 1 && shares[0].Compare(vocab.IntRatio(1)) == 0
		}
		if t.Programme == "" && (!allocValid || t.Amount.Minor < 0) {
			return nil, ErrBadShares
		}
		pieces = appendPieces(pieces[:0], a, t, allocShares)
		year := vocab.FinancialYearOf(t.Date)
		for _, pc := range pieces {
			if sole { // the whole piece
				if pc.amount.Minor != 0 {
					f := funders[0].Funder
					out = append(out, Flow{Transaction: t.ID, Award: a.ID, Year: year, Funder: f, Class: classes[f], Programme: pc.programme, Amount: pc.amount})
				}
				continue
			}
			if !fundersValid {
				return nil, ErrBadShares
			}
			parts, _ = ap.apportion(parts[:0], pc.amount, shares)
			for j, m := range parts {
				if m.Minor != 0 {
					out = append(out, Flow{Transaction: t.ID, Award: a.ID, Year: year,
						Funder: funders[j].Funder, Class: classes[funders[j].Funder], Programme: pc.programme, Amount: m})
				}
			}
		}
	}
	if len(out) == 0 {
		return nil, nil // as when nothing was appended
	}
	return out, nil
}

type piece struct {
	programme vocab.ProgrammeID
	amount    Money
}

// appendPieces appends to dst the split of disbursement t of award a across
// programmes, as [Ledger.FlowsAt] describes: the recorded programme, or each
// allocation's share (allocShares, valid) rounded down and the rest to no
// programme. t's amount must not be negative.
func appendPieces(dst []piece, a *Award, t *Transaction, allocShares []vocab.Ratio) []piece {
	if t.Programme != "" {
		return append(dst, piece{t.Programme, t.Amount})
	}
	rest := t.Amount
	for i, s := range allocShares {
		m := floorShare(t.Amount, s)
		dst = append(dst, piece{a.Allocations[i].Programme, m})
		rest.Minor -= m.Minor
	}
	return append(dst, piece{"", rest})
}

// floorShare returns total×s rounded down to the minor unit, exactly (in
// 128 bits), for a total that is not negative and a share in [0, 1].
func floorShare(total Money, s vocab.Ratio) Money {
	q, _ := mulDivFloor(uint64(total.Minor), s.Num(), s.Den())
	return Money{Minor: int64(q), Currency: total.Currency}
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
		parts[i] = floorShare(total, s)
		rest.Minor -= parts[i].Minor
	}
	return parts, rest, nil
}
