package governance

// The governance package's own typed IDs. Like the IDs in vocab they are
// slugs matching vocab.IDPattern.
type (
	// SeatID identifies a seat on a body ("kcl-dean"). Seat IDs are unique
	// within their body.
	SeatID string
	// MotionID identifies a motion put to a body ("2024-05-board-3").
	// Motion IDs are unique within a document.
	MotionID string
	// KPIID identifies a key performance indicator ("research-income").
	KPIID string
)

// IDKind returns "seat".
func (SeatID) IDKind() string { return "seat" }

// IDKind returns "motion".
func (MotionID) IDKind() string { return "motion" }

// IDKind returns "kpi".
func (KPIID) IDKind() string { return "kpi" }
