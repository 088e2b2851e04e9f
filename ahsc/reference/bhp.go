package reference

import (
	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

var (
	srcBHPApplication = cite("https://vdocuments.mx/national-institute-for-health-research-nhs-england-2020-04-09-academic-health.html",
		"Bristol Health Partners AHSC application NIHR201500 (submitted 20 November 2019)",
		"\"Director Institution University of Bristol; AHSC Name Bristol Health Partners Academic Health Sciences Centre; Start Date 01/04/2020 End Date 31/03/2025\"")
	srcBHPReview = cite("https://www.bristolhealthpartners.org.uk/about/annual-review/past-annual-reviews/annual-review-2019-20/leaders-views/foreword-from-chair-andrea-young/",
		"Bristol Health Partners annual review 2019-20: foreword from the chair, Andrea Young",
		"the year \"culminated with our designation as one of only eight Academic Health Science Centres (AHSCs) in England by the National Institute for Health Research (NIHR), NHS England and NHS Improvement ... As part of this exciting new chapter ... we welcome four new partners: Sirona care & health, North Somerset Council, South Gloucestershire Council and NHS Blood and Transplant\"; no day is given, so the memberships start on 1 April 2020, the designation's start and the earliest date the sources show them as members")
	srcBHPNBT = cite("https://bristolhealthpartners.org.uk/news/maria-kane-bristol-health-partners-and-us",
		"Bristol Health Partners: Maria Kane, Bristol Health Partners and us",
		"North Bristol NHS Trust \"is one of 11 organisations ... which make up the partnership ... We have been members since Bristol Health Partners formed\"")
	srcBHPAgreement = cite("https://bristolhealthpartners.org.uk/news/david-wynicks-reflections-on-his-involvement-in-bristol-health-partners",
		"Bristol Health Partners: David Wynick's reflections on his involvement in Bristol Health Partners",
		"\"when the first collaboration agreement was signed in 2012\": the partnership's formation, known to the year")
	srcSirona = cite("https://www.cqc.org.uk/provider/1-290660061/inspection-summary",
		"Care Quality Commission: Sirona Care & Health C.I.C.",
		"\"Established in October 2011, Sirona Care and Health Community Interest Company\"")
)

// BristolHealthPartners returns Bristol Health Partners Academic Health
// Science Centre ("bhp"), PARTLY SOURCED: the centre, its 2020 designation
// (its first) and the six of its eleven partners that a source names:
// North Bristol NHS Trust, a member since the partnership formed in 2012
// (the year only); the University of Bristol, the application's director
// institution; and the four partners welcomed with the 2020 designation.
// The University of Bristol's and the four's memberships start on 1 April
// 2020, the earliest date a source shows them as members; the university
// was very likely a member earlier, but no source dates it.
func BristolHealthPartners() *ahsc.Centre {
	joined2020 := func() ahsc.Membership {
		return member(ahsc.RolePartner, "2020-04-01", "", srcBHPReview, srcBHPApplication)
	}
	return &ahsc.Centre{
		Version:    vocab.CurrentVersion,
		ID:         "bhp",
		Name:       "Bristol Health Partners Academic Health Science Centre",
		OtherNames: []ahsc.Name{{Value: "Bristol Health Partners", Kind: ahsc.NameAlias}},
		Partners: []ahsc.Partner{
			partner(ahsc.Organisation{ID: "bristol", Name: "University of Bristol", Kind: ahsc.OrgKindUniversity,
				Identifiers: []vocab.Identifier{ukprn("10007786"), ror("0524sp257")},
				Sources:     []vocab.Source{srcBHPApplication, srcUKPRNOf("University of Bristol = 10007786"), srcRORPage("0524sp257", "University of Bristol")}},
				member(ahsc.RolePartner, "2020-04-01", "", srcBHPApplication)),
			partner(ahsc.Organisation{ID: "nbt", Name: "North Bristol NHS Trust", Kind: ahsc.OrgKindNHSTrust,
				Identifiers: []vocab.Identifier{ods("RVJ")},
				Sources:     []vocab.Source{srcBHPNBT, srcODS("RVJ North Bristol NHS Trust")}},
				member(ahsc.RoleFoundingPartner, "2012", "", srcBHPNBT, srcBHPAgreement)),
			partner(ahsc.Organisation{ID: "sirona", Name: "Sirona care & health C.I.C.", Kind: ahsc.OrgKindCompany,
				OtherNames: []ahsc.Name{{Value: "Sirona care & health", Kind: ahsc.NameAlias}},
				Sources:    []vocab.Source{srcBHPReview, srcSirona}},
				joined2020()),
			partner(ahsc.Organisation{ID: "north-somerset-council", Name: "North Somerset Council", Kind: ahsc.OrgKindLocalAuthority,
				Sources: []vocab.Source{srcBHPReview}},
				joined2020()),
			partner(ahsc.Organisation{ID: "south-gloucestershire-council", Name: "South Gloucestershire Council", Kind: ahsc.OrgKindLocalAuthority,
				Sources: []vocab.Source{srcBHPReview}},
				joined2020()),
			partner(ahsc.Organisation{ID: "nhsbt", Name: "NHS Blood and Transplant", Kind: ahsc.OrgKindOther,
				Sources: []vocab.Source{srcBHPReview}},
				joined2020()),
		},
		Organisations: issuers(),
		Successions:   []ahsc.Succession{nhsiIntoNHSE()},
		Designations:  []ahsc.Designation{round2020(srcBHPApplication, srcBHPReview)},
		Sources:       []vocab.Source{srcBHPApplication, srcBHPReview},
	}
}
