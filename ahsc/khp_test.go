package ahsc_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Each cross-document reference in King's Health Partners, broken once,
// is reported by the Centre at its full path from the centre's root.
func TestCentreResolvesEveryDocumentsReferences(t *testing.T) {
	require.Empty(t, reference.KingsHealthPartners().Problems())
	for _, tc := range []struct {
		name    string
		mutate  func(c *ahsc.Centre)
		pointer string
		kind    vocab.ProblemType
		warning bool
	}{
		{"seat nominated by a non-partner organisation", func(c *ahsc.Centre) {
			c.Governance.Bodies[0].Seats[1].NominatedBy = "rbht"
		}, "/governance/bodies/0/seats/1/nominatedBy", vocab.ErrNotFound, false},
		{"seat nominated by an unknown organisation", func(c *ahsc.Centre) {
			c.Governance.Bodies[0].Seats[1].NominatedBy = "nobody"
		}, "/governance/bodies/0/seats/1/nominatedBy", vocab.ErrNotFound, false},
		{"interest in an unknown organisation", func(c *ahsc.Centre) {
			c.Governance.Interests[0].Organisation = "unknown-co"
		}, "/governance/interests/0/organisation", vocab.ErrNotFound, false},
		{"programme led by a partner that left", func(c *ahsc.Centre) {
			p, _ := c.Partner("kcl")
			p.Memberships[0].Left = vocab.MustParseDate("2021-03-31")
		}, "/portfolio/programmes/0/lead", vocab.ErrInvalid, false},
		{"programme led by a partner that may have left", func(c *ahsc.Centre) {
			p, _ := c.Partner("kcl")
			p.Memberships[0].Left = vocab.MustParseDate("2025")
		}, "/portfolio/programmes/0/lead", vocab.ErrInvalid, true},
		{"designation issued by an unknown organisation", func(c *ahsc.Centre) {
			c.Designations[2].Issuers[1] = "nhs-x"
		}, "/designations/2/issuers/1", vocab.ErrNotFound, false},
		{"organisation without a source", func(c *ahsc.Centre) {
			c.Organisations[0].Sources = nil
		}, "/organisations/0/sources", vocab.ErrRequired, false},
		{"award to a non-partner", func(c *ahsc.Centre) {
			c.Ledger.Awards[0].Recipient = "wellcome"
		}, "/ledger/awards/0/recipient", vocab.ErrNotFound, false},
		{"allocation to an unknown programme", func(c *ahsc.Centre) {
			c.Ledger.Awards[0].Allocations[0].Programme = "no-such-programme"
		}, "/ledger/awards/0/allocations/0/programme", vocab.ErrNotFound, false},
		{"funder that is not a known organisation", func(c *ahsc.Centre) {
			c.Organisations = c.Organisations[:1] // keep dh only
		}, "/ledger/funders/1/id", vocab.ErrNotFound, false},
		{"reference to a merged trust", func(c *ahsc.Centre) {
			c.Governance.Interests[0].Organisation = "rbht"
		}, "/governance/interests/0/organisation", vocab.ErrInvalid, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := reference.KingsHealthPartners()
			tc.mutate(c)
			ps := c.Problems()
			var found *vocab.Problem
			for _, p := range ps {
				if p.Pointer() == tc.pointer && p.Type == tc.kind {
					found = p
				}
			}
			require.NotNil(t, found, "want %s at %s; got:\n%v", tc.kind, tc.pointer, ps)
			assert.Equal(t, tc.warning, found.IsWarning(), found.Error())
		})
	}
}
