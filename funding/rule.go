package funding

import (
	"cmp"
	"iter"
	"maps"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Rule is one safeguard in a [Policy]. The built-in rules are listed in the
// package documentation and by [RuleKinds]; users add their own by
// implementing Rule and, to decode them from JSON, passing their
// [RuleKind] to [DecodePolicy] with [WithRuleKind].
type Rule interface {
	// Kind returns the rule's code, its JSON "kind" discriminator: a
	// kebab-case string such as "ring-fence". It must not depend on the
	// rule's fields.
	Kind() string
	// Describe states the rule and its limits in one short phrase.
	Describe() string
	// Problems checks the rule's configuration with paths below at.
	Problems(at *vocab.Path) vocab.Problems
	// Evaluate returns the rule's findings for the input: its breaches and
	// warnings and, for a rule that measures subjects, a finding with
	// Passed set for each subject within the rule (which a rule may leave
	// out when [Input.Measures] is false, as the built-in rules do, so that
	// subjects that pass cost no text). [Evaluate] stamps each
	// finding's Rule and Kind, defaults a breach's severity to error,
	// keeps passing findings for [Evaluation.Measures] only, and sorts
	// them.
	Evaluate(in *Input) []Finding
}

// RuleKind is one kind of [Rule], as a policy document names it: its code
// (the JSON "kind" discriminator, which the rule's Kind method returns), a
// one-line summary for documentation, and how to make and decode a rule of
// the kind. [NewRuleKind] makes one; [RuleKinds] lists the built-in kinds.
// The zero RuleKind is no kind: [DecodePolicy] ignores it.
type RuleKind struct {
	code, summary string
	zero          func() Rule
	decode        func(d *strictjson.Decoder, v *strictjson.Value, at *vocab.Path) (Rule, vocab.Problems)
}

// NewRuleKind returns the kind of the rules of type R, a struct whose value
// or pointer implements [Rule], with a one-line summary. Its code is what
// Kind returns for the zero R. A rule of the kind decodes from a JSON object
// of R's fields plus "kind", strictly (unknown or repeated keys and wrong
// types are problems), into an R when R itself implements Rule and into a
// *R otherwise, so decoded rules equal the literals users write.
func NewRuleKind[R any, P interface {
	*R
	Rule
}](summary string) RuleKind {
	return RuleKind{
		code:    P(new(R)).Kind(),
		summary: summary,
		zero:    func() Rule { return ruleOf[R, P](new(R)) },
		decode: func(d *strictjson.Decoder, v *strictjson.Value, at *vocab.Path) (Rule, vocab.Problems) {
			r := new(R)
			ps := d.DecodeObject(v, r, at, "kind")
			return ruleOf[R, P](r), ps
		},
	}
}

// ruleOf returns *r when R implements Rule, else r.
func ruleOf[R any, P interface {
	*R
	Rule
}](r P) Rule {
	if v, ok := any(*r).(Rule); ok {
		return v
	}
	return r
}

// Code returns the kind's code, such as "ring-fence".
func (k RuleKind) Code() string { return k.code }

// Summary returns the kind's one-line summary, as the package
// documentation lists it.
func (k RuleKind) Summary() string { return k.summary }

// Zero returns a new zero rule of the kind, of the Go type decoding yields
// (for documentation and schema export). It returns nil for the zero
// RuleKind.
func (k RuleKind) Zero() Rule {
	if k.zero == nil {
		return nil
	}
	return k.zero()
}

// builtinKinds is the registry of built-in rule kinds by code. Each
// built-in rule's file registers its kind, in an init function, with
// registerBuiltin; nothing else lists them.
var builtinKinds = map[string]RuleKind{}

// registerBuiltin adds k to the built-in kinds. It panics on a repeated
// code, a programming error caught by any test of the package.
func registerBuiltin(k RuleKind) {
	if _, dup := builtinKinds[k.code]; dup || k.code == "" {
		panic("funding: built-in rule kind " + k.code + " registered twice or without a code")
	}
	builtinKinds[k.code] = k
}

// RuleKinds returns the built-in rule kinds, sorted by code: the registry
// that decoding, the package documentation and schema export all follow.
func RuleKinds() []RuleKind {
	return slices.SortedFunc(maps.Values(builtinKinds), func(a, b RuleKind) int { return cmp.Compare(a.code, b.code) })
}

// Input is what a rule evaluates: a valid ledger, the "as of" date and the
// environment. Records dated after AsOf are ignored (none when AsOf is zero).
type Input struct {
	// Ledger is the ledger being evaluated; it has passed validation.
	Ledger *Ledger
	// AsOf is the evaluation date; zero counts every record.
	AsOf vocab.Date
	// Env supplies interests and programme categories.
	Env Env

	flows    []Flow
	classes  map[vocab.OrgID]FunderClass
	awards   map[vocab.AwardID]*Award
	funders  map[vocab.OrgID]int
	measures bool
}

// Measures reports whether the evaluation keeps passing findings: true
// under [WithMeasures] and for a [Counterfactual]'s findings. When it is
// false, [Evaluate] drops every finding with Passed set, so a rule need
// not build one (its subject, path, texts and measure); the built-in rules
// build findings only for the subjects that breach.
func (in *Input) Measures() bool { return in.measures }

// Award returns the award with the given ID.
func (in *Input) Award(id vocab.AwardID) (*Award, bool) {
	a, ok := in.awards[id]
	return a, ok
}

// Flows returns the ledger's disbursement flows up to AsOf (see
// [Ledger.FlowsAt]).
func (in *Input) Flows() []Flow { return in.flows }

// Class returns the class of funder id ("" when unknown).
func (in *Input) Class(id vocab.OrgID) FunderClass { return in.classes[id] }

// funderPath returns the path of funder id in the ledger ("funders[i]"),
// or the path of the funders list when the ledger has no such funder.
func (in *Input) funderPath(id vocab.OrgID) *vocab.Path {
	p := vocab.NewPath("funders")
	if i, ok := in.funders[id]; ok {
		return p.Index(i)
	}
	return p
}

// Awards returns the awards made on or before AsOf, in ledger order, each
// with its path in the ledger ("awards[i]").
func (in *Input) Awards() iter.Seq2[*vocab.Path, *Award] {
	return func(yield func(*vocab.Path, *Award) bool) {
		for i, a := range in.awardsAt() {
			if !yield(vocab.NewPath("awards").Index(i), a) {
				return
			}
		}
	}
}

// awardsAt is [Input.Awards] with each award's index in the ledger instead
// of its path, for rules that build a path only for a finding.
func (in *Input) awardsAt() iter.Seq2[int, *Award] {
	return func(yield func(int, *Award) bool) {
		for i := range in.Ledger.Awards {
			if a := &in.Ledger.Awards[i]; in.Includes(a.AwardDate) && !yield(i, a) {
				return
			}
		}
	}
}

// awardPath returns the path of award i's member, "awards[i].member".
func awardPath(i int, member string) *vocab.Path {
	return vocab.NewPath("awards").Index(i).Child(member)
}

// withinCap reports whether part is at most cap of whole, exactly; parts
// in another currency than whole, which validation rules out, count as
// within.
func withinCap(part, whole Money, cap vocab.Ratio) bool {
	c, err := part.CompareShare(whole, cap)
	return err != nil || c <= 0
}

// Includes reports whether a record dated d counts: d is on or before
// AsOf, or AsOf is zero.
func (in *Input) Includes(d vocab.Date) bool { return in.AsOf.IsZero() || !d.After(in.AsOf) }

// severityOr returns s, or error severity when s is empty.
func severityOr(s vocab.Severity) vocab.Severity {
	if s == "" {
		return vocab.SeverityError
	}
	return s
}

// checkCap reports at p a cap outside [0, 1].
func checkCap(p *vocab.Path, r vocab.Ratio) *vocab.Problem {
	if !r.InUnitInterval() {
		return vocab.OutOfRange(p, r, "a cap must lie between 0 and 1")
	}
	return nil
}
