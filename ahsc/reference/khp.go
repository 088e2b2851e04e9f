package reference

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

// Sources of the partnership's start and of its designations.
var (
	srcStrategy = src("https://www.kingshealthpartners.org/about-us/our-strategy-to-2030",
		"King's Health Partners: Our strategy to 2030",
		"\"Our founding partners are three NHS Foundation Trusts - Guy's and St Thomas, King's College Hospital, and South London and Maudsley - and one world-leading University - King's College London\"")
	src15Years = src("https://kingshealthpartners.org/latest/kings-health-partners-celebrates-15-years-pioneering-healthcare",
		"King's Health Partners celebrates 15 years (8 May 2024)",
		"\"Formed in 2009\": the partnership's start is known to the year only")
	srcUCLP2009 = src("https://www.ucl.ac.uk/news/2009/mar/ucl-partners-becomes-one-uks-first-academic-health-science-centres",
		"UCL News, 9 March 2009: UCL Partners becomes one of UK's first Academic Health Science Centres",
		"\"has today been designated\" (9 March 2009), one of five bids that satisfied the Department of Health's selection")
)

// founded is when the four partners' membership began: the partnership was
// "formed in 2009" (src15Years); neither month nor day is sourced, so the
// date is the year. (The partners announced their intention in April 2008,
// an intention rather than a membership.)
var founded = vocab.MustParseDate("2009")

func founding() []ahsc.Membership {
	return []ahsc.Membership{{Role: ahsc.RoleFoundingPartner, Joined: founded,
		Sources: []vocab.Source{src15Years, srcStrategy, srcGSTTReport, srcButler}}}
}

// khpPartners returns King's Health Partners' four partners. The seed text
// names three; King's College Hospital is a partner by the GSTT annual
// report and Lord Butler's statement.
func khpPartners() []ahsc.Partner {
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

// khpOrganisations returns the other organisations the documents name: the
// designation issuers and a succession among them, the funders of the
// illustrative ledger, and a trust that merged into a partner.
func khpOrganisations() []ahsc.Organisation {
	// The funders are real organisations, here only because the
	// illustrative ledger names them: no fact about them is asserted.
	funder := []vocab.Source{vocab.Illustrative("named as a funder in the illustrative ledger; no fact about the organisation is asserted")}
	return []ahsc.Organisation{
		{ID: "dh", Name: "Department of Health and Social Care", Kind: ahsc.OrgKindGovernment,
			OtherNames: []ahsc.Name{{Value: "DHSC", Kind: ahsc.NameAcronym},
				{Value: "Department of Health", Kind: ahsc.NameFormer, Until: vocab.MustParseDate("2018-01")}},
			Sources: []vocab.Source{srcDHRename, srcDH2009}},
		{ID: "nihr", Name: "National Institute for Health and Care Research", Kind: ahsc.OrgKindGovernment,
			OtherNames: []ahsc.Name{{Value: "NIHR", Kind: ahsc.NameAcronym},
				{Value: "National Institute for Health Research", Kind: ahsc.NameFormer, Until: vocab.MustParseDate("2022")}},
			Sources: []vocab.Source{srcNIHRName}},
		{ID: "nhs-england", Name: "NHS England", Kind: ahsc.OrgKindGovernment,
			OtherNames: []ahsc.Name{{Value: "NHSE", Kind: ahsc.NameAcronym}},
			Sources:    []vocab.Source{srcNHSEAHSC, srcHCA2022}},
		{ID: "nhs-improvement", Name: "NHS Improvement", Kind: ahsc.OrgKindGovernment,
			OtherNames: []ahsc.Name{{Value: "NHSI", Kind: ahsc.NameAcronym}},
			Sources:    []vocab.Source{srcNHSINavigator, srcNHSIEnd}},
		{ID: "mrc", Name: "Medical Research Council", Kind: ahsc.OrgKindGovernment,
			OtherNames: []ahsc.Name{{Value: "MRC", Kind: ahsc.NameAcronym}}, Sources: funder},
		{ID: "wellcome", Name: "Wellcome Trust", Kind: ahsc.OrgKindCharity,
			OtherNames: []ahsc.Name{{Value: "Wellcome", Kind: ahsc.NameAlias}}, Sources: funder},
		{ID: "cruk", Name: "Cancer Research UK", Kind: ahsc.OrgKindCharity,
			OtherNames: []ahsc.Name{{Value: "CRUK", Kind: ahsc.NameAcronym}}, Sources: funder},
		{ID: "gstt-foundation", Name: "Guy's & St Thomas' Foundation", Kind: ahsc.OrgKindCharity, Sources: funder},
		{ID: "illustrative-pharma", Name: "Illustrative Pharma Ltd (invented)", Kind: ahsc.OrgKindCompany,
			Sources: []vocab.Source{vocab.Illustrative("an invented company, for the illustrative private funding")}},
		{ID: "rbht", Name: "Royal Brompton & Harefield NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
			Sources: []vocab.Source{srcRBHMerger}},
	}
}

// Sources of the issuers.
var (
	srcDHRename = src("https://www.civilserviceworld.com/articles/news/communities-and-health-departments-renamed-government-reshuffle",
		"Civil Service World: Communities and health departments renamed in government reshuffle",
		"\"the Department of Health will be the Department of Health and Social Care (DHSC)\": a rename of the same department, in January 2018 (the day is given only by a tertiary source, so the month is recorded)")
	srcNIHRName = src("https://en.wikipedia.org/wiki/National_Institute_for_Health_Research",
		"Wikipedia: National Institute for Health and Care Research",
		"\"In 2022 NIHR changed its name to National Institute for Health and Care Research\" (the year only); created in April 2006")
	srcNHSEAHSC = src("https://www.england.nhs.uk/aac/what-we-do/innovation-for-healthcare-inequalities-programme/academic-health-science-centres/",
		"NHS England: Academic Health Science Centres",
		"\"AHSCs are designated by NHS England and the National Institute for Health Research (NIHR) ... Since April 2020, eight AHSCs have been designated\"")
	srcHCA2022 = src("https://legislation.gov.uk/ukpga/2022/31/part/1/crossheading/merger-of-nhs-bodies-etc/enacted",
		"Health and Care Act 2022, cross-heading \"Merger of NHS bodies etc\"",
		"s.33 \"Monitor is abolished\" and s.36 abolishes the NHS Trust Development Authority, their functions transferring to NHS England; valid from 01/07/2022")
	srcNHSINavigator = src("http://navigator.health.org.uk/theme/nhs-improvement",
		"Health Foundation / Nuffield Trust navigator: NHS Improvement",
		"\"NHS Improvement came into operation on 1 April 2016, resulting from the de facto merger of Monitor and the NHS Trust Development Authority\": an operational name, not a legal body")
	srcNHSIEnd = src("https://wikimili.com/en/NHS_Improvement",
		"Wikipedia copy: NHS Improvement",
		"\"The merger took place on 1 July 2022, at which point NHS Improvement ceased to exist\" (tertiary; consistent with the Health and Care Act 2022)")
)

var srcRBHMerger = src("https://rbht.nhs.uk/node/2823",
	"Royal Brompton and Harefield hospitals join Guy's and St Thomas' NHS Foundation Trust",
	"the merger \"comes into effect today, 1 February 2021\"")

// khpSuccessions records that Royal Brompton & Harefield merged into GSTT
// and that NHS Improvement, an issuer of the 2020 designation, merged into
// NHS England.
func khpSuccessions() []ahsc.Succession {
	return []ahsc.Succession{
		{Predecessor: "rbht", Successor: "gstt", Kind: ahsc.SuccessionMerger,
			Date: vocab.MustParseDate("2021-02-01"), Sources: []vocab.Source{srcRBHMerger}},
		{Predecessor: "nhs-improvement", Successor: "nhs-england", Kind: ahsc.SuccessionMerger,
			Date: vocab.MustParseDate("2022-07-01"), Sources: []vocab.Source{srcHCA2022, srcNHSIEnd}},
	}
}

// khpDesignations returns KHP's three AHSC designations, their bounds at the
// precision the sources give: the 2009 designation from its announcement
// day to March 2014 (inferred: "at least five years", superseded by the
// 2014 round from April 2014); the 2014 one from April 2014 to the end of
// March 2020; the 2020 one from 1 April 2020 for five years.
func khpDesignations() []ahsc.Designation {
	return []ahsc.Designation{
		{Issuers: []vocab.OrgID{"dh"}, Round: 2009, Period: vocab.MustParsePeriod("2009-03-09/2014-03"),
			Sources: []vocab.Source{srcDH2009, srcUCLP2009, src("http://www.pharmatimes.com/news/nhsuniversity_partnerships_win_academic_health_science_centre_status_985309",
				"PharmaTimes: NHS/university partnerships win AHSC status",
				"the five \"carry the AHSC badge for at least five years\"; the end, March 2014, is inferred from the five years and the 2014 round starting in April 2014, so only the month is recorded")}},
		{Issuers: []vocab.OrgID{"dh"}, Round: 2014, Period: vocab.MustParsePeriod("2014-04/2020-03-31"),
			Sources: []vocab.Source{
				src("https://www.pharmatimes.com/news/six_new_academicnhs_partnerships_win_ahsc_status_1006115",
					"PharmaTimes: six academic/NHS partnerships win AHSC status",
					"the Department of Health awarded AHSC status \"for a five-year term\"; the five 2009 AHSCs are joined \"from next year\" by Oxford"),
				src("http://www.thisisoxfordshire.co.uk/news/10850353.Oxford_joins_elite_centres_to_improve_UK_health_research/",
					"Oxford Mail: Oxford joins elite centres to improve UK health research",
					"\"From April, the six NHS and university partnerships will work together\": the start is known to the month"),
				src("http://eldaddp.azurewebsites.net/answeredquestions.html?answer.answeringMemberPrinted=Baroness+Blackwood+of+North+Oxford",
					"Parliamentary answer, Baroness Blackwood",
					"\"the existing Departmental-AHSC designation will be extended until the end of March 2020\"")}},
		{Issuers: []vocab.OrgID{"nihr", "nhs-england", "nhs-improvement"}, Round: 2020, Period: vocab.MustParsePeriod("2020-04-01/2025-03-31"),
			Sources: []vocab.Source{
				src("https://www.nihr.ac.uk/funding/academic-health-science-centres-competition/22465",
					"NIHR: Academic Health Science Centres competition",
					"\"We wish to designate AHSCs for five years from 1 April 2020 ... jointly branded NIHR, NHS England (NHSE) and NHS Improvement (NHSI)\"; five years from 1 April 2020 end on 31 March 2025"),
				src("https://vdocuments.mx/national-institute-for-health-research-nhs-england-2020-04-09-academic-health.html",
					"Bristol Health Partners AHSC application NIHR201500",
					"a 2020-round record: \"Start Date 01/04/2020 End Date 31/03/2025\""),
				src("https://www.oahp.org.uk/news/eight-designated-academic-health-science-centres/",
					"OAHP: eight designated Academic Health Science Centres",
					"\"jointly designated by the NIHR and NHS England and NHS Improvement\"; King's Health Partners among the eight")}},
	}
}
