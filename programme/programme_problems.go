package programme

import (
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Problems checks the programme on its own at p: identity, kind, period,
// lead and participants (shares in (0, 1] summing to exactly 1, the lead
// among them), areas (likewise), stage, phase (trials only), timeline
// (dates within the period, in order, nothing after a final status) and
// goals (each due within the period). Whether parents and facilities exist
// is checked by [Portfolio.Problems], and whether partners are partners by
// the Centre.
func (pr *Programme) Problems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	ps = ps.Add(vocab.CheckID(p.Child("id"), pr.ID, true))
	if pr.Name == "" {
		ps = ps.Add(vocab.Required(p.Child("name"), ""))
	}
	ps = ps.Add(kinds.Check(p.Child("kind"), pr.Kind, true))
	ps = append(ps, periodProblems(p.Child("period"), pr.Period)...)
	if pr.Parent == pr.ID && pr.ID != "" {
		ps = ps.Add(vocab.Invalid(p.Child("parent"), string(pr.Parent), "a programme cannot be its own parent"))
	} else {
		ps = ps.Add(vocab.CheckID(p.Child("parent"), pr.Parent, false))
	}
	ps = append(ps, pr.participantProblems(p)...)
	ps = append(ps, pr.areaProblems(p.Child("areas"))...)
	ps = ps.Add(stages.Check(p.Child("stage"), pr.Stage, false))
	if pr.Phase != "" && pr.Kind != KindClinicalTrial {
		ps = ps.Add(vocab.Forbidden(p.Child("phase"), "only a programme of kind "+string(KindClinicalTrial)+" has a phase"))
	} else {
		ps = ps.Add(phases.Check(p.Child("phase"), pr.Phase, false))
	}
	ps = append(ps, timelineProblems(p.Child("timeline"), pr.Timeline, pr.Period)...)
	gp := p.Child("goals")
	for i := range pr.Goals {
		g := &pr.Goals[i]
		ps = append(ps, g.Problems(gp.Index(i))...)
		if !g.Due.IsZero() && pr.Period.IsValid() && !pr.Period.Contains(g.Due) {
			ps = ps.Add(vocab.OutOfRange(gp.Index(i).Child("due"), g.Due, "must fall within the programme's period "+pr.Period.String()))
		}
	}
	ps = append(ps, vocab.CheckUniqueIDsOf(gp, "id", pr.Goals, func(g *Goal) GoalID { return g.ID })...)
	fp := p.Child("facilities")
	for i, f := range pr.Facilities {
		ps = ps.Add(vocab.CheckID(fp.Index(i), f, true))
	}
	ps = append(ps, vocab.CheckUniqueIDs(pr.Facilities, fp.Index)...)
	return append(ps, vocab.CheckSources(p.Child("sources"), pr.Sources)...)
}

// periodProblems requires a start and an end not before it.
func periodProblems(p *vocab.Path, period vocab.Period) vocab.Problems {
	switch {
	case period.Start.IsZero():
		return vocab.Problems{vocab.Required(p, "a period with a start date")}
	case !period.IsValid():
		return vocab.Problems{vocab.Invalid(p, period.String(), "ends before it starts")}
	}
	return nil
}

func (pr *Programme) participantProblems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	pp := p.Child("participants")
	if len(pr.Participants) == 0 {
		ps = ps.Add(vocab.Required(pp, "at least one participating partner, the lead among them"))
	}
	ids := make([]vocab.OrgID, len(pr.Participants))
	shares := make([]vocab.Ratio, len(pr.Participants))
	for i, pt := range pr.Participants {
		ids[i], shares[i] = pt.Partner, pt.Share
		ps = ps.Add(vocab.CheckID(pp.Index(i).Child("partner"), pt.Partner, true))
	}
	ps = append(ps, vocab.CheckUniqueIDs(ids, func(i int) *vocab.Path { return pp.Index(i).Child("partner") })...)
	if len(pr.Participants) > 0 {
		ps = append(ps, vocab.CheckSharesSumToOne(pp, shares, func(i int) *vocab.Path { return pp.Index(i).Child("share") })...)
	}
	switch lead := vocab.CheckID(p.Child("lead"), pr.Lead, true); {
	case lead != nil:
		ps = ps.Add(lead)
	case len(pr.Participants) > 0 && !slices.Contains(ids, pr.Lead):
		ps = ps.Add(vocab.Invalid(p.Child("lead"), string(pr.Lead), "the lead partner must be one of the participants"))
	}
	return ps
}

func (pr *Programme) areaProblems(ap *vocab.Path) vocab.Problems {
	if len(pr.Areas) == 0 {
		return nil
	}
	var ps vocab.Problems
	cats := make([]vocab.HealthCategory, len(pr.Areas))
	weights := make([]vocab.Ratio, len(pr.Areas))
	for i, a := range pr.Areas {
		cats[i], weights[i] = a.Category, a.Weight
		ps = ps.Add(vocab.HealthCategories().Check(ap.Index(i).Child("category"), a.Category, true))
	}
	ps = append(ps, vocab.CheckUniqueIDs(cats, func(i int) *vocab.Path { return ap.Index(i).Child("category") })...)
	return append(ps, vocab.CheckSharesSumToOne(ap, weights, func(i int) *vocab.Path { return ap.Index(i).Child("weight") })...)
}
