package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// FunderShare is one funder's exact share of a co-funded award (360Giving
// fundingOrganization with a CERIF-style fraction). An award's shares sum to
// exactly one.
type FunderShare struct {
	// Funder is a funder listed in the ledger.
	Funder vocab.OrgID `json:"funder"`
	// Share is the funder's fraction of the award, in (0, 1].
	Share vocab.Ratio `json:"share" jsonschema:"exclusiveMinimum=0,maximum=1"`
}

// Allocation assigns an exact share of an award to a programme. An award's
// allocations sum to at most one; the rest is unallocated.
type Allocation struct {
	// Programme is a programme in the centre's portfolio.
	Programme vocab.ProgrammeID `json:"programme"`
	// Share is the fraction of the award allocated, in (0, 1].
	Share vocab.Ratio `json:"share" jsonschema:"exclusiveMinimum=0,maximum=1"`
}
