package strictjson_test

import (
	"encoding/json"
	"errors"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Rule is a policy rule discriminated by its "kind" member.
type Rule struct {
	Kind   string
	Quorum *QuorumRule
	Veto   *VetoRule
}

// QuorumRule needs a minimum number of members present.
type QuorumRule struct {
	Min int `json:"min"`
}

// VetoRule lets one organisation block a decision.
type VetoRule struct {
	Holder vocab.OrgID `json:"holder"`
}

var ruleKinds = []string{"quorum", "veto"}

func (r *Rule) UnmarshalStrict(d *strictjson.Decoder, v *strictjson.Value, p *vocab.Path) vocab.Problems {
	k, ok := v.Member("kind")
	if v.Kind() == strictjson.Object && !ok {
		return vocab.Problems{vocab.Required(p.Child("kind"), "one of quorum, veto")}
	}
	if !ok {
		return d.DecodeObject(v, &QuorumRule{}, p) // reports the type error
	}
	switch r.Kind = k.Text(); r.Kind {
	case "quorum":
		r.Quorum = new(QuorumRule)
		return d.DecodeObject(v, r.Quorum, p, "kind")
	case "veto":
		r.Veto = new(VetoRule)
		return d.DecodeObject(v, r.Veto, p, "kind")
	}
	return vocab.Problems{vocab.NotSupported(p.Child("kind"), r.Kind, ruleKinds)}
}

// Policy holds rules.
type Policy struct {
	Version vocab.Version `json:"version,omitempty"`
	Rules   []Rule        `json:"rules"`
}

func TestUnmarshalerHook(t *testing.T) {
	var pol Policy
	input := `{"rules":[{"kind":"quorum","min":3},{"kind":"veto","holder":"kcl"}]}`
	require.NoError(t, strictjson.Unmarshal([]byte(input), &pol, strictjson.Options{}).Err())
	assert.Equal(t, []Rule{{Kind: "quorum", Quorum: &QuorumRule{Min: 3}}, {Kind: "veto", Veto: &VetoRule{Holder: "kcl"}}}, pol.Rules)

	tests := []struct {
		name, input string
		want        []want
	}{
		{"unknown kind", `{"rules":[{"kind":"quorum","min":1},{"kind":"majority"}]}`,
			[]want{{"rules[1].kind", "/rules/1/kind", vocab.ErrNotSupported, ""}}},
		{"missing kind", `{"rules":[{"min":1}]}`, []want{{"rules[0].kind", "/rules/0/kind", vocab.ErrRequired, ""}}},
		{"not an object", `{"rules":[7]}`, []want{{"rules[0]", "/rules/0", vocab.ErrTypeInvalid, "want object, got number"}}},
		{"field of the variant", `{"rules":[{"kind":"veto","holder":"kcl","min":2}]}`,
			[]want{{"rules[0].min", "/rules/0/min", vocab.ErrUnknownField, ""}}},
		{"newer minor reaches hooks", `{"version":"1.3","rules":[{"kind":"veto","holder":"kcl","min":2}]}`,
			[]want{{"rules[0].min", "/rules/0/min", vocab.ErrUnknownField, "skipped"}}},
		{"duplicate discriminator", `{"rules":[{"kind":"veto","holder":"kcl","kind":"quorum"}]}`,
			[]want{{"rules[0].kind", "/rules/0/kind", vocab.ErrDuplicate, "key first used at line 1, column 12"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pol Policy
			checkProblems(t, strictjson.Unmarshal([]byte(tt.input), &pol, strictjson.Options{}), tt.want)
		})
	}
}

// Counted decodes itself through DecodeValue on its own value, which must
// fall back to structural decoding instead of recursing forever.
type Counted struct {
	N     int `json:"n"`
	calls int
}

func (c *Counted) UnmarshalStrict(d *strictjson.Decoder, v *strictjson.Value, p *vocab.Path) vocab.Problems {
	c.calls++
	ps := d.DecodeValue(v, c, p)
	if c.N < 0 {
		ps = ps.Add(vocab.OutOfRange(p.Child("n"), c.N, "must not be negative"))
	}
	return ps
}

func TestHookDecodingItself(t *testing.T) {
	var cs []Counted
	ps := strictjson.Unmarshal([]byte(`[{"n":1},{"n":-2},{"m":3}]`), &cs, strictjson.Options{})
	checkProblems(t, ps, []want{
		{"[1].n", "/1/n", vocab.ErrOutOfRange, "must not be negative"},
		{"[2].m", "/2/m", vocab.ErrUnknownField, ""},
	})
	require.Len(t, cs, 3)
	for _, c := range cs {
		assert.Equal(t, 1, c.calls)
	}
	assert.Equal(t, 1, cs[0].N)
}

// Legacy decodes itself with encoding/json's hook only.
type Legacy struct{ n int }

func (l *Legacy) UnmarshalJSON(b []byte) error {
	switch s := string(b); s {
	case `"problem"`:
		return vocab.Invalid(vocab.NewPath("inner"), s, "legacy problem")
	case `"error"`:
		return errors.New("legacy error")
	default:
		n, err := strconv.Atoi(s)
		l.n = n
		return err
	}
}

func TestJSONUnmarshalerFallback(t *testing.T) {
	var ls map[string]Legacy
	ps := strictjson.Unmarshal([]byte(`{"a":42,"b":"problem","c":"error","d":{"x":1,"x":2}}`), &ls, strictjson.Options{})
	require.Len(t, ps, 4)
	checkProblems(t, ps, []want{
		{"[b].inner", "/b/inner", vocab.ErrInvalid, "legacy problem"},
		{"[c]", "/c", vocab.ErrInvalid, ""},
		{"[d][x]", "/d/x", vocab.ErrDuplicate, ""},
		{"[d]", "/d", vocab.ErrInvalid, ""},
	})
	assert.ErrorContains(t, ps[1], "legacy error")
	assert.Equal(t, 42, ls["a"].n)
}

func TestRawMessageIsCopied(t *testing.T) {
	data := []byte(`{"extra":[1, 2]}`)
	var d Doc
	require.NoError(t, strictjson.Unmarshal(data, &d, strictjson.Options{}).Err())
	copy(data, "XXXXXXXXXXXXXXXX")
	assert.Equal(t, json.RawMessage(`[1, 2]`), d.Extra)
}

// Sloppy is a hook that returns nil problems among real ones.
type Sloppy struct{}

func (*Sloppy) UnmarshalStrict(_ *strictjson.Decoder, _ *strictjson.Value, p *vocab.Path) vocab.Problems {
	return vocab.Problems{nil, vocab.Invalid(p, nil, "sloppy"), nil}
}

func TestHookNilProblemsDropped(t *testing.T) {
	var s []Sloppy
	ps := strictjson.Unmarshal([]byte(`[1]`), &s, strictjson.Options{})
	checkProblems(t, ps, []want{{"[0]", "/0", vocab.ErrInvalid, "sloppy"}})
}
