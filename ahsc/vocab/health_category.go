package vocab

// HealthCategory is a UKCRC Health Research Classification System (HRCS)
// health category, the UK standard for tagging research by disease area
// (https://hrcsonline.net/health-categories/). Values are kebab-case forms
// of the category names. Programmes weight them; funding conditions restrict
// money to them.
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

// HealthCategories returns every HRCS health category.
func HealthCategories() []HealthCategory { return healthCategories.Values() }

// ParseHealthCategory parses a category code.
func ParseHealthCategory(s string) (HealthCategory, error) { return healthCategories.Parse(s) }

// IsValid reports whether c is an HRCS health category.
func (c HealthCategory) IsValid() bool { return healthCategories.Contains(c) }

// String returns the code.
func (c HealthCategory) String() string { return string(c) }

// EnumValues lists the allowed codes (for schema export).
func (HealthCategory) EnumValues() []string { return healthCategories.Strings() }

// MarshalText implements encoding.TextMarshaler.
func (c HealthCategory) MarshalText() ([]byte, error) { return []byte(c), nil }

// UnmarshalText implements encoding.TextUnmarshaler; unknown codes are an
// ErrNotSupported problem listing the allowed ones.
func (c *HealthCategory) UnmarshalText(b []byte) error { return healthCategories.Unmarshal(c, b) }

// Check reports a problem at p when c is not a valid category (or is empty
// and required).
func (c HealthCategory) Check(p *Path, required bool) *Problem {
	return healthCategories.Check(p, c, required)
}
