package reference

import (
	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

var (
	srcNHIPCNTW = cite("https://www.cntw.nhs.uk/news/new-centre-is-key-to-addressing-health-and-social-inequalities/",
		"CNTW news, 21 April 2020: New centre is key to addressing health and social inequalities",
		"\"Newcastle Health Innovation Partners (NHIP) has been made one of only eight Academic Health Science Centres ... The region's AHSC involves Newcastle University, Newcastle Hospitals NHS Foundation Trust, Newcastle City Council, Academic Health Science Network and Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust\"")
	srcNHIPDawn = cite("https://www.newcastlehealthinnovation.org/news/nhip-a-new-dawn/",
		"NHIP: A New Dawn",
		"\"Newcastle Health Innovation Partners coming into being, on the 1st April [2020] ... across all five partner organisations\"; \"overseen by the NIHR, NHS England and NHS Improvement\"")
	srcNHIPNcl = cite("https://from.ncl.ac.uk/the-importance-of-partnership-in-health-and-care-research",
		"Newcastle University: The importance of partnership in health and care research",
		"\"NHIP was designated as an AHSC on 1 April 2020\"")
	srcNHIPCouncil = cite("https://www.newcastlehealthinnovation.org/news/investing-for-the-future/",
		"NHIP: Investing for the future",
		"\"accredited as a regional AHSC in April 2020 ... Newcastle Council, one of the five NHIP Partners\"")
	srcCNTWName = cite("https://en.wikipedia.org/wiki/Cumbria,_Northumberland,_Tyne_and_Wear_NHS_Foundation_Trust",
		"Wikipedia: Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust",
		"\"Former Name: Northumberland, Tyne and Wear NHS Foundation Trust\"; the trust \"changed its name ... in October 2019\" (the month only): the same trust, ODS RX4")
)

// NewcastleHealthInnovationPartners returns Newcastle Health Innovation
// Partners ("nhip"): five founding partners from 1 April 2020, its 2020
// designation (its first). Northumberland, Tyne and Wear NHS Foundation
// Trust became Cumbria, Northumberland, Tyne and Wear in October 2019: a
// former name, not a succession.
func NewcastleHealthInnovationPartners() *ahsc.Centre {
	found := func(more ...vocab.Source) ahsc.Membership {
		return member(ahsc.RoleFoundingPartner, "2020-04-01", "", append([]vocab.Source{srcNHIPDawn, srcNHIPCNTW}, more...)...)
	}
	return &ahsc.Centre{
		Version:    vocab.CurrentVersion,
		ID:         "nhip",
		Name:       "Newcastle Health Innovation Partners",
		OtherNames: []ahsc.Name{acronym("NHIP")},
		Partners: []ahsc.Partner{
			partner(ahsc.Organisation{ID: "newcastle", Name: "Newcastle University", Kind: ahsc.OrgKindUniversity,
				Identifiers: []vocab.Identifier{ukprn("10007799"), ror("01kj2bm70")},
				Sources:     []vocab.Source{srcUKPRNOf("Newcastle University = 10007799"), srcRORPage("01kj2bm70", "Newcastle University")}},
				found(srcNHIPNcl)),
			partner(ahsc.Organisation{ID: "nuth", Name: "The Newcastle upon Tyne Hospitals NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				OtherNames:  []ahsc.Name{{Value: "Newcastle Hospitals", Kind: ahsc.NameAlias}},
				Identifiers: []vocab.Identifier{ods("RTD")},
				Sources:     []vocab.Source{srcNHIPCNTW, srcODS("RTD The Newcastle upon Tyne Hospitals NHS Foundation Trust")}},
				found()),
			partner(ahsc.Organisation{ID: "cntw", Name: "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				OtherNames:  []ahsc.Name{acronym("CNTW"), former("Northumberland, Tyne and Wear NHS Foundation Trust", "2019-10")},
				Identifiers: []vocab.Identifier{ods("RX4")},
				Sources:     []vocab.Source{srcNHIPCNTW, srcCNTWName, srcODS("RX4 Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust")}},
				found()),
			partner(ahsc.Organisation{ID: "newcastle-city-council", Name: "Newcastle City Council", Kind: ahsc.OrgKindLocalAuthority,
				Sources: []vocab.Source{srcNHIPCNTW, srcNHIPCouncil}},
				found(srcNHIPCouncil)),
			partner(ahsc.Organisation{ID: "ahsn-nenc", Name: "Academic Health Science Network for the North East and North Cumbria", Kind: ahsc.OrgKindOther,
				Sources: []vocab.Source{srcNHIPCNTW}},
				found()),
		},
		Organisations: issuers(),
		Successions:   []ahsc.Succession{nhsiIntoNHSE()},
		Designations:  []ahsc.Designation{round2020(srcNHIPNcl, srcNHIPDawn)},
		Sources:       []vocab.Source{srcNHIPCNTW, srcNHIPDawn},
	}
}
