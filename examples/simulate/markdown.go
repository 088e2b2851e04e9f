package main

import "strings"

// The report's Markdown, written here because an example imports no
// internal package: escape makes text safe in a table cell, row writes
// one row.

// markdownSpecial are the characters escape puts a backslash before.
const markdownSpecial = "\\`*_{}[]()#+!|~"

// escape returns s for a Markdown table cell: Markdown's special
// characters backslash-escaped, &, < and > as entities, and line breaks
// as spaces.
func escape(s string) string {
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

// row writes one table row of cells, already escaped.
func row(b *strings.Builder, cells ...string) {
	b.WriteString("|")
	for _, c := range cells {
		b.WriteString(" ")
		b.WriteString(c)
		b.WriteString(" |")
	}
	b.WriteString("\n")
}

// unescape returns the report's Markdown as plain text for a terminal: it
// undoes escape's (and the parameter table's) backslashes and entities.
func unescape(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte(markdownSpecial, s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">").Replace(b.String())
}
