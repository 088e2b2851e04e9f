package strictjson_test

import (
	"strings"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// review has a required member; loose has none.
type review struct {
	Outcome string `json:"outcome"`
	Panel   string `json:"panel,omitempty"`
}

type loose struct {
	Panel string `json:"panel,omitempty"`
}

type award struct {
	Review  review  `json:"review,omitzero"`
	Loose   loose   `json:"loose,omitzero"`
	Pointer *review `json:"pointer,omitempty"`
	Always  review  `json:"always"`
}

// An optional struct member written as {} stands for nothing when the
// struct has a required member (its schema asks for that member): it is
// refused. A struct with only optional members, a pointer member and a
// required member may be {}.
func TestEmptyOptionalObject(t *testing.T) {
	for _, tt := range []struct {
		name, input string
		want        []want
	}{
		{"optional with a required member", `{"review": { }}`,
			[]want{{"review", "/review", vocab.ErrInvalid, "want its members, got {}; leave the member out instead"}}},
		{"optional with members", `{"review":{"outcome":"fund"}}`, nil},
		{"optional without required members", `{"loose":{}}`, nil},
		{"pointer", `{"pointer":{}}`, nil},
		{"required", `{"always":{}}`, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var a award
			checkProblems(t, strictjson.Decode(strings.NewReader(tt.input), &a, strictjson.Options{}), tt.want)
		})
	}
}
