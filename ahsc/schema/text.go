package schema

import (
	"regexp"
	"strings"
)

// docLink matches a Go doc link, "[Centre.Problems]" or "[vocab.Source]".
var docLink = regexp.MustCompile(`\[(\*?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*)\]`)

// plainText turns a Go doc comment into a schema description: doc links
// lose their brackets ("[vocab.Source]" becomes "vocab.Source"), the lines
// of a paragraph are joined with spaces, paragraphs are separated by a
// blank line, and list items ("- ...") and indented lines keep their own
// line.
func plainText(doc string) string {
	doc = docLink.ReplaceAllString(doc, "$1")
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, ""))
			cur = nil
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(doc), "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			flush()
		case len(cur) == 0:
			cur = append(cur, trimmed)
		case strings.HasPrefix(trimmed, "- ") || strings.HasPrefix(line, "\t") || strings.HasPrefix(line, "  "):
			cur = append(cur, "\n"+trimmed)
		default:
			cur = append(cur, " "+trimmed)
		}
	}
	flush()
	return strings.Join(paras, "\n\n")
}
