package reference

import (
	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

var (
	srcMAHSC2009 = cite("https://staffnet.manchester.ac.uk/news/archive/list/display/?id=4474&month=03&year=2009",
		"University of Manchester StaffNet, 10 March 2009: Manchester Academic Health Science Centre achieves official national status",
		"MAHSC \"was launched last year\" (2008, the year only); \"The seven members of Manchester AHSC are: Central Manchester and Manchester Children's University Hospitals NHS Trust; The Christie NHS Foundation Trust; Manchester Mental Health and Social Care Trust; Salford Primary Care Trust; Salford Royal NHS Foundation Trust; University Hospital of South Manchester NHS Foundation Trust; The University of Manchester\"")
	srcMAHSCHSJ = cite("https://www.hsj.co.uk/your-ideas-and-suggestions/manchester-academic-health-science-centre/5019553.article",
		"HSJ: Manchester Academic Health Science Centre",
		"\"one of the five AHSCs in England designated by Department of Health in March 2009\"")
	srcMAHSC2020 = cite("https://research.cmft.nhs.uk/news-events/partnership-of-manchesters-exceptional-nhs-and-academic-organisations-to-continue-accelerating-world-leading-health-research-over-next-five-years",
		"MFT research news: Partnership of Manchester's exceptional NHS and academic organisations to continue",
		"MAHSC \"has officially been designated by ... (NIHR), NHS England and NHS Improvement from 1 April 2020 up to 2025. ... MAHSC brings together The University of Manchester, Manchester University NHS Foundation Trust (MFT), The Christie NHS Foundation Trust, Salford Royal NHS Foundation Trust (part of the Northern Care Alliance NHS Group) and Greater Manchester Mental Health NHS Foundation Trust (GMMH)\"; the earliest date a source shows MFT and GMMH as members, recorded as their joining")
	srcMFTMerger = cite("https://en.wikipedia.org/wiki/Manchester_University_NHS_Foundation_Trust",
		"Wikipedia: Manchester University NHS Foundation Trust",
		"\"formed by the merger of Central Manchester University Hospitals NHS Foundation Trust with the University Hospital of South Manchester NHS Foundation Trust on 1 October 2017\"")
	srcMFTCaseStudies = cite("https://mft.nhs.uk/case-studies/",
		"Manchester University NHS Foundation Trust: case studies",
		"\"created in October 2017 following the merger of Central Manchester University Hospitals NHS Foundation Trust and University Hospital of South Manchester NHS Foundation Trust\"")
	srcGMMHAcquirer = cite("https://www.mhcc.nhs.uk/news/greater-manchester-west-mental-health-acquirer-manchester-mental-health-social-care-trust/",
		"Manchester Health & Care Commissioning: Greater Manchester West Mental Health - acquirer of Manchester Mental Health & Social Care Trust",
		"Greater Manchester West Mental Health NHS Foundation Trust \"is the preferred acquirer of Manchester Mental Health and Social Care Trust and is expected to take responsibility for Trust services from 1 January 2017\"")
	srcGMMHMerger = cite("http://www.nationalhealthexecutive.com/Health-Care-News/nhsi-approves-greater-manchester-mental-health-merger",
		"National Health Executive, 22 December 2016: NHSI approves Greater Manchester mental health merger",
		"MMHSCT and Greater Manchester West Mental Health NHS FT \"join together to form a new single trust, Greater Manchester Mental Health NHS FT (GMMHFT), as of 1 January 2017\"; the acquirer keeps its ODS code (RXV) under the new name")
	srcCMFTFT = cite("http://www.talkhealthpartnership.com/nhs/central_manchester.php",
		"Central Manchester University Hospitals NHS Foundation Trust (talkhealth partnership page)",
		"\"We became a Foundation Trust on 1st January 2009. The previous organisation, Central Manchester and Manchester Children's University Hospitals NHS Trust was established on 1st April 2001\"")
	srcNCA = cite("https://github.com/rcpch/rcpch-nhs-organisations/blob/main/documentation/docs/developer/backfill.md",
		"RCPCH NHS organisations: ODS successions backfill (from the ODS ORD API)",
		"\"The Northern Care Alliance NHS Foundation Trust (RM3) was officially established on 1 October 2021. The legal merger occurred when Salford Royal NHS Foundation Trust (also RM3 - the ODS code was retained) acquired The Pennine Acute Hospitals NHS Trust (RW6) and changed its corporate name\"; R0A \"was created on 2017-10-01 from RW3 + RM2\"")
	srcPCTsAbolished = cite("https://en.wikipedia.org/wiki/NHS_primary_care_trust",
		"Wikipedia: NHS primary care trust",
		"\"Primary care trusts were abolished on 31 March 2013 as part of the Health and Social Care Act 2012\" (tertiary); no source dates Salford PCT's leaving MAHSC, so the membership is recorded as ending, at the latest, then")
)

// ManchesterAHSC returns Manchester Academic Health Science Centre
// ("mahsc"): seven founding members from 2008 (the year only is sourced)
// and five in 2020. Central Manchester and University Hospital of South
// Manchester merged into Manchester University NHS Foundation Trust on 1
// October 2017, and Greater Manchester West Mental Health acquired
// Manchester Mental Health and Social Care Trust on 1 January 2017, taking
// the name Greater Manchester Mental Health (successions; the acquirer's
// rename is a former name). The memberships of the closed bodies end the
// day before they closed, the latest they can have ended; Salford Primary
// Care Trust's ends when primary care trusts were abolished (31 March 2013).
// No source dates when MFT and GMMH joined: their memberships start on 1
// April 2020, the earliest date a source shows them as members.
func ManchesterAHSC() *ahsc.Centre {
	return &ahsc.Centre{
		Version:    vocab.CurrentVersion,
		ID:         "mahsc",
		Name:       "Manchester Academic Health Science Centre",
		OtherNames: []ahsc.Name{acronym("MAHSC")},
		Partners: []ahsc.Partner{
			partner(ahsc.Organisation{ID: "manchester", Name: "The University of Manchester", Kind: ahsc.OrgKindUniversity,
				Identifiers: []vocab.Identifier{ukprn("10007798"), ror("027m9bs27")},
				Sources:     []vocab.Source{srcUKPRNOf("The University of Manchester = 10007798"), srcRORPage("027m9bs27", "The University of Manchester")}},
				member(ahsc.RoleFoundingPartner, "2008", "", srcMAHSC2009, srcMAHSC2020)),
			partner(ahsc.Organisation{ID: "cmft", Name: "Central Manchester University Hospitals NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				OtherNames:  []ahsc.Name{acronym("CMFT"), former("Central Manchester and Manchester Children's University Hospitals NHS Trust", "2008-12-31")},
				Identifiers: []vocab.Identifier{ods("RW3")},
				Sources:     []vocab.Source{srcMAHSC2009, srcCMFTFT, srcODS("RW3 Central Manchester University Hospitals NHS Foundation Trust")}},
				member(ahsc.RoleFoundingPartner, "2008", "2017-09-30", srcMAHSC2009,
					cite(srcMFTMerger.URL, srcMFTMerger.Title, "the trust merged into MFT on 1 October 2017, so its own membership ended, at the latest, the day before"))),
			partner(ahsc.Organisation{ID: "christie", Name: "The Christie NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				Identifiers: []vocab.Identifier{ods("RBV")},
				Sources:     []vocab.Source{srcMAHSC2009, srcODS("RBV The Christie NHS Foundation Trust")}},
				member(ahsc.RoleFoundingPartner, "2008", "", srcMAHSC2009, srcMAHSC2020)),
			partner(ahsc.Organisation{ID: "mmhsct", Name: "Manchester Mental Health and Social Care Trust", Kind: ahsc.OrgKindNHSTrust,
				OtherNames: []ahsc.Name{acronym("MMHSCT")},
				Sources:    []vocab.Source{srcMAHSC2009, srcGMMHAcquirer}},
				member(ahsc.RoleFoundingPartner, "2008", "2016-12-31", srcMAHSC2009,
					cite(srcGMMHAcquirer.URL, srcGMMHAcquirer.Title, "the acquirer took responsibility for the trust's services from 1 January 2017; no source dates the trust's leaving MAHSC, so the membership is recorded as ending, at the latest, the day before"))),
			partner(ahsc.Organisation{ID: "salford-pct", Name: "Salford Primary Care Trust", Kind: ahsc.OrgKindIntegratedCareBoard,
				OtherNames: []ahsc.Name{{Value: "NHS Salford", Kind: ahsc.NameAlias}},
				Sources: []vocab.Source{srcMAHSC2009, cite("https://cupdf.com/document/mahsc-strategy-j2561.html", "MAHSC Strategy (J2561)",
					"MAHSC is a partnership including \"NHS Salford (Salford Primary Care Trust)\"")}},
				member(ahsc.RoleFoundingPartner, "2008", "2013-03-31", srcMAHSC2009, srcPCTsAbolished)),
			partner(ahsc.Organisation{ID: "salford-royal", Name: "Northern Care Alliance NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				OtherNames:  []ahsc.Name{former("Salford Royal NHS Foundation Trust", "2021-09-30")},
				Identifiers: []vocab.Identifier{ods("RM3")},
				Sources:     []vocab.Source{srcMAHSC2009, srcNCA, srcODS("RM3 Northern Care Alliance NHS Foundation Trust")}},
				member(ahsc.RoleFoundingPartner, "2008", "", srcMAHSC2009, srcMAHSC2020)),
			partner(ahsc.Organisation{ID: "uhsm", Name: "University Hospital of South Manchester NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				OtherNames:  []ahsc.Name{acronym("UHSM")},
				Identifiers: []vocab.Identifier{ods("RM2")},
				Sources:     []vocab.Source{srcMAHSC2009, srcODS("RM2 University Hospital of South Manchester NHS Foundation Trust")}},
				member(ahsc.RoleFoundingPartner, "2008", "2017-09-30", srcMAHSC2009,
					cite(srcMFTMerger.URL, srcMFTMerger.Title, "the trust merged into MFT on 1 October 2017, so its own membership ended, at the latest, the day before"))),
			partner(ahsc.Organisation{ID: "mft", Name: "Manchester University NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				OtherNames:  []ahsc.Name{acronym("MFT")},
				Identifiers: []vocab.Identifier{ods("R0A")},
				Sources:     []vocab.Source{srcMFTMerger, srcMFTCaseStudies, srcODS("R0A Manchester University NHS Foundation Trust")}},
				member(ahsc.RolePartner, "2020-04-01", "", srcMAHSC2020)),
			partner(ahsc.Organisation{ID: "gmmh", Name: "Greater Manchester Mental Health NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
				OtherNames:  []ahsc.Name{acronym("GMMH"), former("Greater Manchester West Mental Health NHS Foundation Trust", "2016-12-31")},
				Identifiers: []vocab.Identifier{ods("RXV")},
				Sources:     []vocab.Source{srcGMMHMerger, srcODS("RXV Greater Manchester Mental Health NHS Foundation Trust")}},
				member(ahsc.RolePartner, "2020-04-01", "", srcMAHSC2020)),
		},
		Organisations: issuers(),
		Successions: []ahsc.Succession{
			{Predecessor: "cmft", Successor: "mft", Kind: ahsc.SuccessionMerger,
				Date: vocab.MustParseDate("2017-10-01"), Sources: []vocab.Source{srcMFTMerger, srcMFTCaseStudies, srcNCA}},
			{Predecessor: "uhsm", Successor: "mft", Kind: ahsc.SuccessionMerger,
				Date: vocab.MustParseDate("2017-10-01"), Sources: []vocab.Source{srcMFTMerger, srcMFTCaseStudies, srcNCA}},
			{Predecessor: "mmhsct", Successor: "gmmh", Kind: ahsc.SuccessionMerger,
				Date: vocab.MustParseDate("2017-01-01"), Sources: []vocab.Source{srcGMMHAcquirer, srcGMMHMerger}},
			nhsiIntoNHSE(),
		},
		Designations: []ahsc.Designation{round2009(srcMAHSC2009, srcMAHSCHSJ), round2014(), round2020(srcMAHSC2020)},
		Sources:      []vocab.Source{srcMAHSC2009, srcMAHSC2020},
	}
}
