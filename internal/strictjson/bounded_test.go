package strictjson_test

import (
	"bytes"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// The inputs of issue 10, built synthetically, decode with allocation
// bounded by the input plus the value decoded: nothing is kept of content
// that is skipped or rejected. Bytes are counted with runtime.ReadMemStats,
// never timed.

// centre is shaped like ahsc.Centre: a partner is a struct of strings,
// enums and slices.
type centre struct {
	Version  vocab.Version `json:"version"`
	ID       vocab.OrgID   `json:"id"`
	Name     string        `json:"name"`
	Partners []partner     `json:"partners"`
}

type partner struct {
	ID          vocab.OrgID    `json:"id"`
	Name        string         `json:"name"`
	OtherNames  []string       `json:"otherNames,omitempty"`
	Kind        Role           `json:"kind"`
	Identifiers []string       `json:"identifiers,omitempty"`
	Sources     []string       `json:"sources,omitempty"`
	Memberships []vocab.Period `json:"memberships,omitempty"`
}

// ruleList decodes a list of rules with one hook for the whole list, like
// funding's policy decoder, reporting through Decoder.Report.
type ruleList struct{ n int }

func (rl *ruleList) UnmarshalStrict(d *strictjson.Decoder, v *strictjson.Value, p *vocab.Path) vocab.Problems {
	if v.Kind() != strictjson.Array {
		return d.Add(nil, vocab.Invalid(p, v.Kind().String(), "want an array of rules"))
	}
	var ps vocab.Problems
	for i, ev := range v.Elems() {
		if ev.Kind() != strictjson.Object {
			ps = d.Report(ps, func() *vocab.Problem {
				return &vocab.Problem{Path: p.Index(i), Type: vocab.ErrTypeInvalid, Severity: vocab.SeverityError,
					Value: ev.Kind().String(), Detail: "want a rule object"}
			})
			continue
		}
		var q QuorumRule
		ps = append(ps, d.DecodeObject(ev, &q, p.Index(i), "kind")...)
		rl.n++
	}
	return ps
}

type policyDoc struct {
	Version vocab.Version `json:"version"`
	Rules   ruleList      `json:"rules"`
}

// repeat returns head, then n copies of item separated by commas, then tail.
func repeat(head, item string, n int, tail string) []byte {
	var b bytes.Buffer
	b.Grow(len(head) + n*(len(item)+1) + len(tail))
	b.WriteString(head)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(item)
	}
	b.WriteString(tail)
	return b.Bytes()
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func TestBoundedAllocation(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes inputs of 3 to 33 MB")
	}
	partnerSize := uint64(reflect.TypeFor[partner]().Size())
	tests := []struct {
		name  string
		input []byte
		dst   func() any
		// limit is the most the decoding may allocate, given the input size
		// (Decode reads it into one buffer).
		limit func(in uint64) uint64
		check func(t *testing.T, ps vocab.Problems, dst any)
	}{
		{
			// 32 MB whose only fault is one unknown key holding [0,0,…].
			name:  "unknown key holding 32 MB",
			input: repeat(`{"version":"1.0","id":"khp","name":"KHP","junk":[`, "0", 16_500_000/raceScale, `],"partners":[]}`),
			dst:   func() any { return new(centre) },
			limit: func(in uint64) uint64 { return in + in/4 },
			check: func(t *testing.T, ps vocab.Problems, _ any) {
				require.Len(t, ps, 1)
				assert.Equal(t, "/junk", ps[0].Pointer())
				assert.Equal(t, vocab.ErrUnknownField, ps[0].Type)
			},
		},
		{
			name:  "1,000,000 empty partners",
			input: repeat(`{"version":"1.0","id":"khp","name":"KHP","partners":[`, "{}", 1_000_000/raceScale, `]}`),
			dst:   func() any { return new(centre) },
			// The partners slice is allocated once, at its final length.
			limit: func(in uint64) uint64 { return in + in/4 + 1_000_000/raceScale*partnerSize*5/4 },
			check: func(t *testing.T, ps vocab.Problems, dst any) {
				require.Empty(t, ps)
				assert.Len(t, dst.(*centre).Partners, 1_000_000/raceScale)
			},
		},
		{
			name:  "11,000,000 empty partners",
			input: repeat(`{"version":"1.0","id":"khp","name":"KHP","partners":[`, "{}", 11_000_000/raceScale, `]}`),
			dst:   func() any { return new(centre) },
			limit: func(in uint64) uint64 { return in + in/4 + 11_000_000/raceScale*partnerSize*5/4 },
			check: func(t *testing.T, ps vocab.Problems, dst any) {
				require.Empty(t, ps)
				assert.Len(t, dst.(*centre).Partners, 11_000_000/raceScale)
			},
		},
		{
			// 16M numbers where rules belong: the problem cap holds.
			name:  "16,000,000 numbers as rules",
			input: repeat(`{"version":"1.0","rules":[`, "0", 16_000_000/raceScale, `]}`),
			dst:   func() any { return new(policyDoc) },
			limit: func(in uint64) uint64 { return in + in/4 },
			check: func(t *testing.T, ps vocab.Problems, _ any) {
				require.Len(t, ps, strictjson.DefaultMaxProblems+1)
				assert.Equal(t, "/rules/99", ps[99].Pointer())
				last := ps[len(ps)-1]
				assert.True(t, last.Path.IsRoot())
				assert.Contains(t, last.Detail, "stopped listing after 100 problems; ")
				assert.Contains(t, last.Detail, " more found")
				assert.Contains(t, last.Detail, itoa(16_000_000/raceScale-100)+" more found")
			},
		},
		{
			name:  "ratio of 4,000,000 digits",
			input: []byte(`{"share":"0.` + strings.Repeat("3", 4_000_000/raceScale) + `"}`),
			dst:   func() any { return new(Doc) },
			// The ratio parser copies the text and its error quotes it.
			limit: func(in uint64) uint64 { return 6 * in },
			check: func(t *testing.T, ps vocab.Problems, _ any) {
				require.Len(t, ps, 1)
				assert.Equal(t, "/share", ps[0].Pointer())
				assert.Less(t, len(ps[0].Error()), 1000, "the message is shortened")
			},
		},
		{
			name:  "integer of 4,000,000 digits",
			input: []byte(`{"count":` + strings.Repeat("7", 4_000_000/raceScale) + `}`),
			dst:   func() any { return new(Doc) },
			limit: func(in uint64) uint64 { return in + in/4 },
			check: func(t *testing.T, ps vocab.Problems, _ any) {
				require.Len(t, ps, 1)
				assert.Equal(t, vocab.ErrOutOfRange, ps[0].Type)
				assert.Equal(t, "magnitude exceeds 64 bits", ps[0].Detail)
			},
		},
		{
			name:  "number of 4,000,000 digits into interface{}",
			input: []byte(`{"any":[0.` + strings.Repeat("7", 4_000_000/raceScale) + `,1` + strings.Repeat("0", 4_000_000/raceScale) + `]}`),
			dst:   func() any { return new(Doc) },
			// strconv.ParseFloat copies the text.
			limit: func(in uint64) uint64 { return 3 * in },
			check: func(t *testing.T, ps vocab.Problems, _ any) {
				require.Len(t, ps, 1)
				assert.Equal(t, "/any/1", ps[0].Pointer())
				assert.Equal(t, "does not fit in float64", ps[0].Detail)
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dst := tt.dst()
			var ps vocab.Problems
			n := allocated(func() {
				ps = strictjson.Decode(bytes.NewReader(tt.input), dst, strictjson.Options{})
			})
			in := uint64(len(tt.input))
			t.Logf("input %d bytes, allocated %d bytes (%.2f× the input)", in, n, float64(n)/float64(in))
			assert.LessOrEqual(t, n, tt.limit(in))
			tt.check(t, ps, dst)
		})
	}
}

func itoa(n int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		if n /= 10; n == 0 {
			return string(b)
		}
	}
}
