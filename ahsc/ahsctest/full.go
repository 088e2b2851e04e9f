package ahsctest

import (
	"slices"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/funding/fundingtest"
	"github.com/ahsckit/ahsckit/governance/governancetest"
	"github.com/ahsckit/ahsckit/programme/programmetest"
)

// FullCentre draws a centre with all three domain documents, drawn from
// governancetest, programmetest and fundingtest, that validates without
// errors. Its roster is derived from what the documents reference: every
// organisation a document names as a partner becomes a partner whose
// membership spans every period it is referenced in, and every other
// organisation named becomes one of the centre's organisations. Programmes
// the ledger names but the portfolio lacks are added to the portfolio.
//
// Governance bodies' "every partner nominates N voting seats" rule is
// switched off, because the derived roster includes partners (programme
// participants, budget-holding trusts) that hold no seats.
func FullCentre() *rapid.Generator[*ahsc.Centre] {
	return rapid.Custom(func(t *rapid.T) *ahsc.Centre {
		c := &ahsc.Centre{
			Version:    vocab.CurrentVersion,
			ID:         vocabtest.ID[vocab.CentreID]().Draw(t, "id"),
			Name:       "Composed centre",
			Governance: governancetest.Document().Draw(t, "governance"),
			Portfolio:  programmetest.Portfolio().Draw(t, "portfolio"),
			Ledger:     fundingtest.Ledger().Draw(t, "ledger"),
		}
		for i := range c.Governance.Bodies {
			c.Governance.Bodies[i].Composition.MinVotingSeatsPerPartner = 0
		}
		addMissingProgrammes(t, c)
		deriveRoster(t, c)
		return c
	})
}

// addMissingProgrammes adds a generated programme for every programme the
// ledger references that the portfolio does not define.
func addMissingProgrammes(t *rapid.T, c *ahsc.Centre) {
	have := map[vocab.ProgrammeID]bool{}
	var partners []vocab.OrgID
	for _, p := range c.Portfolio.Programmes {
		have[p.ID] = true
		for _, pa := range p.Participants {
			partners = append(partners, pa.Partner)
		}
	}
	slices.Sort(partners)
	partners = slices.Compact(partners)
	if len(partners) == 0 {
		partners = []vocab.OrgID{"lead-partner"}
	}
	for _, r := range c.Ledger.References() {
		id := vocab.ProgrammeID(r.ID)
		if r.Kind != vocab.RefProgramme || have[id] {
			continue
		}
		have[id] = true
		c.Portfolio.Programmes = append(c.Portfolio.Programmes,
			programmetest.Programme(id, partners, nil).Draw(t, "missingProgramme"))
	}
}

// deriveRoster makes every referenced partner a partner for every day its
// references may cover (so no reference is even possibly without it), and
// every other referenced organisation an organisation.
func deriveRoster(t *rapid.T, c *ahsc.Centre) {
	spans := map[vocab.OrgID]*vocab.Period{}
	var partnerOrder, orgOrder []vocab.OrgID
	orgs := map[vocab.OrgID]bool{}
	for _, r := range c.References() {
		id := vocab.OrgID(r.ID)
		switch r.Kind {
		case vocab.RefPartner:
			s, ok := spans[id]
			if !ok {
				p := r.During.Possible()
				s = &p
				spans[id] = s
				partnerOrder = append(partnerOrder, id)
			}
			widen(s, r.During.Possible())
		case vocab.RefOrganisation:
			if !orgs[id] {
				orgs[id] = true
				orgOrder = append(orgOrder, id)
			}
		}
	}
	for _, id := range partnerOrder {
		s := spans[id]
		joined := s.Start
		if joined.IsZero() {
			joined = vocab.MustParseDate("1990-01-01")
		}
		c.Partners = append(c.Partners, ahsc.Partner{
			Organisation: Organisation(id, rapid.SampledFrom(partnerKinds).Draw(t, "partnerKind")).Draw(t, "partner"),
			Memberships: []ahsc.Membership{{Role: ahsc.RolePartner, Joined: joined, Left: s.End,
				Sources: vocabtest.Sources().Draw(t, "membershipSources")}},
		})
	}
	if len(c.Partners) == 0 {
		c.Partners = append(c.Partners, ahsc.Partner{
			Organisation: Organisation("sole-partner", ahsc.OrgKindUniversity).Draw(t, "partner"),
			Memberships:  Memberships().Draw(t, "memberships"),
		})
	}
	for _, id := range orgOrder {
		if slices.ContainsFunc(c.Partners, func(p ahsc.Partner) bool { return p.ID == id }) {
			continue // partners are organisations too
		}
		c.Organisations = append(c.Organisations, Organisation(id, rapid.SampledFrom(otherKinds).Draw(t, "orgKind")).Draw(t, "organisation"))
	}
}

// widen stretches s to cover p (both with exact or open bounds); a zero
// side of p (open, or undated) opens s.
func widen(s *vocab.Period, p vocab.Period) {
	if p.IsZero() {
		return
	}
	if p.Start.IsZero() || (!s.Start.IsZero() && p.Start.Before(s.Start)) {
		s.Start = p.Start
	}
	if p.End.IsZero() || (!s.End.IsZero() && p.End.After(s.End)) {
		s.End = p.End
	}
}
