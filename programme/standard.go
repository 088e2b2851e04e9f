package programme

import (
	"slices"
	"time"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Standard is an NHS England waiting-time standard: the share of patients
// who must be seen or treated within a time limit, and the date it took
// effect. Standards are published data ([Standards]); pathways name one.
type Standard struct {
	// ID identifies the standard ("cancer-62-day").
	ID StandardID `json:"id"`
	// Name is the standard's usual name.
	Name string `json:"name"`
	// Measure says which patients count as within the standard.
	Measure string `json:"measure"`
	// Target is the share of patients that must be within the standard;
	// higher is better and there is no amber band.
	Target vocab.Target `json:"target"`
	// Effective is the date the standard took effect in this form.
	Effective vocab.Date `json:"effective"`
	// Sources cite the standard and its date.
	Sources []vocab.Source `json:"sources"`
}

// The IDs of the NHS England waiting-time standards in [Standards]; the
// standards themselves, with their sources, are data returned by
// [Standards] and [LookupStandard].
const (
	// StandardRTT18Weeks: 92% of patients on incomplete consultant-led
	// pathways wait no more than 18 weeks from referral to treatment.
	StandardRTT18Weeks StandardID = "rtt-18-weeks"
	// StandardCancer28DayFDS: the 28-day Faster Diagnosis Standard, 75%.
	StandardCancer28DayFDS StandardID = "cancer-28-day-fds"
	// StandardCancer31Day: 96% start treatment within 31 days of the
	// decision to treat.
	StandardCancer31Day StandardID = "cancer-31-day"
	// StandardCancer62Day: 85% start treatment within 62 days of urgent
	// referral or screening.
	StandardCancer62Day StandardID = "cancer-62-day"
)

var cancerStandardsSource = vocab.Source{
	URL:       "https://www.england.nhs.uk/clinically-led-review-nhs-access-standards/cancer/",
	Title:     "Clinically-led review of NHS access standards: cancer",
	Publisher: "NHS England",
	Note: "From 1 October 2023 the cancer waiting-time standards were consolidated into three: " +
		"28-day Faster Diagnosis Standard 75%, 31-day decision-to-treat to treatment 96%, " +
		"62-day referral to treatment 85% (date as recorded in ahsckit's research notes, simulation.md §2)",
}

func atLeast(pct int64) vocab.Target {
	return vocab.Target{Direction: vocab.HigherIsBetter, Value: vocab.Percent(pct)}
}

var standards = []Standard{
	{
		ID:      StandardRTT18Weeks,
		Name:    "18-week referral to treatment",
		Measure: "patients on incomplete consultant-led pathways waiting no more than 18 weeks from referral",
		Target:  atLeast(92),
		// UNVERIFIED day: sources give only the year 2012.
		Effective: vocab.MustDate(2012, time.April, 1),
		Sources: []vocab.Source{
			{
				URL:       "https://publications.parliament.uk/pa/cm201719/cmselect/cmpubacc/1750/175004.htm",
				Title:     "NHS waiting times for elective and cancer treatment",
				Publisher: "House of Commons Committee of Public Accounts",
				Note:      "92% of patients should wait no more than 18 weeks from referral to treatment",
			},
			{
				URL:       "https://www.nuffieldtrust.org.uk/news-item/the-growing-problem-of-treatment-waiting-times",
				Title:     "The growing problem of treatment waiting times",
				Publisher: "Nuffield Trust",
				Note: "The 92% incomplete-pathway standard was \"introduced in 2012\" and has been the sole RTT " +
					"measure since June 2015. UNVERIFIED: the exact day; 1 April 2012 (start of 2012-13) is assumed",
			},
		},
	},
	{
		ID:        StandardCancer28DayFDS,
		Name:      "Cancer 28-day Faster Diagnosis Standard",
		Measure:   "patients told they have cancer, or that it is ruled out, within 28 days of urgent referral",
		Target:    atLeast(75),
		Effective: vocab.MustDate(2023, time.October, 1),
		Sources:   []vocab.Source{cancerStandardsSource},
	},
	{
		ID:        StandardCancer31Day,
		Name:      "Cancer 31-day decision to treat to treatment",
		Measure:   "patients starting treatment within 31 days of the decision to treat",
		Target:    atLeast(96),
		Effective: vocab.MustDate(2023, time.October, 1),
		Sources:   []vocab.Source{cancerStandardsSource},
	},
	{
		ID:        StandardCancer62Day,
		Name:      "Cancer 62-day referral to treatment",
		Measure:   "patients starting treatment within 62 days of urgent referral or screening",
		Target:    atLeast(85),
		Effective: vocab.MustDate(2023, time.October, 1),
		Sources:   []vocab.Source{cancerStandardsSource},
	},
}

// Standards returns the NHS England waiting-time standards this package
// knows, each with the date it took effect and its sources.
func Standards() []Standard {
	out := slices.Clone(standards)
	for i := range out {
		out[i].Sources = slices.Clone(out[i].Sources)
	}
	return out
}

// StandardIDs returns the IDs of [Standards], in the same order.
func StandardIDs() []StandardID {
	ids := make([]StandardID, len(standards))
	for i, s := range standards {
		ids[i] = s.ID
	}
	return ids
}

// LookupStandard returns a copy of the standard in [Standards] with the
// given ID, and false when there is none.
func LookupStandard(id StandardID) (Standard, bool) {
	for _, s := range standards {
		if s.ID == id {
			s.Sources = slices.Clone(s.Sources)
			return s, true
		}
	}
	return Standard{}, false
}

// InEffectAt reports whether the standard had taken effect on d.
func (s Standard) InEffectAt(d vocab.Date) bool { return !d.IsZero() && !d.Before(s.Effective) }
