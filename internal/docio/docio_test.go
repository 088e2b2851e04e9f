package docio

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

type doc struct {
	Version vocab.Version `json:"version"`
	Name    string        `json:"name"`
	Tags    []string      `json:"tags"`
}

// check reports a warning per tag "w", an error per tag "e".
func check(d *doc, ps *vocab.Collector) *vocab.Collector {
	for i, t := range d.Tags {
		switch t {
		case "w":
			ps = ps.Add(vocab.Invalid(vocab.NewPath("tags").Index(i), t, "a warning").AsWarning())
		case "e":
			ps = ps.Add(vocab.Invalid(vocab.NewPath("tags").Index(i), t, "an error"))
		}
	}
	if d.Name == "" {
		ps = ps.Add(vocab.Required(vocab.NewPath("name"), ""))
	}
	return ps
}

// DecodeWith is Decode without the error, which is always ps.Err().
func DecodeWith(r io.Reader, opts vocab.DecodeOptions, collect func(*doc, *vocab.Collector) *vocab.Collector) (*doc, vocab.Problems) {
	d, ps, err := Decode(r, opts, collect)
	if (err == nil) != (ps.Err() == nil) || (err != nil && err.Error() != ps.Error()) {
		panic("err is not ps.Err()")
	}
	return d, ps
}

func TestDecode(t *testing.T) {
	for _, tc := range []struct {
		in      string
		wantErr vocab.ProblemType
		pointer string
	}{
		{`{"version":"1.0","name":"x"}`, "", ""},
		{`{"version":"1.0","name":""}`, vocab.ErrRequired, "/name"},
		{`{"version":"1.0","Name":"x"}`, vocab.ErrUnknownField, "/Name"},
		{`{"version":"1.0","name":"x"`, vocab.ErrSyntax, ""},
	} {
		d, ps, err := Decode(strings.NewReader(tc.in), vocab.DecodeOptions{}, check)
		assert.Equal(t, ps.Err() == nil, err == nil)
		if tc.wantErr == "" {
			if err != nil || d == nil || d.Name != "x" {
				t.Fatalf("%s: got %v, %v", tc.in, d, err)
			}
			continue
		}
		if d != nil || !errors.Is(err, tc.wantErr) {
			t.Fatalf("%s: want %s, got %v, %v", tc.in, tc.wantErr, d, err)
		}
		if ps := vocab.ProblemsOf(err); len(ps) == 0 || (tc.pointer != "" && ps[0].Pointer() != tc.pointer) {
			t.Fatalf("%s: want problem at %q, got %v", tc.in, tc.pointer, ps)
		}
	}
}

// Validation problems of a decoded document carry positions, and warnings
// come back with a valid document.
func TestDecodeWithPositionsAndWarnings(t *testing.T) {
	in := "{\n  \"version\": \"1.0\",\n  \"tags\": [\"a\", \"w\"]\n}"
	d, ps := DecodeWith(strings.NewReader(in), vocab.DecodeOptions{}, check)
	require.Len(t, ps, 2)
	assert.Nil(t, d, "a missing name is an error")
	assert.Equal(t, "/tags/1", ps[0].Pointer())
	assert.Equal(t, "line 3, column 17", ps[0].Position.String())
	assert.Equal(t, "/name", ps[1].Pointer())
	assert.Equal(t, "line 1, column 1", ps[1].Position.String(), "missing: the enclosing object")

	d, ps = DecodeWith(strings.NewReader(`{"name":"x","tags":["w"]}`), vocab.DecodeOptions{}, check)
	require.NotNil(t, d)
	require.Len(t, ps, 1)
	assert.True(t, ps[0].IsWarning())
	assert.Equal(t, "line 1, column 21", ps[0].Position.String())
}

// The limit holds over decoding and validation together; a closing
// problem counts the rest, and is only a warning when every problem is.
func TestDecodeWithLimit(t *testing.T) {
	tags := func(tag string, n int) string {
		return `{"name":"x","tags":[` + strings.Repeat(`"`+tag+`",`, n-1) + `"` + tag + `"]}`
	}
	opts := vocab.DecodeOptions{MaxProblems: 5}
	d, ps := DecodeWith(strings.NewReader(tags("e", 12)), opts, check)
	assert.Nil(t, d)
	require.Len(t, ps, 6)
	assert.Equal(t, "stopped listing after 5 problems; 7 more found", ps[5].Detail)
	assert.False(t, ps[5].IsWarning())

	d, ps = DecodeWith(strings.NewReader(tags("w", 12)), opts, check)
	require.NotNil(t, d, "many warnings leave the document valid")
	require.Len(t, ps, 6)
	assert.True(t, ps[5].IsWarning())

	in := `{"name":"x","tags":[` + strings.Repeat(`"w",`, 5) + `"e"]}`
	d, ps = DecodeWith(strings.NewReader(in), opts, check)
	assert.Nil(t, d, "an error beyond the limit still fails the document")
	require.Len(t, ps, 6)
	assert.False(t, ps[5].IsWarning())

	// Decoding problems past the limit: the decoder's own closing problem.
	_, ps = DecodeWith(strings.NewReader(`{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7}`), opts, check)
	require.Len(t, ps, 6)
	assert.Contains(t, ps[5].Detail, "; 2 more found")
}

// Input beyond the size limit is refused at the root, whatever the reader.
func TestDecodeWithSizeLimit(t *testing.T) {
	in := `{"name":"` + strings.Repeat("x", 100) + `"}`
	for _, max := range []int64{10, 50, int64(len(in)) - 1} {
		// A reader that does not tell its size.
		d, ps := DecodeWith(struct{ io.Reader }{strings.NewReader(in)}, vocab.DecodeOptions{MaxBytes: max}, check)
		assert.Nil(t, d)
		require.Len(t, ps, 1)
		assert.Equal(t, vocab.ErrOutOfRange, ps[0].Type)
		assert.Equal(t, "input exceeds "+strconv.FormatInt(max, 10)+" bytes (the size limit; DecodeOptions.MaxBytes raises it)", ps[0].Detail)
	}
}
