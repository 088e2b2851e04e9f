package programme

// The IDs this package defines; programmes and facilities use the shared
// vocab.ProgrammeID and vocab.FacilityID.
type (
	// GoalID identifies a goal within its programme ("recruitment").
	GoalID string
	// PathwayID identifies a clinical pathway in a portfolio ("breast-cancer").
	PathwayID string
	// StandardID identifies an NHS waiting-time standard in [Standards]
	// ("cancer-62-day"); a pathway may be held to these only.
	//
	// Codes: "rtt-18-weeks", "cancer-28-day-fds", "cancer-31-day",
	// "cancer-62-day".
	StandardID string
	// CohortID identifies an education and training cohort ("crf-fellows-2024").
	CohortID string
)

// IDKind returns "goal".
func (GoalID) IDKind() string { return "goal" }

// IDKind returns "pathway".
func (PathwayID) IDKind() string { return "pathway" }

// IDKind returns "standard".
func (StandardID) IDKind() string { return "standard" }

// IDKind returns "cohort".
func (CohortID) IDKind() string { return "cohort" }

// EnumValues lists the IDs of [Standards], the only standards a pathway
// may be held to (for schema export).
func (StandardID) EnumValues() []string {
	ids := StandardIDs()
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = string(id)
	}
	return out
}
