// Package ahsctest provides rapid (pgregory.net/rapid) generators for
// property-based tests of code that uses package ahsc, in the style of
// net/http/httptest. Production code must not import it.
//
// The generators, each a function returning a *rapid.Generator:
//
//   - [Centre] draws a centre that validates without errors by construction:
//     partners with memberships ([Memberships]) and identifiers that suit
//     their kind ([Organisation]), other organisations, acyclic successions
//     and designations with one to three issuers. Dates are days, months or
//     years ([vocabtest.Coarsened]), and every organisation, membership,
//     succession and designation carries one or two sources, cited or
//     illustrative ([vocabtest.Sources]);
//   - [FullCentre] draws a centre with all three domain documents (from
//     governancetest, programmetest and fundingtest) and a roster derived
//     from what they reference, also without errors;
//   - [MutatedCentre] draws a valid centre broken by one defect, as a
//     [vocabtest.Mutation] that says where ([vocabtest.Mutation.Path]) and
//     how ([vocabtest.Mutation.Type]) validation must report it;
//     [CentreMutationKinds] lists the kinds of defect.
//
// The generators are deterministic for a given rapid seed and read neither
// the clock nor global random state.
package ahsctest

import (
	"fmt"
	"strconv"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

// firstJoin is the earliest date a generated membership starts.
var firstJoin = vocab.MustParseDate("2000-01-01")

// Memberships draws one or two memberships in time order that certainly do
// not overlap, each with one or two sources; the last one may be
// open-ended. Their dates are days, months or years: exact spells coarsened
// ([vocabtest.Coarsened]), so two spells may possibly overlap (a warning)
// but never certainly.
func Memberships() *rapid.Generator[[]ahsc.Membership] {
	return rapid.Custom(func(t *rapid.T) []ahsc.Membership {
		n := rapid.IntRange(1, 2).Draw(t, "spells")
		var out []ahsc.Membership
		start := firstJoin.AddDays(rapid.IntRange(0, 3000).Draw(t, "join"))
		for i := range n {
			m := ahsc.Membership{
				Role:    rapid.SampledFrom(ahsc.MembershipRoles().Values()).Draw(t, "role"),
				Joined:  start,
				Sources: vocabtest.Sources().Draw(t, "sources"),
			}
			if i < n-1 || rapid.Bool().Draw(t, "leaves") {
				m.Left = start.AddDays(rapid.IntRange(0, 2000).Draw(t, "length"))
				start = m.Left.AddDays(rapid.IntRange(1, 1000).Draw(t, "gap"))
			}
			p := vocabtest.CoarsenedPeriod(m.Period()).Draw(t, "precision")
			m.Joined, m.Left = p.Start, p.End
			out = append(out, m)
			if m.Left.IsZero() {
				break
			}
		}
		return out
	})
}

// Organisation draws a valid organisation with the given ID and kind,
// with identifiers that suit the kind (trusts: an ODS code and maybe a site
// code extending it; universities: a UKPRN and a ROR ID).
func Organisation(id vocab.OrgID, kind ahsc.OrgKind) *rapid.Generator[ahsc.Organisation] {
	return rapid.Custom(func(t *rapid.T) ahsc.Organisation {
		o := ahsc.Organisation{
			ID:   id,
			Name: rapid.SampledFrom(orgNames).Draw(t, "name") + " " + string(id),
			Kind: kind,
		}
		if rapid.Bool().Draw(t, "acronym") {
			o.OtherNames = append(o.OtherNames, ahsc.Name{Value: "ORG" + strconv.Itoa(len(id)), Kind: ahsc.NameAcronym})
		}
		if rapid.Bool().Draw(t, "former") {
			o.OtherNames = append(o.OtherNames, ahsc.Name{Value: "Former " + o.Name, Kind: ahsc.NameFormer,
				Until: vocabtest.PartialDate().Draw(t, "until")})
		}
		switch {
		case kind == ahsc.OrgKindNHSTrust || kind == ahsc.OrgKindNHSFoundationTrust:
			ods := "R" + rapid.StringMatching(`[A-Z0-9]{2}`).Draw(t, "ods")
			o.Identifiers = append(o.Identifiers, vocab.Identifier{Scheme: vocab.SchemeODSOrganisation, Value: ods})
			if rapid.Bool().Draw(t, "site") {
				o.Identifiers = append(o.Identifiers, vocab.Identifier{Scheme: vocab.SchemeODSSite,
					Value: ods + rapid.StringMatching(`[A-Z0-9]{2}`).Draw(t, "siteSuffix")})
			}
		case kind == ahsc.OrgKindUniversity:
			o.Identifiers = append(o.Identifiers,
				vocabtest.Identifier(vocab.SchemeUKPRN).Draw(t, "ukprn"),
				vocabtest.Identifier(vocab.SchemeROR).Draw(t, "ror"))
		case kind == ahsc.OrgKindCharity:
			o.Identifiers = append(o.Identifiers, vocabtest.Identifier(vocab.SchemeCharityEnglandWales).Draw(t, "charity"))
		case kind == ahsc.OrgKindCompany:
			o.Identifiers = append(o.Identifiers, vocabtest.Identifier(vocab.SchemeCompaniesHouse).Draw(t, "company"))
		}
		o.Sources = vocabtest.Sources().Draw(t, "sources")
		return o
	})
}

var orgNames = []string{"University", "Hospitals", "Health", "Institute", "Foundation", "Council"}

var partnerKinds = []ahsc.OrgKind{ahsc.OrgKindUniversity, ahsc.OrgKindNHSFoundationTrust, ahsc.OrgKindNHSTrust,
	ahsc.OrgKindResearchInstitute, ahsc.OrgKindLocalAuthority, ahsc.OrgKindIntegratedCareBoard}

var otherKinds = []ahsc.OrgKind{ahsc.OrgKindGovernment, ahsc.OrgKindCharity, ahsc.OrgKindCompany, ahsc.OrgKindOther}

// Centre draws a centre that has no validation errors: 1–6 partners with
// valid identifiers and memberships, other organisations (including
// designation issuers), acyclic successions dated at any precision and
// designations, each issued by one to three known organisations, with
// periods whose bounds may be months or years. Every organisation,
// membership, succession and designation has at least one source. Domain documents are left empty; compose them from
// the domain packages' generators.
func Centre() *rapid.Generator[*ahsc.Centre] {
	return rapid.Custom(func(t *rapid.T) *ahsc.Centre {
		ids := vocabtest.DistinctIDs[vocab.OrgID](2, 10).Draw(t, "orgIDs")
		nPartners := rapid.IntRange(1, len(ids)-1).Draw(t, "partners")
		c := &ahsc.Centre{
			Version: vocab.CurrentVersion,
			ID:      vocabtest.ID[vocab.CentreID]().Draw(t, "id"),
			Name:    "Centre " + rapid.StringMatching(`[A-Z][a-z]{2,8}`).Draw(t, "name"),
			Sources: rapid.SliceOfN(vocabtest.Source(), 0, 2).Draw(t, "sources"),
		}
		for i, id := range ids[:nPartners] {
			kind := rapid.SampledFrom(partnerKinds).Draw(t, fmt.Sprintf("kind%d", i))
			c.Partners = append(c.Partners, ahsc.Partner{
				Organisation: Organisation(id, kind).Draw(t, "partner"),
				Memberships:  Memberships().Draw(t, "memberships"),
			})
		}
		for i, id := range ids[nPartners:] {
			kind := rapid.SampledFrom(otherKinds).Draw(t, fmt.Sprintf("otherKind%d", i))
			c.Organisations = append(c.Organisations, Organisation(id, kind).Draw(t, "organisation"))
		}
		// Successions go from an organisation to a partner: acyclic by
		// construction, since no partner is ever a predecessor.
		for i := range c.Organisations {
			if rapid.IntRange(0, 3).Draw(t, fmt.Sprintf("succeeded%d", i)) > 0 {
				continue
			}
			to := rapid.IntRange(0, len(c.Partners)-1).Draw(t, "successor")
			c.Successions = append(c.Successions, ahsc.Succession{
				Predecessor: c.Organisations[i].ID, Successor: c.Partners[to].ID,
				Kind:    rapid.SampledFrom(ahsc.SuccessionKinds().Values()).Draw(t, "successionKind"),
				Date:    vocabtest.PartialDate().Draw(t, "successionDate"),
				Sources: vocabtest.Sources().Draw(t, "successionSources"),
			})
		}
		if len(c.Organisations) > 0 {
			start := vocab.MustParseDate("2009-03-09")
			for range rapid.IntRange(0, 3).Draw(t, "designations") {
				end := start.AddDays(rapid.IntRange(365, 2200).Draw(t, "designationDays"))
				issuers := rapid.SliceOfNDistinct(rapid.IntRange(0, len(c.Organisations)-1), 1, 3, rapid.ID[int]).Draw(t, "issuers")
				g := ahsc.Designation{
					Round:   start.Year(),
					Period:  vocabtest.CoarsenedPeriod(vocab.PeriodOf(start, end)).Draw(t, "designationPeriod"),
					Sources: vocabtest.Sources().Draw(t, "designationSources"),
				}
				for _, k := range issuers {
					g.Issuers = append(g.Issuers, c.Organisations[k].ID)
				}
				c.Designations = append(c.Designations, g)
				start = end.AddDays(1)
			}
		}
		return c
	})
}
