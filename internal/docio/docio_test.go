package docio

import (
	"errors"
	"strings"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

type doc struct {
	Version vocab.Version `json:"version"`
	Name    string        `json:"name"`
}

func validate(d *doc) error {
	if d.Name == "" {
		return vocab.Problems{vocab.Required(vocab.NewPath("name"), "")}
	}
	return nil
}

func TestDecode(t *testing.T) {
	for _, tc := range []struct {
		in      string
		wantErr vocab.ProblemType
		pointer string
	}{
		{`{"version":"1.0","name":"x"}`, "", ""},
		{`{"version":"1.0","name":""}`, vocab.ErrRequired, "/name"},
		{`{"version":"1.0","Name":"x"}`, vocab.ErrUnknownField, "/Name"},
		{`{"version":"1.0","name":"x"`, vocab.ErrSyntax, ""},
	} {
		d, err := Decode(strings.NewReader(tc.in), validate)
		if tc.wantErr == "" {
			if err != nil || d == nil || d.Name != "x" {
				t.Fatalf("%s: got %v, %v", tc.in, d, err)
			}
			continue
		}
		if d != nil || !errors.Is(err, tc.wantErr) {
			t.Fatalf("%s: want %s, got %v, %v", tc.in, tc.wantErr, d, err)
		}
		if ps := vocab.ProblemsOf(err); len(ps) == 0 || (tc.pointer != "" && ps[0].Pointer() != tc.pointer) {
			t.Fatalf("%s: want problem at %q, got %v", tc.in, tc.pointer, ps)
		}
	}
}
