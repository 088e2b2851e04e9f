package reference

import (
	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

var (
	srcCUHPApplication = cite("https://docslib.org/doc/4809244/academic-health-science-centre-application-for-designation-part-1",
		"Cambridge AHSC application for designation, part 1 (14 January 2009)",
		"\"The Cambridge AHSC is a partnership between the University of Cambridge and its three principal NHS affiliates: Cambridge University Hospitals NHS Foundation Trust (CUH), Cambridgeshire and Peterborough NHS Foundation Trust (CPFT) and Papworth Hospital NHS Foundation Trust (PH)\"")
	srcCUHPRenewed = cite("https://www.cuhp.org.uk/media/news-releases/cuhps-mission-renewed-for-five-more-years",
		"CUHP: CUHP's mission renewed for five more years",
		"re-designated as an NIHR-NHSE/I AHSC \"for a further five years\"; members \"the University of Cambridge, Cambridge and Peterborough NHS Foundation Trust, Cambridge University Hospitals NHS Foundation Trust and Royal Papworth Hospital NHS Foundation Trust\"; \"since our inception in 2009\" (the year only)")
	srcPapworthRoyal = cite("http://itv.com/news/anglia/2017-09-22/papworth-hospital-heart-and-lung-hospital-to-be-granted-royal-title",
		"ITV News, 22 September 2017: Papworth Hospital to be granted royal title",
		"the hospital \"will now be renamed 'Royal Papworth Hospital'\"; the name changed officially in 2018 (the year only), the same trust under a new name")
)

// CambridgeUniversityHealthPartners returns Cambridge University Health
// Partners ("cuhp"): the University of Cambridge and three NHS foundation
// trusts, founding partners since 2009 (the year only is sourced), with the
// 2009, 2014 and 2020 designations. Papworth Hospital NHS Foundation Trust
// became Royal Papworth in 2018: a former name, not a succession.
func CambridgeUniversityHealthPartners() *ahsc.Centre {
	founders := []vocab.Source{srcCUHPApplication, srcCUHPRenewed}
	found := func() ahsc.Membership { return member(ahsc.RoleFoundingPartner, "2009", "", founders...) }
	return &ahsc.Centre{
		Version:    vocab.CurrentVersion,
		ID:         "cuhp",
		Name:       "Cambridge University Health Partners",
		OtherNames: []ahsc.Name{acronym("CUHP")},
		Partners: []ahsc.Partner{
			partner(ahsc.Organisation{ID: "cambridge", Name: "University of Cambridge", Kind: ahsc.OrgKindUniversity,
				Identifiers: []vocab.Identifier{ukprn("10007788"), ror("013meh722")},
				Sources:     []vocab.Source{srcUKPRNOf("University of Cambridge = 10007788"), srcRORPage("013meh722", "University of Cambridge")}},
				found()),
			partner(ahsc.Organisation{ID: "cuh", Name: "Cambridge University Hospitals NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				OtherNames:  []ahsc.Name{acronym("CUH")},
				Identifiers: []vocab.Identifier{ods("RGT")},
				Sources:     []vocab.Source{srcCUHPApplication, srcODS("RGT Cambridge University Hospitals NHS Foundation Trust")}},
				found()),
			partner(ahsc.Organisation{ID: "cpft", Name: "Cambridgeshire and Peterborough NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				OtherNames:  []ahsc.Name{acronym("CPFT")},
				Identifiers: []vocab.Identifier{ods("RT1")},
				Sources:     []vocab.Source{srcCUHPApplication, srcODS("RT1 Cambridgeshire and Peterborough NHS Foundation Trust")}},
				found()),
			partner(ahsc.Organisation{ID: "royal-papworth", Name: "Royal Papworth Hospital NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				OtherNames:  []ahsc.Name{former("Papworth Hospital NHS Foundation Trust", "2018")},
				Identifiers: []vocab.Identifier{ods("RGM")},
				Sources:     []vocab.Source{srcCUHPApplication, srcPapworthRoyal, srcODS("RGM Royal Papworth Hospital NHS Foundation Trust")}},
				found()),
		},
		Organisations: issuers(),
		Successions:   []ahsc.Succession{nhsiIntoNHSE()},
		Designations:  []ahsc.Designation{round2009(), round2014(), round2020(srcCUHPRenewed)},
		Sources:       []vocab.Source{srcCUHPApplication, srcCUHPRenewed},
	}
}
