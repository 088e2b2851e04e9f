package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// TransactionKind is what a transaction records, after 360Giving's
// commitmentTransaction and disbursementTransaction (IATI TransactionType 2
// outgoing commitment and 3 disbursement).
type TransactionKind string

// The transaction kinds.
const (
	// TransactionCommitment is a firm promise of money under an award.
	TransactionCommitment TransactionKind = "commitment"
	// TransactionDisbursement is money paid out under an award.
	TransactionDisbursement TransactionKind = "disbursement"
)

var transactionKinds = vocab.NewEnum(TransactionCommitment, TransactionDisbursement)

// TransactionKinds returns every transaction kind, in declaration order.
func TransactionKinds() []TransactionKind { return transactionKinds.Values() }

// ParseTransactionKind parses a transaction kind code.
func ParseTransactionKind(s string) (TransactionKind, error) { return transactionKinds.Parse(s) }

// IsValid reports whether v is a known transaction kind.
func (v TransactionKind) IsValid() bool { return transactionKinds.Contains(v) }

// String returns the code.
func (v TransactionKind) String() string { return string(v) }

// EnumValues lists the allowed codes (for schema export).
func (TransactionKind) EnumValues() []string { return transactionKinds.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (v TransactionKind) MarshalText() ([]byte, error) { return []byte(v), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (v *TransactionKind) UnmarshalText(b []byte) error { return transactionKinds.Unmarshal(v, b) }
