package schema

import "testing"

func TestPlainText(t *testing.T) {
	for in, want := range map[string]string{
		"Centre is a centre. [Centre.Problems]\nvalidates it.": "Centre is a centre. Centre.Problems validates it.",
		"A share in [0, 1] or (0, 1].":                         "A share in [0, 1] or (0, 1].",
		"First.\n\nSecond [vocab.Source] and [*T].":            "First.\n\nSecond vocab.Source and *T.",
		"Codes:\n  - a\n  - b":                                 "Codes:\n- a\n- b",
	} {
		if got := plainText(in); got != want {
			t.Errorf("plainText(%q) = %q, want %q", in, got, want)
		}
	}
}
