package ahsc_test

import (
	"bytes"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/ahsctest"
	"github.com/ahsckit/ahsckit/internal/khp"
)

func BenchmarkValidateKHP(b *testing.B) {
	c := khp.Centre()
	b.ReportAllocs()
	for b.Loop() {
		_ = c.Problems()
	}
}

func BenchmarkDecodeKHP(b *testing.B) {
	data, err := khp.Centre().MarshalIndent()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ahsc.Decode(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCanonicalKHP(b *testing.B) {
	c := khp.Centre()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Canonical(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidateComposed validates generated centres with all three
// documents (a fixed set, drawn once from fixed seeds).
func BenchmarkValidateComposed(b *testing.B) {
	var cs []*ahsc.Centre
	for seed := range uint64(20) {
		cs = append(cs, ahsctest.FullCentre().Example(int(seed)))
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = cs[i%len(cs)].Problems()
		i++
	}
}
