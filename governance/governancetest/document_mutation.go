package governancetest

import (
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/governance"
)

// MutatedDocument generates a document from [Document] broken in exactly
// one way, with the path and problem type [governance.Document.Validate]
// must report. It uses the named kinds ([DocumentMutationKinds]), or all
// of them when none is named, and panics on an unknown kind.
func MutatedDocument(kinds ...string) *rapid.Generator[vocabtest.Mutation[*governance.Document]] {
	return vocabtest.Mutated(Document(), documentMutators(), kinds...)
}

// DocumentMutationKinds returns the kinds of defect [MutatedDocument]
// makes, sorted: those below and, prefixed "decision: ", every kind of
// [DecisionMutationKinds] applied to the recorded decision.
func DocumentMutationKinds() []string { return vocabtest.MutationKinds(documentMutators()) }

// board is the path of the generated board, bodies[1].
func board() *vocab.Path { return vocab.NewPath("bodies").Index(1) }

func documentMutators() []vocabtest.Mutator[*governance.Document] {
	ms := []vocabtest.Mutator[*governance.Document]{
		{Kind: "duplicate body ID", Apply: func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
			d.Bodies[1].ID = d.Bodies[0].ID
			d.Bodies[1].ReportsTo = ""
			d.Decisions = nil
			d.KPIs = nil
			return board().Child("id"), vocab.ErrDuplicate, true
		}},
		{Kind: "unknown reportsTo", Apply: func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
			d.Bodies[1].ReportsTo = "nowhere"
			return board().Child("reportsTo"), vocab.ErrNotFound, true
		}},
		{Kind: "reporting loop", Apply: func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
			d.Bodies[0].ReportsTo = d.Bodies[1].ID
			return vocab.NewPath("bodies").Index(0).Child("reportsTo"), vocab.ErrInvalid, true
		}},
		{Kind: "missing body kind", Apply: func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
			d.Bodies[0].Kind = ""
			return vocab.NewPath("bodies").Index(0).Child("kind"), vocab.ErrRequired, true
		}},
		{Kind: "overlapping terms", Apply: func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
			s := &d.Bodies[1].Seats[0]
			s.Terms = append(s.Terms, governance.Term{Person: "late", Period: vocab.PeriodFrom(s.Terms[0].Period.End)})
			return board().Child("seats").Index(0).Child("terms").Index(1).Child("period"), vocab.ErrInvalid, true
		}},
		{Kind: "person in two voting seats", Apply: func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
			seats := d.Bodies[1].Seats
			if len(seats) < 2 || !seats[0].Voting || !seats[1].Voting {
				return nil, "", false
			}
			seats[1].Terms[0].Person, seats[1].Terms[0].Alternate = seats[0].Terms[0].Person, ""
			d.Decisions = nil
			return board().Child("seats").Index(1).Child("terms").Index(0).Child("person"), vocab.ErrInvalid, true
		}},
		{Kind: "independent and nominated seat", Apply: func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
			s := &d.Bodies[1].Seats[0]
			s.Independent, s.NominatedBy = true, "kcl"
			return board().Child("seats").Index(0).Child("independent"), vocab.ErrInvalid, true
		}},
		{Kind: "zero threshold share", Apply: func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
			r := &d.Bodies[1].Rules.Threshold
			if r.Rule == governance.ThresholdRuleUnanimity {
				return nil, "", false
			}
			r.Share = vocab.Ratio{}
			d.Decisions = nil
			return board().Child("rules").Child("threshold").Child("share"), vocab.ErrOutOfRange, true
		}},
		{Kind: "unknown threshold rule", Apply: func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
			d.Bodies[1].Rules.Threshold.Rule = "plurality"
			return board().Child("rules").Child("threshold").Child("rule"), vocab.ErrNotSupported, true
		}},
		{Kind: "unknown quorum basis", Apply: func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
			d.Bodies[1].Rules.Quorum.Basis = "members-in-the-building"
			return board().Child("rules").Child("quorum").Child("basis"), vocab.ErrNotSupported, true
		}},
		{Kind: "negative quorum minimum", Apply: func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
			d.Bodies[1].Rules.Quorum.Minimum = -1
			return board().Child("rules").Child("quorum").Child("minimum"), vocab.ErrOutOfRange, true
		}},
		{Kind: "unknown KPI owner", Apply: func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
			if len(d.KPIs) == 0 {
				return nil, "", false
			}
			d.KPIs[0].Owner = "ghost-body"
			return vocab.NewPath("kpis").Index(0).Child("owner"), vocab.ErrNotFound, true
		}},
		{Kind: "interest without kind", Apply: func(_ *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
			if len(d.Interests) == 0 {
				return nil, "", false
			}
			d.Interests[0].Kind = ""
			return vocab.NewPath("interests").Index(0).Child("kind"), vocab.ErrRequired, true
		}},
	}
	for _, dm := range decisionMutators() {
		ms = append(ms, vocabtest.Mutator[*governance.Document]{Kind: "decision: " + dm.Kind,
			Apply: func(t *rapid.T, d *governance.Document) (*vocab.Path, vocab.ProblemType, bool) {
				dec := &d.Decisions[0]
				b, _ := d.Body(dec.Body)
				m := dec.Motion
				m.Declarations = d.Conflicts(&dec.Motion)
				s := Scenario{Body: *b, Motion: m, Present: dec.Present, Ballots: dec.Ballots}
				p, typ, ok := dm.Apply(t, &s)
				if !ok {
					return nil, "", false
				}
				dec.Ballots = s.Ballots
				return vocab.NewPath("decisions").Index(0).Concat(p), typ, true
			}})
	}
	return ms
}
