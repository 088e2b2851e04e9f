package markdown

import (
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// unescape inverts Escape (line breaks aside), to show
// escaping loses nothing.
func unescape(s string) string {
	r := strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">")
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		b.WriteByte(s[i])
	}
	return r.Replace(b.String())
}

func TestEscapeMarkdownSpecials(t *testing.T) {
	for in, want := range map[string]string{
		"*bold*":       `\*bold\*`,
		"_em_":         `\_em\_`,
		"a|b":          `a\|b`,
		"<script>":     "&lt;script&gt;",
		"[x](http://)": `\[x\]\(http://\)`,
		"one\ntwo":     "one two",
		"one\r\ntwo":   "one two",
		`back\|slash`:  `back\\\|slash`,
		"AT&T":         "AT&amp;T",
	} {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
}

// cellBreakers reports whether an escaped cell could end the cell, start a
// row, or open markup: an unescaped | * _ [ < ` or a line break.
func cellBreakers(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++ // the next byte is escaped
		case '|', '*', '_', '[', ']', '<', '>', '`', '\n', '\r':
			return true
		}
	}
	return false
}

func TestEscapeMarkdownCannotBreakTheTable(t *testing.T) {
	text := rapid.OneOf(rapid.String(), rapid.StringOf(rapid.SampledFrom([]rune("*_|<>[]`\\\n\r&a "))))
	rapid.Check(t, func(t *rapid.T) {
		in := text.Draw(t, "text")
		got := Escape(in)
		if cellBreakers(got) {
			t.Fatalf("Escape(%q) = %q leaves markup unescaped", in, got)
		}
		flat := strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(in)
		if back := unescape(got); back != flat {
			t.Fatalf("escaping lost text: %q -> %q -> %q", in, got, back)
		}
		var b strings.Builder
		Row(&b, got, got)
		if n := strings.Count(b.String(), "\n"); n != 1 {
			t.Fatalf("row has %d line breaks: %q", n, b.String())
		}
	})
}
