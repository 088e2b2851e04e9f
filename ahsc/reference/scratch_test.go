package reference

import "testing"

func TestScratch(t *testing.T) {
	for _, c := range Centres() {
		for _, p := range c.Problems() {
			t.Errorf("%s: %v", c.ID, p)
		}
	}
}
