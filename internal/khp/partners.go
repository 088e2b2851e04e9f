package khp

import (
	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// accessed is the date the sources below were read.
var accessed = vocab.MustParseDate("2026-11-23")

func src(url, title, note string) vocab.Source {
	return vocab.Source{URL: url, Title: title, Accessed: accessed, Note: note}
}

// Sources shared by several facts.
var (
	srcGSTTReport = src("https://docslib.org/doc/4862478/annual-report-2009-10",
		"Guy's and St Thomas' NHS Foundation Trust Annual Report 2009/10",
		"\"King's Health Partners ... a pioneering collaboration between King's College London, and Guy's and St Thomas', King's College Hospital and South London and Maudsley NHS Foundation Trusts\"")
	srcButler = src("https://parallelparliament.co.uk/debate/2019-07-02/lords/grand-committee/academic-health-science-centres",
		"HL Grand Committee, Academic Health Science Centres, 2 July 2019",
		"Lord Butler: KHP \"includes King's College London, King's College Hospital, Guy's and St Thomas' and the South London and Maudsley NHS Foundation Trust\"")
	srcDH2009 = src("http://wired-gov.net/wg/wg-news-1.nsf/0/12F26C3313D994838025757400470B87",
		"DH press release: Academic Health Science Centres announced, 9 March 2009",
		"the first five AHSCs, designated after international peer review; King's Health Partners among them")
	srcODSTrusts = src("https://github.com/rcpch/rcpch-nhs-organisations/blob/af9b22cf/rcpch_nhs_organisations/hospitals/constants/trust.py",
		"RCPCH NHS organisations: trust constants (from NHS Digital ODS data)",
		"RJ1 Guy's and St Thomas'; RJZ King's College Hospital; RV5 South London and Maudsley")
	srcUKPRN = src("https://github.com/DFE-Digital/apply-for-teacher-training-prototype/blob/fcfe3eae430cb7c62fde9906d4577aefcc15430a/app/data/degree-institutions.js",
		"DfE degree institutions data (UKPRNs)", "King's College London = 10003645")
	srcROR = src("https://ror.org/0220mzb33", "ROR: King's College London", "")
)

// founded is when the four partners' membership is taken to begin: the
// 2009 designation announcement. The partnership's formal start date is not
// in our sources.
var founded = vocab.MustParseDate("2009-03-09")

func founding() []ahsc.Membership {
	return []ahsc.Membership{{Role: ahsc.RoleFoundingPartner, Joined: founded,
		Sources: []vocab.Source{srcGSTTReport, srcButler}}}
}

// Partners returns King's Health Partners' four partners. The seed text
// names three; King's College Hospital is a partner by the GSTT annual
// report and Lord Butler's statement.
func Partners() []ahsc.Partner {
	return []ahsc.Partner{
		{Organisation: ahsc.Organisation{
			ID: "kcl", Name: "King's College London", Kind: ahsc.OrgKindUniversity,
			OtherNames: []ahsc.Name{{Value: "KCL", Kind: ahsc.NameAcronym}},
			Identifiers: []vocab.Identifier{
				{Scheme: vocab.SchemeUKPRN, Value: "10003645"},
				{Scheme: vocab.SchemeROR, Value: "0220mzb33"},
			},
			Sources: []vocab.Source{srcUKPRN, srcROR},
		}, Memberships: founding()},
		{Organisation: ahsc.Organisation{
			ID: "gstt", Name: "Guy's and St Thomas' NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
			OtherNames:  []ahsc.Name{{Value: "GSTT", Kind: ahsc.NameAcronym}},
			Identifiers: []vocab.Identifier{{Scheme: vocab.SchemeODSOrganisation, Value: "RJ1"}},
			Sources:     []vocab.Source{srcODSTrusts},
		}, Memberships: founding()},
		{Organisation: ahsc.Organisation{
			ID: "kch", Name: "King's College Hospital NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
			OtherNames: []ahsc.Name{{Value: "KCH", Kind: ahsc.NameAcronym}},
			Identifiers: []vocab.Identifier{
				{Scheme: vocab.SchemeODSOrganisation, Value: "RJZ"},
				{Scheme: vocab.SchemeODSSite, Value: "RJZ01"}, // King's College Hospital, Denmark Hill
			},
			Sources: []vocab.Source{srcODSTrusts},
		}, Memberships: founding()},
		{Organisation: ahsc.Organisation{
			ID: "slam", Name: "South London and Maudsley NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
			OtherNames:  []ahsc.Name{{Value: "SLaM", Kind: ahsc.NameAcronym}},
			Identifiers: []vocab.Identifier{{Scheme: vocab.SchemeODSOrganisation, Value: "RV5"}},
			Sources:     []vocab.Source{srcODSTrusts},
		}, Memberships: founding()},
	}
}

// Organisations returns the other organisations the documents name: the
// designation issuers, funders, and a trust that merged into a partner.
func Organisations() []ahsc.Organisation {
	return []ahsc.Organisation{
		{ID: "dh", Name: "Department of Health", Kind: ahsc.OrgKindGovernment,
			OtherNames: []ahsc.Name{{Value: "DH", Kind: ahsc.NameAcronym}}},
		{ID: "nihr", Name: "National Institute for Health and Care Research", Kind: ahsc.OrgKindGovernment,
			OtherNames: []ahsc.Name{{Value: "NIHR", Kind: ahsc.NameAcronym}}},
		{ID: "mrc", Name: "Medical Research Council", Kind: ahsc.OrgKindGovernment,
			OtherNames: []ahsc.Name{{Value: "MRC", Kind: ahsc.NameAcronym}}},
		{ID: "wellcome", Name: "Wellcome Trust", Kind: ahsc.OrgKindCharity,
			OtherNames: []ahsc.Name{{Value: "Wellcome", Kind: ahsc.NameAlias}}},
		{ID: "cruk", Name: "Cancer Research UK", Kind: ahsc.OrgKindCharity,
			OtherNames: []ahsc.Name{{Value: "CRUK", Kind: ahsc.NameAcronym}}},
		{ID: "gstt-foundation", Name: "Guy's & St Thomas' Foundation", Kind: ahsc.OrgKindCharity},
		// An invented company, for the illustrative private funding.
		{ID: "illustrative-pharma", Name: "Illustrative Pharma Ltd (invented)", Kind: ahsc.OrgKindCompany},
		{ID: "rbht", Name: "Royal Brompton & Harefield NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
			Sources: []vocab.Source{srcRBHMerger}},
	}
}

var srcRBHMerger = src("https://rbht.nhs.uk/node/2823",
	"Royal Brompton and Harefield hospitals join Guy's and St Thomas' NHS Foundation Trust",
	"the merger \"comes into effect today, 1 February 2021\"")

// Successions records that Royal Brompton & Harefield merged into GSTT.
func Successions() []ahsc.Succession {
	return []ahsc.Succession{{Predecessor: "rbht", Successor: "gstt", Kind: ahsc.SuccessionMerger,
		Date: vocab.MustParseDate("2021-02-01"), Sources: []vocab.Source{srcRBHMerger}}}
}

// Designations returns KHP's three AHSC designations.
func Designations() []ahsc.Designation {
	return []ahsc.Designation{
		{Issuer: "dh", Round: 2009, Period: vocab.MustParsePeriod("2009-03-09/2014-03-31"),
			Sources: []vocab.Source{srcDH2009, src("http://www.pharmatimes.com/news/nhsuniversity_partnerships_win_academic_health_science_centre_status_985309",
				"PharmaTimes: NHS/university partnerships win AHSC status",
				"the five \"carry the AHSC badge for at least five years\"; the end date is inferred from the 2014 round starting in April 2014")}},
		{Issuer: "dh", Round: 2014, Period: vocab.MustParsePeriod("2014-04-01/2020-03-31"),
			Sources: []vocab.Source{
				src("https://www.pharmatimes.com/news/six_new_academicnhs_partnerships_win_ahsc_status_1006115",
					"PharmaTimes: six academic/NHS partnerships win AHSC status",
					"the five 2009 AHSCs re-designated for a five-year term from April 2014"),
				src("http://eldaddp.azurewebsites.net/answeredquestions.html?answer.answeringMemberPrinted=Baroness+Blackwood+of+North+Oxford",
					"Parliamentary answer, Baroness Blackwood",
					"\"the existing Departmental-AHSC designation will be extended until the end of March 2020\"")}},
		{Issuer: "nihr", Round: 2020, Period: vocab.MustParsePeriod("2020-04-01/2025-03-31"),
			Sources: []vocab.Source{
				src("https://www.nihr.ac.uk/funding/academic-health-science-centres-competition/22465",
					"NIHR: Academic Health Science Centres competition",
					"designation for five years from 1 April 2020, jointly branded NIHR, NHS England and NHS Improvement"),
				src("https://www.oahp.org.uk/news/eight-designated-academic-health-science-centres/",
					"OAHP: eight designated Academic Health Science Centres", "King's Health Partners AHSC among the eight")}},
	}
}
