package reference

import (
	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// This file holds what several centres share: the designation issuers and
// the three designation rounds, the organisations two centres both name
// (Royal Brompton & Harefield, Guy's and St Thomas'), and the helpers that
// build sources and memberships. Every centre gets its own fresh copies, so
// one organisation ID means the same organisation in every centre, as the
// network document requires.

// accessed is the date the sources below were read.
var accessed = vocab.MustParseDate("2026-11-23")

// asOf is the date the data set describes: memberships, names and
// identifiers as the sources read by then give them.
var asOf = vocab.MustParseDate("2026-12-01")

// researched is the date the sources of the other seven centres, and of the
// identifiers cited through the helpers below, were read.
var researched = vocab.MustParseDate("2026-11-30")

// src cites a source read with King's Health Partners' (accessed).
func src(url, title, note string) vocab.Source {
	return vocab.Source{URL: url, Title: title, Accessed: accessed, Note: note}
}

// cite cites a source read with the other centres' (researched).
func cite(url, title, note string) vocab.Source {
	return vocab.Source{URL: url, Title: title, Accessed: researched, Note: note}
}

// Identifier sources: codes and numbers come from public files derived
// from the registers, each cited with what it gives.
func srcODS(note string) vocab.Source {
	return cite("https://github.com/rcpch/rcpch-nhs-organisations/blob/af9b22cf/rcpch_nhs_organisations/hospitals/constants/trust.py",
		"RCPCH NHS organisations: trust constants (from NHS Digital ODS data)", note)
}

// srcODSHistoric cites NHS Digital's prototype organisation list, which
// keeps the codes of trusts that have closed.
func srcODSHistoric(note string) vocab.Source {
	return cite("https://github.com/NHSDigital/record-a-vaccination-prototype/blob/e905297ae3af1d10bde8f8afaf2c163ce597c5c1/app/data/organisations.js",
		"NHS Digital record-a-vaccination prototype: organisations (ODS codes, including closed trusts)", note)
}

func srcUKPRNOf(note string) vocab.Source {
	return cite("https://github.com/DFE-Digital/apply-for-teacher-training-prototype/blob/fcfe3eae430cb7c62fde9906d4577aefcc15430a/app/data/degree-institutions.js",
		"DfE degree institutions data (UKPRNs)", note)
}

func srcRORPage(id, name string) vocab.Source {
	return cite("https://ror.org/"+id, "ROR: "+name, "")
}

// member returns one membership from joined to left (zero: still a
// member).
func member(role ahsc.MembershipRole, joined, left string, sources ...vocab.Source) ahsc.Membership {
	m := ahsc.Membership{Role: role, Joined: vocab.MustParseDate(joined), Sources: sources}
	if left != "" {
		m.Left = vocab.MustParseDate(left)
	}
	return m
}

// partner returns o as a partner with the memberships ms.
func partner(o ahsc.Organisation, ms ...ahsc.Membership) ahsc.Partner {
	return ahsc.Partner{Organisation: o, Memberships: ms}
}

func ods(code string) vocab.Identifier {
	return vocab.Identifier{Scheme: vocab.SchemeODSOrganisation, Value: code}
}
func ukprn(n string) vocab.Identifier { return vocab.Identifier{Scheme: vocab.SchemeUKPRN, Value: n} }
func ror(id string) vocab.Identifier  { return vocab.Identifier{Scheme: vocab.SchemeROR, Value: id} }
func acronym(s string) ahsc.Name      { return ahsc.Name{Value: s, Kind: ahsc.NameAcronym} }
func former(s, until string) ahsc.Name {
	return ahsc.Name{Value: s, Kind: ahsc.NameFormer, Until: vocab.MustParseDate(until)}
}

// issuers returns the organisations that issued the designations, the same
// in every centre: the Department of Health (2009, 2014) and NIHR, NHS
// England and NHS Improvement (2020).
func issuers() []ahsc.Organisation {
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
	}
}

// nhsiIntoNHSE records that NHS Improvement, an issuer of the 2020
// designations, merged into NHS England on 1 July 2022.
func nhsiIntoNHSE() ahsc.Succession {
	return ahsc.Succession{Predecessor: "nhs-improvement", Successor: "nhs-england", Kind: ahsc.SuccessionMerger,
		Date: vocab.MustParseDate("2022-07-01"), Sources: []vocab.Source{srcHCA2022, srcNHSIEnd}}
}

var srcDH2009 = src("http://wired-gov.net/wg/wg-news-1.nsf/0/12F26C3313D994838025757400470B87",
	"DH press release: Academic Health Science Centres announced, 9 March 2009",
	"the first five AHSCs, designated after international peer review: Cambridge University Health Partners, Imperial College, King's Health Partners, Manchester AHSC and UCL Partners")

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

var srcRBHAcquisition = cite("https://www.rbht.nhs.uk/about-us/kings-health-partners-collaboration/our-plans-for-closer-working-guys-and-st-thomas-nhs-foundation-trust/frequently-asked-questions",
	"Royal Brompton & Harefield: frequently asked questions on closer working with Guy's and St Thomas'",
	"\"The formal transaction will take the form of an acquisition by Guy's and St Thomas' structured as a merger\": Guy's and St Thomas' continues, with its name and ODS code")

// orgRBHT is Royal Brompton & Harefield NHS Foundation Trust, a partner of
// Imperial College AHSC from July 2016 and, from 1 February 2021, part of
// Guy's and St Thomas' (a KHP partner).
func orgRBHT() ahsc.Organisation {
	return ahsc.Organisation{ID: "rbht", Name: "Royal Brompton & Harefield NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
		Identifiers: []vocab.Identifier{ods("RT3")},
		Sources:     []vocab.Source{srcRBHMerger, srcODS("RT3 Royal Brompton & Harefield NHS Foundation Trust")}}
}

// orgGSTT is Guy's and St Thomas' NHS Foundation Trust, a KHP partner and
// Royal Brompton & Harefield's successor.
func orgGSTT() ahsc.Organisation {
	return ahsc.Organisation{ID: "gstt", Name: "Guy's and St Thomas' NHS Foundation Trust", Kind: ahsc.OrgKindNHSFoundationTrust,
		OtherNames:  []ahsc.Name{acronym("GSTT")},
		Identifiers: []vocab.Identifier{ods("RJ1")},
		Sources:     []vocab.Source{srcODSTrusts}}
}

// rbhtIntoGSTT records Royal Brompton & Harefield's merger into Guy's and
// St Thomas' on 1 February 2021.
func rbhtIntoGSTT() ahsc.Succession {
	return ahsc.Succession{Predecessor: "rbht", Successor: "gstt", Kind: ahsc.SuccessionMerger,
		Date: vocab.MustParseDate("2021-02-01"), Sources: []vocab.Source{srcRBHMerger, srcRBHAcquisition}}
}

// round2009 is a designation of the first round: by the Department of
// Health, from its announcement on 9 March 2009 to March 2014 (inferred:
// "at least five years", superseded by the 2014 round from April 2014, so
// only the month is recorded). more are the centre's own sources.
func round2009(more ...vocab.Source) ahsc.Designation {
	return ahsc.Designation{Issuers: []vocab.OrgID{"dh"}, Round: 2009, Period: vocab.MustParsePeriod("2009-03-09/2014-03"),
		Sources: append([]vocab.Source{srcDH2009, src("http://www.pharmatimes.com/news/nhsuniversity_partnerships_win_academic_health_science_centre_status_985309",
			"PharmaTimes: NHS/university partnerships win AHSC status",
			"the five \"carry the AHSC badge for at least five years\"; the end, March 2014, is inferred from the five years and the 2014 round starting in April 2014, so only the month is recorded")}, more...)}
}

// round2014 is a designation of the second round: by the Department of
// Health, from April 2014 (the month only is sourced), extended to the end
// of March 2020.
func round2014(more ...vocab.Source) ahsc.Designation {
	return ahsc.Designation{Issuers: []vocab.OrgID{"dh"}, Round: 2014, Period: vocab.MustParsePeriod("2014-04/2020-03-31"),
		Sources: append([]vocab.Source{
			src("https://www.pharmatimes.com/news/six_new_academicnhs_partnerships_win_ahsc_status_1006115",
				"PharmaTimes: six academic/NHS partnerships win AHSC status",
				"the Department of Health awarded AHSC status \"for a five-year term\"; the five 2009 AHSCs are joined \"from next year\" by Oxford"),
			src("http://www.thisisoxfordshire.co.uk/news/10850353.Oxford_joins_elite_centres_to_improve_UK_health_research/",
				"Oxford Mail: Oxford joins elite centres to improve UK health research",
				"\"From April, the six NHS and university partnerships will work together\": the start is known to the month"),
			src("http://eldaddp.azurewebsites.net/answeredquestions.html?answer.answeringMemberPrinted=Baroness+Blackwood+of+North+Oxford",
				"Parliamentary answer, Baroness Blackwood",
				"\"the existing Departmental-AHSC designation will be extended until the end of March 2020\"")}, more...)}
}

// round2020 is a designation of the third round: jointly by NIHR, NHS
// England and NHS Improvement, from 1 April 2020 for five years (to 31
// March 2025).
func round2020(more ...vocab.Source) ahsc.Designation {
	return ahsc.Designation{Issuers: []vocab.OrgID{"nihr", "nhs-england", "nhs-improvement"}, Round: 2020, Period: vocab.MustParsePeriod("2020-04-01/2025-03-31"),
		Sources: append([]vocab.Source{
			src("https://www.nihr.ac.uk/funding/academic-health-science-centres-competition/22465",
				"NIHR: Academic Health Science Centres competition",
				"\"We wish to designate AHSCs for five years from 1 April 2020 ... jointly branded NIHR, NHS England (NHSE) and NHS Improvement (NHSI)\"; five years from 1 April 2020 end on 31 March 2025"),
			src("https://vdocuments.mx/national-institute-for-health-research-nhs-england-2020-04-09-academic-health.html",
				"Bristol Health Partners AHSC application NIHR201500",
				"a 2020-round record: \"Start Date 01/04/2020 End Date 31/03/2025\""),
			src("https://www.oahp.org.uk/news/eight-designated-academic-health-science-centres/",
				"OAHP: eight designated Academic Health Science Centres",
				"\"jointly designated by the NIHR and NHS England and NHS Improvement\": Bristol Health Partners, Cambridge University Health Partners, Imperial College, King's Health Partners, Manchester, Newcastle Health Innovation Partners, Oxford Academic Health Partners and UCL Partners")}, more...)}
}
