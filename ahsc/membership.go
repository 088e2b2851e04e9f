package ahsc

import (
	"fmt"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// MembershipRole is a partner's standing in a centre during one
// membership. The relationship is what FHIR OrganizationAffiliation calls
// `member`.
//
// Codes: "founding-partner", "partner", "associate".
type MembershipRole string

// The membership roles.
const (
	// RoleFoundingPartner is a partner that founded the centre.
	RoleFoundingPartner MembershipRole = "founding-partner"
	// RolePartner is a full partner that joined later.
	RolePartner MembershipRole = "partner"
	// RoleAssociate is an associate member, without a full partner's
	// standing.
	RoleAssociate MembershipRole = "associate"
)

var membershipRoles = vocab.NewEnum(RoleFoundingPartner, RolePartner, RoleAssociate)

// MembershipRoles returns the enum of every membership role, for listing,
// parsing and checking.
func MembershipRoles() vocab.Enum[MembershipRole] { return membershipRoles }

// EnumValues lists the allowed codes (for schema export).
func (MembershipRole) EnumValues() []string { return membershipRoles.Strings() }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// ErrNotSupported problem listing the allowed ones.
func (r *MembershipRole) UnmarshalText(b []byte) error { return membershipRoles.Unmarshal(r, b) }

// Membership is one spell of an organisation's membership of a centre, from
// Joined to Left inclusive (zero Left: still a member). A partner that
// leaves and rejoins has two memberships.
//
// Joined and Left are dates at the precision their sources give: a
// membership that began "2011-10" began on some day in October 2011. It is
// possibly in force during that month and certainly in force from its last
// day; one that ended "2015" is certainly in force until 2015-01-01 and
// possibly until 2015-12-31 (see [vocab.Period]).
type Membership struct {
	// Role is the partner's standing during this membership; required.
	Role MembershipRole `json:"role"`
	// Joined is the first day of the membership, or the month or year it
	// falls in; required.
	Joined vocab.Date `json:"joined"`
	// Left is the last day of the membership (or its month or year), not
	// certainly before Joined; zero while the organisation is still a
	// member.
	Left vocab.Date `json:"left,omitzero"`
	// Sources cite the membership; at least one is required.
	Sources []vocab.Source `json:"sources,omitempty" jsonschema:"required"`
}

// Period returns the membership as a period.
func (m Membership) Period() vocab.Period { return vocab.PeriodOf(m.Joined, m.Left) }

// Partner is an organisation that is, or was, a member of the centre.
type Partner struct {
	// Organisation is the partner as an organisation; its fields are
	// written inline in JSON.
	Organisation
	// Memberships are the partner's spells of membership, in time order;
	// they never overlap.
	Memberships []Membership `json:"memberships,omitempty" jsonschema:"required"`
}

// MemberAt returns the membership certainly in force on d: the first, in
// list order, whose period certainly contains every day d may be.
func (p *Partner) MemberAt(d vocab.Date) (Membership, bool) {
	for _, m := range p.Memberships {
		if m.Period().Contains(d) {
			return m, true
		}
	}
	return Membership{}, false
}

// MayBeMemberAt returns a membership possibly in force on d: the first, in
// list order, whose period may contain a day d may be. Whenever
// [Partner.MemberAt] finds a membership, so does MayBeMemberAt.
func (p *Partner) MayBeMemberAt(d vocab.Date) (Membership, bool) {
	for _, m := range p.Memberships {
		if m.Period().MayContain(d) {
			return m, true
		}
	}
	return Membership{}, false
}

// Problems checks the partner at p: its organisation fields and its
// memberships (at least one; roles, dates in order, at least one source
// each, no overlaps). Memberships that certainly overlap are an error;
// memberships whose partial dates only let them overlap are a warning.
func (p *Partner) Problems(path *vocab.Path) vocab.Problems {
	return p.problems(new(vocab.Collector), path).Problems()
}

// problems is [Partner.Problems] into ps.
func (p *Partner) problems(ps *vocab.Collector, path *vocab.Path) *vocab.Collector {
	ps = p.Organisation.problems(ps, vocab.LazyAt(path))
	mp := path.Child("memberships")
	if len(p.Memberships) == 0 {
		return ps.Add(vocab.Required(mp, "a partner has at least one membership"))
	}
	for i, m := range p.Memberships {
		ip := mp.Index(i)
		ps = ps.Add(membershipRoles.Check(ip.Child("role"), m.Role, true))
		if m.Joined.IsZero() {
			ps = ps.Add(vocab.Required(ip.Child("joined"), "the date the membership began"))
		} else if !m.Period().IsValid() {
			ps = ps.Add(vocab.Invalid(ip.Child("left"), m.Left, "is before joined "+m.Joined.String()))
		}
		ps = ps.Add(vocab.CheckSourced(ip.Child("sources"), m.Sources)...)
	}
	return p.overlapProblems(ps, mp)
}

// overlapProblems compares each membership with the one before it in
// [vocab.Date.Compare] order of Joined: O(n log n).
func (p *Partner) overlapProblems(ps *vocab.Collector, mp *vocab.Path) *vocab.Collector {
	order := make([]int, len(p.Memberships))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return p.Memberships[a].Joined.Compare(p.Memberships[b].Joined)
	})
	for k := 1; k < len(order); k++ {
		a, b := p.Memberships[order[k-1]], p.Memberships[order[k]]
		if a.Joined.IsZero() || b.Joined.IsZero() {
			continue
		}
		switch {
		case a.Period().Overlaps(b.Period()):
			ps = ps.Add(vocab.Invalid(mp.Index(order[k]), b.Period().String(),
				fmt.Sprintf("overlaps membership %s (%s)", mp.Index(order[k-1]), a.Period())))
		case a.Period().MayOverlap(b.Period()):
			ps = ps.Add(vocab.Invalid(mp.Index(order[k]), b.Period().String(),
				fmt.Sprintf("may overlap membership %s (%s): their partial dates share days; give them more precisely if known",
					mp.Index(order[k-1]), a.Period())).AsWarning())
		}
	}
	return ps
}
