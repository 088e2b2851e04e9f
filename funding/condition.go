package funding

import (
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Condition is a condition attached to an award (after IATI conditions). A
// restricted condition names the programmes or HRCS health categories the
// money may be spent on.
type Condition struct {
	// Kind is the kind of condition.
	Kind ConditionKind `json:"kind"`
	// Programmes are the programmes restricted money may be spent on.
	Programmes []vocab.ProgrammeID `json:"programmes,omitempty"`
	// HealthCategories are the HRCS health categories restricted money may
	// be spent on.
	HealthCategories []vocab.HealthCategory `json:"healthCategories,omitempty"`
	// Text states the condition as written.
	Text string `json:"text,omitempty"`
}

// Problems checks the condition at p: a restricted condition must name a
// purpose; other kinds must not restrict.
func (c *Condition) Problems(p *vocab.Path) vocab.Problems {
	return c.problems(new(vocab.Collector), vocab.LazyAt(p)).Problems()
}

// problems is [Condition.Problems] into ps; paths are built only for
// problems found.
func (c *Condition) problems(ps *vocab.Collector, p vocab.LazyPath) *vocab.Collector {
	ps = ps.Add(p.Child("kind").Locate(conditionKinds.Check(nil, c.Kind, true)))
	pp := p.Child("programmes")
	for i, id := range c.Programmes {
		ps = ps.Add(pp.Index(i).Locate(vocab.CheckID(nil, id, true)))
	}
	// A few programmes (the common case) are compared pairwise; longer
	// lists are left to CollectUniqueIDs, which indexes them.
	unique := len(c.Programmes) <= 8
	for i := 1; unique && i < len(c.Programmes); i++ {
		for _, prev := range c.Programmes[:i] {
			unique = unique && (prev != c.Programmes[i] || prev == "")
		}
	}
	if !unique {
		ps = vocab.CollectUniqueIDs(ps, c.Programmes, pp.Path().Index)
	}
	for i, hc := range c.HealthCategories {
		ps = ps.Add(p.Child("healthCategories").Index(i).Locate(vocab.HealthCategories().Check(nil, hc, true)))
	}
	restricts := len(c.Programmes) > 0 || len(c.HealthCategories) > 0
	switch {
	case c.Kind == ConditionKindRestricted && !restricts:
		ps = ps.Add(vocab.Required(pp.Path(), "a restricted condition names the programmes or health categories the money is for"))
	case c.Kind != ConditionKindRestricted && c.Kind != "" && restricts:
		ps = ps.Add(vocab.Invalid(p.Child("kind").Path(), string(c.Kind), "only a restricted condition lists programmes or health categories"))
	}
	return ps
}

// Allows reports whether spending on programme, or on a programme of the
// given health categories, meets the restriction: the programme is listed,
// or one of its categories is. An empty programme with no categories never
// meets a restriction.
func (c *Condition) Allows(programme vocab.ProgrammeID, categories []vocab.HealthCategory) bool {
	if programme != "" && slices.Contains(c.Programmes, programme) {
		return true
	}
	return slices.ContainsFunc(categories, func(hc vocab.HealthCategory) bool {
		return slices.Contains(c.HealthCategories, hc)
	})
}
