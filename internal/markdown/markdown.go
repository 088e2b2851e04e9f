// Package markdown writes user text into Markdown tables safely: escaped
// so that no input can end a cell, start a row, add markup or inject HTML.
package markdown

import "strings"

// markdownSpecial are the characters that could start emphasis, links,
// code, HTML or a table cell boundary in CommonMark/GFM. A hyphen is not
// among them: it is special only at the start of a line, and a cell never
// starts one.
const markdownSpecial = "\\`*_{}[]()#+!|~"

// Escape renders user text as literal inline Markdown for a table
// cell: line breaks become spaces, Markdown punctuation is backslash-escaped
// and &, < and > become entities, so no input can end the cell, start a new
// row, emphasise, link or inject HTML.
func Escape(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\r' && i+1 < len(s) && s[i+1] == '\n':
			// \r\n is one line break; the \n is written as a space next.
		case c == '\n' || c == '\r':
			b.WriteByte(' ')
		case c == '&':
			b.WriteString("&amp;")
		case c == '<':
			b.WriteString("&lt;")
		case c == '>':
			b.WriteString("&gt;")
		case strings.IndexByte(markdownSpecial, c) >= 0:
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// Row writes one table row of already-escaped cells.
func Row(b *strings.Builder, cells ...string) {
	b.WriteString("|")
	for _, c := range cells {
		b.WriteString(" ")
		b.WriteString(c)
		b.WriteString(" |")
	}
	b.WriteString("\n")
}

// Table writes a header row and its separator.
func Table(b *strings.Builder, headers ...string) {
	Row(b, headers...)
	sep := make([]string, len(headers))
	for i := range sep {
		sep[i] = "---"
	}
	Row(b, sep...)
}
