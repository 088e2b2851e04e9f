package reference

import (
	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

var (
	srcOxAHSCNews = cite("https://www.healthinnovationoxford.org/news-and-events/news/academic-health-science-centre-will-harness-oxfords-nhs-and-university-strength-to-benefit-patients/",
		"Health Innovation Oxford: Academic Health Science Centre will harness Oxford's NHS and university strength",
		"\"The Oxford Academic Health Science Centre (OxAHSC) designation was announced by the Department of Health today. ... The OxAHSC partners are Oxford Brookes University, Oxford Health NHS Foundation Trust, Oxford University Hospitals NHS Trust, and the University of Oxford\"")
	srcOxAHSCReport = cite("https://studylib.net/doc/11643538",
		"Oxford AHSC 2014/15 annual report (Department of Health template)",
		"\"Oxford AHSC Partners: OBU Oxford Brookes University, OH Oxford Health NHS Foundation Trust, OUH Oxford University Hospitals NHS Trust, UoO University of Oxford\"; \"throughout this first year\"")
	srcOAHP2020 = cite("https://www.oahp.org.uk/news/designation-success/",
		"OAHP: Designation success",
		"designated as an NIHR/NHSE/I AHSC, \"from 1 April 2020 ... for an initial period of five years. The OAHP includes Oxford Health NHS FT, Oxford University Hospitals NHS FT, Oxford Brookes University and the University of Oxford\"")
	srcOUHFT = cite("https://www.nationalhealthexecutive.com/Health-Care-News/ouh-becomes-englands-152nd-foundation-trust",
		"National Health Executive, 2 October 2015: OUH becomes England's 152nd foundation trust",
		"\"Oxford University Hospitals was authorised yesterday (1 October) to become a foundation trust, effective immediately\": the same trust (ODS RTH) under its foundation-trust name")
)

// OxfordAcademicHealthPartners returns Oxford Academic Health Partners
// ("oahp"), designated in 2014 as the Oxford Academic Health Science Centre:
// two universities and two NHS trusts, founding partners from April 2014
// (the month only is sourced), with the 2014 and 2020 designations (an
// earlier Oxford bid, by other bodies, failed in 2009). Oxford University
// Hospitals NHS Trust became a foundation trust on 1 October 2015: a former
// name, not a succession.
func OxfordAcademicHealthPartners() *ahsc.Centre {
	founders := []vocab.Source{srcOxAHSCNews, srcOxAHSCReport, srcOAHP2020}
	found := func() ahsc.Membership { return member(ahsc.RoleFoundingPartner, "2014-04", "", founders...) }
	return &ahsc.Centre{
		Version:    vocab.CurrentVersion,
		ID:         "oahp",
		Name:       "Oxford Academic Health Partners",
		OtherNames: []ahsc.Name{acronym("OAHP")},
		Partners: []ahsc.Partner{
			partner(ahsc.Organisation{ID: "oxford", Name: "University of Oxford", Kind: ahsc.OrgKindUniversity,
				Identifiers: []vocab.Identifier{ukprn("10007774"), ror("052gg0110")},
				Sources:     []vocab.Source{srcUKPRNOf("University of Oxford = 10007774"), srcRORPage("052gg0110", "University of Oxford")}},
				found()),
			partner(ahsc.Organisation{ID: "oxford-brookes", Name: "Oxford Brookes University", Kind: ahsc.OrgKindUniversity,
				Identifiers: []vocab.Identifier{ukprn("10004930"), ror("04v2twj65")},
				Sources:     []vocab.Source{srcUKPRNOf("Oxford Brookes University = 10004930"), srcRORPage("04v2twj65", "Oxford Brookes University")}},
				found()),
			partner(ahsc.Organisation{ID: "ouh", Name: "Oxford University Hospitals NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				OtherNames:  []ahsc.Name{acronym("OUH"), former("Oxford University Hospitals NHS Trust", "2015-09-30")},
				Identifiers: []vocab.Identifier{ods("RTH")},
				Sources:     []vocab.Source{srcOxAHSCNews, srcOUHFT, srcODS("RTH Oxford University Hospitals NHS Foundation Trust")}},
				found()),
			partner(ahsc.Organisation{ID: "oxford-health", Name: "Oxford Health NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				Identifiers: []vocab.Identifier{ods("RNU")},
				Sources:     []vocab.Source{srcOxAHSCNews, srcODS("RNU Oxford Health NHS Foundation Trust")}},
				found()),
		},
		Organisations: issuers(),
		Successions:   []ahsc.Succession{nhsiIntoNHSE()},
		Designations:  []ahsc.Designation{round2014(srcOxAHSCNews, srcOxAHSCReport), round2020(srcOAHP2020)},
		Sources:       []vocab.Source{srcOxAHSCNews, srcOAHP2020},
	}
}
