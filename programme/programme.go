package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Programme is one programme of a portfolio: translational research, a
// clinical trial, education and training, a specialised clinical service,
// shared infrastructure or precision medicine. It is modelled on FHIR
// ResearchStudy (phase, partOf, progressStatus) and PlanDefinition (goals),
// with UKCRC HRCS health categories as its therapeutic areas.
type Programme struct {
	// ID identifies the programme in the portfolio.
	ID vocab.ProgrammeID `json:"id"`
	// Name is the programme's name.
	Name string `json:"name"`
	// Kind says what kind of work the programme does.
	Kind Kind `json:"kind"`
	// Description says what the programme is for.
	Description string `json:"description,omitempty"`
	// Period is when the programme runs; the start is required, an open end
	// means ongoing.
	Period vocab.Period `json:"period" jsonschema:"period=started"`
	// Parent is the programme this one is a sub-programme of (FHIR partOf).
	Parent vocab.ProgrammeID `json:"parent,omitempty"`
	// Lead is the lead partner; it must be one of the participants.
	Lead vocab.OrgID `json:"lead"`
	// Participants are the participating partners and their shares, which
	// sum to exactly 1.
	Participants []Participant `json:"participants,omitempty" jsonschema:"required"`
	// Areas are the therapeutic areas, whose weights sum to exactly 1.
	Areas []Area `json:"areas,omitempty"`
	// Stage is the translational stage, for research programmes.
	Stage Stage `json:"stage,omitempty"`
	// Phase is the trial phase; only clinical trials have one.
	Phase Phase `json:"phase,omitempty"`
	// Timeline is the status history and plan.
	Timeline []StatusEntry `json:"timeline,omitempty"`
	// Goals are the programme's measurable goals.
	Goals []Goal `json:"goals,omitempty"`
	// Facilities are the shared facilities of the portfolio the programme uses.
	Facilities []vocab.FacilityID `json:"facilities,omitempty"`
	// Sources cite where the programme's facts come from.
	Sources []vocab.Source `json:"sources,omitempty"`
}

// StatusAt returns the programme's actual status on d (the latest actual
// timeline entry dated on or before d), and false when none is recorded.
func (pr *Programme) StatusAt(d vocab.Date) (Status, bool) { return statusAt(pr.Timeline, d) }

// IsActiveAt reports whether the programme's actual status on d is active.
func (pr *Programme) IsActiveAt(d vocab.Date) bool {
	s, ok := pr.StatusAt(d)
	return ok && s == StatusActive
}

// ShareOf returns the share partner has in the programme (zero when it
// does not participate).
func (pr *Programme) ShareOf(partner vocab.OrgID) vocab.Ratio {
	for _, pt := range pr.Participants {
		if pt.Partner == partner {
			return pt.Share
		}
	}
	return vocab.Ratio{}
}

// Goal returns the goal with the given ID.
func (pr *Programme) Goal(id GoalID) (*Goal, bool) {
	for i := range pr.Goals {
		if pr.Goals[i].ID == id {
			return &pr.Goals[i], true
		}
	}
	return nil, false
}
