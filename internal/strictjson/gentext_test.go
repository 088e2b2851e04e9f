package strictjson_test

import (
	"encoding/json"
	"strings"

	"pgregory.net/rapid"
)

// genJSONText draws JSON text, mostly valid, with varied whitespace, number
// forms (including ones beyond float64), string escapes and unique keys.
// Sometimes it splices in, outside string literals, a fragment both decoders
// must reject. It never
// produces duplicate keys or lone surrogates, where strictjson differs from
// encoding/json on purpose.
func genJSONText(depth int) *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		var b strings.Builder
		writeValue(t, &b, depth)
		if rapid.IntRange(0, 9).Draw(t, "breakIt") == 0 {
			s := b.String()
			at := rapid.SampledFrom(outsideStrings(s)).Draw(t, "at")
			bad := rapid.SampledFrom([]string{",", "]", "}", "01", "+1", ".5", "1.", "NaN", "'a'", "\x01", "tru", "\"", "\\"}).Draw(t, "bad")
			return s[:at] + bad + s[at:]
		}
		return b.String()
	})
}

var (
	spaces   = []string{"", " ", "\n", "\t ", "\r\n  "}
	numbers  = []string{"0", "-0", "1", "-17", "3.25", "1e3", "1E+3", "2.5e-3", "1e400", "-1e400", "1e-400", "123456789012345678901234567890", "0.1"}
	strs     = []string{``, `a`, `\"`, `\\`, `\/`, `\b\f\n\r\t`, `\u00e9`, `\u2028`, `\ud83d\ude00`, `é`, `😀`, `<&>`, `id`, `ID`}
	literals = []string{"true", "false", "null"}
)

func writeSpace(t *rapid.T, b *strings.Builder) {
	b.WriteString(rapid.SampledFrom(spaces).Draw(t, "ws"))
}

// writeString writes a string literal and returns its decoded content, so
// that keys escaped differently ("\u00e9", "é") count as the same key.
func writeString(t *rapid.T, b *strings.Builder) string {
	parts := rapid.SliceOfN(rapid.SampledFrom(strs), 0, 3).Draw(t, "str")
	lit := `"` + strings.Join(parts, "") + `"`
	b.WriteString(lit)
	var s string
	if err := json.Unmarshal([]byte(lit), &s); err != nil {
		t.Fatalf("generator wrote a bad string %s: %v", lit, err)
	}
	return s
}

func writeValue(t *rapid.T, b *strings.Builder, depth int) {
	writeSpace(t, b)
	kinds := 3
	if depth > 0 {
		kinds = 5
	}
	switch rapid.IntRange(0, kinds-1).Draw(t, "kind") {
	case 0:
		b.WriteString(rapid.SampledFrom(numbers).Draw(t, "number"))
	case 1:
		writeString(t, b)
	case 2:
		b.WriteString(rapid.SampledFrom(literals).Draw(t, "literal"))
	case 3:
		b.WriteByte('[')
		n := rapid.IntRange(0, 3).Draw(t, "len")
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			writeValue(t, b, depth-1)
		}
		writeSpace(t, b)
		b.WriteByte(']')
	case 4:
		b.WriteByte('{')
		n := rapid.IntRange(0, 3).Draw(t, "len")
		seen := map[string]bool{}
		first := true
		for range n {
			var key strings.Builder
			k := writeString(t, &key)
			if seen[k] {
				continue
			}
			seen[k] = true
			if !first {
				b.WriteByte(',')
			}
			first = false
			writeSpace(t, b)
			b.WriteString(key.String())
			writeSpace(t, b)
			b.WriteByte(':')
			writeValue(t, b, depth-1)
		}
		writeSpace(t, b)
		b.WriteByte('}')
	}
	writeSpace(t, b)
}

// outsideStrings returns the offsets in s, a JSON text, that lie outside
// string literals (inside them, a splice could make invalid UTF-8 or a lone
// surrogate, which encoding/json accepts on purpose and strictjson rejects).
func outsideStrings(s string) []int {
	var at []int
	in, esc := false, false
	for i := 0; i < len(s); i++ {
		if !in {
			at = append(at, i)
		}
		switch c := s[i]; {
		case esc:
			esc = false
		case in && c == '\\':
			esc = true
		case c == '"':
			in = !in
		}
	}
	return append(at, len(s))
}
