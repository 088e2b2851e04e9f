package funding

import (
	"io"
	"maps"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/docio"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// DecodeLedger decodes a standalone ledger strictly (unknown or repeated
// keys, wrong types, malformed values and input beyond the limits of opts
// are problems), then checks it with [Ledger.CollectProblems]. It returns
// the ledger, or nil when any problem is an error; every problem found,
// warnings included, each with its path and position in the input, at
// most opts.MaxProblems of them and then one closing problem counting the
// rest; and problems.Err(). See [vocab.DecodeOptions] for the limits and
// their defaults.
func DecodeLedger(r io.Reader, opts vocab.DecodeOptions) (*Ledger, vocab.Problems, error) {
	return docio.Decode(r, opts, (*Ledger).CollectProblems)
}

// PolicyOption configures [DecodePolicy].
type PolicyOption func(*decodeConfig)

type decodeConfig struct {
	kinds map[string]RuleKind
}

// WithRuleKind makes [DecodePolicy] decode rules of kind k, beside the
// built-in kinds. A built-in kind cannot be replaced: a k with a built-in
// code, or the zero RuleKind, is ignored.
func WithRuleKind(k RuleKind) PolicyOption {
	return func(c *decodeConfig) {
		if _, builtin := builtinKinds[k.code]; !builtin && k.decode != nil {
			c.kinds[k.code] = k
		}
	}
}

// DecodePolicy decodes a standalone policy strictly, each rule by its
// "kind" (the built-in kinds and those added with [WithRuleKind]), within
// the limits of opts, then checks it with [Policy.CollectProblems]. It
// returns the policy, or nil when any problem is an error; every problem
// found, warnings included, each with its path and position in the input
// (such as an unknown kind at "rules[1].kind" with the known kinds as
// allowed values), at most opts.MaxProblems of them and then one closing
// problem counting the rest; and problems.Err(). See [vocab.DecodeOptions]
// for the limits and their defaults.
func DecodePolicy(r io.Reader, opts vocab.DecodeOptions, kinds ...PolicyOption) (*Policy, vocab.Problems, error) {
	c := decodeConfig{kinds: builtinKinds}
	if len(kinds) > 0 {
		c.kinds = maps.Clone(builtinKinds)
		for _, o := range kinds {
			o(&c)
		}
	}
	w, ps, err := docio.DecodeInto(r, opts, &policyWire{Rules: ruleList{kinds: c.kinds}}, func(w *policyWire, ps *vocab.Collector) *vocab.Collector {
		w.Policy.Rules = w.Rules.rules
		return w.Policy.CollectProblems(ps)
	})
	if w == nil {
		return nil, ps, err
	}
	return &w.Policy, ps, err
}

// policyWire is a Policy whose rules decode with a given set of kinds: its
// Rules field shadows the embedded Policy's.
type policyWire struct {
	Policy
	Rules ruleList `json:"rules"`
}

// ruleList decodes a list of rules strictly with a given set of kinds. It
// is the one decoder of rules: [Rules.UnmarshalJSON] and [DecodePolicy] both
// use it.
type ruleList struct {
	kinds map[string]RuleKind
	rules Rules
}

// UnmarshalStrict implements strictjson.Unmarshaler: each element must be
// an object whose "kind" is a known code; the rest of its members decode
// into the kind's rule.
func (l *ruleList) UnmarshalStrict(d *strictjson.Decoder, v *strictjson.Value, p *vocab.Path) vocab.Problems {
	if v.Kind() != strictjson.Array {
		return d.Add(nil, &vocab.Problem{Path: p, Type: vocab.ErrTypeInvalid, Severity: vocab.SeverityError,
			Value: v.Kind().String(), Detail: "want an array of rules"})
	}
	var ps vocab.Problems
	l.rules = Rules{}
	for i, ev := range v.Elems() {
		if ev.Kind() != strictjson.Object {
			ps = d.Report(ps, func() *vocab.Problem {
				return &vocab.Problem{Path: p.Index(i), Type: vocab.ErrTypeInvalid, Severity: vocab.SeverityError,
					Value: ev.Kind().String(), Detail: "want a rule object with a \"kind\""}
			})
			continue
		}
		kv, ok := ev.Member("kind")
		if !ok || kv.Kind() != strictjson.String || kv.Text() == "" {
			ps = d.Report(ps, func() *vocab.Problem { return vocab.Required(p.Index(i).Child("kind"), "the rule's kind") })
			continue
		}
		k, ok := l.kinds[kv.Text()]
		if !ok {
			ps = d.Report(ps, func() *vocab.Problem {
				return vocab.NotSupported(p.Index(i).Child("kind"), kv.Text(), slices.Sorted(maps.Keys(l.kinds)))
			})
			continue
		}
		r, rps := k.decode(d, ev, p.Index(i))
		ps = append(ps, rps...)
		l.rules = append(l.rules, r)
	}
	return ps
}
