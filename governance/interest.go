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
	Period vocab.Period `json:"period"`
	// Description says what the interest is.
	Description string `json:"description,omitempty"`
}

// Problems checks the register entry at p.
func (in *Interest) Problems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	ps = ps.Add(vocab.CheckID(p.Child("person"), in.Person, true))
	ps = ps.Add(vocab.CheckID(p.Child("organisation"), in.Organisation, true))
	ps = ps.Add(interestKinds.Check(p.Child("kind"), in.Kind, true))
	ps = ps.Add(severities.Check(p.Child("severity"), in.Severity, true))
	return ps.Add(startedPeriodProblem(p.Child("period"), in.Period, "the date the interest began"))
}

// WithRegister returns a copy of m whose declarations also include every
// register interest, held on m's date, in an organisation m concerns. A
// register entry already declared for the same person and organisation is
// not repeated. The result is sorted by person, then organisation.
func WithRegister(m Motion, register []Interest) Motion {
	decls := slices.Clone(m.Declarations)
	declared := func(p vocab.PersonID, o vocab.OrgID) bool {
		return slices.ContainsFunc(decls, func(d Declaration) bool { return d.Person == p && d.Organisation == o })
	}
	for _, in := range register {
		if in.Period.Contains(m.Date) && slices.Contains(m.Concerns, in.Organisation) && !declared(in.Person, in.Organisation) {
			decls = append(decls, Declaration{Person: in.Person, Organisation: in.Organisation, Kind: in.Kind,
				Severity: in.Severity, Note: "from the interests register"})
		}
	}
	slices.SortStableFunc(decls, func(a, b Declaration) int {
		return cmp.Or(cmp.Compare(a.Person, b.Person), cmp.Compare(a.Organisation, b.Organisation))
	})
	m.Declarations = decls
	return m
}
