package ahsc_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/programme"
)

func TestFundingEnvWiresRegisterAndPortfolio(t *testing.T) {
	c := smallCentre()
	env := c.FundingEnv()
	assert.Nil(t, env.Interests, "no governance, no register")
	assert.Nil(t, env.Programmes, "no portfolio, no categories")

	c.Governance = &governance.Document{Interests: []governance.Interest{
		{Person: "ann", Organisation: "pharma", Kind: "financial", Severity: governance.ConflictSeverityHard, Period: vocab.MustParsePeriod("2020-01-01/2021-12-31")},
		{Person: "bob", Organisation: "pharma", Kind: "advisory", Severity: governance.ConflictSeveritySoft, Period: vocab.MustParsePeriod("2020-01-01/..")},
		{Person: "ann", Organisation: "pharma", Kind: "financial", Severity: governance.ConflictSeverityHard, Period: vocab.MustParsePeriod("2023-01-01/2023-12-31")},
	}}
	c.Portfolio = &programme.Portfolio{Programmes: []programme.Programme{{ID: "cancer",
		Areas: []programme.Area{{Category: vocab.HealthCancer, Weight: vocab.IntRatio(1)}}},
		{ID: "empty"},
		{ID: "cancer", Areas: []programme.Area{{Category: vocab.HealthBlood, Weight: vocab.IntRatio(1)}}}}}
	env = c.FundingEnv()
	assert.True(t, env.Interests.HardConflictAt("ann", "pharma", d("2021-06-01")))
	assert.False(t, env.Interests.HardConflictAt("ann", "pharma", d("2022-01-01")), "outside the interest's period")
	assert.False(t, env.Interests.HardConflictAt("ann", "other", d("2021-06-01")), "another organisation")
	assert.False(t, env.Interests.HardConflictAt("bob", "pharma", d("2021-06-01")), "soft conflicts do not disqualify")
	assert.Equal(t, []vocab.HealthCategory{vocab.HealthCancer}, env.Programmes.HealthCategories("cancer"))
	assert.True(t, env.Interests.HardConflictAt("ann", "pharma", d("2023-06-01")), "a second hard interest of the same pair")
	assert.Nil(t, env.Programmes.HealthCategories("unknown"))
	assert.Equal(t, []vocab.HealthCategory{}, env.Programmes.HealthCategories("empty"), "known, without areas: empty, not nil")
	env.Programmes.HealthCategories("cancer")[0] = vocab.HealthSkin
	assert.Equal(t, []vocab.HealthCategory{vocab.HealthCancer}, env.Programmes.HealthCategories("cancer"),
		"the first programme with the ID; callers get a copy")
}
