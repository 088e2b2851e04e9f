package vocab

// HealthCategory is a UKCRC Health Research Classification System (HRCS)
// health category, the UK standard for tagging research by disease area
// (https://hrcsonline.net/health-categories/). Values are kebab-case forms
// of the category names. Programmes weight them; funding conditions restrict
// money to them.
//
// Codes: "blood", "cancer-and-neoplasms", "cardiovascular",
// "congenital-disorders", "ear", "eye", "infection",
// "inflammatory-and-immune-system", "injuries-and-accidents", "mental-health",
// "metabolic-and-endocrine", "musculoskeletal", "neurological",
// "oral-and-gastrointestinal", "renal-and-urogenital",
// "reproductive-health-and-childbirth", "respiratory", "skin", "stroke",
// "generic-health-relevance", "disputed-aetiology-and-other".
type HealthCategory string

// The 21 HRCS health categories.
const (
	HealthBlood                  HealthCategory = "blood"
	HealthCancer                 HealthCategory = "cancer-and-neoplasms"
	HealthCardiovascular         HealthCategory = "cardiovascular"
	HealthCongenital             HealthCategory = "congenital-disorders"
	HealthEar                    HealthCategory = "ear"
	HealthEye                    HealthCategory = "eye"
	HealthInfection              HealthCategory = "infection"
	HealthInflammatoryImmune     HealthCategory = "inflammatory-and-immune-system"
	HealthInjuries               HealthCategory = "injuries-and-accidents"
	HealthMentalHealth           HealthCategory = "mental-health"
	HealthMetabolicEndocrine     HealthCategory = "metabolic-and-endocrine"
	HealthMusculoskeletal        HealthCategory = "musculoskeletal"
	HealthNeurological           HealthCategory = "neurological"
	HealthOralGastrointestinal   HealthCategory = "oral-and-gastrointestinal"
	HealthRenalUrogenital        HealthCategory = "renal-and-urogenital"
	HealthReproductive           HealthCategory = "reproductive-health-and-childbirth"
	HealthRespiratory            HealthCategory = "respiratory"
	HealthSkin                   HealthCategory = "skin"
	HealthStroke                 HealthCategory = "stroke"
	HealthGeneric                HealthCategory = "generic-health-relevance"
	HealthDisputedAetiologyOther HealthCategory = "disputed-aetiology-and-other"
)

var healthCategories = NewEnum(HealthBlood, HealthCancer, HealthCardiovascular, HealthCongenital,
	HealthEar, HealthEye, HealthInfection, HealthInflammatoryImmune, HealthInjuries, HealthMentalHealth,
	HealthMetabolicEndocrine, HealthMusculoskeletal, HealthNeurological, HealthOralGastrointestinal,
	HealthRenalUrogenital, HealthReproductive, HealthRespiratory, HealthSkin, HealthStroke, HealthGeneric,
	HealthDisputedAetiologyOther)

// HealthCategories returns the enum of the 21 HRCS health categories, for
// listing, parsing and checking.
func HealthCategories() Enum[HealthCategory] { return healthCategories }

// EnumValues lists the allowed codes (for schema export).
func (HealthCategory) EnumValues() []string { return healthCategories.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; unknown codes are an
// ErrNotSupported problem listing the allowed ones.
func (c *HealthCategory) UnmarshalText(b []byte) error { return healthCategories.Unmarshal(c, b) }
