package ahsc_test

import (
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// A succession's sources are checked like every other source.
func TestSuccessionSourcesChecked(t *testing.T) {
	c := reference.KingsHealthPartners()
	if len(c.Successions) == 0 {
		t.Fatal("KHP has no successions")
	}
	c.Successions[0].Sources = append(c.Successions[0].Sources, vocab.Source{Title: "untraceable"})
	last := len(c.Successions[0].Sources) - 1
	want := vocab.NewPath("successions").Index(0).Child("sources").Index(last).Child("url").JSONPointer()
	for _, p := range c.Problems() {
		if p.Pointer() == want && p.Type == vocab.ErrRequired {
			return
		}
	}
	t.Errorf("no required problem at %s in %v", want, c.Problems())
}
