package funding

import (
	"errors"
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Problems checks the funding ledger with every path below p: IDs, one
// currency, funder shares summing to one, allocations to at most one,
// disbursed never above awarded, transactions that reconcile with their
// awards, draws within their budget year, and totals that fit in int64.
// Cross-document references (partners, organisations, programmes) are left
// to the Centre via [Ledger.References]; roster is not needed.
func (d *Ledger) Problems(p *vocab.Path, roster vocab.Roster) vocab.Problems {
	var ps vocab.Problems
	cur := d.Currency
	ps = ps.Add(cur.check(p.Child("currency"), ""))
	if !cur.IsValid() {
		cur = "" // report amounts' own problems, not a mismatch with a bad code
	}
	fp := p.Child("funders")
	fids := make([]vocab.OrgID, len(d.Funders))
	for i := range d.Funders {
		fids[i] = d.Funders[i].ID
		ps = append(ps, d.Funders[i].Problems(fp.Index(i))...)
	}
	ps = append(ps, vocab.CheckUniqueIDs(fids, func(i int) *vocab.Path { return fp.Index(i).Child("id") })...)

	ap := p.Child("awards")
	aids := make([]vocab.AwardID, len(d.Awards))
	for i := range d.Awards {
		aids[i] = d.Awards[i].ID
		ps = append(ps, d.awardProblems(ap.Index(i), &d.Awards[i], cur)...)
	}
	ps = append(ps, vocab.CheckUniqueIDs(aids, func(i int) *vocab.Path { return ap.Index(i).Child("id") })...)
	ps = append(ps, d.transactionProblems(p, cur)...)
	ps = append(ps, d.budgetProblems(p.Child("budgets"), cur)...)
	return append(ps, vocab.CheckSources(p.Child("sources"), d.Sources)...)
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

func (d *Ledger) awardProblems(p *vocab.Path, a *Award, cur Currency) vocab.Problems {
	var ps vocab.Problems
	ps = ps.Add(vocab.CheckID(p.Child("id"), a.ID, true))
	ps = ps.Add(vocab.CheckID(p.Child("recipient"), a.Recipient, true))
	ps = append(ps, d.funderShareProblems(p.Child("funders"), a.Funders)...)
	ps = append(ps, checkAmount(p.Child("amountAppliedFor"), a.AmountAppliedFor, cur, false)...)
	ps = append(ps, checkAmount(p.Child("amountAwarded"), a.AmountAwarded, cur, true)...)
	ps = append(ps, checkAmount(p.Child("amountDisbursed"), a.AmountDisbursed, cur, false)...)
	if c, err := a.AmountDisbursed.Cmp(a.AmountAwarded); err == nil && c > 0 {
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

// funderShareProblems checks an award's funders: at least one, each listed
// in the ledger once, shares in (0, 1] summing to exactly one.
func (d *Ledger) funderShareProblems(p *vocab.Path, shares []FunderShare) vocab.Problems {
	if len(shares) == 0 {
		return vocab.Problems{vocab.Required(p, "at least one funder with its share")}
	}
	var ps vocab.Problems
	ids := make([]vocab.OrgID, len(shares))
	rs := make([]vocab.Ratio, len(shares))
	for i, fs := range shares {
		ids[i], rs[i] = fs.Funder, fs.Share
		ip := p.Index(i)
		if pr := vocab.CheckID(ip.Child("funder"), fs.Funder, true); pr != nil {
			ps = ps.Add(pr)
		} else if _, ok := d.Funder(fs.Funder); !ok {
			ps = ps.Add(vocab.NotFound(ip.Child("funder"), string(fs.Funder), "not in the ledger's funders"))
		}
		ps = ps.Add(checkShare(ip.Child("share"), fs.Share))
	}
	ps = append(ps, vocab.CheckUniqueIDs(ids, func(i int) *vocab.Path { return p.Index(i).Child("funder") })...)
	if sum, err := vocab.SumRatios(rs...); err != nil || !sum.Equal(vocab.IntRatio(1)) {
		ps = ps.Add(vocab.Invalid(p, sumText(sum, err), "funder shares must sum to exactly 1"))
	}
	return ps
}

// allocationProblems checks allocations: programmes valid and unique, shares
// in (0, 1] summing to at most one.
func allocationProblems(p *vocab.Path, als []Allocation) vocab.Problems {
	var ps vocab.Problems
	ids := make([]vocab.ProgrammeID, len(als))
	rs := make([]vocab.Ratio, len(als))
	for i, al := range als {
		ids[i], rs[i] = al.Programme, al.Share
		ps = ps.Add(vocab.CheckID(p.Index(i).Child("programme"), al.Programme, true))
		ps = ps.Add(checkShare(p.Index(i).Child("share"), al.Share))
	}
	ps = append(ps, vocab.CheckUniqueIDs(ids, func(i int) *vocab.Path { return p.Index(i).Child("programme") })...)
	if sum, err := vocab.SumRatios(rs...); err != nil || sum.Compare(vocab.IntRatio(1)) > 0 {
		ps = ps.Add(vocab.OutOfRange(p, sumText(sum, err), "allocations must sum to at most 1 of the award"))
	}
	return ps
}

func sumText(sum vocab.Ratio, err error) string {
	if err != nil {
		return "too large to represent"
	}
	return "sum " + sum.String()
}

// transactionProblems checks each transaction and reconciles them with
// their awards: disbursements sum to the award's amountDisbursed, and
// neither commitments nor disbursements exceed the amount awarded.
func (d *Ledger) transactionProblems(p *vocab.Path, cur Currency) vocab.Problems {
	var ps vocab.Problems
	tp := p.Child("transactions")
	ids := make([]string, len(d.Transactions))
	type totals struct {
		committed, disbursed Money
		any, overflow        bool
	}
	sums := make(map[vocab.AwardID]*totals)
	var grand Money
	awards := d.awardsByID()
	for i := range d.Transactions {
		t := &d.Transactions[i]
		ip := tp.Index(i)
		ids[i] = t.ID
		ps = ps.Add(vocab.CheckID(ip.Child("id"), t.ID, true))
		ps = ps.Add(transactionKinds.Check(ip.Child("kind"), t.Kind, true))
		ps = ps.Add(vocab.CheckID(ip.Child("programme"), t.Programme, false))
		ps = ps.Add(vocab.HealthCategories().Check(ip.Child("healthCategory"), t.HealthCategory, false))
		ps = append(ps, checkAmount(ip.Child("amount"), t.Amount, cur, true)...)
		if t.Date.IsZero() {
			ps = ps.Add(vocab.Required(ip.Child("date"), "the date of the transaction"))
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
		if t.Kind == TransactionDisbursement {
			dst, s.any = &s.disbursed, true
		}
		if v, err := dst.Add(t.Amount); err == nil {
			*dst = v
		} else {
			s.overflow = true
		}
	}
	ps = append(ps, vocab.CheckUniqueIDs(ids, func(i int) *vocab.Path { return tp.Index(i).Child("id") })...)
	ap := p.Child("awards")
	for i := range d.Awards {
		a := &d.Awards[i]
		s := sums[a.ID]
		if s == nil || s.overflow {
			continue
		}
		delete(sums, a.ID) // a duplicate award ID is reported once, not reconciled twice
		if c, err := s.committed.Cmp(a.AmountAwarded); err == nil && c > 0 {
			ps = ps.Add(vocab.OutOfRange(ap.Index(i).Child("amountAwarded"), a.AmountAwarded,
				fmt.Sprintf("commitment transactions total %s, more than awarded", s.committed)))
		}
		if c, err := s.disbursed.Cmp(a.AmountDisbursed); s.any && err == nil && c != 0 {
			ps = ps.Add(vocab.Invalid(ap.Index(i).Child("amountDisbursed"), a.AmountDisbursed.String(),
				fmt.Sprintf("disbursement transactions total %s; they must reconcile with amountDisbursed", s.disbursed)))
		}
	}
	return ps
}

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

// budgetProblems checks budget lines and their draws.
func (d *Ledger) budgetProblems(p *vocab.Path, cur Currency) vocab.Problems {
	var ps vocab.Problems
	ids := make([]string, len(d.Budgets))
	for i := range d.Budgets {
		b := &d.Budgets[i]
		ip := p.Index(i)
		ids[i] = b.ID
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
			if _, ok := d.Award(dr.Award); dr.Award != "" && !ok {
				ps = ps.Add(vocab.NotFound(jp.Child("award"), string(dr.Award), "not in the ledger's awards"))
			}
			var err error
			if drawn, err = addChecked(drawn, dr.Amount); err != nil {
				ps = ps.Add(vocab.OutOfRange(jp.Child("amount"), dr.Amount, "the line's draws sum beyond the largest representable amount"))
			}
		}
	}
	return append(ps, vocab.CheckUniqueIDs(ids, func(i int) *vocab.Path { return p.Index(i).Child("id") })...)
}
