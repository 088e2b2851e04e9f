package strictjson_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Encode then Decode gives back exactly the value encoded.
func TestPropertyEncodeDecodeRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		want := genDoc().Draw(t, "doc")
		var buf bytes.Buffer
		if err := strictjson.Encode(&buf, want); err != nil {
			t.Fatalf("Encode: %v", err)
		}
		var got Doc
		if err := strictjson.Decode(&buf, &got, strictjson.Options{}).Err(); err != nil {
			t.Fatalf("Decode: %v", err)
		}
		if diff := cmp.Diff(want, got, roundTripOpts...); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

// On documents encoding/json accepts that have no duplicate, case-variant
// or unknown keys, strict decoding yields the same value.
func TestPropertyAgreesWithEncodingJSON(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		data, err := json.Marshal(genDoc().Draw(t, "doc"))
		if err != nil {
			t.Fatal(err)
		}
		var std, strict Doc
		if err := json.Unmarshal(data, &std); err != nil {
			t.Fatalf("encoding/json: %v", err)
		}
		if err := strictjson.Unmarshal(data, &strict, strictjson.Options{}).Err(); err != nil {
			t.Fatalf("strictjson: %v", err)
		}
		if diff := cmp.Diff(std, strict, cmpOpts...); diff != "" {
			t.Fatalf("encoding/json (-) vs strictjson (+):\n%s", diff)
		}
	})
}

// For arbitrary JSON text decoded into interface{}, strict decoding accepts
// exactly what encoding/json accepts and yields the same value.
func TestPropertyGenericAgreesWithEncodingJSON(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		text := genJSONText(3).Draw(t, "json")
		var std, strict any
		stdErr := json.Unmarshal([]byte(text), &std)
		ps := strictjson.Unmarshal([]byte(text), &strict, strictjson.Options{})
		if (stdErr == nil) != (ps.Err() == nil) {
			t.Fatalf("encoding/json: %v; strictjson: %v", stdErr, ps.Err())
		}
		if stdErr != nil {
			return
		}
		if diff := cmp.Diff(std, strict); diff != "" {
			t.Fatalf("encoding/json (-) vs strictjson (+):\n%s", diff)
		}
	})
}

// Permuting object members never changes the decoded value.
func TestPropertyMemberOrderIrrelevant(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		data, _ := json.Marshal(genDoc().Draw(t, "doc"))
		tree, prob := strictjson.Parse(data, strictjson.Options{})
		if prob != nil {
			t.Fatal(prob)
		}
		shuffled := reorder(t, tree, false)
		var a, b Doc
		if err := strictjson.Unmarshal(data, &a, strictjson.Options{}).Err(); err != nil {
			t.Fatal(err)
		}
		if err := strictjson.Unmarshal([]byte(shuffled), &b, strictjson.Options{}).Err(); err != nil {
			t.Fatalf("%v\n%s", err, shuffled)
		}
		if diff := cmp.Diff(a, b, cmpOpts...); diff != "" {
			t.Fatalf("original (-) vs permuted (+):\n%s", diff)
		}
	})
}

// Canonical is idempotent and ignores key order and the order of
// identified list elements.
func TestPropertyCanonical(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		doc := genDoc().Draw(t, "doc")
		want, err := strictjson.Canonical(doc)
		if err != nil {
			t.Fatal(err)
		}
		again, err := strictjson.Canonical(json.RawMessage(want))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(want, again) {
			t.Fatalf("not idempotent:\n%s\n%s", want, again)
		}
		data, _ := json.Marshal(doc)
		tree, _ := strictjson.Parse(data, strictjson.Options{})
		shuffled := reorder(t, tree, true)
		got, err := strictjson.Canonical(json.RawMessage(shuffled))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(want, got) {
			t.Fatalf("order changed the bytes:\n%s\n%s", want, got)
		}
		var back Doc
		if err := strictjson.Unmarshal(got, &back, strictjson.Options{}).Err(); err != nil {
			t.Fatalf("canonical output does not decode: %v", err)
		}
	})
}
