package funding

import (
	"io"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/docio"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// DecodeOption configures [DecodePolicy].
type DecodeOption func(*decodeConfig)

type decodeConfig struct {
	kinds map[string]RuleFactory
}

// WithRule registers a custom rule kind for [DecodePolicy]: rules whose
// "kind" is kind decode into the value new returns, which must be a
// pointer to a struct. A built-in kind cannot be replaced.
func WithRule(kind string, new RuleFactory) DecodeOption {
	return func(c *decodeConfig) {
		if _, builtin := c.kinds[kind]; !builtin {
			c.kinds[kind] = new
		}
	}
}

// DecodeLedger decodes a standalone ledger strictly (unknown or repeated
// keys, wrong types and malformed values are problems with paths) and
// validates it. The error is a [vocab.Problems] listing both.
func DecodeLedger(r io.Reader) (*Ledger, error) {
	return docio.Decode(r, (*Ledger).Validate)
}

// DecodePolicy decodes a standalone policy strictly, rules by their "kind"
// (the built-in kinds and those registered with [WithRule]), and validates
// it. The error is a [vocab.Problems].
func DecodePolicy(r io.Reader, opts ...DecodeOption) (*Policy, error) {
	c := decodeConfig{kinds: ruleKinds(nil)}
	for _, o := range opts {
		o(&c)
	}
	w := policyWire{Rules: ruleDecoder{kinds: c.kinds}}
	ps := strictjson.Decode(r, &w, strictjson.Options{})
	if ps.HasErrors() {
		return nil, ps
	}
	p := &Policy{Version: w.Version, Rules: w.Rules.rules}
	if err := p.Validate(); err != nil {
		return nil, append(ps, vocab.ProblemsOf(err)...)
	}
	return p, nil
}

// policyWire mirrors Policy with a rule decoder that knows custom kinds.
type policyWire struct {
	Version vocab.Version `json:"version,omitempty"`
	Rules   ruleDecoder   `json:"rules"`
}

// ruleDecoder decodes a rule list strictly with a given set of kinds.
type ruleDecoder struct {
	kinds map[string]RuleFactory
	rules Rules
}

// UnmarshalStrict implements strictjson.Unmarshaler.
func (rd *ruleDecoder) UnmarshalStrict(d *strictjson.Decoder, v *strictjson.Value, p *vocab.Path) vocab.Problems {
	if v.Kind() != strictjson.Array {
		return d.Add(nil, &vocab.Problem{Path: p, Type: vocab.ErrTypeInvalid, Severity: vocab.SeverityError,
			Value: v.Kind().String(), Detail: "want an array of rules"})
	}
	var ps vocab.Problems
	rd.rules = Rules{}
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
		f, ok := rd.kinds[kv.Text()]
		if !ok {
			ps = d.Report(ps, func() *vocab.Problem {
				return vocab.NotSupported(p.Index(i).Child("kind"), kv.Text(), sortedKinds(rd.kinds))
			})
			continue
		}
		r := f()
		ps = append(ps, d.DecodeObject(ev, r, p.Index(i), "kind")...)
		rd.rules = append(rd.rules, deref(r))
	}
	return ps
}

// UnmarshalStrict implements strictjson.Unmarshaler for the built-in kinds.
func (rs *Rules) UnmarshalStrict(d *strictjson.Decoder, v *strictjson.Value, p *vocab.Path) vocab.Problems {
	rd := ruleDecoder{kinds: ruleKinds(nil)}
	ps := rd.UnmarshalStrict(d, v, p)
	*rs = rd.rules
	return ps
}
