package funding

import (
	"errors"
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
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
func (d *Ledger) Problems() vocab.Problems {
	if d == nil {
		return nil
	}
	return append(d.Version.Problems(vocab.NewPath("version")), d.contentProblems()...)
}

// contentProblems is [Ledger.Problems] without the format version, for
// [Evaluate], which evaluates ledgers inside a Centre too.
func (d *Ledger) contentProblems() vocab.Problems {
	var ps vocab.Problems
	cur := d.Currency
	ps = ps.Add(cur.check(vocab.NewPath("currency"), ""))
	if !cur.IsValid() {
		cur = "" // report amounts' own problems, not a mismatch with a bad code
	}
	fp := vocab.NewPath("funders")
	for i := range d.Funders {
		ps = append(ps, d.Funders[i].Problems(fp.Index(i))...)
	}
	ps = append(ps, vocab.CheckUniqueIDsOf(fp, "id", d.Funders, func(f *Funder) vocab.OrgID { return f.ID })...)

	funders := d.funderIndexes()
	ap := vocab.NewPath("awards")
	for i := range d.Awards {
		ps = append(ps, awardProblems(ap.Index(i), &d.Awards[i], cur, funders)...)
	}
	ps = append(ps, vocab.CheckUniqueIDsOf(ap, "id", d.Awards, func(a *Award) vocab.AwardID { return a.ID })...)
	awards := d.awardsByID()
	ps = append(ps, d.transactionProblems(cur, awards)...)
	ps = append(ps, d.budgetProblems(cur, awards)...)
	return append(ps, vocab.CheckSources(vocab.NewPath("sources"), d.Sources)...)
}

// checkAmount reports at p a missing, negative or zero (when positive is
// required) amount, or one in the wrong currency.
func checkAmount(p *vocab.Path, m Money, cur Currency, positive bool) vocab.Problems {
	switch {
	case m.IsZero() && positive:
		return vocab.Problems{vocab.Required(p, "a positive amount")}
	case m.IsZero():
		return nil
	}
	ps := vocab.Problems{}.Add(m.Currency.check(p.Child("currency"), cur))
	if m.Minor < 0 || (positive && m.Minor == 0) {
		ps = ps.Add(vocab.OutOfRange(p.Child("minor"), m.Minor, "must be positive"))
	}
	return ps
}

// awardProblems checks award a at p; funders indexes the ledger's funders.
func awardProblems(p *vocab.Path, a *Award, cur Currency, funders map[vocab.OrgID]int) vocab.Problems {
	var ps vocab.Problems
	ps = ps.Add(vocab.CheckID(p.Child("id"), a.ID, true))
	ps = ps.Add(vocab.CheckID(p.Child("recipient"), a.Recipient, true))
	ps = append(ps, funderShareProblems(p.Child("funders"), a.Funders, funders)...)
	ps = append(ps, checkAmount(p.Child("amountAppliedFor"), a.AmountAppliedFor, cur, false)...)
	ps = append(ps, checkAmount(p.Child("amountAwarded"), a.AmountAwarded, cur, true)...)
	ps = append(ps, checkAmount(p.Child("amountDisbursed"), a.AmountDisbursed, cur, false)...)
	if c, err := a.AmountDisbursed.CompareAmount(a.AmountAwarded); err == nil && c > 0 {
		ps = ps.Add(vocab.OutOfRange(p.Child("amountDisbursed"), a.AmountDisbursed,
			"disbursed exceeds the "+a.AmountAwarded.String()+" awarded"))
	}
	if a.AwardDate.IsZero() {
		ps = ps.Add(vocab.Required(p.Child("awardDate"), "the date the decision to award was made"))
	}
	for _, per := range []struct {
		name string
		v    vocab.Period
	}{{"plannedPeriod", a.PlannedPeriod}, {"actualPeriod", a.ActualPeriod}} {
		if !per.v.IsValid() {
			ps = ps.Add(vocab.Invalid(p.Child(per.name), per.v.String(), "ends before it starts"))
		}
	}
	ps = ps.Add(callTypes.Check(p.Child("call"), a.Call, false))
	if !a.PeerReview.IsZero() {
		ps = append(ps, a.PeerReview.Problems(p.Child("peerReview"))...)
	}
	ps = append(ps, personProblems(p.Child("decisionMakers"), a.DecisionMakers)...)
	for i := range a.Conditions {
		ps = append(ps, a.Conditions[i].Problems(p.Child("conditions").Index(i))...)
	}
	return append(ps, allocationProblems(p.Child("allocations"), a.Allocations)...)
}

// funderShareProblems checks an award's funders at p: at least one, each
// listed in the ledger (funders) once, shares in (0, 1] summing to exactly
// one.
func funderShareProblems(p *vocab.Path, shares []FunderShare, funders map[vocab.OrgID]int) vocab.Problems {
	if len(shares) == 0 {
		return vocab.Problems{vocab.Required(p, "at least one funder with its share")}
	}
	var ps vocab.Problems
	rs := make([]vocab.Ratio, len(shares))
	for i, fs := range shares {
		rs[i] = fs.Share
		ip := p.Index(i).Child("funder")
		if pr := vocab.CheckID(ip, fs.Funder, true); pr != nil {
			ps = ps.Add(pr)
		} else if _, ok := funders[fs.Funder]; !ok {
			ps = ps.Add(vocab.NotFound(ip, string(fs.Funder), "not in the ledger's funders"))
		}
	}
	ps = append(ps, vocab.CheckUniqueIDsOf(p, "funder", shares, func(fs *FunderShare) vocab.OrgID { return fs.Funder })...)
	return append(ps, vocab.CheckSharesSumToOne(p, rs, func(i int) *vocab.Path { return p.Index(i).Child("share") })...)
}

// allocationProblems checks allocations at p: programmes valid and unique,
// shares in (0, 1] summing to at most one.
func allocationProblems(p *vocab.Path, als []Allocation) vocab.Problems {
	var ps vocab.Problems
	rs := make([]vocab.Ratio, len(als))
	for i, al := range als {
		rs[i] = al.Share
		ps = ps.Add(vocab.CheckID(p.Index(i).Child("programme"), al.Programme, true))
	}
	ps = append(ps, vocab.CheckUniqueIDsOf(p, "programme", als, func(al *Allocation) vocab.ProgrammeID { return al.Programme })...)
	return append(ps, vocab.CheckSharesAtMostOne(p, rs, func(i int) *vocab.Path { return p.Index(i).Child("share") })...)
}

// transactionProblems checks each transaction and reconciles them with
// their awards (awards indexes them): disbursements sum to the award's
// amountDisbursed, and neither commitments nor disbursements exceed the
// amount awarded.
func (d *Ledger) transactionProblems(cur Currency, awards map[vocab.AwardID]*Award) vocab.Problems {
	var ps vocab.Problems
	tp := vocab.NewPath("transactions")
	type totals struct {
		committed, disbursed Money
		any, overflow        bool
	}
	sums := make(map[vocab.AwardID]*totals)
	var grand Money
	for i := range d.Transactions {
		t := &d.Transactions[i]
		ip := tp.Index(i)
		ps = ps.Add(vocab.CheckID(ip.Child("id"), t.ID, true))
		ps = ps.Add(transactionKinds.Check(ip.Child("kind"), t.Kind, true))
		ps = ps.Add(vocab.CheckID(ip.Child("programme"), t.Programme, false))
		ps = ps.Add(vocab.HealthCategories().Check(ip.Child("healthCategory"), t.HealthCategory, false))
		ps = append(ps, checkAmount(ip.Child("amount"), t.Amount, cur, true)...)
		switch {
		case t.Date.IsZero():
			ps = ps.Add(vocab.Required(ip.Child("date"), "the date of the transaction"))
		case !vocab.FinancialYearOf(t.Date).IsValid():
			ps = ps.Add(vocab.OutOfRange(ip.Child("date"), t.Date, transactionDateRange))
		}
		var err error
		if grand, err = addChecked(grand, t.Amount); err != nil {
			ps = ps.Add(vocab.OutOfRange(ip.Child("amount"), t.Amount, "the ledger's transactions sum beyond the largest representable amount"))
		}
		a, ok := awards[t.Award]
		switch {
		case t.Award == "":
			ps = ps.Add(vocab.Required(ip.Child("award"), "the award the transaction is made under"))
			continue
		case !ok:
			ps = ps.Add(vocab.NotFound(ip.Child("award"), string(t.Award), "not in the ledger's awards"))
			continue
		}
		if !t.Date.IsZero() && t.Date.Before(a.AwardDate) {
			ps = ps.Add(vocab.OutOfRange(ip.Child("date"), t.Date, "before the award date "+a.AwardDate.String()))
		}
		s := sums[t.Award]
		if s == nil {
			s = &totals{}
			sums[t.Award] = s
		}
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
	ps = append(ps, vocab.CheckUniqueIDsOf(tp, "id", d.Transactions, func(t *Transaction) string { return t.ID })...)
	ap := vocab.NewPath("awards")
	for i := range d.Awards {
		a := &d.Awards[i]
		s := sums[a.ID]
		if s == nil || s.overflow {
			continue
		}
		delete(sums, a.ID) // a duplicate award ID is reported once, not reconciled twice
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
func (d *Ledger) budgetProblems(cur Currency, awards map[vocab.AwardID]*Award) vocab.Problems {
	var ps vocab.Problems
	p := vocab.NewPath("budgets")
	for i := range d.Budgets {
		b := &d.Budgets[i]
		ip := p.Index(i)
		ps = ps.Add(vocab.CheckID(ip.Child("id"), b.ID, true))
		ps = ps.Add(vocab.CheckID(ip.Child("trust"), b.Trust, true))
		if !b.Year.IsValid() {
			ps = ps.Add(vocab.Required(ip.Child("year"), `a financial year such as "2024-25"`))
		}
		ps = append(ps, checkAmount(ip.Child("amount"), b.Amount, cur, true)...)
		var drawn Money
		for j, dr := range b.Draws {
			jp := ip.Child("draws").Index(j)
			ps = append(ps, checkAmount(jp.Child("amount"), dr.Amount, cur, true)...)
			switch {
			case dr.Date.IsZero():
				ps = ps.Add(vocab.Required(jp.Child("date"), "the date of the draw"))
			case b.Year.IsValid() && !b.Year.Contains(dr.Date):
				ps = ps.Add(vocab.OutOfRange(jp.Child("date"), dr.Date, "outside the budget year "+b.Year.String()))
			}
			ps = ps.Add(vocab.CheckID(jp.Child("programme"), dr.Programme, false))
			if _, ok := awards[dr.Award]; dr.Award != "" && !ok {
				ps = ps.Add(vocab.NotFound(jp.Child("award"), string(dr.Award), "not in the ledger's awards"))
			}
			var err error
			if drawn, err = addChecked(drawn, dr.Amount); err != nil {
				ps = ps.Add(vocab.OutOfRange(jp.Child("amount"), dr.Amount, "the line's draws sum beyond the largest representable amount"))
			}
		}
	}
	return append(ps, vocab.CheckUniqueIDsOf(p, "id", d.Budgets, func(b *BudgetLine) string { return b.ID })...)
}
