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
	return pr.problems(new(vocab.Collector), vocab.LazyAt(p)).Problems()
}

// problems is [Programme.Problems] into ps; paths are built only for
// problems found.
func (pr *Programme) problems(ps *vocab.Collector, p vocab.LazyPath) *vocab.Collector {
	ps = ps.Add(p.LocateChild("id", vocab.CheckID(nil, pr.ID, true)))
	if pr.Name == "" {
		ps = ps.Add(vocab.Required(p.Child("name").Path(), ""))
	}
	ps = ps.Add(p.LocateChild("kind", kinds.Check(nil, pr.Kind, true)))
	ps = ps.Add(p.LocateAllChild("period", periodProblems(nil, pr.Period))...)
	if pr.Parent == pr.ID && pr.ID != "" {
		ps = ps.Add(vocab.Invalid(p.Child("parent").Path(), string(pr.Parent), "a programme cannot be its own parent"))
	} else {
		ps = ps.Add(p.LocateChild("parent", vocab.CheckID(nil, pr.Parent, false)))
	}
	ps = pr.participantProblems(ps, p)
	ps = pr.areaProblems(ps, p.Child("areas"))
	ps = ps.Add(p.LocateChild("stage", stages.Check(nil, pr.Stage, false)))
	if pr.Phase != "" && pr.Kind != KindClinicalTrial {
		ps = ps.Add(vocab.Forbidden(p.Child("phase").Path(), "only a programme of kind "+string(KindClinicalTrial)+" has a phase"))
	} else {
		ps = ps.Add(p.LocateChild("phase", phases.Check(nil, pr.Phase, false)))
	}
	if len(pr.Timeline) > 0 {
		ps = timelineProblems(ps, p.Child("timeline").Path(), pr.Timeline, pr.Period)
	}
	if len(pr.Goals) > 0 {
		gp := p.Child("goals").Path()
		for i := range pr.Goals {
			g := &pr.Goals[i]
			ps = g.problems(ps, gp.Index(i))
			if !g.Due.IsZero() && pr.Period.IsValid() && !pr.Period.MayContain(g.Due) {
				ps = ps.Add(vocab.OutOfRange(gp.Index(i).Child("due"), g.Due, "must fall within the programme's period "+pr.Period.String()))
			}
		}
		ps = vocab.CollectUniqueIDsOf(ps, gp, "id", pr.Goals, func(g *Goal) GoalID { return g.ID })
	}
	fp := p.Child("facilities")
	for i, f := range pr.Facilities {
		ps = ps.Add(fp.Index(i).Locate(vocab.CheckID(nil, f, true)))
	}
	if len(pr.Facilities) > 1 { // one facility cannot repeat
		ps = vocab.CollectUniqueIDs(ps, pr.Facilities, fp.Path().Index)
	}
	return ps.Add(p.LocateAllChild("sources", vocab.CheckSources(nil, pr.Sources))...)
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

func (pr *Programme) participantProblems(ps *vocab.Collector, p vocab.LazyPath) *vocab.Collector {
	lp := p.Child("participants")
	if len(pr.Participants) == 0 {
		ps = ps.Add(vocab.Required(lp.Path(), "at least one participating partner, the lead among them"))
	}
	var idBuf [4]vocab.OrgID
	var shareBuf [4]vocab.Ratio
	ids, shares := idBuf[:0], shareBuf[:0]
	for i, pt := range pr.Participants {
		ids, shares = append(ids, pt.Partner), append(shares, pt.Share)
		ps = ps.Add(lp.Index(i).LocateChild("partner", vocab.CheckID(nil, pt.Partner, true)))
	}
	if len(pr.Participants) > 0 && (!vocab.SharesSumToOne(shares) || !fewUnique(ids)) {
		pp := lp.Path()
		ps = vocab.CollectUniqueIDs(ps, ids, func(i int) *vocab.Path { return pp.Index(i).Child("partner") })
		ps = vocab.CollectSharesSumToOne(ps, pp, shares, func(i int) *vocab.Path { return pp.Index(i).Child("share") })
	}
	switch lead := vocab.CheckID(nil, pr.Lead, true); {
	case lead != nil:
		ps = ps.Add(p.LocateChild("lead", lead))
	case len(pr.Participants) > 0 && !slices.Contains(ids, pr.Lead):
		ps = ps.Add(vocab.Invalid(p.Child("lead").Path(), string(pr.Lead), "the lead partner must be one of the participants"))
	}
	return ps
}

// fewUnique reports whether ids has at most four entries and no non-empty
// one twice: what the common short list needs no index to show. A longer
// list reports false, so that the caller checks it with an index.
func fewUnique[I ~string](ids []I) bool {
	if len(ids) > 4 {
		return false
	}
	for i := 1; i < len(ids); i++ {
		if ids[i] != "" && slices.Contains(ids[:i], ids[i]) {
			return false
		}
	}
	return true
}

func (pr *Programme) areaProblems(ps *vocab.Collector, p vocab.LazyPath) *vocab.Collector {
	if len(pr.Areas) == 0 {
		return ps
	}
	var catBuf [4]vocab.HealthCategory
	var weightBuf [4]vocab.Ratio
	cats, weights := catBuf[:0], weightBuf[:0]
	for i, a := range pr.Areas {
		cats, weights = append(cats, a.Category), append(weights, a.Weight)
		ps = ps.Add(p.Index(i).LocateChild("category", vocab.HealthCategories().Check(nil, a.Category, true)))
	}
	if vocab.SharesSumToOne(weights) && fewUnique(cats) {
		return ps
	}
	ap := p.Path()
	ps = vocab.CollectUniqueIDs(ps, cats, func(i int) *vocab.Path { return ap.Index(i).Child("category") })
	return vocab.CollectSharesSumToOne(ps, ap, weights, func(i int) *vocab.Path { return ap.Index(i).Child("weight") })
}
