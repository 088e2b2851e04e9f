package programme

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Pathway is a clinical pathway (referral to diagnosis and treatment) held
// to an NHS waiting-time [Standard], with its recorded performance.
type Pathway struct {
	// ID identifies the pathway in the portfolio.
	ID PathwayID `json:"id"`
	// Name is the pathway's name ("Pancreatic cancer").
	Name string `json:"name"`
	// Standard is the ID of the standard in [Standards] it is held to.
	Standard StandardID `json:"standard"`
	// Programme is the portfolio programme (usually a specialised clinical
	// service) the pathway belongs to, if any.
	Programme vocab.ProgrammeID `json:"programme,omitempty"`
	// Provider is the partner that runs the pathway, if one does.
	Provider vocab.OrgID `json:"provider,omitempty"`
	// Performance is the recorded performance, one entry per period.
	Performance []Performance `json:"performance,omitempty"`
	// Demand is the pathway's referral demand, one figure per period (not
	// overlapping), each stated per the same interval as the capacity of
	// the facilities it uses.
	Demand []Demand `json:"demand,omitempty"`
	// Uses lists the facilities each referral needs, and how much of each.
	Uses []FacilityUse `json:"uses,omitempty"`
}

// Performance is a pathway's performance over a closed period, as counts
// of patients: of Total, Within were within the standard. Its share
// ([Performance.Ratio]) and rating ([Performance.RAG]) are derived from the
// counts, never stored.
type Performance struct {
	// Period the counts cover; both ends are required.
	Period vocab.Period `json:"period" vocab:"day" jsonschema:"period=closed"`
	// Within is the number of patients within the standard, from 0 to
	// Total.
	Within int64 `json:"within" jsonschema:"minimum=0"`
	// Total is the number of patients, not negative; zero means nothing to
	// report.
	Total int64 `json:"total" jsonschema:"minimum=0"`
}

// Ratio returns the share of patients within the standard, Within/Total,
// exactly, and false when Total is not positive or the counts are
// inconsistent.
func (m Performance) Ratio() (vocab.Ratio, bool) {
	if m.Total <= 0 || m.Within < 0 || m.Within > m.Total {
		return vocab.Ratio{}, false
	}
	r, err := vocab.NewRatio(m.Within, m.Total)
	return r, err == nil
}

// RAG rates the performance against s exactly: green when it meets the
// standard (849 of 1000 breaches 85%, 850 of 1000 meets it), red when it
// does not, vocab.RAGNoData when there were no patients or the counts are
// inconsistent. The rating is derived each time, never stored.
func (m Performance) RAG(s Standard) vocab.RAG {
	r, ok := m.Ratio()
	if !ok {
		return vocab.RAGNoData
	}
	return s.Target.Status(r)
}

// Problems checks the pathway at p: its standard must be one of
// [Standards] (and there is no referral demand without one); each
// performance entry needs a closed period and counts with 0 ≤ within ≤
// total; each [Demand] figure needs a start, referrals not negative and
// the pathway's one interval, and the figures' periods must not overlap;
// each [FacilityUse] names a facility once, with a positive need and a
// unit. A performance or demand period that starts before the standard
// took effect is a warning. That the programme and the facilities exist,
// and that the facilities count in the use's unit and the demand's
// interval, is checked by the portfolio; that the provider is a partner
// by the Centre.
func (pw *Pathway) Problems(p *vocab.Path) vocab.Problems {
	return pw.problems(new(vocab.Collector), p).Problems()
}

// problems is [Pathway.Problems] into ps.
func (pw *Pathway) problems(ps *vocab.Collector, p *vocab.Path) *vocab.Collector {
	at := vocab.LazyAt(p)
	ps = ps.Add(at.Child("id").Locate(vocab.CheckID(nil, pw.ID, true)))
	if pw.Name == "" {
		ps = ps.Add(vocab.Required(p.Child("name"), ""))
	}
	std, known := LookupStandard(pw.Standard)
	switch {
	case pw.Standard == "" && len(pw.Demand) > 0:
		ps = ps.Add(vocab.Required(p.Child("standard"), "the ID of the NHS waiting-time standard its referral demand is held to"))
	case pw.Standard == "":
		ps = ps.Add(vocab.Required(p.Child("standard"), "the ID of an NHS waiting-time standard"))
	case !known:
		ps = ps.Add(vocab.NotSupported(p.Child("standard"), string(pw.Standard), StandardIDs()))
	}
	ps = ps.Add(at.Child("programme").Locate(vocab.CheckID(nil, pw.Programme, false)))
	ps = ps.Add(at.Child("provider").Locate(vocab.CheckID(nil, pw.Provider, false)))
	for i, m := range pw.Performance {
		ip := at.Child("performance").Index(i)
		switch {
		case m.Period.Start.IsZero() || m.Period.End.IsZero():
			ps = ps.Add(vocab.Required(ip.Child("period").Path(), "a closed period: both start and end"))
		case !m.Period.IsValid():
			ps = ps.Add(vocab.Invalid(ip.Child("period").Path(), m.Period.String(), "ends before it starts"))
		case !m.Period.IsExact():
			ps = ps.Add(ip.Child("period").Locate(vocab.CheckDayPeriod(nil, m.Period)))
		case known && !std.InEffectAt(m.Period.Start):
			ps = ps.Add(vocab.OutOfRange(ip.Child("period").Path(), m.Period.String(),
				fmt.Sprintf("starts before the standard took effect on %s", std.Effective)).AsWarning())
		}
		if m.Total < 0 {
			ps = ps.Add(vocab.OutOfRange(ip.Child("total").Path(), m.Total, "must not be negative"))
		}
		if m.Within < 0 || m.Within > max(m.Total, 0) {
			ps = ps.Add(vocab.OutOfRange(ip.Child("within").Path(), m.Within, fmt.Sprintf("must be from 0 to total (%d)", m.Total)))
		}
	}
	return ps.Add(pw.demandProblems(p, std, known)...)
}

// span returns the smallest period covering every valid performance
// period, or the zero Period when there is none.
func (pw *Pathway) span() vocab.Period {
	var s vocab.Period
	for _, m := range pw.Performance {
		if m.Period.Start.IsZero() || m.Period.End.IsZero() || !m.Period.IsValid() {
			continue
		}
		if s.Start.IsZero() || m.Period.Start.Before(s.Start) {
			s.Start = m.Period.Start
		}
		if m.Period.End.After(s.End) {
			s.End = m.Period.End
		}
	}
	return s
}
