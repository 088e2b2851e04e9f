package programmetest

import (
	"slices"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/programme"
)

// Portfolio generates valid portfolios (version 1.0) among 1 to 4
// generated partners.
func Portfolio() *rapid.Generator[*programme.Portfolio] {
	return rapid.Custom(func(t *rapid.T) *programme.Portfolio {
		partners := vocabtest.DistinctIDs[vocab.OrgID](1, 4).Draw(t, "partners")
		return PortfolioFor(partners).Draw(t, "portfolio")
	})
}

// PortfolioFor generates valid portfolios whose every partner reference
// names one of partners, which must be non-empty, distinct, valid IDs.
// Programmes are closed periods between vocabtest.MinDate and MaxDate, so
// a Centre whose partners are members throughout that range resolves every
// reference.
func PortfolioFor(partners []vocab.OrgID) *rapid.Generator[*programme.Portfolio] {
	return rapid.Custom(func(t *rapid.T) *programme.Portfolio {
		d := &programme.Portfolio{Version: vocab.CurrentVersion}
		facilities := vocabtest.DistinctIDs[vocab.FacilityID](0, 3).Draw(t, "facilityIDs")
		per := rapid.SampledFrom(programme.Intervals().Values()).Draw(t, "per") // one interval for all rates
		for _, id := range facilities {
			d.Facilities = append(d.Facilities, facility(id, partners, per).Draw(t, "facility"))
		}
		ids := vocabtest.DistinctIDs[vocab.ProgrammeID](1, 6).Draw(t, "programmeIDs")
		for i, id := range ids {
			pr := Programme(id, partners, facilities).Draw(t, "programme")
			if i > 0 && rapid.Bool().Draw(t, "isSubProgramme") {
				pr.Parent = ids[rapid.IntRange(0, i-1).Draw(t, "parent")] // earlier only: no cycles
			}
			d.Programmes = append(d.Programmes, pr)
		}
		for _, id := range vocabtest.DistinctIDs[programme.PathwayID](0, 3).Draw(t, "pathwayIDs") {
			d.Pathways = append(d.Pathways, pathway(id, partners, ids, d.Facilities, per).Draw(t, "pathway"))
		}
		for _, id := range vocabtest.DistinctIDs[programme.CohortID](0, 3).Draw(t, "cohortIDs") {
			pr := rapid.SampledFrom(d.Programmes).Draw(t, "cohortProgramme")
			d.Cohorts = append(d.Cohorts, programme.Cohort{
				ID: id, Programme: pr.ID, Kind: rapid.SampledFrom(programme.CohortKinds().Values()).Draw(t, "cohortKind"),
				Period: vocabtest.PeriodWithin(pr.Period).Draw(t, "cohortPeriod"),
				Size:   rapid.IntRange(1, 60).Draw(t, "cohortSize"),
			})
		}
		return d
	})
}

// Programme generates a valid programme with the given ID whose partners
// are drawn from partners and whose facilities from facilities. It has no
// parent.
func Programme(id vocab.ProgrammeID, partners []vocab.OrgID, facilities []vocab.FacilityID) *rapid.Generator[programme.Programme] {
	return rapid.Custom(func(t *rapid.T) programme.Programme {
		pr := programme.Programme{
			ID:     id,
			Name:   rapid.StringMatching(`[A-Z][a-z]{2,10}( [a-z]{2,10}){0,2}`).Draw(t, "name"),
			Kind:   rapid.SampledFrom(programme.Kinds().Values()).Draw(t, "kind"),
			Period: vocabtest.Period().Draw(t, "period"),
		}
		who := subset(partners, 1).Draw(t, "participants")
		shares := vocabtest.Shares(len(who)).Draw(t, "shares")
		for i, p := range who {
			pr.Participants = append(pr.Participants, programme.Participant{Partner: p, Share: shares[i]})
		}
		pr.Lead = rapid.SampledFrom(who).Draw(t, "lead")
		if rapid.Bool().Draw(t, "hasAreas") {
			cats := subset(vocab.HealthCategories().Values(), 1).Draw(t, "categories")
			cats = cats[:min(len(cats), 4)]
			weights := vocabtest.Shares(len(cats)).Draw(t, "weights")
			for i, c := range cats {
				pr.Areas = append(pr.Areas, programme.Area{Category: c, Weight: weights[i]})
			}
		}
		if rapid.Bool().Draw(t, "hasStage") {
			pr.Stage = rapid.SampledFrom(programme.Stages().Values()).Draw(t, "stage")
		}
		if pr.Kind == programme.KindClinicalTrial && rapid.Bool().Draw(t, "hasPhase") {
			pr.Phase = rapid.SampledFrom(programme.Phases().Values()).Draw(t, "phase")
		}
		pr.Timeline = timeline(pr.Period).Draw(t, "timeline")
		for _, gid := range vocabtest.DistinctIDs[programme.GoalID](0, 3).Draw(t, "goalIDs") {
			pr.Goals = append(pr.Goals, goal(gid, pr.Period).Draw(t, "goal"))
		}
		if len(facilities) > 0 {
			pr.Facilities = subset(facilities, 0).Draw(t, "facilities")
		}
		return pr
	})
}

// subset draws between atLeast and len(xs) distinct elements of xs, in a
// random order.
func subset[E comparable](xs []E, atLeast int) *rapid.Generator[[]E] {
	return rapid.Custom(func(t *rapid.T) []E {
		perm := rapid.Permutation(xs).Draw(t, "permutation")
		if n := rapid.IntRange(atLeast, len(xs)).Draw(t, "size"); n > 0 {
			return perm[:n]
		}
		return nil // JSON drops empty lists, so generate nil to round-trip
	})
}

// timeline generates entries dated within period in date order; only the
// last entry of each track (actual, planned) may have a final status.
func timeline(period vocab.Period) *rapid.Generator[[]programme.StatusEntry] {
	return rapid.Custom(func(t *rapid.T) []programme.StatusEntry {
		n := rapid.IntRange(0, 4).Draw(t, "entries")
		if n == 0 {
			return nil
		}
		dates := rapid.SliceOfN(vocabtest.DateIn(period), n, n).Draw(t, "dates")
		slices.SortFunc(dates, vocab.Date.Compare)
		entries := make([]programme.StatusEntry, n)
		for i, d := range dates {
			entries[i] = programme.StatusEntry{Date: d, Actual: rapid.Bool().Draw(t, "actual")}
		}
		open := rapid.SampledFrom([]programme.Status{programme.StatusProposed, programme.StatusActive,
			programme.StatusPaused, programme.StatusClosed})
		for i := range entries {
			entries[i].Status = open.Draw(t, "status")
			if lastOfTrack(entries, i) {
				entries[i].Status = rapid.SampledFrom(programme.Statuses().Values()).Draw(t, "lastStatus")
			}
		}
		return entries
	})
}

func lastOfTrack(entries []programme.StatusEntry, i int) bool {
	for _, e := range entries[i+1:] {
		if e.Actual == entries[i].Actual {
			return false
		}
	}
	return true
}

func goal(id programme.GoalID, period vocab.Period) *rapid.Generator[programme.Goal] {
	return rapid.Custom(func(t *rapid.T) programme.Goal {
		g := programme.Goal{
			ID:      id,
			Measure: rapid.SampledFrom([]string{"participants recruited", "share of trials recruiting to time", "papers published"}).Draw(t, "measure"),
			Unit:    rapid.SampledFrom([]string{"participants", "proportion", "papers"}).Draw(t, "unit"),
			Target:  vocabtest.Target().Draw(t, "target"),
			Due:     vocabtest.DateIn(period).Draw(t, "due"),
		}
		dates := rapid.SliceOfNDistinct(vocabtest.DateIn(period), 0, 3, func(d vocab.Date) vocab.Date { return d }).Draw(t, "readingDates")
		slices.SortFunc(dates, vocab.Date.Compare)
		for _, d := range dates { // none: Readings stays nil
			g.Readings = append(g.Readings, programme.GoalReading{Date: d, Value: vocabtest.Ratio().Draw(t, "value")})
		}
		return g
	})
}

func facility(id vocab.FacilityID, partners []vocab.OrgID, per programme.Interval) *rapid.Generator[programme.Facility] {
	return rapid.Custom(func(t *rapid.T) programme.Facility {
		f := programme.Facility{
			ID:     id,
			Name:   rapid.StringMatching(`[A-Z][a-z]{2,10} (biobank|centre|unit)`).Draw(t, "name"),
			Kind:   rapid.SampledFrom(programme.FacilityKinds().Values()).Draw(t, "kind"),
			Owners: subset(partners, 1).Draw(t, "owners"),
			Period: vocabtest.Period().Draw(t, "period"),
		}
		if rapid.IntRange(0, 3).Draw(t, "hasCapacity") > 0 {
			f.Unit = rapid.SampledFrom(programme.CapacityUnits().Values()).Draw(t, "unit")
			f.RingFence = vocabtest.Ratio().Draw(t, "ringFence")
			for _, p := range segments(f.Period).Draw(t, "capacityPeriods") {
				f.Capacity = append(f.Capacity, programme.Capacity{Period: p, Per: per,
					Amount:        rapid.Int64Range(1, 100_000).Draw(t, "amount"),
					ResearchShare: shareUpTo(f.RingFence).Draw(t, "researchShare")})
			}
		}
		return f
	})
}

// segments generates one to three consecutive, non-overlapping periods
// within p (closed, or clamped as vocabtest.DateIn does).
func segments(p vocab.Period) *rapid.Generator[[]vocab.Period] {
	return rapid.Custom(func(t *rapid.T) []vocab.Period {
		starts := rapid.SliceOfNDistinct(vocabtest.DateIn(p), 1, 3, func(d vocab.Date) vocab.Date { return d }).Draw(t, "starts")
		slices.SortFunc(starts, vocab.Date.Compare)
		end := vocabtest.DateIn(vocab.PeriodOf(starts[len(starts)-1], p.End)).Draw(t, "end")
		out := make([]vocab.Period, len(starts))
		for i, s := range starts {
			e := end
			if i+1 < len(starts) {
				e = starts[i+1].AddDays(-1)
			}
			out[i] = vocab.PeriodOf(s, e)
		}
		return out
	})
}

// shareUpTo generates shares from 0 to limit.
func shareUpTo(limit vocab.Ratio) *rapid.Generator[vocab.Ratio] {
	return rapid.Custom(func(t *rapid.T) vocab.Ratio {
		r, err := vocabtest.Ratio().Draw(t, "fraction").Mul(limit)
		if err != nil {
			panic(err) // generated ratios are small
		}
		return r
	})
}

func pathway(id programme.PathwayID, partners []vocab.OrgID, programmes []vocab.ProgrammeID, facilities []programme.Facility,
	per programme.Interval) *rapid.Generator[programme.Pathway] {
	return rapid.Custom(func(t *rapid.T) programme.Pathway {
		std := rapid.SampledFrom(programme.Standards()).Draw(t, "standard")
		pw := programme.Pathway{
			ID: id, Name: rapid.StringMatching(`[A-Z][a-z]{2,10} pathway`).Draw(t, "name"), Standard: std.ID,
		}
		if rapid.Bool().Draw(t, "hasProgramme") {
			pw.Programme = rapid.SampledFrom(programmes).Draw(t, "programme")
		}
		if rapid.Bool().Draw(t, "hasProvider") {
			pw.Provider = rapid.SampledFrom(partners).Draw(t, "provider")
		}
		for range rapid.IntRange(0, 3).Draw(t, "performance") {
			total := rapid.Int64Range(0, 2000).Draw(t, "total")
			pw.Performance = append(pw.Performance, programme.Performance{
				Period: vocabtest.PeriodWithin(vocab.PeriodFrom(std.Effective)).Draw(t, "period"),
				Total:  total,
				Within: rapid.Int64Range(0, total).Draw(t, "within"),
			})
		}
		if rapid.IntRange(0, 3).Draw(t, "hasDemand") > 0 {
			for _, p := range segments(vocab.PeriodFrom(std.Effective)).Draw(t, "demandPeriods") {
				pw.Demand = append(pw.Demand, programme.Demand{Period: p, Per: per,
					Referrals: rapid.Int64Range(0, 5_000).Draw(t, "referrals")})
			}
		}
		var usable []vocab.FacilityID
		units := map[vocab.FacilityID]programme.CapacityUnit{}
		for _, f := range facilities {
			if f.Unit != "" {
				usable = append(usable, f.ID)
				units[f.ID] = f.Unit
			}
		}
		if len(usable) > 0 && rapid.IntRange(0, 3).Draw(t, "hasUses") > 0 {
			for _, f := range subset(usable, 1).Draw(t, "uses") {
				pw.Uses = append(pw.Uses, programme.FacilityUse{Facility: f, Unit: units[f],
					Need: vocab.MustRatio(rapid.Int64Range(1, 12).Draw(t, "needNum"), rapid.Int64Range(1, 4).Draw(t, "needDen"))})
			}
		}
		return pw
	})
}
