package reference

import (
	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

var (
	srcICLaunch = cite("https://www.imperial.ac.uk/news/18834/hospitals-university-join-forces-create-ground-breaking",
		"Imperial College London: Hospitals and university join forces to create ground-breaking NHS Trust (1 October 2007)",
		"\"Imperial College Healthcare NHS Trust - launches today (1 October) through the merger of two ... hospitals ... Hammersmith Hospitals NHS Trust and St Mary's NHS Trust have come together with Imperial College London to form the UK's first Academic Health Science Centre\"")
	srcICHTMerger = cite("http://shelfordgroup.org/members/imperial-college-healthcare-trust-nhs-foundation-trust",
		"Shelford Group: Imperial College Healthcare NHS Trust",
		"\"created in October 2007 by merging St Mary's NHS Trust and Hammersmith Hospitals NHS Trust\"")
	srcIC2014 = cite("https://www.imperial.ac.uk/news/136946/imperial-wins-world-leading-healthcare-research-designation/",
		"Imperial College London: Imperial wins world-leading healthcare and research designation",
		"\"AHSC status confirmed for a further five years. The prestigious designation from the Department of Health ... originally awarded its status in October 2007\"")
	srcICExpanded = cite("https://www.eurekalert.org/pub_releases/2016-07/icl-o1m071316.php",
		"Imperial College London (EurekAlert, July 2016): Over 1.1 million patients to benefit from expanded academic health science centre",
		"\"The Royal Marsden NHS Foundation Trust and the Royal Brompton & Harefield NHS Foundation Trust have joined the Imperial College AHSC\"; the month, July 2016, is the release's, from its address; no day is given")
	srcICHTExpanded = cite("https://www.imperial.nhs.uk/about-us/news/over-1-million-patients-to-benefit-from-expanded-academic-health-science-centre-in-north-west-london",
		"Imperial College Healthcare NHS Trust: Over 1.1 million patients to benefit from expanded academic health science centre in north west London",
		"the same release: \"With existing members Imperial College London and Imperial College Healthcare Trust ... formed in 2007\"")
	srcICUKHDRA = cite("https://ukhealthdata.org/members/imperial-college-healthcare-nhs-trust/",
		"UK Health Data Research Alliance: Imperial College Healthcare NHS Trust",
		"\"With our partners, Imperial College London, The Institute of Cancer Research, London, The Royal Marsden NHS Foundation Trust and Chelsea and Westminster Hospital NHS Foundation Trust, we form Imperial College AHSC ... one of eight\" (undated; after April 2020)")
	srcICRJoins = cite("https://www.imperial.nhs.uk/about-us/news/icr-joins-ahsc",
		"Imperial College Healthcare NHS Trust: Institute of Cancer Research joins Imperial's AHSC partnership",
		"\"The Institute of Cancer Research, London, has joined the Imperial College Academic Health Science Centre\" (undated: no membership is recorded, for want of a date)")
	srcICR = cite("https://icr.ac.uk/about-us/leadership-and-governance",
		"The Institute of Cancer Research: Leadership and governance",
		"\"The ICR is a company limited by guarantee (company number 00534147) ... registration number 10003324 [Office for Students] ... an exempt charity\"")
	srcChelWest = cite("https://en.wikipedia.org/wiki/Chelsea_and_Westminster_Hospital",
		"Wikipedia: Chelsea and Westminster Hospital",
		"the trust \"became a member of Imperial College Academic Health Science Centre (Imperial AHSC) in July 2020\" (a tertiary source; the month only)")
)

// ImperialCollegeAHSC returns Imperial College Academic Health Science
// Centre ("imperial-ahsc"): Imperial College London and Imperial College
// Healthcare NHS Trust from 1 October 2007, when the trust was formed by
// merging Hammersmith Hospitals and St Mary's (two successions); The Royal
// Marsden and Royal Brompton & Harefield from July 2016; Chelsea and
// Westminster from July 2020; and the 2009, 2014 and 2020 designations.
// Royal Brompton & Harefield's membership is recorded as ending on 31
// January 2021, the day before it merged into Guy's and St Thomas' (a
// King's Health Partners partner): no source dates its leaving, so that is
// the latest it can have ended. The Institute of Cancer Research, a
// partner by two undated sources, is among the centre's other
// organisations, with its identifiers, but has no membership: no source
// dates its joining.
func ImperialCollegeAHSC() *ahsc.Centre {
	founders := []vocab.Source{srcICLaunch, srcIC2014, srcICHTExpanded}
	return &ahsc.Centre{
		Version:    vocab.CurrentVersion,
		ID:         "imperial-ahsc",
		Name:       "Imperial College Academic Health Science Centre",
		OtherNames: []ahsc.Name{{Value: "Imperial College AHSC", Kind: ahsc.NameAlias}},
		Partners: []ahsc.Partner{
			partner(ahsc.Organisation{ID: "icl", Name: "Imperial College London", Kind: ahsc.OrgKindUniversity,
				Identifiers: []vocab.Identifier{ukprn("10003270"), ror("041kmwe10")},
				Sources:     []vocab.Source{srcUKPRNOf("Imperial College London = 10003270"), srcRORPage("041kmwe10", "Imperial College London")}},
				member(ahsc.RoleFoundingPartner, "2007-10-01", "", founders...)),
			partner(ahsc.Organisation{ID: "icht", Name: "Imperial College Healthcare NHS Trust", Kind: ahsc.OrgKindNHSTrust,
				Identifiers: []vocab.Identifier{ods("RYJ"), ror("056ffv270")},
				Sources: []vocab.Source{srcICLaunch, srcODS("RYJ Imperial College Healthcare NHS Trust"),
					srcRORPage("056ffv270", "Imperial College Healthcare NHS Trust")}},
				member(ahsc.RoleFoundingPartner, "2007-10-01", "", founders...)),
			partner(ahsc.Organisation{ID: "royal-marsden", Name: "The Royal Marsden NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				Identifiers: []vocab.Identifier{ods("RPY")},
				Sources:     []vocab.Source{srcICExpanded, srcODS("RPY The Royal Marsden NHS Foundation Trust")}},
				member(ahsc.RolePartner, "2016-07", "", srcICExpanded, srcICHTExpanded, srcICUKHDRA)),
			partner(orgRBHT(),
				member(ahsc.RolePartner, "2016-07", "2021-01-31", srcICExpanded, srcICHTExpanded,
					cite(srcRBHMerger.URL, srcRBHMerger.Title, "the trust became part of Guy's and St Thomas' on 1 February 2021; no source dates its leaving the AHSC earlier, so the membership is recorded as ending, at the latest, the day before"))),
			partner(ahsc.Organisation{ID: "chelwest", Name: "Chelsea and Westminster Hospital NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				Identifiers: []vocab.Identifier{ods("RQM")},
				Sources:     []vocab.Source{srcICUKHDRA, srcODS("RQM Chelsea and Westminster Hospital NHS Foundation Trust")}},
				member(ahsc.RolePartner, "2020-07", "", srcChelWest, srcICUKHDRA)),
		},
		Organisations: append(issuers(),
			ahsc.Organisation{ID: "hammersmith-hospitals", Name: "Hammersmith Hospitals NHS Trust", Kind: ahsc.OrgKindNHSTrust,
				Identifiers: []vocab.Identifier{ods("RQN")},
				Sources:     []vocab.Source{srcICLaunch, srcODSHistoric("RQN Hammersmith Hospitals NHS Trust")}},
			ahsc.Organisation{ID: "st-marys-trust", Name: "St Mary's NHS Trust", Kind: ahsc.OrgKindNHSTrust,
				Identifiers: []vocab.Identifier{ods("RJ5")},
				Sources:     []vocab.Source{srcICLaunch, srcODSHistoric("RJ5 St Mary's NHS Trust")}},
			orgGSTT(),
			// A partner by two undated sources: its record is kept for
			// its identifiers, its membership left out.
			ahsc.Organisation{ID: "icr", Name: "The Institute of Cancer Research", Kind: ahsc.OrgKindResearchInstitute,
				OtherNames:  []ahsc.Name{acronym("ICR"), {Value: "The Institute of Cancer Research: Royal Cancer Hospital", Kind: ahsc.NameAlias}},
				Identifiers: []vocab.Identifier{ukprn("10003324"), ror("043jzw605"), {Scheme: vocab.SchemeCompaniesHouse, Value: "00534147"}},
				Sources:     []vocab.Source{srcICRJoins, srcICUKHDRA, srcICR, srcUKPRNOf("The Institute of Cancer Research = 10003324"), srcRORPage("043jzw605", "Institute of Cancer Research")}},
		),
		Successions: []ahsc.Succession{
			{Predecessor: "hammersmith-hospitals", Successor: "icht", Kind: ahsc.SuccessionMerger,
				Date: vocab.MustParseDate("2007-10-01"), Sources: []vocab.Source{srcICLaunch, srcICHTMerger}},
			{Predecessor: "st-marys-trust", Successor: "icht", Kind: ahsc.SuccessionMerger,
				Date: vocab.MustParseDate("2007-10-01"), Sources: []vocab.Source{srcICLaunch, srcICHTMerger}},
			rbhtIntoGSTT(),
			nhsiIntoNHSE(),
		},
		Designations: []ahsc.Designation{round2009(), round2014(srcIC2014), round2020(srcICUKHDRA)},
		Sources:      []vocab.Source{srcICLaunch, srcICExpanded},
	}
}
