package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Transaction is a dated commitment or disbursement under an award (360Giving
// commitmentTransaction and disbursementTransaction). Disbursements may say
// what the money was spent on, which the restricted-funds rule checks.
type Transaction struct {
	// ID identifies the transaction in the ledger.
	ID string `json:"id" jsonschema:"id"`
	// Award is the award the transaction is made under.
	Award vocab.AwardID `json:"award"`
	// Kind is commitment or disbursement.
	Kind TransactionKind `json:"kind"`
	// Date is when the transaction was made.
	Date vocab.Date `json:"date" vocab:"day"`
	// Amount is positive.
	Amount Money `json:"amount" jsonschema:"positive"`
	// Programme is the programme the money went to, when recorded. A
	// disbursement without one is split across the award's allocations.
	Programme vocab.ProgrammeID `json:"programme,omitempty"`
	// HealthCategory is the HRCS category the money was spent on, when recorded.
	HealthCategory vocab.HealthCategory `json:"healthCategory,omitempty"`
	// Description says what the transaction was for.
	Description string `json:"description,omitempty"`
}
