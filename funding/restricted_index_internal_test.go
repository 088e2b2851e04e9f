package funding

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// fixedCategories gives programme "a" and "b" categories and knows no
// other.
type fixedCategories map[vocab.ProgrammeID][]vocab.HealthCategory

func (f fixedCategories) HealthCategories(id vocab.ProgrammeID) []vocab.HealthCategory { return f[id] }

// TestRestrictionIndexAgreesWithScan: the per-award index allows a spend
// exactly when every restricted condition's Allows does, for programme
// lists with repeats, category sets, other kinds of condition, spends with
// and without a programme or category, for a small award asked condition
// by condition and for the full index, whether A(m) is counted per set or
// tabulated, and (with a category outside the HRCS list) when the index
// falls back to asking each condition.
func TestRestrictionIndexAgreesWithScan(t *testing.T) {
	progs := []vocab.ProgrammeID{"", "a", "b", "c", "d"}
	cats := append(vocab.HealthCategories().Values()[:4], "not-a-category")
	rapid.Check(t, func(t *rapid.T) {
		a := &Award{}
		for range rapid.IntRange(0, 6).Draw(t, "conditions") {
			c := Condition{Kind: rapid.SampledFrom([]ConditionKind{ConditionKindRestricted, ConditionKindRestricted, ConditionKindTied}).Draw(t, "kind"),
				Programmes:       rapid.SliceOfN(rapid.SampledFrom(progs[1:]), 0, 6).Draw(t, "programmes"),
				HealthCategories: rapid.SliceOfN(rapid.SampledFrom(cats), 0, 3).Draw(t, "categories")}
			a.Conditions = append(a.Conditions, c)
		}
		env := fixedCategories{}
		for _, p := range progs[1:] {
			env[p] = rapid.SliceOfN(rapid.SampledFrom(cats), 0, 3).Draw(t, "programmeCategories")
		}
		ri := newRestrictionIndex(a)
		if rapid.Bool().Draw(t, "full") { // the full index even for a small award
			ri = fullRestrictionIndex(a)
		}
		if rapid.Bool().Draw(t, "tabulated") {
			ri.work = tabulateAfter
		}
		pc := &programmeCategories{env: env}
		for range rapid.IntRange(1, 12).Draw(t, "spends") {
			p := rapid.SampledFrom(progs).Draw(t, "programme")
			hc := rapid.SampledFrom(append([]vocab.HealthCategory{""}, cats...)).Draw(t, "category")
			var spent []vocab.HealthCategory
			if p != "" {
				spent = append(spent, env[p]...)
			}
			if hc != "" {
				spent = append(spent, hc)
			}
			want := true
			for _, c := range a.Conditions {
				if c.Kind == ConditionKindRestricted && !c.Allows(p, spent) {
					want = false
				}
			}
			if got := ri.allows(pc, p, hc); got != want {
				t.Fatalf("spend on %q (%q, categories %v): index says %v, the conditions %v (%+v)", p, hc, spent, got, want, a.Conditions)
			}
		}
	})
}

// TestCategoryBitsFit: every HRCS category has its own bit in a uint32.
func TestCategoryBitsFit(t *testing.T) {
	all := vocab.HealthCategories().Values()
	if len(all) > 32 || len(categoryBits) != len(all) {
		t.Fatalf("%d categories, %d bits", len(all), len(categoryBits))
	}
	var seen uint32
	for _, c := range all {
		if b := categoryBits[c]; b == 0 || seen&b != 0 {
			t.Fatalf("category %s has bit %b (seen %b)", c, b, seen)
		}
		seen |= categoryBits[c]
	}
}
