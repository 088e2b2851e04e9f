package reference

import (
	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

var (
	srcUCLP2008 = cite("https://www.ucl.ac.uk/news/2008/aug/europes-largest-academic-health-science-partnership-created-london",
		"UCL News, 7 August 2008: Europe's largest academic health science partnership created in London",
		"\"UCL Partners will comprise: UCL ...; Great Ormond Street Hospital for Children NHS Trust (GOSH) ...; Moorfields Eye Hospital NHS Foundation Trust ...; the Royal Free Hampstead NHS Trust ...; University College London Hospitals NHS Foundation Trust ... UCL Partners, which becomes operational from September onwards\"")
	srcUCLPWiki = cite("https://en.wikipedia.org/wiki/UCLPartners",
		"Wikipedia: UCLPartners",
		"\"In October 2011 it was announced that Barts and The London NHS Trust and Queen Mary, University of London had agreed to join UCLPartners ... Barking, Havering and Redbridge University Hospitals NHS Trust agreed to join UCLPartners in April 2012\"")
	srcUCLPBHRUT = cite("https://www.hsj.co.uk/barking-havering-and-redbridge-university-hospitals-nhs-trust/london-acute-joins-ucl-partners-academic-health-science-centre/5043842.article",
		"HSJ: London acute joins UCL Partners academic health science centre",
		"the BHRUT board \"decided to join UCL Partners at its April board meeting\"; \"The new Barts Health Trust ... joined the centre in October, along with Queen Mary, University of London\"")
	srcBartsHealth = cite("http://bartshealth.nhs.uk/about-us/our-background/",
		"Barts Health NHS Trust: Our background",
		"\"Barts Health NHS Trust was created on 1 April 2012 following the merger of Barts and The London NHS Trust, Newham University Hospital NHS Trust and Whipps Cross University Hospital NHS Trust\"")
	srcUCLP2014 = cite("https://docslib.org/doc/9222103/department-of-health-designated-academic-health-science-centre-ahsc",
		"UCLPartners: Department of Health designated Academic Health Science Centre (AHSC) 2014/15 annual report",
		"\"DEPARTMENT OF HEALTH DESIGNATED ACADEMIC HEALTH SCIENCE CENTRE (AHSC) 2014/15 ANNUAL REPORT ... UCLPartners Academic Health Science Centre\"")
)

// UCLPartners returns UCLPartners ("uclpartners"): its five founders from
// September 2008 (UCL, Great Ormond Street, Moorfields, the Royal Free and
// UCLH); Barts and The London NHS Trust and Queen Mary University of London
// from October 2011; Barts Health NHS Trust from its creation on 1 April
// 2012, by the merger of Barts and The London with the Newham and Whipps
// Cross trusts (successions); Barking, Havering and Redbridge University
// Hospitals NHS Trust from April 2012; and the 2009, 2014 and 2020
// designations. UCLPartners is also an academic health science network and
// a company: the sources do not say which members each AHSC designation
// covered, so members are UCLPartners' members.
func UCLPartners() *ahsc.Centre {
	founders := []vocab.Source{srcUCLP2008, srcUCLP2009}
	return &ahsc.Centre{
		Version:    vocab.CurrentVersion,
		ID:         "uclpartners",
		Name:       "UCLPartners",
		OtherNames: []ahsc.Name{{Value: "UCL Partners", Kind: ahsc.NameAlias}, acronym("UCLP")},
		Partners: []ahsc.Partner{
			partner(ahsc.Organisation{ID: "ucl", Name: "University College London", Kind: ahsc.OrgKindUniversity,
				OtherNames:  []ahsc.Name{acronym("UCL")},
				Identifiers: []vocab.Identifier{ukprn("10007784"), ror("02jx3x895")},
				Sources:     []vocab.Source{srcUKPRNOf("University College London = 10007784"), srcRORPage("02jx3x895", "University College London")}},
				member(ahsc.RoleFoundingPartner, "2008-09", "", founders...)),
			partner(ahsc.Organisation{ID: "gosh", Name: "Great Ormond Street Hospital for Children NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				OtherNames:  []ahsc.Name{acronym("GOSH")},
				Identifiers: []vocab.Identifier{ods("RP4")},
				Sources:     []vocab.Source{srcUCLP2008, srcODS("RP4 Great Ormond Street Hospital for Children NHS Foundation Trust")}},
				member(ahsc.RoleFoundingPartner, "2008-09", "", founders...)),
			partner(ahsc.Organisation{ID: "moorfields", Name: "Moorfields Eye Hospital NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				Identifiers: []vocab.Identifier{ods("RP6")},
				Sources:     []vocab.Source{srcUCLP2008, srcODS("RP6 Moorfields Eye Hospital NHS Foundation Trust")}},
				member(ahsc.RoleFoundingPartner, "2008-09", "", founders...)),
			partner(ahsc.Organisation{ID: "royal-free", Name: "Royal Free London NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				Identifiers: []vocab.Identifier{ods("RAL")},
				Sources: []vocab.Source{srcUCLP2008, srcODS("RAL Royal Free London NHS Foundation Trust"),
					cite("http://www.liquisearch.com/royal_free_hampstead_nhs_trust/history", "Royal Free Hampstead NHS Trust: history (Wikipedia copy)",
						"\"The Royal Free Hampstead NHS Trust was authorised by Monitor as an NHS foundation trust on 1 April 2012, subsequently changing its name to the Royal Free London NHS Foundation Trust\": the same body under a new name (the date of the name change is not given)")}},
				member(ahsc.RoleFoundingPartner, "2008-09", "", founders...)),
			partner(ahsc.Organisation{ID: "uclh", Name: "University College London Hospitals NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				OtherNames:  []ahsc.Name{acronym("UCLH")},
				Identifiers: []vocab.Identifier{ods("RRV")},
				Sources:     []vocab.Source{srcUCLP2008, srcODS("RRV University College London Hospitals NHS Foundation Trust")}},
				member(ahsc.RoleFoundingPartner, "2008-09", "", founders...)),
			partner(ahsc.Organisation{ID: "barts-and-the-london", Name: "Barts and The London NHS Trust", Kind: ahsc.OrgKindNHSTrust,
				Identifiers: []vocab.Identifier{ods("RNJ")},
				Sources:     []vocab.Source{srcBartsHealth, srcODSHistoric("RNJ Barts and the London NHS Trust")}},
				member(ahsc.RolePartner, "2011-10", "2012-03-31", srcUCLPWiki, srcUCLPBHRUT,
					cite(srcBartsHealth.URL, srcBartsHealth.Title, "the trust merged into Barts Health on 1 April 2012, so its own membership ended the day before"))),
			partner(ahsc.Organisation{ID: "qmul", Name: "Queen Mary University of London", Kind: ahsc.OrgKindUniversity,
				OtherNames:  []ahsc.Name{acronym("QMUL")},
				Identifiers: []vocab.Identifier{ukprn("10007775"), ror("026zzn846")},
				Sources:     []vocab.Source{srcUKPRNOf("Queen Mary University of London = 10007775"), srcRORPage("026zzn846", "Queen Mary University of London")}},
				member(ahsc.RolePartner, "2011-10", "", srcUCLPWiki, srcUCLPBHRUT)),
			partner(ahsc.Organisation{ID: "barts-health", Name: "Barts Health NHS Trust", Kind: ahsc.OrgKindNHSTrust,
				Identifiers: []vocab.Identifier{ods("R1H"), ror("00b31g692")},
				Sources:     []vocab.Source{srcBartsHealth, srcODS("R1H Barts Health NHS Trust"), srcRORPage("00b31g692", "Barts Health NHS Trust")}},
				member(ahsc.RolePartner, "2012-04-01", "", srcBartsHealth, srcUCLPWiki)),
			partner(ahsc.Organisation{ID: "bhrut", Name: "Barking, Havering and Redbridge University Hospitals NHS Trust", Kind: ahsc.OrgKindNHSTrust,
				Identifiers: []vocab.Identifier{ods("RF4")},
				Sources:     []vocab.Source{srcUCLPBHRUT, srcODS("RF4 Barking, Havering and Redbridge University Hospitals NHS Trust")}},
				member(ahsc.RolePartner, "2012-04", "", srcUCLPWiki, srcUCLPBHRUT)),
		},
		Organisations: append(issuers(),
			ahsc.Organisation{ID: "newham-hospital-trust", Name: "Newham University Hospital NHS Trust", Kind: ahsc.OrgKindNHSTrust,
				Sources: []vocab.Source{srcBartsHealth}},
			ahsc.Organisation{ID: "whipps-cross-hospital-trust", Name: "Whipps Cross University Hospital NHS Trust", Kind: ahsc.OrgKindNHSTrust,
				Sources: []vocab.Source{srcBartsHealth}},
		),
		Successions: []ahsc.Succession{
			{Predecessor: "barts-and-the-london", Successor: "barts-health", Kind: ahsc.SuccessionMerger,
				Date: vocab.MustParseDate("2012-04-01"), Sources: []vocab.Source{srcBartsHealth}},
			{Predecessor: "newham-hospital-trust", Successor: "barts-health", Kind: ahsc.SuccessionMerger,
				Date: vocab.MustParseDate("2012-04-01"), Sources: []vocab.Source{srcBartsHealth}},
			{Predecessor: "whipps-cross-hospital-trust", Successor: "barts-health", Kind: ahsc.SuccessionMerger,
				Date: vocab.MustParseDate("2012-04-01"), Sources: []vocab.Source{srcBartsHealth}},
			nhsiIntoNHSE(),
		},
		Designations: []ahsc.Designation{round2009(srcUCLP2009), round2014(srcUCLP2014), round2020()},
		Sources:      []vocab.Source{srcUCLP2008, srcUCLP2009},
	}
}
