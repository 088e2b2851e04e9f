package funding

import (
	"fmt"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// ChangeMode says what happens, in a counterfactual ([ApplyChange]), to
// money above a cap.
//
// Codes: "decline", "defer".
type ChangeMode string

// The change modes.
const (
	// ChangeModeDecline refuses the money above the cap; another funder
	// class may backfill part of it ([Change.Backfill]).
	ChangeModeDecline ChangeMode = "decline"
	// ChangeModeDefer moves the money above the cap to the next financial
	// year, where the cap applies again; money deferred more often than
	// [Change.ExpiresAfter] allows expires (is refused).
	ChangeModeDefer ChangeMode = "defer"
)

var changeModes = vocab.NewEnum(ChangeModeDecline, ChangeModeDefer)

// ChangeModes returns the enum of change modes, for listing, parsing and
// checking.
func ChangeModes() vocab.Enum[ChangeMode] { return changeModes }

// EnumValues lists the allowed codes (for schema export).
func (ChangeMode) EnumValues() []string { return changeModes.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; unknown codes are an
// ErrNotSupported problem listing the allowed ones.
func (v *ChangeMode) UnmarshalText(b []byte) error { return changeModes.Unmarshal(v, b) }

// MaxExpiresAfter is the largest [Change.ExpiresAfter]: money may be
// deferred for at most a century, which bounds the work of [ApplyChange]
// at 100 passes over the flows.
const MaxExpiresAfter = 100

// Change is a policy change to try on a ledger with [ApplyChange]: a cap
// rule, as if it had been in force, and what happens to the money above
// it.
//
// The caps a change can apply are [PrivateShareCap] and
// [FunderConcentrationCap] (as values or pointers): both measure
// disbursement flows, so the money above them can be refused or moved.
type Change struct {
	// Rule is the cap to apply: a PrivateShareCap or a
	// FunderConcentrationCap. Its Year, when set, limits the change to that
	// financial year.
	Rule Rule
	// Mode is decline or defer.
	Mode ChangeMode
	// Backfill, with decline and a private-share cap only, is the funder
	// class that replaces refused money (the university's own funds, say:
	// academic); none when empty. It must not be a class the cap counts.
	// Backfilled money is recorded as flows from a notional funder
	// "backfill-<class>" to the same programme in the same year.
	Backfill FunderClass
	// BackfillShare is the share of the refused money the backfill class
	// replaces, in (0, 1]; required with Backfill. Because backfilled
	// money adds to the whole, less needs refusing: the least amount x
	// such that the capped money less x is within the cap of the whole
	// less x plus ⌊BackfillShare×x⌋.
	BackfillShare vocab.Ratio
	// ExpiresAfter, with defer only, is how many times money may move to
	// the next financial year, from 1 to [MaxExpiresAfter]: money still
	// above the cap after that many deferrals expires. Money that would
	// move past 9998-99, the last financial year, expires too.
	ExpiresAfter int
}

// Problems checks the change at p: a supported cap rule, valid in itself,
// a mode, and the mode's parameters (backfill only when declining a
// private-share cap, with a class the cap does not count and a share in
// (0, 1]; an expiry from 1 to [MaxExpiresAfter] only when deferring).
func (c Change) Problems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	rp := p.Child("rule")
	cp, ok := capOf(c.Rule)
	switch {
	case c.Rule == nil || c.Rule == (*PrivateShareCap)(nil) || c.Rule == (*FunderConcentrationCap)(nil):
		ps = ps.Add(vocab.Required(rp, "a private-share-cap or funder-concentration-cap rule"))
	case !ok:
		ps = ps.Add(vocab.NotSupported(rp.Child("kind"), c.Rule.Kind(), []string{"funder-concentration-cap", "private-share-cap"}))
	default:
		ps = append(ps, c.Rule.Problems(rp)...)
	}
	ps = ps.Add(changeModes.Check(p.Child("mode"), c.Mode, true))
	bp, sp, ep := p.Child("backfill"), p.Child("backfillShare"), p.Child("expiresAfter")
	switch {
	case c.Backfill == "":
	case c.Mode != ChangeModeDecline:
		ps = ps.Add(vocab.Forbidden(bp, "only a decline has a backfill"))
	case ok && cp.private == nil:
		ps = ps.Add(vocab.Forbidden(bp, "only a private-share cap can be backfilled: a backfill funder would itself count towards a funder-concentration cap"))
	case !funderClasses.Contains(c.Backfill):
		ps = ps.Add(funderClasses.Check(bp, c.Backfill, true))
	case ok && slices.Contains(cp.private.classes(), c.Backfill):
		ps = ps.Add(vocab.Invalid(bp, string(c.Backfill), "the cap counts this class; backfill with a class it does not count"))
	}
	switch {
	case c.Backfill == "" && !c.BackfillShare.IsZero():
		ps = ps.Add(vocab.Forbidden(sp, "a backfill share needs a backfill class"))
	case c.Backfill != "" && c.BackfillShare.IsZero():
		ps = ps.Add(vocab.Required(sp, "the share of refused money the backfill class replaces, in (0, 1]"))
	case !c.BackfillShare.InUnitInterval():
		ps = ps.Add(vocab.OutOfRange(sp, c.BackfillShare, "a share in (0, 1]"))
	}
	switch {
	case c.Mode == ChangeModeDefer && c.ExpiresAfter == 0:
		ps = ps.Add(vocab.Required(ep, fmt.Sprintf("the number of years deferred money waits before it expires, from 1 to %d", MaxExpiresAfter)))
	case c.Mode == ChangeModeDefer && (c.ExpiresAfter < 1 || c.ExpiresAfter > MaxExpiresAfter):
		ps = ps.Add(vocab.OutOfRange(ep, c.ExpiresAfter, fmt.Sprintf("from 1 to %d years", MaxExpiresAfter)))
	case c.Mode != ChangeModeDefer && c.ExpiresAfter != 0:
		ps = ps.Add(vocab.Forbidden(ep, "only a deferral expires"))
	}
	return ps
}

// Describe states the change in one phrase: the rule's description and
// what happens to the money above it.
func (c Change) Describe() string {
	if _, ok := capOf(c.Rule); !ok {
		return "no supported cap rule"
	}
	s := c.Rule.Describe()
	switch c.Mode {
	case ChangeModeDecline:
		s += "; money above the cap is declined"
		if c.Backfill != "" {
			s += fmt.Sprintf(", and %s funders backfill %s of it", c.Backfill, c.BackfillShare.PercentString(1))
		}
	case ChangeModeDefer:
		years := "years"
		if c.ExpiresAfter == 1 {
			years = "year"
		}
		s += fmt.Sprintf("; money above the cap is deferred to the next financial year, expiring after %d %s", c.ExpiresAfter, years)
	}
	return s
}

// capRule is a change's cap: exactly one of private and concentration is
// set.
type capRule struct {
	private       *PrivateShareCap
	concentration *FunderConcentrationCap
}

// year is the financial year the cap is limited to; zero for every year.
func (c capRule) year() vocab.FinancialYear {
	if c.private != nil {
		return c.private.Year
	}
	return c.concentration.Year
}

// capOf returns the cap of a supported rule, and false for any other.
func capOf(r Rule) (capRule, bool) {
	switch r := r.(type) {
	case PrivateShareCap:
		return capRule{private: &r}, true
	case *PrivateShareCap:
		if r != nil {
			return capRule{private: r}, true
		}
	case FunderConcentrationCap:
		return capRule{concentration: &r}, true
	case *FunderConcentrationCap:
		if r != nil {
			return capRule{concentration: r}, true
		}
	}
	return capRule{}, false
}
