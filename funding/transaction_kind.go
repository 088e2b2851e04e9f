package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// TransactionKind is what a transaction records, after 360Giving's
// commitmentTransaction and disbursementTransaction (IATI TransactionType 2
// outgoing commitment and 3 disbursement,
// https://reference.iatistandard.org/en/iati-standard/202/codelists/TransactionType).
//
// Codes: "commitment", "disbursement".
type TransactionKind string

// The transaction kinds.
const (
	// TransactionKindCommitment is a firm promise of money under an award.
	TransactionKindCommitment TransactionKind = "commitment"
	// TransactionKindDisbursement is money paid out under an award.
	TransactionKindDisbursement TransactionKind = "disbursement"
)

var transactionKinds = vocab.NewEnum(TransactionKindCommitment, TransactionKindDisbursement)

// TransactionKinds returns the enum of transaction kinds, for listing,
// parsing and checking.
func TransactionKinds() vocab.Enum[TransactionKind] { return transactionKinds }

// EnumValues lists the allowed codes (for schema export).
func (TransactionKind) EnumValues() []string { return transactionKinds.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; unknown codes are an
// ErrNotSupported problem listing the allowed ones.
func (v *TransactionKind) UnmarshalText(b []byte) error { return transactionKinds.Unmarshal(v, b) }
