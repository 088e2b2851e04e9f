package schema

import (
	"encoding/json"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/ahsctest"
)

// BenchmarkCentreSchema measures reflecting the centre schema at run time.
func BenchmarkCentreSchema(b *testing.B) {
	for b.Loop() {
		if Centre() == nil {
			b.Fatal("no schema")
		}
	}
}

// BenchmarkValidateCentre measures validating one generated centre's JSON
// against the published schema.
func BenchmarkValidateCentre(b *testing.B) {
	sch := compile(b, JSON("centre"))
	in, err := json.Marshal(ahsctest.Centre().Example(1))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	for b.Loop() {
		if err := validate(sch, in); err != nil {
			b.Fatal(err)
		}
	}
}
