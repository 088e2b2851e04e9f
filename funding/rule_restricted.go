package funding

import (
	"fmt"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// RestrictedPurpose requires restricted funds to be spent only on their
// purpose. For every award with a restricted [Condition], each allocation
// and each disbursement (on or before the evaluation date) must go to a
// programme the condition allows: a listed programme, or a programme whose
// HRCS categories ([Env.Programmes]) or the disbursement's own health
// category include a listed one. A disbursement that records neither a
// programme nor a category, under an award with no allocations, cannot be
// shown to meet the restriction and gets a warning.
type RestrictedPurpose struct {
	// Severity of the findings; error when empty.
	Severity vocab.Severity `json:"severity,omitempty"`
}

// Kind returns "restricted-purpose".
func (RestrictedPurpose) Kind() string { return "restricted-purpose" }

func init() {
	registerBuiltin(NewRuleKind[RestrictedPurpose]("keeps restricted funds to the programmes or health categories their conditions allow"))
}

// Describe states the rule.
func (RestrictedPurpose) Describe() string { return "restricted funds spent only on their purpose" }

// Problems checks the severity.
func (r RestrictedPurpose) Problems(p *vocab.Path) vocab.Problems {
	return vocab.Problems{}.Add(vocab.Severities().Check(p.Child("severity"), r.Severity, false))
}

// Evaluate reports each allocation and disbursement outside its award's restriction.
func (r RestrictedPurpose) Evaluate(in *Input) []Finding {
	var out []Finding
	byProgramme := map[*Award]restrictionIndex{}
	allows := func(a *Award, programme vocab.ProgrammeID, hc vocab.HealthCategory) bool {
		ri, ok := byProgramme[a]
		if !ok {
			ri = indexRestrictions(a)
			byProgramme[a] = ri
		}
		if ri.count != nil { // restrictions by programme alone: one lookup
			return ri.count[programme] == ri.n && (programme != "" || ri.n == 0)
		}
		var cats []vocab.HealthCategory
		if programme != "" && in.Env.Programmes != nil {
			cats = in.Env.Programmes.HealthCategories(programme)
		}
		if hc != "" {
			cats = append(cats, hc)
		}
		for i := range a.Conditions {
			if c := &a.Conditions[i]; c.Kind == ConditionKindRestricted && !c.Allows(programme, cats) {
				return false
			}
		}
		return true
	}
	breach := func(subject string, p *vocab.Path, a *Award, verb, what string, m Money) {
		out = append(out, Finding{Subject: subject, Path: p, Measured: what, Limit: restrictionText(a),
			Measure: Measure{Amount: m}, Severity: severityOr(r.Severity),
			Explanation: fmt.Sprintf("%s of restricted award %s %s %s, outside its restriction to %s.",
				m, a.ID, verb, what, restrictionText(a))})
	}
	for p, a := range in.Awards() {
		if !a.restricted() {
			continue
		}
		allocated, _, _ := a.Allocated()
		for j, al := range a.Allocations {
			if !allows(a, al.Programme, "") {
				breach(fmt.Sprintf("award %s allocation %s", a.ID, al.Programme), p.Child("allocations").Index(j).Child("programme"),
					a, "is allocated to", "programme "+string(al.Programme), allocated[j])
			}
		}
	}
	for i, t := range in.Ledger.Transactions {
		a, ok := in.Award(t.Award)
		if !ok || t.Kind != TransactionKindDisbursement || !in.Includes(t.Date) || !a.restricted() {
			continue
		}
		tp := vocab.NewPath("transactions").Index(i)
		switch {
		case t.Programme != "" || t.HealthCategory != "":
			if !allows(a, t.Programme, t.HealthCategory) {
				breach("transaction "+t.ID, tp, a, "was disbursed to", spendText(t), t.Amount)
			}
		case len(a.Allocations) == 0:
			out = append(out, Finding{Subject: "transaction " + t.ID, Path: tp, Measured: "purpose not recorded",
				Limit: restrictionText(a), Measure: Measure{Amount: t.Amount}, Severity: vocab.SeverityWarning,
				Explanation: fmt.Sprintf("Disbursement %s of restricted award %s records no programme or health category, so its purpose cannot be checked.", t.ID, a.ID)})
		}
	}
	return out
}

// restrictionIndex counts, for an award whose restricted conditions name
// programmes only, how many of those conditions name each programme: a
// spend on programme p meets every restriction exactly when its count is
// n. count is nil when a condition names health categories, which are
// checked condition by condition.
type restrictionIndex struct {
	n     int
	count map[vocab.ProgrammeID]int
}

func indexRestrictions(a *Award) restrictionIndex {
	ri := restrictionIndex{count: map[vocab.ProgrammeID]int{}}
	for i := range a.Conditions {
		c := &a.Conditions[i]
		if c.Kind != ConditionKindRestricted {
			continue
		}
		if len(c.HealthCategories) > 0 {
			return restrictionIndex{}
		}
		ri.n++
		// Count each programme once per condition, however often listed:
		// pairwise for short lists, through a set for long ones.
		var seen map[vocab.ProgrammeID]bool
		if len(c.Programmes) > 8 {
			seen = make(map[vocab.ProgrammeID]bool, len(c.Programmes))
		}
		for j, p := range c.Programmes {
			switch {
			case seen == nil && slices.Contains(c.Programmes[:j], p), seen[p]:
				continue
			case seen != nil:
				seen[p] = true
			}
			ri.count[p]++
		}
	}
	return ri
}

func spendText(t Transaction) string {
	switch {
	case t.Programme != "" && t.HealthCategory != "":
		return fmt.Sprintf("programme %s (%s)", t.Programme, t.HealthCategory)
	case t.Programme != "":
		return "programme " + string(t.Programme)
	}
	return "health category " + string(t.HealthCategory)
}

// restrictionText lists what an award's restrictions allow.
func restrictionText(a *Award) string {
	s := ""
	for _, c := range a.Restrictions() {
		for _, p := range c.Programmes {
			s = joinText(s, "programme "+string(p))
		}
		for _, hc := range c.HealthCategories {
			s = joinText(s, string(hc))
		}
	}
	return s
}

func joinText(s, t string) string {
	if s == "" {
		return t
	}
	return s + ", " + t
}
