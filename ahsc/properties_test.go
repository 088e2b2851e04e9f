package ahsc_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/ahsctest"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

func TestGeneratedCentresValidate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahsctest.Centre().Draw(t, "centre")
		if err := c.Validate(); err != nil {
			t.Fatalf("generated centre does not validate: %v", err)
		}
	})
}

func TestEveryMutationIsReportedAtItsPath(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := ahsctest.MutatedCentre().Draw(t, "mutation")
		ps := m.Value.Problems()
		if !slices.ContainsFunc(ps, func(p *vocab.Problem) bool { return p.Path.Equal(m.Path) && p.Type == m.Type }) {
			t.Fatalf("%s: want %s at %s, got:\n%v", m.Kind, m.Type, m.Path.JSONPointer(), ps)
		}
		if m.Value.Validate() == nil {
			t.Fatalf("%s: Validate returned nil", m.Kind)
		}
	})
}

// Every kind of defect the generator knows is drawn and reported: a kind
// that never applies, or that validation misses, fails here by name.
func TestEveryMutationKindIsReported(t *testing.T) {
	kinds := ahsctest.CentreMutationKinds()
	if len(kinds) < 10 || !slices.IsSorted(kinds) {
		t.Fatalf("CentreMutationKinds() = %q: want at least 10, sorted", kinds)
	}
	for _, kind := range kinds {
		t.Run(kind, func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) {
				m := ahsctest.MutatedCentre(kind).Draw(t, "mutation")
				if m.Kind != kind {
					t.Fatalf("asked for %q, got %q", kind, m.Kind)
				}
				if ps := m.Value.Problems(); !slices.ContainsFunc(ps, func(p *vocab.Problem) bool {
					return p.Path.Equal(m.Path) && p.Type == m.Type && !p.IsWarning()
				}) {
					t.Fatalf("want %s at %s, got:\n%v", m.Type, m.Path.JSONPointer(), ps)
				}
			})
		})
	}
}

// keyedProblems renders problems with partner indexes replaced by partner
// IDs, so lists in different orders can be compared.
func keyedProblems(c *ahsc.Centre, ps vocab.Problems) []string {
	var out []string
	for _, p := range ps {
		ptr := p.Pointer()
		if rest, ok := strings.CutPrefix(ptr, "/partners/"); ok {
			idx, tail, _ := strings.Cut(rest, "/")
			for i := range c.Partners {
				if idx == strconv.Itoa(i) {
					ptr = "/partners/" + string(c.Partners[i].ID) + "/" + tail
				}
			}
		}
		out = append(out, ptr+" "+string(p.Type)+" "+string(p.Severity))
	}
	slices.Sort(out)
	return out
}

func TestPermutingPartnersKeepsProblems(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := ahsctest.MutatedCentre().Draw(t, "mutation")
		if m.Type == vocab.ErrDuplicate {
			t.Skip("which copy of a duplicate is reported depends on order by design")
		}
		c := m.Value
		before := keyedProblems(c, c.Problems())
		perm := rapid.Permutation(c.Partners).Draw(t, "order")
		c.Partners = perm
		after := keyedProblems(c, c.Problems())
		if diff := cmp.Diff(before, after); diff != "" {
			t.Fatalf("problems changed with partner order (-before +after):\n%s", diff)
		}
	})
}

// PartnersAt and PossiblePartnersAt agree with each partner's memberships
// on days, months and years, and the certain partners are among the
// possible ones.
func TestPartnersAtAgreesWithMemberships(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahsctest.Centre().Draw(t, "centre")
		on := vocab.MustParseDate("2000-01-01").AddDays(rapid.IntRange(0, 14000).Draw(t, "day"))
		on = on.Truncate(rapid.SampledFrom(vocab.Precisions().Values()).Draw(t, "precision"))
		got, possible := c.PartnersAt(on), c.PossiblePartnersAt(on)
		if !slices.IsSorted(got) || !slices.IsSorted(possible) {
			t.Fatalf("not sorted: %v, %v", got, possible)
		}
		for _, id := range got {
			if !slices.Contains(possible, id) {
				t.Fatalf("%s certainly a partner on %s but not possibly (%v, %v)", id, on, got, possible)
			}
		}
		for _, p := range c.Partners {
			_, member := p.MemberAt(on)
			_, maybe := p.MayBeMemberAt(on)
			if member != slices.Contains(got, p.ID) || member != c.IsPartnerAt(p.ID, on) {
				t.Fatalf("%s on %s: MemberAt=%v, PartnersAt=%v, IsPartnerAt=%v", p.ID, on, member, got, c.IsPartnerAt(p.ID, on))
			}
			if maybe != slices.Contains(possible, p.ID) || maybe != c.MayBePartnerAt(p.ID, on) || member && !maybe {
				t.Fatalf("%s on %s: MayBeMemberAt=%v, PossiblePartnersAt=%v, MayBePartnerAt=%v", p.ID, on, maybe, possible, c.MayBePartnerAt(p.ID, on))
			}
			// On a day, a partner is certainly one when one of its
			// memberships has certainly begun (by the last day it may
			// start, which is no later than the last day it may end) and
			// has certainly not ended (the first day it may end, which is
			// no earlier than the first day it may start, is not before).
			if on.IsExact() {
				want := false
				for _, m := range p.Memberships {
					latestStart, earliestEnd := m.Joined.Last(), m.Left.First()
					if !m.Left.IsZero() {
						if m.Left.Last().Before(latestStart) {
							latestStart = m.Left.Last()
						}
						if m.Joined.First().After(earliestEnd) {
							earliestEnd = m.Joined.First()
						}
					}
					want = want || !latestStart.After(on) && (m.Left.IsZero() || !earliestEnd.Before(on))
				}
				if member != want {
					t.Fatalf("%s on %s: MemberAt=%v, want %v from the bounds of %v", p.ID, on, member, want, p.Memberships)
				}
			}
		}
	})
}

func TestFullCentresValidate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahsctest.FullCentre().Draw(t, "centre")
		if errs := c.Problems().Errors(); len(errs) > 0 {
			t.Fatalf("composed centre has errors:\n%v", errs)
		}
	})
}

// Removing a partner that documents reference yields a not-found problem
// at every one of those references: resolution misses none.
func TestRemovingAPartnerReportsEveryReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahsctest.FullCentre().Draw(t, "centre")
		refs := c.References()
		var referenced []vocab.OrgID
		for _, r := range refs {
			if r.Kind == vocab.RefPartner && !slices.Contains(referenced, vocab.OrgID(r.ID)) {
				referenced = append(referenced, vocab.OrgID(r.ID))
			}
		}
		if len(referenced) == 0 || len(c.Partners) < 2 {
			t.Skip("no removable referenced partner")
		}
		gone := rapid.SampledFrom(referenced).Draw(t, "gone")
		c.Partners = slices.DeleteFunc(c.Partners, func(p ahsc.Partner) bool { return p.ID == gone })
		ps := c.Problems()
		for _, r := range refs {
			if r.ID != string(gone) || (r.Kind != vocab.RefPartner && r.Kind != vocab.RefOrganisation) {
				continue
			}
			if !slices.ContainsFunc(ps, func(p *vocab.Problem) bool { return p.Type == vocab.ErrNotFound && p.Path.Equal(r.Path) }) {
				t.Fatalf("reference to removed partner %s at %s not reported; problems:\n%v", gone, r.Path.JSONPointer(), ps)
			}
		}
	})
}
