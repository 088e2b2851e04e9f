package ahsctest

import (
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Mutation is a centre with one defect, and where and how validation must
// report it.
type Mutation struct {
	// Name describes the defect.
	Name string
	// Centre is the defective centre.
	Centre *ahsc.Centre
	// Path is where the problem must be reported.
	Path *vocab.Path
	// Type is the kind of problem that must be reported there.
	Type vocab.ProblemType
}

type mutator struct {
	name string
	// apply breaks c and returns the expected path and type, or ok=false
	// when the mutation does not apply to c.
	apply func(t *rapid.T, c *ahsc.Centre) (p *vocab.Path, typ vocab.ProblemType, ok bool)
}

func partnerIndex(t *rapid.T, c *ahsc.Centre) int {
	return rapid.IntRange(0, len(c.Partners)-1).Draw(t, "partner")
}

var partners = vocab.NewPath("partners")

var mutators = []mutator{
	{"missing version", func(_ *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
		c.Version = ""
		return vocab.NewPath("version"), vocab.ErrRequired, true
	}},
	{"missing partner name", func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
		i := partnerIndex(t, c)
		c.Partners[i].Name = ""
		return partners.Index(i).Child("name"), vocab.ErrRequired, true
	}},
	{"unknown partner kind", func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
		i := partnerIndex(t, c)
		c.Partners[i].Kind = "hospital"
		return partners.Index(i).Child("kind"), vocab.ErrNotSupported, true
	}},
	{"partner without memberships", func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
		i := partnerIndex(t, c)
		c.Partners[i].Memberships = nil
		return partners.Index(i).Child("memberships"), vocab.ErrRequired, true
	}},
	{"membership ends before it starts", func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
		i := partnerIndex(t, c)
		m := &c.Partners[i].Memberships[0]
		m.Left = m.Joined.AddDays(-1)
		return partners.Index(i).Child("memberships").Index(0).Child("left"), vocab.ErrInvalid, true
	}},
	{"duplicate organisation ID", func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
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
	{"malformed UKPRN", func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
		i := partnerIndex(t, c)
		c.Partners[i].Identifiers = append(c.Partners[i].Identifiers, vocab.Identifier{Scheme: vocab.SchemeUKPRN, Value: "1000364"})
		return partners.Index(i).Child("identifiers").Index(len(c.Partners[i].Identifiers) - 1).Child("value"), vocab.ErrInvalid, true
	}},
	{"unknown designation issuer", func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
		if len(c.Designations) == 0 {
			return nil, "", false
		}
		k := rapid.IntRange(0, len(c.Designations)-1).Draw(t, "designation")
		c.Designations[k].Issuer = "no-such-issuer-0"
		return vocab.NewPath("designations").Index(k).Child("issuer"), vocab.ErrNotFound, true
	}},
	{"succession to an unknown organisation", func(t *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
		if len(c.Successions) == 0 {
			return nil, "", false
		}
		k := rapid.IntRange(0, len(c.Successions)-1).Draw(t, "succession")
		c.Successions[k].Successor = "no-such-successor-0"
		return vocab.NewPath("successions").Index(k).Child("successor"), vocab.ErrNotFound, true
	}},
	{"source without a URL", func(_ *rapid.T, c *ahsc.Centre) (*vocab.Path, vocab.ProblemType, bool) {
		c.Sources = append(c.Sources, vocab.Source{Title: "untraceable"})
		return vocab.NewPath("sources").Index(len(c.Sources) - 1).Child("url"), vocab.ErrRequired, true
	}},
}

// Mutated draws a valid centre from [Centre], applies one defect that fits
// it, and returns the defective centre with the expected path and type.
func Mutated() *rapid.Generator[Mutation] {
	return rapid.Custom(func(t *rapid.T) Mutation {
		c := Centre().Draw(t, "centre")
		for {
			m := rapid.SampledFrom(mutators).Draw(t, "mutation")
			if p, typ, ok := m.apply(t, c); ok {
				return Mutation{Name: m.name, Centre: c, Path: p, Type: typ}
			}
		}
	})
}
