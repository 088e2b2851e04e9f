package schema

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

// TestNewerMinorVersionPolicy checks the one policy for documents of a
// newer minor version, on KHP's ledger with a field this release does not
// know: the Go decoder accepts it with a warning at the field; this
// release's schema refuses the field at the same pointer and says, in its
// description, to use the schema of the release that wrote the document;
// at the current version Go refuses the field too; another major version
// is refused by both.
func TestNewerMinorVersionPolicy(t *testing.T) {
	sch := compile(t, JSON("ledger"))
	const field = "/awards/0/fundingScheme"
	doc := func(version string) []byte {
		return applyEdits(t, khpLedger(), []edit{set("/version", version), set(field, "fellowship")})
	}

	newer := doc("1.7")
	l, ps, err := funding.DecodeLedger(bytes.NewReader(newer), vocab.DecodeOptions{})
	if err != nil || l == nil {
		t.Fatalf("Go refuses a 1.7 ledger with an unknown field: %v", err)
	}
	if len(ps) != 1 || !ps[0].IsWarning() || ps[0].Type != vocab.ErrUnknownField || ps[0].Pointer() != field ||
		!ps[0].Position.IsValid() {
		t.Errorf("want one unknown-field warning at %s with a position, got %v", field, ps)
	}
	ptrs, err := schemaPointers(sch, newer)
	if err != nil {
		t.Fatal(err)
	}
	if len(ptrs) != 1 || ptrs[0] != field {
		t.Errorf("the schema should refuse the unknown field at %s, refuses at %v", field, ptrs)
	}
	if d := Ledger().Description; !strings.Contains(d, "check such a document with the schema of the release that wrote it") {
		t.Errorf("the ledger schema's description does not state the policy:\n%s", d)
	}

	_, ps, err = funding.DecodeLedger(bytes.NewReader(doc(string(vocab.CurrentVersion))), vocab.DecodeOptions{})
	if err == nil || len(ps) != 1 || ps[0].IsWarning() || ps[0].Pointer() != field {
		t.Errorf("at the current version Go should refuse the field at %s: %v", field, ps)
	}

	other := doc("2.0")
	if _, _, err := funding.DecodeLedger(bytes.NewReader(other), vocab.DecodeOptions{}); err == nil {
		t.Error("Go accepts major version 2")
	}
	if ptrs, _ := schemaPointers(sch, other); !slices.Contains(ptrs, "/version") {
		t.Errorf("the schema should refuse major version 2 at /version, refuses at %v", ptrs)
	}
}
