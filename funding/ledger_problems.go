package funding

import (
	"errors"
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Problems checks the ledger as a standalone document and returns every
// problem, errors and warnings, with paths from the document's root: the
// format version, IDs, one currency, funder shares in (0, 1] summing to
// exactly one, allocations summing to at most one, disbursed never above
// awarded, transactions that reconcile with their awards and are dated in
// a financial year that has a text form (0001-04-01 to 9999-03-31), draws
// within their budget year, and totals that fit in int64 minor units.
// Cross-document references (partners, organisations, programmes) are
// left to the Centre, which resolves [Ledger.References]. A nil ledger has
// no problems.
//
// It runs in time linear in the size of the ledger, up to map lookups.
func (d *Ledger) Problems() vocab.Problems { return d.CollectProblems(new(vocab.Collector)).Problems() }

// CollectProblems adds the problems [Ledger.Problems] returns to ps, in the
// same order, and returns ps. A collector with a limit keeps at most that
// many and counts the rest, so memory stays bounded however many problems
// the ledger has; [DecodeLedger] checks with it.
func (d *Ledger) CollectProblems(ps *vocab.Collector) *vocab.Collector {
	if d == nil {
		return ps
	}
	ps = ps.OrderBy(vocab.DocumentOrder(d))
	return d.contentProblems(ps.Add(d.Version.Problems(vocab.NewPath("version"))...))
}

// contentProblems is [Ledger.CollectProblems] without the format version,
// for [Evaluate], which evaluates ledgers inside a Centre too.
func (d *Ledger) contentProblems(ps *vocab.Collector) *vocab.Collector {
	cur := d.Currency
	ps = ps.Add(cur.check(vocab.NewPath("currency"), ""))
	if !cur.IsValid() {
		cur = "" // report amounts' own problems, not a mismatch with a bad code
	}
	fp := vocab.NewPath("funders")
	for i := range d.Funders {
		ps = d.Funders[i].problems(ps, vocab.LazyAt(fp).Index(i))
	}
	ps = vocab.CollectUniqueIDsOf(ps, fp, "id", d.Funders, func(f *Funder) vocab.OrgID { return f.ID })

	funders := d.funderIndexes()
	ap := vocab.NewPath("awards")
	for i := range d.Awards {
		ps = awardProblems(ps, vocab.LazyAt(ap).Index(i), &d.Awards[i], cur, funders)
	}
	// One index of awards by ID (the first holder of each), which also
	// finds the repeated IDs, as vocab.CollectUniqueIDsOf would.
	awards := make(map[vocab.AwardID]int, len(d.Awards))
	for i := range d.Awards {
		id := d.Awards[i].ID
		switch j, dup := awards[id]; {
		case !dup:
			awards[id] = i
		case id != "":
			ps = ps.Add(vocab.Duplicate(ap.Index(i).Child("id"), string(id), "first used at "+ap.Index(j).Child("id").String()))
		}
	}
	ps = d.transactionProblems(ps, cur, awards)
	ps = d.budgetProblems(ps, cur, awards)
	ps = vocab.CollectSources(ps, vocab.NewPath("sources"), d.Sources)
	return strictjson.CollectInvalidUTF8(ps, nil, d)
}

// MaxMinor is the most minor units an amount in a document may hold,
// 2^53−1 (about 90 trillion pounds): the largest integer every JSON reader
// holds exactly (I-JSON, RFC 7493 §2.2), so that money survives a
// JavaScript reader. Decoding refuses more, and validation reports a larger
// amount built in Go; arithmetic on [Money] in Go keeps the int64 range.
const MaxMinor = 1<<53 - 1

// checkAmount reports at p a missing, negative or zero (when positive is
// required) amount, one beyond [MaxMinor], or one in the wrong currency.
func checkAmount(p *vocab.Path, m Money, cur Currency, positive bool) vocab.Problems {
	return vocab.LazyAt(p).LocateAll(checkAmountAt(m, cur, positive))
}

// checkAmountAt is [checkAmount] at the root: the problems' paths are
// relative to the amount (nil for the amount itself), and nil when the
// amount is fine, so that a caller builds its path only on a problem.
func checkAmountAt(m Money, cur Currency, positive bool) vocab.Problems {
	var p *vocab.Path
	if (!m.IsZero() || positive) && amountOK(m, cur, positive) {
		return nil
	}
	switch {
	case m.IsZero() && positive:
		return vocab.Problems{vocab.Required(p, "a positive amount")}
	case m.IsZero():
		return nil
	}
	ps := vocab.Problems{}.Add(m.Currency.check(p.Child("currency"), cur))
	switch {
	case m.Minor < 0 || (positive && m.Minor == 0):
		ps = ps.Add(vocab.OutOfRange(p.Child("minor"), m.Minor, "must be positive"))
	case m.Minor > MaxMinor:
		ps = ps.Add(vocab.OutOfRange(p.Child("minor"), m.Minor,
			"want at most 9007199254740991 minor units (2^53−1, the largest integer every JSON reader holds exactly)"))
	}
	return ps
}

// amountOK reports whether a non-zero amount (or a zero one not required
// to be positive) has no problem for checkAmount.
func amountOK(m Money, cur Currency, positive bool) bool {
	if m.IsZero() {
		return !positive
	}
	return m.Currency.check(nil, cur) == nil && m.Minor >= 0 && m.Minor <= MaxMinor && (!positive || m.Minor != 0)
}

// awardProblems checks award a at p; funders indexes the ledger's funders.
// Paths are built only for problems found.
func awardProblems(ps *vocab.Collector, p vocab.LazyPath, a *Award, cur Currency, funders map[vocab.OrgID]int) *vocab.Collector {
	ps = ps.Add(p.LocateChild("id", vocab.CheckID(nil, a.ID, true)))
	ps = ps.Add(p.LocateChild("recipient", vocab.CheckID(nil, a.Recipient, true)))
	ps = funderShareProblems(ps, p.Child("funders"), a.Funders, funders)
	ps = ps.Add(p.LocateAllChild("amountAppliedFor", checkAmountAt(a.AmountAppliedFor, cur, false))...)
	ps = ps.Add(p.LocateAllChild("amountAwarded", checkAmountAt(a.AmountAwarded, cur, true))...)
	ps = ps.Add(p.LocateAllChild("amountDisbursed", checkAmountAt(a.AmountDisbursed, cur, false))...)
	if c, err := a.AmountDisbursed.CompareAmount(a.AmountAwarded); err == nil && c > 0 {
		ps = ps.Add(vocab.OutOfRange(p.Child("amountDisbursed").Path(), a.AmountDisbursed,
			"disbursed exceeds the "+a.AmountAwarded.String()+" awarded"))
	}
	if a.AwardDate.IsZero() {
		ps = ps.Add(vocab.Required(p.Child("awardDate").Path(), "the date the decision to award was made"))
	}
	ps = ps.Add(p.LocateChild("awardDate", vocab.CheckDay(nil, a.AwardDate, false)))
	if !a.PlannedPeriod.IsValid() {
		ps = ps.Add(vocab.Invalid(p.Child("plannedPeriod").Path(), a.PlannedPeriod.String(), "ends before it starts"))
	}
	if !a.ActualPeriod.IsValid() {
		ps = ps.Add(vocab.Invalid(p.Child("actualPeriod").Path(), a.ActualPeriod.String(), "ends before it starts"))
	}
	ps = ps.Add(p.LocateChild("call", callTypes.Check(nil, a.Call, false)))
	if !a.PeerReview.IsZero() {
		ps = a.PeerReview.problems(ps, p.Child("peerReview").Path())
	}
	if len(a.DecisionMakers) > 0 {
		ps = personProblems(ps, p.Child("decisionMakers").Path(), a.DecisionMakers)
	}
	for i := range a.Conditions {
		ps = a.Conditions[i].problems(ps, p.Child("conditions").Index(i))
	}
	return allocationProblems(ps, p.Child("allocations"), a.Allocations)
}

// funderShareProblems checks an award's funders at p: at least one, each
// listed in the ledger (funders) once, shares in (0, 1] summing to exactly
// one.
func funderShareProblems(ps *vocab.Collector, p vocab.LazyPath, shares []FunderShare, funders map[vocab.OrgID]int) *vocab.Collector {
	if len(shares) == 0 {
		return ps.Add(vocab.Required(p.Path(), "at least one funder with its share"))
	}
	var buf [4]vocab.Ratio
	rs := buf[:0]
	for i, fs := range shares {
		rs = append(rs, fs.Share)
		ip := p.Index(i).Child("funder")
		if pr := vocab.CheckID(nil, fs.Funder, true); pr != nil {
			ps = ps.Add(ip.Locate(pr))
		} else if _, ok := funders[fs.Funder]; !ok {
			ps = ps.Add(vocab.NotFound(ip.Path(), string(fs.Funder), "not in the ledger's funders"))
		}
	}
	// Few funders (the common case) are compared pairwise; longer lists
	// are left to CollectUniqueIDsOf, which indexes them.
	unique := len(shares) <= len(buf)
	for i := 1; unique && i < len(shares); i++ {
		for _, prev := range shares[:i] {
			unique = unique && (prev.Funder != shares[i].Funder || prev.Funder == "")
		}
	}
	if unique && vocab.SharesSumToOne(rs) {
		return ps
	}
	lp := p.Path()
	ps = vocab.CollectUniqueIDsOf(ps, lp, "funder", shares, func(fs *FunderShare) vocab.OrgID { return fs.Funder })
	return vocab.CollectSharesSumToOne(ps, lp, rs, func(i int) *vocab.Path { return lp.Index(i).Child("share") })
}

// allocationProblems checks allocations at p: programmes valid and unique,
// shares in (0, 1] summing to at most one.
func allocationProblems(ps *vocab.Collector, p vocab.LazyPath, als []Allocation) *vocab.Collector {
	if len(als) == 0 {
		return ps
	}
	var buf [4]vocab.Ratio
	rs := buf[:0]
	for i, al := range als {
		rs = append(rs, al.Share)
		ps = ps.Add(p.Index(i).LocateChild("programme", vocab.CheckID(nil, al.Programme, true)))
	}
	// Few allocations (the common case) are compared pairwise; longer
	// lists are left to CollectUniqueIDsOf, which indexes them.
	unique := len(als) <= len(buf)
	for i := 1; unique && i < len(als); i++ {
		for _, prev := range als[:i] {
			unique = unique && (prev.Programme != als[i].Programme || prev.Programme == "")
		}
	}
	if unique && vocab.SharesAtMostOne(rs) {
		return ps
	}
	lp := p.Path()
	ps = vocab.CollectUniqueIDsOf(ps, lp, "programme", als, func(al *Allocation) vocab.ProgrammeID { return al.Programme })
	return vocab.CollectSharesAtMostOne(ps, lp, rs, func(i int) *vocab.Path { return lp.Index(i).Child("share") })
}

// transactionProblems checks each transaction and reconciles them with
// their awards (awards indexes them): disbursements sum to the award's
// amountDisbursed, and neither commitments nor disbursements exceed the
// amount awarded.
func (d *Ledger) transactionProblems(ps *vocab.Collector, cur Currency, awards map[vocab.AwardID]int) *vocab.Collector {
	tp := vocab.NewPath("transactions")
	// sums[k] totals the transactions under the award whose ID first
	// appears at k; a later award with that ID is reported as a duplicate,
	// not reconciled.
	type totals struct {
		committed, disbursed Money
		seen, any, overflow  bool
	}
	sums := make([]totals, len(d.Awards))
	var grand Money
	for i := range d.Transactions {
		t := &d.Transactions[i]
		ip := vocab.LazyAt(tp).Index(i)
		ps = ps.Add(ip.LocateChild("id", vocab.CheckID(nil, t.ID, true)))
		ps = ps.Add(ip.LocateChild("kind", transactionKinds.Check(nil, t.Kind, true)))
		ps = ps.Add(ip.LocateChild("programme", vocab.CheckID(nil, t.Programme, false)))
		ps = ps.Add(ip.LocateChild("healthCategory", vocab.HealthCategories().Check(nil, t.HealthCategory, false)))
		ps = ps.Add(ip.LocateAllChild("amount", checkAmountAt(t.Amount, cur, true))...)
		switch {
		case t.Date.IsZero():
			ps = ps.Add(vocab.Required(ip.Child("date").Path(), "the date of the transaction"))
		case !vocab.FinancialYearOf(t.Date).IsValid():
			ps = ps.Add(vocab.OutOfRange(ip.Child("date").Path(), t.Date, transactionDateRange))
		}
		ps = ps.Add(ip.LocateChild("date", vocab.CheckDay(nil, t.Date, false)))
		var err error
		if grand, err = addChecked(grand, t.Amount); err != nil {
			ps = ps.Add(vocab.OutOfRange(ip.Child("amount").Path(), t.Amount, "the ledger's transactions sum beyond the largest representable amount"))
		}
		k, ok := awards[t.Award]
		switch {
		case t.Award == "":
			ps = ps.Add(vocab.Required(ip.Child("award").Path(), "the award the transaction is made under"))
			continue
		case !ok:
			ps = ps.Add(vocab.NotFound(ip.Child("award").Path(), string(t.Award), "not in the ledger's awards"))
			continue
		}
		a := &d.Awards[k]
		if !t.Date.IsZero() && t.Date.Before(a.AwardDate) {
			ps = ps.Add(vocab.OutOfRange(ip.Child("date").Path(), t.Date, "before the award date "+a.AwardDate.String()))
		}
		s := &sums[k]
		s.seen = true
		dst := &s.committed
		if t.Kind == TransactionKindDisbursement {
			dst, s.any = &s.disbursed, true
		}
		if v, err := dst.Add(t.Amount); err == nil {
			*dst = v
		} else {
			s.overflow = true
		}
	}
	ps = vocab.CollectUniqueIDsOf(ps, tp, "id", d.Transactions, func(t *Transaction) string { return t.ID })
	ap := vocab.NewPath("awards")
	for i := range d.Awards {
		a := &d.Awards[i]
		s := &sums[i]
		if !s.seen || s.overflow {
			continue
		}
		if c, err := s.committed.CompareAmount(a.AmountAwarded); err == nil && c > 0 {
			ps = ps.Add(vocab.OutOfRange(ap.Index(i).Child("amountAwarded"), a.AmountAwarded,
				fmt.Sprintf("commitment transactions total %s, more than awarded", s.committed)))
		}
		if c, err := s.disbursed.CompareAmount(a.AmountDisbursed); s.any && err == nil && c != 0 {
			ps = ps.Add(vocab.Invalid(ap.Index(i).Child("amountDisbursed"), a.AmountDisbursed.String(),
				fmt.Sprintf("disbursement transactions total %s; they must reconcile with amountDisbursed", s.disbursed)))
		}
	}
	return ps
}

// transactionDateRange says which transaction dates are allowed: those in
// a financial year that has a text form (vocab.FinancialYear.IsValid), so
// that every finding can name the year and every year encodes.
const transactionDateRange = "a date from 0001-04-01 to 9999-03-31, in a financial year from 0001-02 to 9998-99"

// addChecked adds m to total, returning total unchanged (and no error) on a
// currency mismatch, which is reported where the amount is checked, and
// vocab.ErrOverflow when the sum does not fit.
func addChecked(total, m Money) (Money, error) {
	v, err := total.Add(m)
	if errors.Is(err, ErrCurrencyMismatch) {
		return total, nil
	}
	return v, err
}

// budgetProblems checks budget lines and their draws (awards indexes the
// ledger's awards).
func (d *Ledger) budgetProblems(ps *vocab.Collector, cur Currency, awards map[vocab.AwardID]int) *vocab.Collector {
	p := vocab.NewPath("budgets")
	for i := range d.Budgets {
		b := &d.Budgets[i]
		ip := vocab.LazyAt(p).Index(i)
		ps = ps.Add(ip.LocateChild("id", vocab.CheckID(nil, b.ID, true)))
		ps = ps.Add(ip.LocateChild("trust", vocab.CheckID(nil, b.Trust, true)))
		if !b.Year.IsValid() {
			ps = ps.Add(vocab.Required(ip.Child("year").Path(), `a financial year such as "2024-25"`))
		}
		ps = ps.Add(ip.LocateAllChild("amount", checkAmountAt(b.Amount, cur, true))...)
		var drawn Money
		for j, dr := range b.Draws {
			jp := ip.Child("draws").Index(j)
			ps = ps.Add(jp.LocateAllChild("amount", checkAmountAt(dr.Amount, cur, true))...)
			switch {
			case dr.Date.IsZero():
				ps = ps.Add(vocab.Required(jp.Child("date").Path(), "the date of the draw"))
			case !dr.Date.IsExact():
				ps = ps.Add(jp.LocateChild("date", vocab.CheckDay(nil, dr.Date, false)))
			case b.Year.IsValid() && !b.Year.Contains(dr.Date):
				ps = ps.Add(vocab.OutOfRange(jp.Child("date").Path(), dr.Date, "outside the budget year "+b.Year.String()))
			}
			ps = ps.Add(jp.LocateChild("programme", vocab.CheckID(nil, dr.Programme, false)))
			if _, ok := awards[dr.Award]; dr.Award != "" && !ok {
				ps = ps.Add(vocab.NotFound(jp.Child("award").Path(), string(dr.Award), "not in the ledger's awards"))
			}
			var err error
			if drawn, err = addChecked(drawn, dr.Amount); err != nil {
				ps = ps.Add(vocab.OutOfRange(jp.Child("amount").Path(), dr.Amount, "the line's draws sum beyond the largest representable amount"))
			}
		}
	}
	return vocab.CollectUniqueIDsOf(ps, p, "id", d.Budgets, func(b *BudgetLine) string { return b.ID })
}
