package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// BudgetLine is a trust's clinical budget for front-line care in one
// financial year. Research that draws on it is recorded as draws, so the
// ring-fence rule can check that research does not pull resources away from
// routine patient care.
type BudgetLine struct {
	// ID identifies the line in the ledger.
	ID string `json:"id" jsonschema:"id"`
	// Trust is the NHS trust partner that holds the budget.
	Trust vocab.OrgID `json:"trust"`
	// Year is the financial year of the budget.
	Year vocab.FinancialYear `json:"year"`
	// Purpose says what the budget is for ("emergency department nursing").
	Purpose string `json:"purpose,omitempty"`
	// Amount is the budget; positive.
	Amount Money `json:"amount" jsonschema:"positive"`
	// RingFenced marks the line as protected front-line care money.
	RingFenced bool `json:"ringFenced,omitempty"`
	// Draws are what research has drawn on the line.
	Draws []Draw `json:"draws,omitempty"`
}

// Draw is research use of a clinical budget line: staff time, beds or
// facilities used for a programme or award.
type Draw struct {
	// Date is when the draw was made; within the line's year.
	Date vocab.Date `json:"date" vocab:"day"`
	// Amount is the value drawn; positive.
	Amount Money `json:"amount" jsonschema:"positive"`
	// Programme is the programme that drew on the line, if recorded.
	Programme vocab.ProgrammeID `json:"programme,omitempty"`
	// Award is the award that drew on the line, if recorded.
	Award vocab.AwardID `json:"award,omitempty"`
	// Description says what was drawn.
	Description string `json:"description,omitempty"`
}

// DrawnAt returns the total of the line's draws dated on or before asOf
// (all draws when asOf is zero), or [vocab.ErrOverflow] or
// [ErrCurrencyMismatch] when they do not add up.
func (b *BudgetLine) DrawnAt(asOf vocab.Date) (Money, error) {
	total := Money{Currency: b.Amount.Currency}
	for _, d := range b.Draws {
		if asOf.IsZero() || !d.Date.After(asOf) {
			var err error
			if total, err = total.Add(d.Amount); err != nil {
				return Money{}, err
			}
		}
	}
	return total, nil
}
