package strictjson_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

func ExampleDecode() {
	type partner struct {
		ID    vocab.OrgID `json:"id"`
		Share vocab.Ratio `json:"share"`
	}
	type centre struct {
		Version  vocab.Version `json:"version"`
		Partners []partner     `json:"partners"`
	}
	input := `{"version":"1.0","partners":[{"id":"kcl","share":"1/2"},{"ID":"gstt","share":"1/0"},{"id":"kch","id":"slam"}]}`
	var c centre
	for _, p := range strictjson.Decode(strings.NewReader(input), &c, strictjson.Options{}) {
		fmt.Printf("%s (%s)\n", p, p.Pointer())
	}
	// Output:
	// partners[1].ID: unknown field: did you mean "id"?: supported values: "id", "share" (/partners/1/ID)
	// partners[1].share: invalid value: "1/0": vocab: invalid ratio "1/0": denominator must be positive (/partners/1/share)
	// partners[1].id: required value: missing: the unknown key "ID" may be a misspelling of it (/partners/1/id)
	// partners[2].id: duplicate value: "id": key first used at line 1, column 86 (/partners/2/id)
}

func ExampleDecode_newerMinorVersion() {
	type doc struct {
		Version vocab.Version `json:"version"`
		Name    string        `json:"name"`
	}
	var d doc
	ps := strictjson.Decode(strings.NewReader(`{"version":"1.7","name":"KHP","addedIn17":true}`), &d, strictjson.Options{})
	fmt.Println(ps.Err(), d.Name)
	// Output: <nil> KHP
}

func ExampleCanonical() {
	type seat struct {
		ID   string `json:"id"`
		Role string `json:"role"`
	}
	b, _ := strictjson.Canonical(map[string]any{
		"seats": []seat{{"slam", "member"}, {"kcl", "chair"}},
		"name":  "King's Health Partners",
	})
	fmt.Println(string(b))
	// Output: {"name":"King's Health Partners","seats":[{"id":"kcl","role":"chair"},{"id":"slam","role":"member"}]}
}

func ExampleEncode() {
	_ = strictjson.Encode(os.Stdout, map[string]any{"name": "Guy's & St Thomas'", "trusts": []string{"gstt", "kch"}})
	// Output:
	// {
	//   "name": "Guy's & St Thomas'",
	//   "trusts": [
	//     "gstt",
	//     "kch"
	//   ]
	// }
}

// ExampleUnmarshaler decodes a list of rules discriminated by "kind"
// (see Rule in hook_test.go).
func ExampleUnmarshaler() {
	var pol Policy
	ps := strictjson.Decode(strings.NewReader(`{"rules":[{"kind":"quorum","min":3},{"kind":"veto","holder":"kcl","min":1}]}`),
		&pol, strictjson.Options{})
	fmt.Println(*pol.Rules[0].Quorum, *pol.Rules[1].Veto)
	fmt.Println(ps)
	// Output:
	// {3} {kcl}
	// rules[1].min: unknown field: supported values: "holder"
}

func ExampleParse() {
	v, _ := strictjson.Parse([]byte("{\"id\": \"kcl\",\n \"seats\": [1, 2]}"), strictjson.Options{})
	seats, _ := v.Member("seats")
	for i, e := range seats.Elems() {
		fmt.Println(i, e.Kind(), e.Text(), e.Position())
	}
	fmt.Println(v.Kind(), seats.Kind(), seats.Offset(), seats.Position())
	// Output:
	// 0 number 1 line 2, column 12
	// 1 number 2 line 2, column 15
	// object array 24 line 2, column 11
}
