package funding

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Policy is a centre's funding safeguards: a list of rules that
// [Evaluate] checks against a ledger.
type Policy struct {
	// Version is the format version; required when the document stands alone.
	Version vocab.Version `json:"version,omitempty"`
	// Rules are the safeguards, evaluated in order.
	Rules Rules `json:"rules"`
}

// Validate checks the policy on its own and returns a [vocab.Problems]
// error when it has errors.
func (p *Policy) Validate() error {
	ps := p.Version.Problems(vocab.NewPath("version"))
	return append(ps, p.Problems(nil)...).Err()
}

// Problems checks every rule's configuration with paths below at.
func (p *Policy) Problems(at *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	for i, r := range p.Rules {
		if r == nil {
			ps = ps.Add(vocab.Required(at.Child("rules").Index(i), "a rule"))
			continue
		}
		ps = append(ps, r.Problems(at.Child("rules").Index(i))...)
	}
	return ps
}

// Rules is a policy's list of rules. In JSON each rule is its fields plus a
// "kind" discriminator: {"kind":"ring-fence","cap":"1/20"}. encoding/json
// decodes the built-in kinds; [DecodePolicy] with [WithRule] decodes custom
// ones too.
type Rules []Rule

// RuleFactory returns a new zero rule of one kind, to decode into.
type RuleFactory func() Rule

// builtinRules are the built-in rule kinds, in documentation order.
var builtinRules = []RuleFactory{
	func() Rule { return &PrivateShareCap{} },
	func() Rule { return &FunderConcentrationCap{} },
	func() Rule { return &PeerReviewRequired{} },
	func() Rule { return &ConflictOfInterest{} },
	func() Rule { return &RingFence{} },
	func() Rule { return &RestrictedPurpose{} },
}

// BuiltinRules returns a zero value of each built-in rule, for
// documentation and schema export (each schema variant is the rule's
// fields plus "kind": the value of Kind()).
func BuiltinRules() []Rule {
	out := make([]Rule, len(builtinRules))
	for i, f := range builtinRules {
		out[i] = f()
	}
	return out
}

// ruleKinds maps kinds to factories: the built-ins plus extra.
func ruleKinds(extra map[string]RuleFactory) map[string]RuleFactory {
	m := make(map[string]RuleFactory, len(builtinRules)+len(extra))
	for _, f := range builtinRules {
		m[f().Kind()] = f
	}
	for k, f := range extra {
		m[k] = f
	}
	return m
}

// MarshalJSON writes each rule as its JSON object with "kind" first.
func (rs Rules) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('[')
	for i, r := range rs {
		if i > 0 {
			b.WriteByte(',')
		}
		if r == nil {
			return nil, fmt.Errorf("funding: rules[%d] is nil", i)
		}
		body, err := json.Marshal(r)
		if err != nil {
			return nil, err
		}
		if len(body) < 2 || body[0] != '{' {
			return nil, fmt.Errorf("funding: rule %q does not encode as a JSON object", r.Kind())
		}
		kind, _ := json.Marshal(r.Kind())
		b.WriteString(`{"kind":`)
		b.Write(kind)
		if !bytes.Equal(bytes.TrimSpace(body[1:]), []byte("}")) {
			b.WriteByte(',')
		}
		b.Write(body[1:])
	}
	b.WriteByte(']')
	return b.Bytes(), nil
}

// UnmarshalJSON decodes rules of the built-in kinds; an unknown kind is an error.
func (rs *Rules) UnmarshalJSON(data []byte) error {
	return rs.decode(data, ruleKinds(nil))
}

func (rs *Rules) decode(data []byte, kinds map[string]RuleFactory) error {
	var raws []json.RawMessage
	if err := json.Unmarshal(data, &raws); err != nil {
		return err
	}
	out := make(Rules, 0, len(raws))
	for i, raw := range raws {
		var head struct {
			Kind string `json:"kind"`
		}
		if err := json.Unmarshal(raw, &head); err != nil {
			return fmt.Errorf("funding: rules[%d]: %w", i, err)
		}
		f, ok := kinds[head.Kind]
		if !ok {
			return vocab.NotSupported(vocab.NewPath("rules").Index(i).Child("kind"), head.Kind, sortedKinds(kinds))
		}
		r := f()
		if err := unmarshalWithoutKind(raw, r); err != nil {
			return fmt.Errorf("funding: rules[%d]: %w", i, err)
		}
		out = append(out, deref(r))
	}
	*rs = out
	return nil
}

// unmarshalWithoutKind decodes raw into r, ignoring the "kind" key.
func unmarshalWithoutKind(raw []byte, r Rule) error {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		return err
	}
	delete(fields, "kind")
	rest, err := json.Marshal(fields)
	if err != nil {
		return err
	}
	return json.Unmarshal(rest, r)
}

// deref returns the value a built-in rule pointer points at, so decoded
// built-in rules equal the value literals users write; other rules are
// returned as decoded.
func deref(r Rule) Rule {
	switch v := r.(type) {
	case *PrivateShareCap:
		return *v
	case *FunderConcentrationCap:
		return *v
	case *PeerReviewRequired:
		return *v
	case *ConflictOfInterest:
		return *v
	case *RingFence:
		return *v
	case *RestrictedPurpose:
		return *v
	}
	return r
}

func sortedKinds(kinds map[string]RuleFactory) []string {
	out := make([]string, 0, len(kinds))
	for k := range kinds {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
