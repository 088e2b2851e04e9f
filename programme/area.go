package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Area is one therapeutic area of a programme: a UKCRC HRCS health
// category and the exact share of the programme it accounts for. A
// programme's area weights sum to exactly 1, as HRCS percentage weightings
// sum to 100% (https://hrcsonline.net/category/guidance/).
type Area struct {
	// Category is the HRCS health category.
	Category vocab.HealthCategory `json:"category"`
	// Weight is the share of the programme in this category, in (0, 1].
	Weight vocab.Ratio `json:"weight" jsonschema:"exclusiveMinimum=0,maximum=1"`
}

// Participant is a partner taking part in a programme, with its exact
// share of the programme. Shares sum to exactly 1.
type Participant struct {
	// Partner is the participating partner organisation.
	Partner vocab.OrgID `json:"partner"`
	// Share is the partner's share of the programme, in (0, 1].
	Share vocab.Ratio `json:"share" jsonschema:"exclusiveMinimum=0,maximum=1"`
}
