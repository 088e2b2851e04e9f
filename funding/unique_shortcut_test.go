package funding_test

import (
	"fmt"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

// TestRepeatsFoundWhateverTheListLength: the award checks compare short
// lists of funders, allocations and restricted programmes pairwise and
// index longer ones; either way every repeat of an earlier non-empty ID is
// reported as a duplicate at its own path, and nothing else is.
func TestRepeatsFoundWhateverTheListLength(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		funders := rapid.SliceOfN(rapid.SampledFrom([]vocab.OrgID{"nihr", "wellcome", "mrc", "cruk", "bhf", "ukri"}), 1, 7).Draw(t, "funders")
		progs := rapid.SliceOfN(rapid.SampledFrom([]vocab.ProgrammeID{"a", "b", "c", "d", "e", "f"}), 0, 7).Draw(t, "allocations")
		restricted := rapid.SliceOfN(rapid.SampledFrom([]vocab.ProgrammeID{"a", "b", "c", "d", "e", "f", "g", "h", "i"}), 1, 11).Draw(t, "restricted")
		l := &funding.Ledger{Version: vocab.CurrentVersion, Currency: funding.GBP}
		for _, f := range []vocab.OrgID{"nihr", "wellcome", "mrc", "cruk", "bhf", "ukri"} {
			l.Funders = append(l.Funders, funding.Funder{ID: f, Class: funding.FunderClassPublic})
		}
		a := funding.Award{ID: "a1", Recipient: "kcl", AmountAwarded: funding.Pounds(100), AwardDate: vocab.MustParseDate("2024-04-01"),
			Conditions: []funding.Condition{{Kind: funding.ConditionKindRestricted, Programmes: restricted}}}
		for _, f := range funders {
			a.Funders = append(a.Funders, funding.FunderShare{Funder: f, Share: vocab.MustRatio(1, int64(len(funders)))})
		}
		for _, p := range progs {
			a.Allocations = append(a.Allocations, funding.Allocation{Programme: p, Share: vocab.MustRatio(1, 10)})
		}
		l.Awards = []funding.Award{a}
		var want, got []string
		repeats := func(list string, ids []string) {
			for i, id := range ids {
				if slices.Contains(ids[:i], id) {
					want = append(want, fmt.Sprintf("%s/%d", list, i))
				}
			}
		}
		repeats("/awards/0/funders", strs(funders))
		repeats("/awards/0/allocations", strs(progs))
		repeats("/awards/0/conditions/0/programmes", strs(restricted))
		for _, p := range l.Problems() {
			if p.Type == vocab.ErrDuplicate {
				got = append(got, p.Pointer())
			}
		}
		norm := func(ps []string) []string {
			out := make([]string, 0, len(ps))
			for _, p := range ps {
				for _, leaf := range []string{"/funder", "/programme"} {
					if len(p) > len(leaf) && p[len(p)-len(leaf):] == leaf {
						p = p[:len(p)-len(leaf)]
					}
				}
				out = append(out, p)
			}
			slices.Sort(out)
			return out
		}
		if !slices.Equal(norm(want), norm(got)) {
			t.Fatalf("duplicates at %v, want %v", norm(got), norm(want))
		}
	})
}

func strs[S ~string](ids []S) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = string(id)
	}
	return out
}
