package governance

import (
	"cmp"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Interest is one entry in the interests register: a person's interest in
// an organisation over a period. Interests are personal data; reports can
// redact them (see [ReportOptions]).
type Interest struct {
	// Person holds the interest.
	Person vocab.PersonID `json:"person"`
	// Organisation the interest is in; the Centre checks it is known.
	Organisation vocab.OrgID `json:"organisation"`
	// Kind is the nature of the interest.
	Kind InterestKind `json:"kind"`
	// Severity is what the interest does to a vote on a motion concerning
	// Organisation: hard recuses, soft is recorded.
	Severity ConflictSeverity `json:"severity"`
	// Period is when the interest is held; the start is required.
	Period vocab.Period `json:"period" jsonschema:"period=started"`
	// Description says what the interest is.
	Description string `json:"description,omitempty"`
}

// Problems checks the register entry at p.
func (in *Interest) Problems(p *vocab.Path) vocab.Problems {
	return in.collect(new(vocab.Collector), vocab.LazyAt(p)).Problems()
}

// collect adds [Interest.Problems] at p to ps, building paths only for
// problems found.
func (in *Interest) collect(ps *vocab.Collector, p vocab.LazyPath) *vocab.Collector {
	return ps.Add(p.LocateChild("person", vocab.CheckID(nil, in.Person, true)),
		p.LocateChild("organisation", vocab.CheckID(nil, in.Organisation, true)),
		p.LocateChild("kind", interestKinds.Check(nil, in.Kind, true)),
		p.LocateChild("severity", conflictSeverities.Check(nil, in.Severity, true)),
		p.LocateChild("period", startedPeriodProblem(nil, in.Period, "the date the interest began")))
}

// Conflicts returns the conflicts of interest for m: its own declarations
// and, from the document's interests register, every interest held on m's
// date in an organisation m concerns (noted "from the interests
// register"), unless one is already declared for the same person and
// organisation. The result is a new slice sorted by person, then
// organisation; [Document.Decide] decides m with it.
func (d *Document) Conflicts(m *Motion) []Declaration {
	if m == nil {
		return nil
	}
	return indexRegister(d.Interests).conflicts(m)
}

// register indexes an interests register by organisation: the positions
// of its entries, in register order.
type register struct {
	interests []Interest
	byOrg     map[vocab.OrgID][]int
}

func indexRegister(interests []Interest) register {
	r := register{interests: interests, byOrg: make(map[vocab.OrgID][]int)}
	for i := range interests {
		org := interests[i].Organisation
		r.byOrg[org] = append(r.byOrg[org], i)
	}
	return r
}

// conflicts is [Document.Conflicts], in time linear in m's declarations,
// concerns and matching register entries, plus sorting.
func (r register) conflicts(m *Motion) []Declaration {
	decls := slices.Clone(m.Declarations)
	type pair struct {
		person vocab.PersonID
		org    vocab.OrgID
	}
	declared := make(map[pair]bool, len(decls))
	for _, d := range decls {
		declared[pair{d.Person, d.Organisation}] = true
	}
	for _, org := range m.Concerns {
		for _, i := range r.byOrg[org] {
			in := &r.interests[i]
			if k := (pair{in.Person, in.Organisation}); in.Period.Contains(m.Date) && !declared[k] {
				declared[k] = true
				decls = append(decls, Declaration{Person: in.Person, Organisation: in.Organisation, Kind: in.Kind,
					Severity: in.Severity, Note: "from the interests register"})
			}
		}
	}
	slices.SortStableFunc(decls, func(a, b Declaration) int {
		return cmp.Or(cmp.Compare(a.Person, b.Person), cmp.Compare(a.Organisation, b.Organisation))
	})
	return decls
}
