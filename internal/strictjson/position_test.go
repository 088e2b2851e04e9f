package strictjson_test

import (
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Syntax problems name the usual mistakes of hand-edited JSON and say
// where they are as line and column.
func TestSyntaxMistakes(t *testing.T) {
	tests := []struct {
		name, input string
		field       string // path of the problem
		detail      string // exact detail
		line, col   int
	}{
		{"trailing comma in object", "{\n  \"id\": \"a\",\n  \"name\": \"b\",\n}", "",
			"trailing comma before '}' at line 3, column 14", 3, 14},
		{"trailing comma in array", "{\"tags\": [\n  \"a\",\n  \"b\",\n]}", "tags",
			"trailing comma before ']' at line 3, column 6", 3, 6},
		{"missing comma between members", "{\n  \"id\": \"a\"\n  \"name\": \"b\"\n}", "",
			"missing comma between object members at line 3, column 3", 3, 3},
		{"missing comma between elements", `{"tags": ["a" "b"]}`, "tags",
			"missing comma between array elements at line 1, column 15", 1, 15},
		{"single-quoted value", `{"id": 'a'}`, "id",
			"single quotes: JSON strings take double quotes at line 1, column 8", 1, 8},
		{"single-quoted key", `{'id': "a"}`, "",
			"single quotes: JSON strings take double quotes at line 1, column 2", 1, 2},
		{"line comment", "{\n  // the centre\n  \"id\": \"a\"\n}", "",
			"comment: JSON has no comments at line 2, column 3", 2, 3},
		{"block comment", `{"id": /* slug */ "a"}`, "id",
			"comment: JSON has no comments at line 1, column 8", 1, 8},
		{"unquoted key", "{\n\tid: \"a\"}", "",
			`unquoted object key "id": keys take double quotes at line 2, column 2`, 2, 2},
		{"missing colon", `{"id" "a"}`, "",
			"missing colon after object key at line 1, column 7", 1, 7},
		{"equals for colon", `{"id"= "a"}`, "",
			"invalid character '=' after object key: want ':' at line 1, column 6", 1, 6},
		{"extra comma", `{"tags": ["a",,"b"]}`, "tags[1]",
			"invalid character ',' looking for a value: an extra comma at line 1, column 15", 1, 15},
		{"Python literal", `{"active": True}`, "active",
			`invalid literal "True": JSON's literals are true, false and null at line 1, column 12`, 1, 12},
		{"NaN", `{"score": NaN}`, "score", `invalid value "NaN": JSON numbers are finite at line 1, column 11`, 1, 11},
		{"bare word", `{"name": King}`, "name", `invalid value "King": a string takes double quotes at line 1, column 10`, 1, 10},
		{"plus sign", `{"count": +1}`, "count",
			"invalid character '+' looking for a value: a JSON number takes no plus sign at line 1, column 11", 1, 11},
		{"leading zero", `{"count": 007}`, "count",
			"invalid character '0' after leading zero in numeric literal: JSON numbers have no leading zeros at line 1, column 12", 1, 12},
		{"newline in string", "{\"name\": \"King's\nCollege\"}", "name",
			"unescaped newline in string: a string cannot span lines at line 1, column 17", 1, 17},
		{"column counts characters", "{\"name\": \"Guy’s\", \"x\": tru}", "x",
			`invalid literal "tru": JSON's literals are true, false and null at line 1, column 24`, 1, 24},
		{"unexpected end", "{\"tags\": [\"a\"", "tags",
			"unexpected end of input after array element; want ',' or ']' at line 1, column 14", 1, 14},
		{"inside an unknown key", "{\"future\": {\"a\": [1, {\"b\": x}]}}", "future.a[1].b",
			`invalid value "x": a string takes double quotes at line 1, column 28`, 1, 28},
		{"too deep", `{"any": [[[[1]]]]}`, "any[0][0][0]", "nesting deeper than 4 at line 1, column 12", 1, 12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d Doc
			ps := strictjson.Unmarshal([]byte(tt.input), &d, strictjson.Options{MaxDepth: 4})
			require.NotEmpty(t, ps)
			p := ps[len(ps)-1]
			assert.Equal(t, tt.field, p.Field())
			assert.Equal(t, tt.detail, p.Detail)
			assert.Equal(t, tt.line, p.Position.Line, "line")
			assert.Equal(t, tt.col, p.Position.Column, "column")
			assert.Equal(t, byteOffset(tt.input, tt.line, tt.col), int(p.Position.Offset), "offset")
		})
	}
}

// byteOffset converts a line and a column in characters to a byte offset.
func byteOffset(s string, line, col int) int {
	off := 0
	for range line - 1 {
		off += strings.IndexByte(s[off:], '\n') + 1
	}
	for range col - 1 {
		_, size := utf8DecodeRuneInString(s[off:])
		off += size
	}
	return off
}

// Every problem decoding finds points at its value: an object member's key,
// an array element, or the root.
func TestProblemPositions(t *testing.T) {
	input := "{\n" +
		"  \"id\": \"kcl\",\n" +
		"  \"ID\": \"x\",\n" +
		"  \"seats\": [\n" +
		"    {\"id\": \"a\", \"roles\": [\"member\", \"boss\"]},\n" +
		"    7\n" +
		"  ],\n" +
		"  \"id\": \"dup\",\n" +
		"  \"byDate\": {\"2024-02-30\": \"1/2\"},\n" +
		"  \"count\": 1.5,\n" +
		"  \"pair\": [1, 2, 3]\n" +
		"}"
	var d Doc
	ps := strictjson.Unmarshal([]byte(input), &d, strictjson.Options{})
	type pos struct {
		pointer   string
		line, col int
	}
	var got []pos
	for _, p := range ps {
		got = append(got, pos{p.Pointer(), p.Position.Line, p.Position.Column})
		assert.Equal(t, byteOffset(input, p.Position.Line, p.Position.Column), int(p.Position.Offset), "offset of %v", p)
	}
	assert.Equal(t, []pos{
		{"/ID", 3, 3},               // unknown key: the key
		{"/seats/0/roles/1", 5, 37}, // enum: the element
		{"/seats/1", 6, 5},          // type: the element
		{"/id", 8, 3},               // duplicate: the second key
		{"/byDate/2024-02-30", 9, 14},
		{"/count", 10, 3},
		{"/pair/2", 11, 18},
	}, got)
	assert.Equal(t, `key first used at line 2, column 3`, ps[3].Detail)
}

// Problems hooks make without positions get them from their paths.
func TestHookProblemPositions(t *testing.T) {
	input := "{\"rules\": [\n  {\"kind\": \"quorum\", \"min\": 3},\n  {\"kind\": \"majority\"},\n  {\"min\": 1}\n]}"
	var pol Policy
	ps := strictjson.Unmarshal([]byte(input), &pol, strictjson.Options{})
	require.Len(t, ps, 2)
	assert.Equal(t, "/rules/1/kind", ps[0].Pointer())
	assert.Equal(t, vocab.Position{Offset: 47, Line: 3, Column: 4}, ps[0].Position, "the kind key")
	assert.Equal(t, "/rules/2/kind", ps[1].Pointer())
	assert.Equal(t, vocab.Position{Offset: 70, Line: 4, Column: 3}, ps[1].Position, "missing: the rule object")
}

// Locate gives positions to problems found after decoding, such as
// validation problems, from their JSON Pointers.
func TestLocate(t *testing.T) {
	input := "{\n  \"seats\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"roles\": []}\n  ],\n  \"a/b\": {\"~\": 1},\n  \"seats\": 2\n}"
	in := strictjson.NewInput([]byte(input))
	ps := vocab.Problems{
		vocab.Required(vocab.NewPath("seats").Index(1).Child("roles"), ""),                      // exists
		vocab.Required(vocab.NewPath("seats").Index(0).Child("note"), ""),                       // missing: the seat
		vocab.Invalid(nil, nil, ""),                                                             // the root
		vocab.Invalid(vocab.NewPath("a/b", "~"), nil, ""),                                       // escaped pointer
		vocab.Invalid(vocab.NewPath("seats").Index(7), nil, ""),                                 // beyond the list
		vocab.Invalid(vocab.NewPath("elsewhere"), nil, ""),                                      // not in the input
		{Path: vocab.NewPath("seats"), Position: vocab.Position{Offset: 1, Line: 9, Column: 9}}, // kept
	}
	in.Locate(ps)
	var got []string
	for _, p := range ps {
		got = append(got, p.Position.String())
	}
	assert.Equal(t, []string{"line 4, column 17", "line 3, column 5", "line 1, column 1", "line 6, column 11",
		"line 2, column 3", "line 1, column 1", "line 9, column 9"}, got)

	pos, ok := in.Lookup("/seats/1/id")
	assert.True(t, ok)
	assert.Equal(t, vocab.Position{Offset: 37, Line: 4, Column: 6}, pos)
	pos, ok = in.Lookup("/seats/1/note")
	assert.False(t, ok, "missing member")
	assert.Equal(t, "line 4, column 5", pos.String(), "its object")
	pos, ok = in.Lookup("")
	assert.True(t, ok)
	assert.Equal(t, 0, int(pos.Offset))
}

// Read reports input beyond the size limit at the first byte beyond it,
// whatever the reader.
func TestReadTooLarge(t *testing.T) {
	input := "{\n\"name\": \"" + strings.Repeat("x", 100) + "\"}"
	for _, r := range []io.Reader{
		strings.NewReader(input),                      // reports its length
		struct{ io.Reader }{strings.NewReader(input)}, // does not
	} {
		_, ps := strictjson.Read(r, strictjson.Options{MaxBytes: 50})
		require.Len(t, ps, 1)
		assert.Equal(t, vocab.ErrOutOfRange, ps[0].Type)
		assert.True(t, ps[0].Path.IsRoot())
		assert.Equal(t, vocab.Position{Offset: 50, Line: 2, Column: 49}, ps[0].Position)
	}
	in, ps := strictjson.Read(strings.NewReader(input), strictjson.Options{MaxBytes: int64(len(input))})
	require.Empty(t, ps)
	assert.Equal(t, input, string(in.Bytes()))
}

func utf8DecodeRuneInString(s string) (rune, int) { return utf8.DecodeRuneInString(s) }
