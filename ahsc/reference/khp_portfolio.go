package reference

import (
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/programme"
)

// KHPPortfolio is King's Health Partners' portfolio as the examples use it.
// The programme areas come from the project's seed description of KHP;
// every share, count, goal, reading, cohort, facility and performance
// figure is ILLUSTRATIVE, not KHP data, and labelled so in the data (the
// portfolio's and each programme's and facility's sources). Programme
// periods are the 2020 designation's, which is sourced. The NHS standards
// the pathways are held to are sourced data in programme.Standards.
// Capacity and demand (capacity.go) are ILLUSTRATIVE.
func KHPPortfolio() *programme.Portfolio {
	d := vocab.MustParseDate
	designation := vocab.MustParsePeriod("2020-04-01/2025-03-31") // NIHR AHSC designation from 1 April 2020 (five years)
	share := vocab.MustRatio
	active := []programme.StatusEntry{{Status: programme.StatusActive, Date: designation.Start, Actual: true}}
	seed := vocab.Source{
		URL:       "https://www.kingshealthpartners.org/",
		Title:     "King's Health Partners",
		Publisher: "King's Health Partners",
		Note: "Programme areas follow the seed description of KHP: translational research in cancer, neuroscience, " +
			"cardiovascular disease and mental health; education and clinician-scientist training; specialised services " +
			"(pancreatic and breast cancer, neuropsychiatry, child and adolescent mental health); shared biobanking, imaging, " +
			"data science and clinical trials networks; genomics and precision medicine. Shares, counts, goals and " +
			"performance figures are illustrative",
	}
	owners := []vocab.Source{vocab.Illustrative("shared facilities are in the seed description; their owners are illustrative")}
	figures := []vocab.Source{vocab.Illustrative("participant shares, areas, stage, goals and readings are illustrative, not KHP data; the period is the 2020 designation's")}
	whole := func(c vocab.HealthCategory) []programme.Area {
		return []programme.Area{{Category: c, Weight: vocab.IntRatio(1)}}
	}
	return withCapacityAndDemand(&programme.Portfolio{
		Version: vocab.CurrentVersion,
		Programmes: []programme.Programme{
			{
				ID: "translational-cancer", Name: "Translational cancer research", Kind: programme.KindTranslationalResearch,
				Period: designation, Lead: "kcl", Stage: programme.StageT1, Timeline: active, Sources: figures,
				Participants: []programme.Participant{{Partner: "kcl", Share: share(1, 2)}, {Partner: "gstt", Share: share(1, 4)}, {Partner: "kch", Share: share(1, 4)}},
				Areas:        whole(vocab.HealthCancer),
				Facilities:   []vocab.FacilityID{"biobank", "imaging"},
				Goals: []programme.Goal{{
					ID: "early-phase-recruitment", Measure: "participants recruited to early-phase cancer studies", Unit: "participants",
					Target: vocab.Target{Direction: vocab.HigherIsBetter, Value: vocab.IntRatio(400), Tolerance: vocab.IntRatio(40)},
					Due:    d("2025-03-31"),
					Readings: []programme.GoalReading{
						{Date: d("2023-03-31"), Value: vocab.IntRatio(180)},
						{Date: d("2024-03-31"), Value: vocab.IntRatio(310)},
					},
				}},
			},
			{
				ID: "cancer-trials", Name: "Cancer clinical trials", Kind: programme.KindClinicalTrial, Parent: "translational-cancer",
				Period: designation, Lead: "gstt", Stage: programme.StageT2, Phase: programme.Phase2, Timeline: active, Sources: figures,
				Participants: []programme.Participant{{Partner: "gstt", Share: share(2, 3)}, {Partner: "kcl", Share: share(1, 3)}},
				Areas:        whole(vocab.HealthCancer),
				Facilities:   []vocab.FacilityID{"crf", "trials-unit"},
			},
			{
				ID: "neuroscience-mental-health", Name: "Translational neuroscience and mental health", Kind: programme.KindTranslationalResearch,
				Period: designation, Lead: "kcl", Stage: programme.StageT2, Timeline: active, Sources: figures,
				Participants: []programme.Participant{{Partner: "kcl", Share: share(1, 2)}, {Partner: "slam", Share: share(1, 2)}},
				Areas:        []programme.Area{{Category: vocab.HealthMentalHealth, Weight: share(1, 2)}, {Category: vocab.HealthNeurological, Weight: share(1, 2)}},
				Facilities:   []vocab.FacilityID{"imaging", "data-science"},
				Goals: []programme.Goal{{
					ID: "recruiting-to-time", Measure: "share of studies recruiting to time and target", Unit: "proportion",
					Target:   vocab.Target{Direction: vocab.HigherIsBetter, Value: vocab.Percent(80)},
					Due:      d("2025-03-31"),
					Readings: []programme.GoalReading{{Date: d("2024-03-31"), Value: vocab.Percent(83)}},
				}},
			},
			{
				ID: "cardiovascular", Name: "Translational cardiovascular medicine", Kind: programme.KindTranslationalResearch,
				Period: designation, Lead: "kcl", Stage: programme.StageT1, Timeline: active, Sources: figures,
				Participants: []programme.Participant{{Partner: "kcl", Share: share(1, 2)}, {Partner: "gstt", Share: share(1, 2)}},
				Areas:        whole(vocab.HealthCardiovascular),
				Facilities:   []vocab.FacilityID{"imaging"},
			},
			{
				ID: "precision-medicine", Name: "Genomics and precision medicine", Kind: programme.KindPrecisionMedicine,
				Period: designation, Lead: "kcl", Stage: programme.StageT0, Timeline: active, Sources: figures,
				Participants: []programme.Participant{{Partner: "kcl", Share: share(1, 2)}, {Partner: "gstt", Share: share(1, 4)}, {Partner: "kch", Share: share(1, 4)}},
				Areas:        []programme.Area{{Category: vocab.HealthCancer, Weight: share(1, 2)}, {Category: vocab.HealthGeneric, Weight: share(1, 2)}},
				Facilities:   []vocab.FacilityID{"biobank", "data-science"},
			},
			{
				ID: "clinician-scientists", Name: "Education and clinician-scientist training", Kind: programme.KindEducation,
				Period: designation, Lead: "kcl", Timeline: active, Sources: figures,
				Participants: []programme.Participant{{Partner: "kcl", Share: share(1, 2)}, {Partner: "gstt", Share: share(1, 6)}, {Partner: "kch", Share: share(1, 6)}, {Partner: "slam", Share: share(1, 6)}},
				Areas:        whole(vocab.HealthGeneric),
				Goals: []programme.Goal{{
					ID: "clinician-scientists-appointed", Measure: "clinician-scientists appointed", Unit: "people",
					Target:   vocab.Target{Direction: vocab.HigherIsBetter, Value: vocab.IntRatio(30), Tolerance: vocab.IntRatio(5)},
					Due:      d("2025-03-31"),
					Readings: []programme.GoalReading{{Date: d("2024-03-31"), Value: vocab.IntRatio(28)}},
				}},
			},
			{
				ID: "cancer-services", Name: "Pancreatic and breast cancer services", Kind: programme.KindSpecialisedService,
				Period: designation, Lead: "gstt", Stage: programme.StageT3, Timeline: active, Sources: figures,
				Participants: []programme.Participant{{Partner: "gstt", Share: share(1, 2)}, {Partner: "kch", Share: share(1, 2)}},
				Areas:        whole(vocab.HealthCancer),
			},
			{
				ID: "neuropsychiatry-camhs", Name: "Neuropsychiatry and child and adolescent mental health services", Kind: programme.KindSpecialisedService,
				Period: designation, Lead: "slam", Stage: programme.StageT3, Timeline: active, Sources: figures,
				Participants: []programme.Participant{{Partner: "slam", Share: vocab.IntRatio(1)}},
				Areas:        []programme.Area{{Category: vocab.HealthMentalHealth, Weight: share(2, 3)}, {Category: vocab.HealthNeurological, Weight: share(1, 3)}},
			},
			{
				ID: "shared-infrastructure", Name: "Shared research infrastructure", Kind: programme.KindSharedInfrastructure,
				Period: designation, Lead: "kcl", Timeline: active, Sources: figures,
				Participants: []programme.Participant{{Partner: "kcl", Share: share(1, 4)}, {Partner: "gstt", Share: share(1, 4)}, {Partner: "kch", Share: share(1, 4)}, {Partner: "slam", Share: share(1, 4)}},
				Areas:        whole(vocab.HealthGeneric),
				Facilities:   []vocab.FacilityID{"biobank", "imaging", "data-science", "crf", "trials-unit"},
			},
		},
		Facilities: []programme.Facility{
			{ID: "biobank", Name: "Shared biobank", Kind: programme.FacilityKindBiobank, Owners: []vocab.OrgID{"kcl", "gstt"}, Sources: owners},
			{ID: "imaging", Name: "Shared imaging centre", Kind: programme.FacilityKindImaging, Owners: []vocab.OrgID{"kcl", "kch"}, Sources: owners},
			{ID: "data-science", Name: "Data science platform and trusted research environment", Kind: programme.FacilityKindDataScience, Owners: []vocab.OrgID{"kcl", "slam"}, Sources: owners},
			{ID: "crf", Name: "Clinical research facility", Kind: programme.FacilityKindClinicalResearch, Owners: []vocab.OrgID{"gstt", "kch"}, Sources: owners},
			{ID: "trials-unit", Name: "Clinical trials unit", Kind: programme.FacilityKindTrialsUnit, Owners: []vocab.OrgID{"kcl"}, Sources: owners},
		},
		Pathways: []programme.Pathway{
			{
				ID: "pancreatic-cancer", Name: "Pancreatic cancer: referral to treatment", Standard: programme.StandardCancer62Day,
				Programme: "cancer-services", Provider: "gstt",
				Performance: []programme.Performance{
					{Period: vocab.MustParsePeriod("2024-04-01/2024-06-30"), Within: 849, Total: 1000},
					{Period: vocab.MustParsePeriod("2024-07-01/2024-09-30"), Within: 850, Total: 1000},
				},
			},
			{
				ID: "breast-cancer", Name: "Breast cancer: faster diagnosis", Standard: programme.StandardCancer28DayFDS,
				Programme: "cancer-services", Provider: "gstt",
				Performance: []programme.Performance{{Period: vocab.MustParsePeriod("2024-04-01/2024-06-30"), Within: 612, Total: 800}},
			},
			{
				ID: "neuropsychiatry", Name: "Neuropsychiatry: referral to treatment", Standard: programme.StandardRTT18Weeks,
				Programme: "neuropsychiatry-camhs", Provider: "slam",
				Performance: []programme.Performance{{Period: vocab.MustParsePeriod("2024-04-01/2024-06-30"), Within: 450, Total: 500}},
			},
		},
		Cohorts: []programme.Cohort{
			{ID: "clinician-scientists-2024", Programme: "clinician-scientists", Kind: programme.CohortKindClinicianScientist, Period: vocab.MustParsePeriod("2024-10-01/2027-09-30"), Size: 12},
			{ID: "phd-fellows-2024", Programme: "clinician-scientists", Kind: programme.CohortKindPhDFellow, Period: vocab.MustParsePeriod("2024-10-01/2027-09-30"), Size: 20},
			{ID: "trainees-2024", Programme: "clinician-scientists", Kind: programme.CohortKindTrainee, Period: vocab.MustParsePeriod("2024-08-01/2025-07-31"), Size: 40},
		},
		Sources: []vocab.Source{seed, vocab.Illustrative("shares, counts, goals, readings, cohorts, facility owners and pathway performance, capacity and demand figures are illustrative, not KHP data")},
	})
}
