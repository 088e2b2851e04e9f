package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// MoveKind says what a counterfactual did with a piece of money.
//
// Codes: "declined", "backfilled", "deferred", "expired".
type MoveKind string

// The kinds of move.
const (
	// MoveKindDeclined is money above the cap, refused (decline mode).
	MoveKindDeclined MoveKind = "declined"
	// MoveKindBackfilled is money from the backfill class replacing
	// refused money (decline mode with a backfill).
	MoveKindBackfilled MoveKind = "backfilled"
	// MoveKindDeferred is money above the cap, moved to the next
	// financial year (defer mode).
	MoveKindDeferred MoveKind = "deferred"
	// MoveKindExpired is deferred money still above the cap when it may be
	// deferred no more, refused (defer mode).
	MoveKindExpired MoveKind = "expired"
)

var moveKinds = vocab.NewEnum(MoveKindDeclined, MoveKindBackfilled, MoveKindDeferred, MoveKindExpired)

// MoveKinds returns the enum of move kinds, for listing, parsing and
// checking.
func MoveKinds() vocab.Enum[MoveKind] { return moveKinds }

// EnumValues lists the allowed codes (for schema export).
func (MoveKind) EnumValues() []string { return moveKinds.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; unknown codes are an
// ErrNotSupported problem listing the allowed ones.
func (v *MoveKind) UnmarshalText(b []byte) error { return moveKinds.Unmarshal(v, b) }

// Move is one piece of money a counterfactual declined, backfilled,
// deferred or let expire: part of one [Flow].
type Move struct {
	// Kind says what happened to the money.
	Kind MoveKind
	// Transaction is the disbursement the money came from (for a backfill,
	// the disbursement whose refused money it replaces).
	Transaction string
	// Award is the disbursement's award.
	Award vocab.AwardID
	// Funder provided the money: the original funder, or the notional
	// "backfill-<class>" funder of a backfill.
	Funder vocab.OrgID
	// Class is the funder's class.
	Class FunderClass
	// Programme the money went (or would have gone) to; "" when
	// unallocated.
	Programme vocab.ProgrammeID
	// Year is the financial year the money left (declined, deferred,
	// expired) or arrived in (backfilled).
	Year vocab.FinancialYear
	// To is the year deferred money moved to; zero for other kinds.
	To vocab.FinancialYear
	// Deferrals is how many times the money had been deferred before this
	// move.
	Deferrals int
	// Amount is the money moved; positive.
	Amount Money
}

// Difference is the money of one funder class, to one programme, in one
// financial year, before and after a counterfactual, and what moved it.
// The amounts always reconcile: After = Before − Declined + Backfilled −
// DeferredOut + DeferredIn − Expired.
type Difference struct {
	// Year is the financial year; zero in a total over years.
	Year vocab.FinancialYear
	// Programme is the programme; "" for unallocated money (or in a total).
	Programme vocab.ProgrammeID
	// Class is the funder class; "" in a total over classes.
	Class FunderClass
	// Before is the money disbursed in the ledger.
	Before Money
	// After is the money disbursed in the counterfactual.
	After Money
	// Declined is money refused because it was above the cap.
	Declined Money
	// Backfilled is money the backfill class added.
	Backfilled Money
	// DeferredOut is money moved from this year to the next.
	DeferredOut Money
	// DeferredIn is money moved into this year from the one before.
	DeferredIn Money
	// Expired is deferred money refused when it could be deferred no more.
	Expired Money
}

// Change returns After − Before: negative when the counterfactual has less
// money.
func (d Difference) Change() Money {
	c, _ := d.After.Sub(d.Before) // both fit and are not negative
	return c
}

// IsZero reports whether nothing moved: no money declined, backfilled,
// deferred or expired (Before and After may still be non-zero).
func (d Difference) IsZero() bool {
	return d.Declined.Minor == 0 && d.Backfilled.Minor == 0 && d.DeferredOut.Minor == 0 &&
		d.DeferredIn.Minor == 0 && d.Expired.Minor == 0
}

// add adds e's amounts to d's.
func (d *Difference) add(e Difference) {
	for _, p := range []struct{ dst, src *Money }{{&d.Before, &e.Before}, {&d.After, &e.After}, {&d.Declined, &e.Declined},
		{&d.Backfilled, &e.Backfilled}, {&d.DeferredOut, &e.DeferredOut}, {&d.DeferredIn, &e.DeferredIn}, {&d.Expired, &e.Expired}} {
		*p.dst = sumMoney(*p.dst, *p.src)
	}
}

// sumMoney adds amounts of one ledger, whose totals fit.
func sumMoney(a, b Money) Money {
	s, err := a.Add(b)
	if err != nil {
		return a
	}
	return s
}
