package governance_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/governance/governancetest"
)

// Generated documents survive encoding/json output read back both by
// strict Decode and by plain encoding/json.
func TestDecodeRoundTripsGeneratedDocuments(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := governancetest.Document().Draw(t, "doc")
		raw, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		strict, _, err := governance.Decode(bytes.NewReader(raw), vocab.DecodeOptions{})
		if err != nil {
			t.Fatalf("%v\n%s", err, raw)
		}
		var plain governance.Document
		if err := json.Unmarshal(raw, &plain); err != nil {
			t.Fatalf("%v\n%s", err, raw)
		}
		opts := append(vocabtest.CmpOptions(), cmpopts.EquateEmpty())
		for _, back := range []*governance.Document{strict, &plain} {
			if diff := cmp.Diff(d, back, opts...); diff != "" {
				t.Fatalf("round trip changed the document (-want +got):\n%s", diff)
			}
		}
	})
}

func TestDecodeReportsPathsForJSONAndValidationProblems(t *testing.T) {
	for _, tc := range []struct {
		name, json, path string
		want             vocab.ProblemType
	}{
		{"unknown key", `{"version":"1.0","bodies":[{"id":"b","name":"B","kind":"board","period":"2009-01-01/..","quorum":1}]}`,
			"bodies[0].quorum", vocab.ErrUnknownField},
		{"bad enum", `{"version":"1.0","bodies":[{"id":"b","name":"B","kind":"senate","period":"2009-01-01/.."}]}`,
			"bodies[0].kind", vocab.ErrNotSupported},
		{"bad ratio", `{"version":"1.0","kpis":[{"id":"k","metric":"m","unit":"u","cadence":"annual","owner":"b",
			"target":{"direction":"higher-is-better","value":"1/0"}}]}`, "kpis[0].target.value", vocab.ErrInvalid},
		{"ballot from a stranger", `{"version":"1.0",
			"bodies":[{"id":"b","name":"B","kind":"board","period":"2009-01-01/..",
				"rules":{"threshold":{"rule":"votes-cast","share":"1/2","moreThan":true}},
				"seats":[{"id":"s","label":"S","nominatedBy":"kcl","voting":true,"terms":[{"person":"p","period":"2020-01-01/.."}]}]}],
			"decisions":[{"body":"b","motion":{"id":"m","text":"T","date":"2024-01-01"},"present":["p","q"],
				"ballots":[{"voter":"p","option":"yes"},{"voter":"q","option":"yes"}]}]}`,
			"decisions[0].ballots[1].voter", vocab.ErrForbidden},
		{"missing version", `{}`, "version", vocab.ErrRequired},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _, err := governance.Decode(strings.NewReader(tc.json), vocab.DecodeOptions{})
			if d != nil {
				t.Fatalf("got a document despite problems")
			}
			for _, p := range vocab.ProblemsOf(err) {
				if p.Field() == tc.path && errors.Is(p, tc.want) {
					return
				}
			}
			t.Fatalf("want %s at %s, got %v", tc.want, tc.path, err)
		})
	}
}

func TestDecodeKHP(t *testing.T) {
	raw, err := json.Marshal(reference.KHPGovernance())
	if err != nil {
		t.Fatal(err)
	}
	d, _, err := governance.Decode(bytes.NewReader(raw), vocab.DecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Bodies) != 9 || d.Bodies[1].Meets != governance.CadenceQuarterly || !d.Bodies[0].Composition.IndependentChair {
		t.Fatalf("decoded KHP document lost structure: %+v", d.Bodies)
	}
}

// A valid document comes back with its warnings, each with its position: a
// weighted seat on a body whose rules do not weigh votes.
func TestDecodeReturnsWarnings(t *testing.T) {
	doc := `{"version":"1.0","bodies":[{"id":"b","name":"B","kind":"board","period":"2009-01-01/..",
  "seats":[{"id":"s","label":"S","independent":true,"voting":true,"weight":2}]}]}`
	d, ps, err := governance.Decode(strings.NewReader(doc), vocab.DecodeOptions{})
	if err != nil || d == nil {
		t.Fatalf("a document with only warnings is valid: %v", err)
	}
	if len(ps) != 1 || !ps[0].IsWarning() || ps[0].Pointer() != "/bodies/0/seats/0/weight" {
		t.Fatalf("want the weight warning, got %v", ps)
	}
	if got, want := ps[0].Position.String(), "line 2, column 67"; got != want {
		t.Fatalf("warning at %s, want %s", got, want)
	}
}
