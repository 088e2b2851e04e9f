package funding

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Policy is a centre's funding safeguards: a list of rules that
// [Evaluate] checks against a ledger. It is a document that stands alone:
// decode it with [DecodePolicy] and check it with [Policy.Validate] or
// [Policy.Problems].
type Policy struct {
	// Version is the format version; required.
	Version vocab.Version `json:"version,omitempty"`
	// Rules are the safeguards, evaluated in order.
	Rules Rules `json:"rules"`
	// Sources cite where the policy comes from, or label it illustrative
	// (an example's caps and thresholds).
	Sources []vocab.Source `json:"sources,omitempty"`
}

// Validate checks the policy as a standalone document and returns nil, or
// a [vocab.Problems] error holding the errors [Policy.Problems] finds.
func (p *Policy) Validate() error { return p.Problems().Err() }

// Problems checks the policy as a standalone document and returns every
// problem with paths from the document's root: the format version, and
// each rule's configuration at "rules[i]" (a nil rule is required), and its
// sources. A nil policy has no problems.
func (p *Policy) Problems() vocab.Problems { return p.CollectProblems(new(vocab.Collector)).Problems() }

// CollectProblems adds the problems [Policy.Problems] returns to ps, in the
// same order, and returns ps. A collector with a limit keeps at most that
// many and counts the rest, so memory stays bounded however many problems
// the policy has; [DecodePolicy] checks with it.
func (p *Policy) CollectProblems(ps *vocab.Collector) *vocab.Collector {
	if p == nil {
		return ps
	}
	ps = ps.OrderBy(vocab.DocumentOrder(p))
	ps = p.rulesProblems(ps.Add(p.Version.Problems(vocab.NewPath("version"))...))
	ps = vocab.CollectSources(ps, vocab.NewPath("sources"), p.Sources)
	return strictjson.CollectInvalidUTF8(ps, nil, p)
}

// collectingRule is a built-in rule whose configuration holds lists: it
// checks them into a collector, so that the problem limit bounds memory.
type collectingRule interface {
	problems(ps *vocab.Collector, p *vocab.Path) *vocab.Collector
}

// rulesProblems checks every rule's configuration, for [Evaluate], which
// does not need a format version.
func (p *Policy) rulesProblems(ps *vocab.Collector) *vocab.Collector {
	rp := vocab.NewPath("rules")
	for i, r := range p.Rules {
		switch r := r.(type) {
		case nil:
			ps = ps.Add(vocab.Required(rp.Index(i), "a rule"))
		case collectingRule:
			ps = r.problems(ps, rp.Index(i))
		default:
			ps = ps.Add(r.Problems(rp.Index(i))...)
		}
	}
	return ps
}

// Rules is a policy's list of rules. In JSON each rule is its fields plus a
// "kind" discriminator first: {"kind":"ring-fence","cap":"1/20"}.
// encoding/json decodes the built-in kinds, strictly, through the same
// decoder as [DecodePolicy]; DecodePolicy with [WithRuleKind] decodes
// other kinds too.
type Rules []Rule

// MarshalJSON writes each rule as its JSON object with "kind" first. It
// reports a nil rule, or one that does not encode as an object.
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

// UnmarshalJSON decodes rules of the built-in kinds strictly: an unknown
// kind, an unknown or repeated key or a wrong type is an error, a
// [vocab.Problems] with paths below the list ("[1].kind").
func (rs *Rules) UnmarshalJSON(data []byte) error {
	l := ruleList{kinds: builtinKinds}
	if ps := strictjson.Unmarshal(data, &l, strictjson.Options{}); ps.HasErrors() {
		return ps
	}
	*rs = l.rules
	return nil
}
