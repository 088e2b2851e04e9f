package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// PeerReview records how an application was reviewed: the panel, its
// reviewers (by person ID), whether the review was independent of the
// funder and the recipient, and its recommendation.
type PeerReview struct {
	// Panel names the review panel or committee.
	Panel string `json:"panel,omitempty"`
	// Reviewers are the people who reviewed the application.
	Reviewers []vocab.PersonID `json:"reviewers,omitempty"`
	// Independent reports that the review was independent of the funder and
	// the recipient (external reviewers, no funder representative).
	Independent bool `json:"independent,omitempty"`
	// Outcome is the panel's recommendation.
	Outcome ReviewOutcome `json:"outcome"`
	// Date is when the panel reported.
	Date vocab.Date `json:"date,omitzero"`
}

// IsZero reports whether no review is recorded.
func (r PeerReview) IsZero() bool {
	return r.Panel == "" && len(r.Reviewers) == 0 && !r.Independent && r.Outcome == "" && r.Date.IsZero()
}

// Problems checks the review at p.
func (r *PeerReview) Problems(p *vocab.Path) vocab.Problems {
	return r.problems(new(vocab.Collector), p).Problems()
}

// problems is [PeerReview.Problems] into ps.
func (r *PeerReview) problems(ps *vocab.Collector, p *vocab.Path) *vocab.Collector {
	ps = ps.Add(reviewOutcomes.Check(p.Child("outcome"), r.Outcome, true))
	return personProblems(ps, p.Child("reviewers"), r.Reviewers)
}

// personProblems checks a list of person IDs: each valid, none repeated.
func personProblems(ps *vocab.Collector, p *vocab.Path, people []vocab.PersonID) *vocab.Collector {
	for i, id := range people {
		ps = ps.Add(vocab.CheckID(p.Index(i), id, true))
	}
	return vocab.CollectUniqueIDs(ps, people, p.Index)
}
