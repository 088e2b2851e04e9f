// Package reference is the designated academic health science centres
// (AHSCs) of England as sourced, public, importable data: each centre's
// partners over time, their identifiers, the 2009, 2014 and 2020
// designation rounds with their issuers, and the successions where a
// partner changed. Every function returns a fresh value, valid with no
// errors and no warnings; changing it never changes what the next call
// returns.
//
// # Centres
//
// By ID ([Centre], [CentreIDs]; all of them: [Centres], and as one network
// document: [Network]):
//
//   - "bhp": [BristolHealthPartners] (2020 designation; partly sourced);
//   - "cuhp": [CambridgeUniversityHealthPartners] (2009, 2014, 2020);
//   - "imperial-ahsc": [ImperialCollegeAHSC] (2009, 2014, 2020);
//   - "khp": [KingsHealthPartners] (2009, 2014, 2020), which also carries
//     governance, portfolio and ledger documents ([KHPGovernance],
//     [KHPPortfolio], [KHPLedger]) and a funding policy ([KHPPolicy]) for
//     the examples: their seats, rules, figures, amounts, people and caps
//     are ILLUSTRATIVE and labelled so in the data (sources of kind
//     "illustrative");
//   - "mahsc": [ManchesterAHSC] (2009, 2014, 2020);
//   - "nhip": [NewcastleHealthInnovationPartners] (2020);
//   - "oahp": [OxfordAcademicHealthPartners] (2014, 2020);
//   - "uclpartners": [UCLPartners] (2009, 2014, 2020).
//
// The same data is committed as JSON beside this package, in json/ (one
// file per centre, named by ID, and network.json), for readers in other
// languages; a test keeps the files in step with the Go values.
//
// # Facts and their sources
//
// Only facts with a source are in the data, each with its source beside it
// (URL, title, the date read and a note quoting what it supports). A date
// has the precision its source gives: KHP was "formed in 2009", so its
// partners' memberships start in the year 2009 and they are only possibly
// partners on a day of 2009 (see [ahsc.Centre.PossiblePartnersAt]). Three
// rules fill what the sources leave open, each stated in the membership's
// source note:
//
//   - a membership of an organisation that closed ends, at the latest, the
//     day before it closed, when no source dates its leaving (Royal
//     Brompton & Harefield at Imperial; the Manchester bodies that merged;
//     Salford Primary Care Trust, when primary care trusts were abolished);
//   - a membership whose start no source dates starts on the earliest date
//     a source shows the organisation as a member (MFT and GMMH in
//     Manchester, the University of Bristol and four Bristol partners: 1
//     April 2020, the 2020 designation);
//   - a membership with no end is open as of [AsOf] (2026-12-01).
//
// A change of legal form or name that keeps the organisation, and its ODS
// code, is a former name (ahsc.NameFormer), not a succession: a trust
// becoming a foundation trust (Oxford University Hospitals, 1 October
// 2015), Papworth becoming Royal Papworth (2018), Salford Royal becoming the
// Northern Care Alliance (2021), Greater Manchester West becoming Greater
// Manchester Mental Health (2017), the Department of Health becoming the
// Department of Health and Social Care (2018). A merger or acquisition that
// closes a body is a succession from the closed body to the one that
// continues or is created, whose own membership is recorded separately:
// Hammersmith Hospitals and St Mary's into Imperial College Healthcare
// (2007), Barts and The London (with Newham and Whipps Cross) into Barts
// Health (2012), Manchester Mental Health and Social Care Trust into GMMH
// (2017), Central Manchester and South Manchester into Manchester University
// NHS Foundation Trust (2017), Royal Brompton & Harefield into Guy's and St
// Thomas' (2021), NHS Improvement into NHS England (2022).
//
// One organisation ID is one organisation in every centre: the issuers
// (dh, nihr, nhs-england, nhs-improvement), Royal Brompton & Harefield
// ("rbht": an Imperial partner, and GSTT's predecessor in KHP) and Guy's and
// St Thomas' ("gstt") have the same records wherever they appear, as the
// network document checks.
//
// # Missing
//
// What no source read gives is left out; by centre:
//
//   - all: any designation after 31 March 2025, when the 2020 round's five
//     years ended (no source read records a renewal or an extension, so no
//     centre is designated on a later date); ROR IDs of the NHS trusts (only Imperial College Healthcare's and
//     Barts Health's are sourced) and of the issuers; charity and company
//     numbers of the partnerships; the day the 2014 round was announced;
//     Imperial's October 2007 Department of Health designation, before the
//     first round, is in the sources but not recorded as a designation;
//   - KHP: the month and day the partnership formed; the trusts' RORs;
//   - Imperial: when The Institute of Cancer Research joined (two undated
//     sources name it a partner, so it has a record, with its identifiers,
//     but no membership); when Royal Brompton &
//     Harefield left (recorded as the latest possible day); Chelsea and
//     Westminster's joining is sourced only by Wikipedia;
//   - UCLPartners: which members each designation covered (UCLPartners is
//     also an academic health science network and a company); when, if ever,
//     Barking, Havering and Redbridge left; the ODS codes of the Newham and
//     Whipps Cross trusts; when Great Ormond Street and the Royal Free took
//     their foundation-trust names;
//   - Cambridge: the month the partnership formed; when Papworth's rename
//     took effect (the year only);
//   - Manchester: when Manchester Mental Health and Social Care Trust and
//     Salford Primary Care Trust left, and when MFT and GMMH joined; their
//     ODS codes (TAE, 5F5) are only in weak sources and left out;
//   - Oxford: the date the Oxford Academic Health Science Centre took its
//     current name;
//   - Bristol: five of its eleven partners; the joining dates of all but
//     North Bristol NHS Trust; NHS Blood and Transplant's legal form (kind
//     "other") and ODS code; Sirona's company number;
//   - Newcastle: the academic health science network's legal form (kind
//     "other"); the council's identifiers.
//
// # Licences and attribution
//
// The facts are taken from the cited pages, each linked from the data.
// Identifiers: NHS ODS codes are from NHS England's Organisation Data
// Service, under the Open Government Licence v3.0
// (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/);
// ROR IDs are from the Research Organization Registry, CC0 1.0
// (https://ror.readme.io/docs/data-dump); UKPRNs are from DfE and HESA
// public files (the UK Register of Learning Providers itself is not
// openly licensed, so only the numbers, which are facts, are used);
// Companies House data is open under the Copyright, Designs and Patents Act
// 1988 ss.47 and 50; Charity Commission data is under the Open Government
// Licence. Contains public sector information licensed under the Open
// Government Licence v3.0.
package reference
