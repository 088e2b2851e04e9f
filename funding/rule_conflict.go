package funding

import (
	"fmt"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// ConflictOfInterest forbids hard conflicts on privately funded awards: no
// decision-maker or reviewer of an award with a funder of the listed
// classes may, on the award date, hold a hard conflict with that funder.
// Conflicts come from [Env.Interests]; without it the rule reports one
// warning that it could not check.
type ConflictOfInterest struct {
	// Classes are the funder classes checked; [FunderClassPrivate] when empty.
	Classes []FunderClass `json:"classes,omitempty"`
	// Severity of the findings; error when empty.
	Severity vocab.Severity `json:"severity,omitempty"`
}

// Kind returns "conflict-of-interest".
func (ConflictOfInterest) Kind() string { return "conflict-of-interest" }

func init() {
	registerBuiltin(NewRuleKind[ConflictOfInterest]("no decision-maker or reviewer of an award holds a hard conflict of interest with a funder of the checked classes"))
}

// Describe states the rule.
func (r ConflictOfInterest) Describe() string {
	return "no decision-maker or reviewer with a hard conflict with a " + classesText(r.classes()) + " funder of the award"
}

func (r ConflictOfInterest) classes() []FunderClass {
	if len(r.Classes) == 0 {
		return []FunderClass{FunderClassPrivate}
	}
	return r.Classes
}

// Problems checks the classes and severity.
func (r ConflictOfInterest) Problems(p *vocab.Path) vocab.Problems {
	return r.problems(new(vocab.Collector), p).Problems()
}

// problems is [ConflictOfInterest.Problems] into ps.
func (r ConflictOfInterest) problems(ps *vocab.Collector, p *vocab.Path) *vocab.Collector {
	ps = ps.Add(vocab.Severities().Check(p.Child("severity"), r.Severity, false))
	for i, c := range r.Classes {
		ps = ps.Add(funderClasses.Check(p.Child("classes").Index(i), c, true))
	}
	return ps
}

// Evaluate reports each conflicted decision-maker and reviewer.
func (r ConflictOfInterest) Evaluate(in *Input) []Finding {
	if in.Env.Interests == nil {
		return []Finding{{Subject: "environment", Severity: vocab.SeverityWarning, Measured: "no interests register",
			Limit: "an interests register", Explanation: "No interests register was supplied, so conflicts of interest were not checked."}}
	}
	var out []Finding
	checked := distinctClasses(r.classes())
	for i, a := range in.awardsAt() {
		for _, fs := range a.Funders {
			if !slices.Contains(checked, in.Class(fs.Funder)) {
				continue
			}
			check := func(role string, people []vocab.PersonID, at func() *vocab.Path) {
				for j, person := range people {
					if in.Env.Interests.HardConflictAt(person, fs.Funder, a.AwardDate) {
						out = append(out, Finding{
							Subject: fmt.Sprintf("award %s %s %s funder %s", a.ID, role, person, fs.Funder), Path: at().Index(j),
							Measured: "hard conflict with " + string(fs.Funder), Limit: "no hard conflict", Severity: severityOr(r.Severity),
							Explanation: fmt.Sprintf("%s %s of award %s held a hard conflict of interest with its %s funder %s on %s.",
								capitalise(role), person, a.ID, in.Class(fs.Funder), fs.Funder, a.AwardDate),
						})
					}
				}
			}
			check("decision-maker", a.DecisionMakers, func() *vocab.Path { return awardPath(i, "decisionMakers") })
			check("reviewer", a.PeerReview.Reviewers, func() *vocab.Path { return awardPath(i, "peerReview").Child("reviewers") })
		}
	}
	return out
}

func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
