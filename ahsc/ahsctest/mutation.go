package ahsctest

import (
	"slices"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

func partnerIndex(t *rapid.T, c *ahsc.Centre) int {
	return rapid.IntRange(0, len(c.Partners)-1).Draw(t, "partner")
}

// centreMutators returns the defects MutatedCentre applies, one per kind.
func centreMutators() []vocabtest.Mutator[*ahsc.Centre] {
	partners := vocab.NewPath("partners")
	return slices.Concat([]vocabtest.Mutator[*ahsc.Centre]{
		{Kind: "missing version", Apply: func(_ *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			c.Version = ""
			return vocab.NewPath("version"), vocab.ErrRequired, true
		}},
		{Kind: "missing partner name", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			i := partnerIndex(t, c)
			c.Partners[i].Name = ""
			return partners.Index(i).Child("name"), vocab.ErrRequired, true
		}},
		{Kind: "unknown partner kind", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			i := partnerIndex(t, c)
			c.Partners[i].Kind = "hospital"
			return partners.Index(i).Child("kind"), vocab.ErrNotSupported, true
		}},
		{Kind: "partner without memberships", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			i := partnerIndex(t, c)
			c.Partners[i].Memberships = nil
			return partners.Index(i).Child("memberships"), vocab.ErrRequired, true
		}},
		{Kind: "membership ends before it starts", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			i := partnerIndex(t, c)
			m := &c.Partners[i].Memberships[0]
			m.Left = m.Joined.AddDays(-1)
			return partners.Index(i).Child("memberships").Index(0).Child("left"), vocab.ErrInvalid, true
		}},
		{Kind: "duplicate organisation ID", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			if len(c.Organisations) == 0 {
				return nil, "", false
			}
			j := rapid.IntRange(0, len(c.Organisations)-1).Draw(t, "organisation")
			old := c.Organisations[j].ID
			c.Organisations[j].ID = c.Partners[partnerIndex(t, c)].ID
			for k := range c.Successions { // keep successions pointing at a known ID
				if c.Successions[k].Predecessor == old {
					c.Successions[k].Predecessor = c.Organisations[j].ID
				}
			}
			for k := range c.Designations {
				for n, id := range c.Designations[k].Issuers {
					if id == old {
						c.Designations[k].Issuers[n] = c.Organisations[j].ID
					}
				}
				// Two issuers may now be one organisation: keep them distinct.
				c.Designations[k].Issuers = slices.Compact(slices.Sorted(slices.Values(c.Designations[k].Issuers)))
			}
			return vocab.NewPath("organisations").Index(j).Child("id"), vocab.ErrDuplicate, true
		}},
		{Kind: "malformed UKPRN", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			i := partnerIndex(t, c)
			c.Partners[i].Identifiers = append(c.Partners[i].Identifiers, vocab.Identifier{Scheme: vocab.SchemeUKPRN, Value: "1000364"})
			return partners.Index(i).Child("identifiers").Index(len(c.Partners[i].Identifiers) - 1).Child("value"), vocab.ErrInvalid, true
		}},
		{Kind: "unknown designation issuer", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			if len(c.Designations) == 0 {
				return nil, "", false
			}
			k := rapid.IntRange(0, len(c.Designations)-1).Draw(t, "designation")
			n := rapid.IntRange(0, len(c.Designations[k].Issuers)-1).Draw(t, "issuer")
			c.Designations[k].Issuers[n] = "no-such-issuer-0"
			return vocab.NewPath("designations").Index(k).Child("issuers").Index(n), vocab.ErrNotFound, true
		}},
		{Kind: "succession to an unknown organisation", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			if len(c.Successions) == 0 {
				return nil, "", false
			}
			k := rapid.IntRange(0, len(c.Successions)-1).Draw(t, "succession")
			c.Successions[k].Successor = "no-such-successor-0"
			return vocab.NewPath("successions").Index(k).Child("successor"), vocab.ErrNotFound, true
		}},
		{Kind: "source without a URL", Apply: func(_ *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			c.Sources = append(c.Sources, vocab.Source{Title: "untraceable"})
			return vocab.NewPath("sources").Index(len(c.Sources) - 1).Child("url"), vocab.ErrRequired, true
		}},
		{Kind: "overlapping memberships", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			var twice []int
			for i, p := range c.Partners {
				if len(p.Memberships) == 2 {
					twice = append(twice, i)
				}
			}
			if len(twice) == 0 {
				return nil, "", false
			}
			i := rapid.SampledFrom(twice).Draw(t, "partner")
			ms := c.Partners[i].Memberships
			// The first spell as days, widened to cover all it may, and the
			// second from the first's last day on: they certainly share it.
			ms[0].Joined, ms[0].Left = ms[0].Joined.First(), ms[0].Left.Last()
			ms[1].Joined, ms[1].Left = ms[0].Left, vocab.Date{}
			return partners.Index(i).Child("memberships").Index(1), vocab.ErrInvalid, true
		}},
		{Kind: "former name without an end date", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			i := partnerIndex(t, c)
			c.Partners[i].OtherNames = append(c.Partners[i].OtherNames, ahsc.Name{Value: "Old name", Kind: ahsc.NameFormer})
			return partners.Index(i).Child("otherNames").Index(len(c.Partners[i].OtherNames) - 1).Child("until"),
				vocab.ErrRequired, true
		}},
		{Kind: "designation round before 2009", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			if len(c.Designations) == 0 {
				return nil, "", false
			}
			k := rapid.IntRange(0, len(c.Designations)-1).Draw(t, "designation")
			c.Designations[k].Round = rapid.IntRange(1, ahsc.FirstDesignationRound-1).Draw(t, "round")
			return vocab.NewPath("designations").Index(k).Child("round"), vocab.ErrOutOfRange, true
		}},
		{Kind: "succession cycle", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			if len(c.Successions) == 0 {
				return nil, "", false
			}
			s := c.Successions[rapid.IntRange(0, len(c.Successions)-1).Draw(t, "succession")]
			c.Successions = append(c.Successions, ahsc.Succession{Predecessor: s.Successor, Successor: s.Predecessor,
				Kind: ahsc.SuccessionReplacement, Date: s.Date, Sources: s.Sources})
			return vocab.NewPath("successions").Index(len(c.Successions) - 1), vocab.ErrInvalid, true
		}},
	}, sourceMutators(), partialDateMutators(), issuerMutators())
}

// sourceMutators break the rule that every organisation, membership,
// succession and designation has a source, cited or illustrative, and the
// rules of each kind of source.
func sourceMutators() []vocabtest.Mutator[*ahsc.Centre] {
	partners := vocab.NewPath("partners")
	return []vocabtest.Mutator[*ahsc.Centre]{
		{Kind: "partner without a source", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			i := partnerIndex(t, c)
			c.Partners[i].Sources = nil
			return partners.Index(i).Child("sources"), vocab.ErrRequired, true
		}},
		{Kind: "organisation without a source", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			if len(c.Organisations) == 0 {
				return nil, "", false
			}
			j := rapid.IntRange(0, len(c.Organisations)-1).Draw(t, "organisation")
			c.Organisations[j].Sources = nil
			return vocab.NewPath("organisations").Index(j).Child("sources"), vocab.ErrRequired, true
		}},
		{Kind: "membership without a source", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			i := partnerIndex(t, c)
			k := rapid.IntRange(0, len(c.Partners[i].Memberships)-1).Draw(t, "membership")
			c.Partners[i].Memberships[k].Sources = nil
			return partners.Index(i).Child("memberships").Index(k).Child("sources"), vocab.ErrRequired, true
		}},
		{Kind: "succession without a source", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			if len(c.Successions) == 0 {
				return nil, "", false
			}
			k := rapid.IntRange(0, len(c.Successions)-1).Draw(t, "succession")
			c.Successions[k].Sources = nil
			return vocab.NewPath("successions").Index(k).Child("sources"), vocab.ErrRequired, true
		}},
		{Kind: "designation without a source", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			if len(c.Designations) == 0 {
				return nil, "", false
			}
			k := rapid.IntRange(0, len(c.Designations)-1).Draw(t, "designation")
			c.Designations[k].Sources = nil
			return vocab.NewPath("designations").Index(k).Child("sources"), vocab.ErrRequired, true
		}},
		{Kind: "illustrative source without a note", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			i := partnerIndex(t, c)
			k := rapid.IntRange(0, len(c.Partners[i].Memberships)-1).Draw(t, "membership")
			m := &c.Partners[i].Memberships[k]
			m.Sources = append(m.Sources, vocab.Source{Kind: vocab.SourceIllustrative, Title: "no note"})
			return partners.Index(i).Child("memberships").Index(k).Child("sources").Index(len(m.Sources) - 1).Child("note"),
				vocab.ErrRequired, true
		}},
		{Kind: "unknown source kind", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			i := partnerIndex(t, c)
			n := rapid.IntRange(0, len(c.Partners[i].Sources)-1).Draw(t, "source")
			c.Partners[i].Sources[n].Kind = "rumour"
			return partners.Index(i).Child("sources").Index(n).Child("kind"), vocab.ErrNotSupported, true
		}},
	}
}

// partialDateMutators break date order with months and years: a date
// certainly before another although neither need be a day.
func partialDateMutators() []vocabtest.Mutator[*ahsc.Centre] {
	partners := vocab.NewPath("partners")
	return []vocabtest.Mutator[*ahsc.Centre]{
		{Kind: "membership left the year before it joined", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			i := partnerIndex(t, c)
			k := rapid.IntRange(0, len(c.Partners[i].Memberships)-1).Draw(t, "membership")
			m := &c.Partners[i].Memberships[k]
			y, err := vocab.YearOf(m.Joined.Year() - 1)
			if err != nil {
				return nil, "", false
			}
			m.Left = y
			return partners.Index(i).Child("memberships").Index(k).Child("left"), vocab.ErrInvalid, true
		}},
		{Kind: "membership left the month before it joined", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			i := partnerIndex(t, c)
			k := rapid.IntRange(0, len(c.Partners[i].Memberships)-1).Draw(t, "membership")
			m := &c.Partners[i].Memberships[k]
			m.Joined = m.Joined.Truncate(vocab.PrecisionMonth)
			m.Left = m.Joined.First().AddDays(-1).Truncate(vocab.PrecisionMonth)
			return partners.Index(i).Child("memberships").Index(k).Child("left"), vocab.ErrInvalid, true
		}},
		{Kind: "designation ends the year before it starts", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			if len(c.Designations) == 0 {
				return nil, "", false
			}
			k := rapid.IntRange(0, len(c.Designations)-1).Draw(t, "designation")
			g := &c.Designations[k]
			y, err := vocab.YearOf(g.Period.Start.Year() - 1)
			if err != nil {
				return nil, "", false
			}
			g.Period.End = y
			return vocab.NewPath("designations").Index(k).Child("period"), vocab.ErrInvalid, true
		}},
	}
}

// issuerMutators break the designations' issuer lists.
func issuerMutators() []vocabtest.Mutator[*ahsc.Centre] {
	designations := vocab.NewPath("designations")
	return []vocabtest.Mutator[*ahsc.Centre]{
		{Kind: "designation without issuers", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			if len(c.Designations) == 0 {
				return nil, "", false
			}
			k := rapid.IntRange(0, len(c.Designations)-1).Draw(t, "designation")
			c.Designations[k].Issuers = nil
			return designations.Index(k).Child("issuers"), vocab.ErrRequired, true
		}},
		{Kind: "designation issuer named twice", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			if len(c.Designations) == 0 {
				return nil, "", false
			}
			k := rapid.IntRange(0, len(c.Designations)-1).Draw(t, "designation")
			g := &c.Designations[k]
			g.Issuers = append(g.Issuers, g.Issuers[rapid.IntRange(0, len(g.Issuers)-1).Draw(t, "issuer")])
			return designations.Index(k).Child("issuers").Index(len(g.Issuers) - 1), vocab.ErrDuplicate, true
		}},
		{Kind: "malformed designation issuer ID", Apply: func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
			if len(c.Designations) == 0 {
				return nil, "", false
			}
			k := rapid.IntRange(0, len(c.Designations)-1).Draw(t, "designation")
			g := &c.Designations[k]
			g.Issuers = append(g.Issuers, "Not A Slug")
			return designations.Index(k).Child("issuers").Index(len(g.Issuers) - 1), vocab.ErrInvalid, true
		}},
	}
}

// MutatedCentre draws a valid centre from [Centre] and breaks it with one
// defect, returning the defective centre (Value) with the path and problem
// type its validation must report. Only the named kinds are used, or every
// kind when none is named ([CentreMutationKinds] lists them); it panics on
// an unknown kind.
func MutatedCentre(kinds ...string) *rapid.Generator[vocabtest.Mutation[*ahsc.Centre]] {
	return vocabtest.Mutated(Centre(), centreMutators(), kinds...)
}

// CentreMutationKinds returns the kinds of defect [MutatedCentre] applies,
// sorted: "missing version", "unknown partner kind", "membership without a
// source", "designation issuer named twice", "membership left the month
// before it joined" and so on.
func CentreMutationKinds() []string { return vocabtest.MutationKinds(centreMutators()) }
