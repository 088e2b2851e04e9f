package strictjson_test

import (
	"bytes"
	"encoding/json"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
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
	"{\n  \"id\": \"a\",\n  // comment\n  'name': \"b\",\n}",
	`{"rules":[0,0,0,{"kind":"veto","kind":"quorum"}],"share":"0.3333333333333333333333333333333333333333333333333333333333333333333"}`,
	`{"a":1,"a":2,"b":[1,2,],"c":{"d" "e"}}`,
}

// FuzzDecode checks that decoding never panics, keeps at most MaxProblems
// problems and a closing one, gives every problem a position inside the
// input, allocates at most a bounded multiple of the input, and that
// whatever is accepted re-encodes and re-decodes to an equal value.
func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		opts := strictjson.Options{MaxDepth: 20, MaxProblems: 10}
		var d Doc
		var ps vocab.Problems
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		ps = strictjson.Unmarshal(data, &d, opts)
		runtime.ReadMemStats(&after)
		n := after.TotalAlloc - before.TotalAlloc
		if limit := uint64(64*len(data) + 1<<20); n > limit {
			t.Fatalf("decoding %d bytes allocated %d bytes", len(data), n)
		}
		if len(ps) > opts.MaxProblems+1 {
			t.Fatalf("%d problems, limit %d", len(ps), opts.MaxProblems)
		}
		for _, p := range ps {
			if !p.Position.IsValid() || p.Position.Offset < 0 || p.Position.Offset > int64(len(data)) {
				t.Fatalf("problem %v has position %+v in %d bytes", p, p.Position, len(data))
			}
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
		var rules policyDoc
		_ = strictjson.Unmarshal(data, &rules, opts)
	})
}

// FuzzParse checks that Parse accepts only what encoding/json accepts, and
// that every member and element of accepted input is found again by its
// JSON Pointer at its own position.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, prob := strictjson.Parse(data, strictjson.Options{MaxDepth: 20})
		if prob != nil {
			if !prob.Position.IsValid() || prob.Position.Offset > int64(len(data)) {
				t.Fatalf("syntax problem %v has position %+v", prob, prob.Position)
			}
			return
		}
		if !json.Valid(data) {
			t.Fatalf("Parse accepted what encoding/json rejects: %q", data)
		}
		checkLookup(t, strictjson.NewInput(data), v)
	})
}

// checkLookup checks that Input.Lookup finds each value below v (the first
// of repeated keys) at its key's or its own position.
func checkLookup(t interface {
	Helper()
	Fatalf(string, ...any)
}, in *strictjson.Input, v *strictjson.Value) {
	t.Helper()
	type item struct {
		ptr string
		v   strictjson.Value
		at  int // the key's offset, or the value's
	}
	stack := []item{{"", *v, v.Offset()}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		pos, ok := in.Lookup(it.ptr)
		if !ok || int(pos.Offset) != it.at {
			t.Fatalf("Lookup(%q) = %+v, %v; want offset %d", it.ptr, pos, ok, it.at)
		}
		seen := map[string]bool{}
		for name, m := range it.v.Members() {
			if seen[name] {
				continue
			}
			seen[name] = true
			// The key starts before the value: find its opening quote.
			key := bytes.LastIndex(in.Bytes()[:m.Offset()], []byte{':'})
			key = bytes.LastIndexByte(in.Bytes()[:key], '"')
			key = lastUnescapedQuote(in.Bytes()[:key])
			stack = append(stack, item{it.ptr + "/" + escapePointer(name), *m, key})
		}
		for i, e := range it.v.Elems() {
			stack = append(stack, item{it.ptr + "/" + strconv.Itoa(i), *e, e.Offset()})
		}
	}
}

// lastUnescapedQuote returns the offset of the quote that opens the string
// whose closing quote ends b.
func lastUnescapedQuote(b []byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] != '"' {
			continue
		}
		bs := 0
		for j := i - 1; j >= 0 && b[j] == '\\'; j-- {
			bs++
		}
		if bs%2 == 0 {
			return i
		}
	}
	return -1
}

func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}
