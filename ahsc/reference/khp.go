package reference

import (
	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Sources shared by several facts.
var (
	srcGSTTReport = src("https://docslib.org/doc/4862478/annual-report-2009-10",
		"Guy's and St Thomas' NHS Foundation Trust Annual Report 2009/10",
		"\"King's Health Partners ... a pioneering collaboration between King's College London, and Guy's and St Thomas', King's College Hospital and South London and Maudsley NHS Foundation Trusts\"")
	srcButler = src("https://parallelparliament.co.uk/debate/2019-07-02/lords/grand-committee/academic-health-science-centres",
		"HL Grand Committee, Academic Health Science Centres, 2 July 2019",
		"Lord Butler: KHP \"includes King's College London, King's College Hospital, Guy's and St Thomas' and the South London and Maudsley NHS Foundation Trust\"")
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
		{Organisation: orgGSTT(), Memberships: founding()},
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
// designation issuers, the funders of the illustrative ledger, and a trust
// that merged into a partner.
func khpOrganisations() []ahsc.Organisation {
	// The funders are real organisations, here only because the
	// illustrative ledger names them: no fact about them is asserted.
	funder := []vocab.Source{vocab.Illustrative("named as a funder in the illustrative ledger; no fact about the organisation is asserted")}
	orgs := issuers()
	orgs = append(orgs,
		ahsc.Organisation{ID: "mrc", Name: "Medical Research Council", Kind: ahsc.OrgKindGovernment,
			OtherNames: []ahsc.Name{{Value: "MRC", Kind: ahsc.NameAcronym}}, Sources: funder},
		ahsc.Organisation{ID: "wellcome", Name: "Wellcome Trust", Kind: ahsc.OrgKindCharity,
			OtherNames: []ahsc.Name{{Value: "Wellcome", Kind: ahsc.NameAlias}}, Sources: funder},
		ahsc.Organisation{ID: "cruk", Name: "Cancer Research UK", Kind: ahsc.OrgKindCharity,
			OtherNames: []ahsc.Name{{Value: "CRUK", Kind: ahsc.NameAcronym}}, Sources: funder},
		ahsc.Organisation{ID: "gstt-foundation", Name: "Guy's & St Thomas' Foundation", Kind: ahsc.OrgKindCharity, Sources: funder},
		ahsc.Organisation{ID: "illustrative-pharma", Name: "Illustrative Pharma Ltd (invented)", Kind: ahsc.OrgKindCompany,
			Sources: []vocab.Source{vocab.Illustrative("an invented company, for the illustrative private funding")}},
		orgRBHT(),
	)
	return orgs
}

// khpSuccessions records that Royal Brompton & Harefield merged into GSTT
// and that NHS Improvement, an issuer of the 2020 designation, merged into
// NHS England.
func khpSuccessions() []ahsc.Succession {
	return []ahsc.Succession{rbhtIntoGSTT(), nhsiIntoNHSE()}
}

// khpDesignations returns KHP's three AHSC designations (see [round2009],
// [round2014], [round2020]).
func khpDesignations() []ahsc.Designation {
	return []ahsc.Designation{round2009(srcUCLP2009), round2014(), round2020()}
}
