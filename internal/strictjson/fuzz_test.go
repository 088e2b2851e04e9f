package strictjson_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ahsckit/ahsckit/internal/strictjson"
)

var fuzzSeeds = []string{
	`{"id":"kcl","name":"King's","role":"chair","start":"2024-04-01","share":"1/4","count":3,"small":-8,"big":9,"minor":-1,
	  "score":0.5,"active":true,"tags":["a"],"seats":[{"id":"b","share":"50%","roles":["member"],"note":"n"}],
	  "budget":{"x":1},"byYear":{"2024":"y"},"byDate":{"2024-02-29":"1/3"},"parent":{"id":"p"},"pair":[1,2],
	  "extra":{"k":[1,{"z":null}]},"any":[1,"s",{"t":true}],"created":"2024-01-01","by":"clerk","Untagged":"u"}`,
	`{"version":"1.9","future":{"a":1},"seats":[{"id":"a","colour":"red"}]}`,
	`{"rules":[{"kind":"quorum","min":3},{"kind":"veto","holder":"kcl"}]}`,
	`{"ID":"kcl","id":"x","id":"y"}`,
	`{"count":1e3,"small":1.5,"big":-1,"minor":1e999999999,"score":1e400}`,
	`{"name":"\ud83d\ude00\u2028\n","tags":null,"parent":null}`,
	`{"name":"\ud800"}`,
	"\xEF\xBB\xBF{}",
	`{"name":"a` + "\xff" + `"}`,
	`{"any":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}`,
	`{"seats":[{"id": }]}`,
	`{} x`,
	`[1,2,3]`,
	`"just a string"`,
	`{"byYear":{"x":"a"},"byDate":{"2024-13-01":"1/2"},"pair":[1,2,3]}`,
	``,
}

// FuzzDecode checks that decoding never panics, and that whatever is
// accepted re-encodes and re-decodes to an equal value.
func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		opts := strictjson.Options{MaxDepth: 20, MaxProblems: 10}
		var d Doc
		ps := strictjson.Unmarshal(data, &d, opts)
		if len(ps) > opts.MaxProblems {
			t.Fatalf("%d problems, limit %d", len(ps), opts.MaxProblems)
		}
		if ps.Err() == nil {
			var buf bytes.Buffer
			if err := strictjson.Encode(&buf, d); err != nil {
				t.Fatalf("Encode: %v", err)
			}
			var again Doc
			if err := strictjson.Unmarshal(buf.Bytes(), &again, opts).Err(); err != nil {
				t.Fatalf("re-decode: %v\n%s", err, buf.Bytes())
			}
			if diff := cmp.Diff(d, again, roundTripOpts...); diff != "" {
				t.Fatalf("re-decoded value differs (-first +second):\n%s", diff)
			}
		}

		var generic any
		if strictjson.Unmarshal(data, &generic, opts).Err() == nil {
			c, err := strictjson.Canonical(generic)
			if err != nil {
				t.Fatalf("Canonical: %v", err)
			}
			c2, err := strictjson.Canonical(json.RawMessage(c))
			if err != nil || !bytes.Equal(c, c2) {
				t.Fatalf("Canonical not idempotent: %v\n%s\n%s", err, c, c2)
			}
		}

		var pol Policy
		_ = strictjson.Unmarshal(data, &pol, opts)
	})
}
