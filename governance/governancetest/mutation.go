package governancetest

import (
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
)

// Mutation is a document broken in one way, with the path and problem type
// Validate must report.
type Mutation struct {
	Doc  *governance.Document
	Path *vocab.Path
	Type vocab.ProblemType
	Name string
}

// mutator breaks a valid document from [Document]; it returns false when it
// does not apply to d.
type mutator struct {
	name  string
	apply func(t *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool)
}

var board = vocab.NewPath("bodies").Index(1)

var mutators = []mutator{
	{"duplicate body ID", func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
		d.Bodies[1].ID = d.Bodies[0].ID
		d.Bodies[1].ReportsTo = ""
		d.Decisions = nil
		d.KPIs = nil
		return board.Child("id"), vocab.ErrDuplicate, true
	}},
	{"unknown reportsTo", func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
		d.Bodies[1].ReportsTo = "nowhere"
		return board.Child("reportsTo"), vocab.ErrNotFound, true
	}},
	{"missing body kind", func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
		d.Bodies[0].Kind = ""
		return vocab.NewPath("bodies").Index(0).Child("kind"), vocab.ErrRequired, true
	}},
	{"overlapping terms", func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
		s := &d.Bodies[1].Seats[0]
		s.Terms = append(s.Terms, governance.Term{Person: "late", Period: vocab.PeriodFrom(s.Terms[0].Period.End)})
		return board.Child("seats").Index(0).Child("terms").Index(1).Child("period"), vocab.ErrInvalid, true
	}},
	{"two voting seats", func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
		seats := d.Bodies[1].Seats
		if len(seats) < 2 || !seats[0].Voting || !seats[1].Voting {
			return nil, "", false
		}
		seats[1].Terms[0].Person, seats[1].Terms[0].Alternate = seats[0].Terms[0].Person, ""
		d.Decisions = nil
		return board.Child("seats").Index(1).Child("terms").Index(0).Child("person"), vocab.ErrInvalid, true
	}},
	{"independent and nominated", func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
		s := &d.Bodies[1].Seats[0]
		s.Independent, s.NominatedBy = true, "kcl"
		return board.Child("seats").Index(0).Child("independent"), vocab.ErrInvalid, true
	}},
	{"zero threshold share", func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
		r := &d.Bodies[1].Rules.Threshold
		if r.Rule == governance.Unanimity {
			return nil, "", false
		}
		r.Share = vocab.Ratio{}
		d.Decisions = nil
		return board.Child("rules").Child("threshold").Child("share"), vocab.ErrOutOfRange, true
	}},
	{"unknown KPI owner", func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
		if len(d.KPIs) == 0 {
			return nil, "", false
		}
		d.KPIs[0].Owner = "ghost-body"
		return vocab.NewPath("kpis").Index(0).Child("owner"), vocab.ErrNotFound, true
	}},
	{"interest without kind", func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
		if len(d.Interests) == 0 {
			return nil, "", false
		}
		d.Interests[0].Kind = ""
		return vocab.NewPath("interests").Index(0).Child("kind"), vocab.ErrRequired, true
	}},
	{"invalid ballot", func(t *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
		dec := &d.Decisions[0]
		b, _ := d.Body(dec.Body)
		bad := InvalidBallot(Scenario{Body: *b, Motion: governance.WithRegister(dec.Motion, d.Interests),
			Present: dec.Present, Ballots: dec.Ballots}).Draw(t, "bad")
		dec.Ballots = append(dec.Ballots, bad.Ballot)
		return vocab.NewPath("decisions").Index(0).Child("ballots").Index(len(dec.Ballots) - 1), bad.Type, true
	}},
}

// DocumentMutation generates a document from [Document] broken in exactly
// one way, with where and how Validate must report it.
func DocumentMutation() *rapid.Generator[Mutation] {
	return rapid.Custom(func(t *rapid.T) Mutation {
		d := Document().Draw(t, "doc")
		for {
			m := rapid.SampledFrom(mutators).Draw(t, "mutator")
			if p, typ, ok := m.apply(t, d); ok {
				return Mutation{Doc: d, Path: p, Type: typ, Name: m.name}
			}
		}
	})
}
