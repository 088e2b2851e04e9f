package ahsctest

import (
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
	return []vocabtest.Mutator[*ahsc.Centre]{
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
				if c.Designations[k].Issuer == old {
					c.Designations[k].Issuer = c.Organisations[j].ID
				}
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
			c.Designations[k].Issuer = "no-such-issuer-0"
			return vocab.NewPath("designations").Index(k).Child("issuer"), vocab.ErrNotFound, true
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
			ms[1].Joined = ms[0].Left
			if !ms[1].Left.IsZero() && ms[1].Left.Before(ms[1].Joined) {
				ms[1].Left = ms[1].Joined
			}
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
				Kind: ahsc.SuccessionReplacement, Date: s.Date})
			return vocab.NewPath("successions").Index(len(c.Successions) - 1), vocab.ErrInvalid, true
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
// sorted: "missing version", "unknown partner kind" and so on.
func CentreMutationKinds() []string { return vocabtest.MutationKinds(centreMutators()) }
