package funding

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// TestRestrictionIndexAgreesWithScan: for awards whose restrictions name
// programmes only, the per-award count index allows a spend exactly when
// every restricted condition's Allows does, repeats within a list and
// other kinds of condition included; an award with a category restriction
// is left to the scan.
func TestRestrictionIndexAgreesWithScan(t *testing.T) {
	pool := []vocab.ProgrammeID{"", "a", "b", "c", "d"}
	rapid.Check(t, func(t *rapid.T) {
		a := &Award{}
		for range rapid.IntRange(0, 4).Draw(t, "conditions") {
			c := Condition{Kind: rapid.SampledFrom([]ConditionKind{ConditionKindRestricted, ConditionKindRestricted, "reporting"}).Draw(t, "kind"),
				Programmes: rapid.SliceOfN(rapid.SampledFrom(pool[1:]), 0, 12).Draw(t, "programmes")}
			if rapid.IntRange(0, 5).Draw(t, "categories") == 0 {
				c.HealthCategories = []vocab.HealthCategory{"cancer-and-neoplasms"}
			}
			a.Conditions = append(a.Conditions, c)
		}
		ri := indexRestrictions(a)
		for _, p := range pool {
			scan := true
			for _, c := range a.Conditions {
				if c.Kind == ConditionKindRestricted && !c.Allows(p, nil) {
					scan = false
				}
			}
			switch {
			case ri.count == nil:
				for _, c := range a.Conditions {
					if c.Kind == ConditionKindRestricted && len(c.HealthCategories) > 0 {
						return // left to the scan, as it should be
					}
				}
				t.Fatalf("no index for programme-only restrictions %+v", a.Conditions)
			case (ri.count[p] == ri.n && (p != "" || ri.n == 0)) != scan:
				t.Fatalf("programme %q: index says %v, scan %v (%+v)", p, !scan, scan, a.Conditions)
			}
		}
	})
}
