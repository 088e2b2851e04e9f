package strictjson_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// want describes one expected problem.
type want struct {
	field, pointer string
	typ            vocab.ProblemType
	detail         string // substring of Detail; "" checks nothing
}

func checkProblems(t *testing.T, got vocab.Problems, wants []want) {
	t.Helper()
	require.Len(t, got, len(wants), "problems: %v", got)
	for i, w := range wants {
		p := got[i]
		assert.Equal(t, w.field, p.Field(), "field of %v", p)
		assert.Equal(t, w.pointer, p.Pointer(), "pointer of %v", p)
		assert.Equal(t, w.typ, p.Type, "type of %v", p)
		assert.Contains(t, p.Detail, w.detail, "detail of %v", p)
		assert.True(t, errors.Is(p, w.typ), "errors.Is(%v, %v)", p, w.typ)
		assert.True(t, p.Position.IsValid(), "position of %v", p)
	}
}

func TestDecodeProblems(t *testing.T) {
	tests := []struct {
		name  string
		input string
		opts  strictjson.Options
		want  []want
	}{
		{"valid", `{"id":"kcl","name":"King's","seats":[{"id":"b","roles":["chair"]}],"pair":[1,2]}`, strictjson.Options{}, nil},
		{"case variant key", `{"ID":"kcl"}`, strictjson.Options{},
			[]want{{"ID", "/ID", vocab.ErrUnknownField, `did you mean "id"?`},
				{"id", "/id", vocab.ErrRequired, `the unknown key "ID" may be a misspelling of it`}}},
		{"case variant untagged", `{"untagged":"x"}`, strictjson.Options{},
			[]want{{"untagged", "/untagged", vocab.ErrUnknownField, `did you mean "Untagged"?`}}},
		{"unknown key", `{"seats":[{"id":"a"},{"id":"b","colour":"red"}]}`, strictjson.Options{},
			[]want{{"seats[1].colour", "/seats/1/colour", vocab.ErrUnknownField, ""}}},
		{"unexported field", `{"hidden":1}`, strictjson.Options{}, []want{{"hidden", "/hidden", vocab.ErrUnknownField, ""}}},
		{"dash field", `{"Skipped":"x"}`, strictjson.Options{}, []want{{"Skipped", "/Skipped", vocab.ErrUnknownField, ""}}},
		{"embedded struct name", `{"Audit":{}}`, strictjson.Options{}, []want{{"Audit", "/Audit", vocab.ErrUnknownField, ""}}},
		{"promoted fields", `{"created":"2024-04-01","by":"clerk"}`, strictjson.Options{}, nil},
		{"duplicate key", `{"id":"a","id":"b"}`, strictjson.Options{},
			[]want{{"id", "/id", vocab.ErrDuplicate, "line 1, column 2"}}},
		{"duplicate map key", `{"budget":{"kcl":1,"kcl":2}}`, strictjson.Options{},
			[]want{{"budget[kcl]", "/budget/kcl", vocab.ErrDuplicate, "line 1, column 12"}}},
		{"duplicate in raw", `{"extra":{"a":[{"b":1,"b":2}]}}`, strictjson.Options{},
			[]want{{"extra[a][0][b]", "/extra/a/0/b", vocab.ErrDuplicate, ""}}},
		{"duplicate in interface", `{"any":{"k":{"x":1,"x":2}}}`, strictjson.Options{},
			[]want{{"any[k][x]", "/any/k/x", vocab.ErrDuplicate, ""}}},
		{"trailing data", `{"id":"a"} x`, strictjson.Options{},
			[]want{{"", "", vocab.ErrSyntax, "trailing data after the top-level value at line 1, column 12"}}},
		{"second value", `{} {}`, strictjson.Options{}, []want{{"", "", vocab.ErrSyntax, "line 1, column 4"}}},
		{"malformed deep", `{"seats":[{"id": }]}`, strictjson.Options{},
			[]want{{"seats[0].id", "/seats/0/id", vocab.ErrSyntax, "invalid character '}' looking for a value at line 1, column 18"}}},
		{"unterminated", `{"name":"abc`, strictjson.Options{}, []want{{"name", "/name", vocab.ErrSyntax, "unexpected end of input"}}},
		{"empty input", ``, strictjson.Options{}, []want{{"", "", vocab.ErrSyntax, "unexpected end of input"}}},
		{"invalid UTF-8", "{\"name\":\"a\xffb\"}", strictjson.Options{},
			[]want{{"name", "/name", vocab.ErrSyntax, "invalid UTF-8 in string at line 1, column 11"}}},
		{"byte order mark", "\xEF\xBB\xBF{}", strictjson.Options{}, []want{{"", "", vocab.ErrSyntax, "byte order mark"}}},
		{"lone surrogate", `{"name":"\ud800"}`, strictjson.Options{}, []want{{"name", "/name", vocab.ErrSyntax, "unpaired surrogate"}}},
		{"control character", "{\"name\":\"a\tb\"}", strictjson.Options{}, []want{{"name", "/name", vocab.ErrSyntax, "control character 0x09"}}},
		{"leading zero", `{"count":01}`, strictjson.Options{}, []want{{"count", "/count", vocab.ErrSyntax, "invalid character '1'"}}},
		{"single quotes", `{'id':1}`, strictjson.Options{}, []want{{"", "", vocab.ErrSyntax, "single quotes: JSON strings take double quotes at line 1, column 2"}}},
		{"wrong type", `{"name":1}`, strictjson.Options{}, []want{{"name", "/name", vocab.ErrTypeInvalid, "want string, got number"}}},
		{"wrong type text", `{"start":20240101}`, strictjson.Options{}, []want{{"start", "/start", vocab.ErrTypeInvalid, "want string, got number"}}},
		{"wrong top-level type", `[1]`, strictjson.Options{}, []want{{"", "", vocab.ErrTypeInvalid, "want object, got array"}}},
		{"null string", `{"name":null}`, strictjson.Options{}, []want{{"name", "/name", vocab.ErrTypeInvalid, "want string, got null"}}},
		{"null interface and raw", `{"any":null,"extra":null}`, strictjson.Options{}, nil},
		{"null list", `{"tags":null}`, strictjson.Options{}, []want{{"tags", "/tags", vocab.ErrTypeInvalid, "want array, got null; leave the member out instead"}}},
		{"null object", `{"parent":null}`, strictjson.Options{}, []want{{"parent", "/parent", vocab.ErrTypeInvalid, "want object, got null; leave the member out instead"}}},
		{"null map", `{"budget":null}`, strictjson.Options{}, []want{{"budget", "/budget", vocab.ErrTypeInvalid, "want object, got null; leave the member out instead"}}},
		{"null optional text", `{"seats":[{"id":"a","note":null}]}`, strictjson.Options{}, []want{{"seats[0].note", "/seats/0/note", vocab.ErrTypeInvalid, "want string, got null; leave the member out instead"}}},
		{"empty optional text", `{"by":""}`, strictjson.Options{}, []want{{"by", "/by", vocab.ErrInvalid, `want a value, got ""; leave the member out instead`}}},
		{"empty optional code", `{"role":""}`, strictjson.Options{}, []want{{"role", "/role", vocab.ErrInvalid, "leave the member out"}}},
		{"empty optional date", `{"created":""}`, strictjson.Options{}, []want{{"created", "/created", vocab.ErrInvalid, "leave the member out"}}},
		{"empty code in a list", `{"seats":[{"id":"a","roles":["member",""]}]}`, strictjson.Options{}, []want{{"seats[0].roles[1]", "/seats/0/roles/1", vocab.ErrInvalid, "got \"\""}}},
		{"empty required member left to validation", `{"id":"","name":"","seats":[{"id":""}]}`, strictjson.Options{}, nil},
		{"empty text through a pointer", `{"seats":[{"id":"a","note":""}]}`, strictjson.Options{}, nil},
		{"empty text in a plain list", `{"tags":["",""]}`, strictjson.Options{}, nil},
		{"int64 at the safe bound", `{"minor":-9007199254740991,"big":9007199254740991}`, strictjson.Options{}, nil},
		{"int64 beyond the safe bound", `{"minor":9007199254740993}`, strictjson.Options{}, []want{{"minor", "/minor", vocab.ErrOutOfRange, "want an integer from -9007199254740991 to 9007199254740991"}}},
		{"negative int64 beyond the safe bound", `{"minor":-9007199254740992}`, strictjson.Options{}, []want{{"minor", "/minor", vocab.ErrOutOfRange, "from -9007199254740991"}}},
		{"uint64 beyond the safe bound", `{"big":9007199254740992}`, strictjson.Options{}, []want{{"big", "/big", vocab.ErrOutOfRange, "want an integer from 0 to 9007199254740991"}}},
		{"int64 beyond the safe bound as an exponent", `{"minor":1e16}`, strictjson.Options{}, []want{{"minor", "/minor", vocab.ErrOutOfRange, "9007199254740991"}}},
		{"fraction in integer", `{"count":1.5}`, strictjson.Options{}, []want{{"count", "/count", vocab.ErrTypeInvalid, "want integer, got a fraction"}}},
		{"whole number forms", `{"count":1.0e3,"small":-1280e-1,"big":0.0}`, strictjson.Options{}, nil},
		{"int8 overflow", `{"small":128}`, strictjson.Options{}, []want{{"small", "/small", vocab.ErrOutOfRange, "want int8 from -128 to 127"}}},
		{"uint negative", `{"big":-1}`, strictjson.Options{}, []want{{"big", "/big", vocab.ErrOutOfRange, "want uint64 from 0 to 18446744073709551615"}}},
		{"uint64 overflow", `{"big":18446744073709551616}`, strictjson.Options{}, []want{{"big", "/big", vocab.ErrOutOfRange, "magnitude exceeds 64 bits"}}},
		{"huge exponent", `{"minor":1e999999999999999999}`, strictjson.Options{}, []want{{"minor", "/minor", vocab.ErrOutOfRange, ""}}},
		{"tiny exponent", `{"minor":1e-999999999999999999}`, strictjson.Options{}, []want{{"minor", "/minor", vocab.ErrTypeInvalid, "fraction"}}},
		{"float overflow", `{"score":1e400}`, strictjson.Options{}, []want{{"score", "/score", vocab.ErrOutOfRange, "float64"}}},
		{"array too long", `{"pair":[1,2,3]}`, strictjson.Options{}, []want{{"pair[2]", "/pair/2", vocab.ErrOutOfRange, "at most 2"}}},
		{"array element", `{"pair":[1,"x"]}`, strictjson.Options{}, []want{{"pair[1]", "/pair/1", vocab.ErrTypeInvalid, "want integer, got string"}}},
		{"enum", `{"seats":[{"id":"a","roles":["member","boss"]}]}`, strictjson.Options{},
			[]want{{"seats[0].roles[1]", "/seats/0/roles/1", vocab.ErrNotSupported, ""}}},
		{"date", `{"start":"2024-13-01"}`, strictjson.Options{}, []want{{"start", "/start", vocab.ErrInvalid, ""}}},
		{"integer map key", `{"byYear":{"x":"a"}}`, strictjson.Options{}, []want{{"byYear[x]", "/byYear/x", vocab.ErrInvalid, "map key: want integer"}}},
		{"integer map key range", `{"byYear":{"40000":"a"}}`, strictjson.Options{}, []want{{"byYear[40000]", "/byYear/40000", vocab.ErrOutOfRange, "int16"}}},
		{"text map key", `{"byDate":{"2024-02-30":"1/2"}}`, strictjson.Options{}, []want{{"byDate[2024-02-30]", "/byDate/2024-02-30", vocab.ErrInvalid, ""}}},
		{"map value", `{"byDate":{"2024-02-28":"1/0"}}`, strictjson.Options{}, []want{{"byDate[2024-02-28]", "/byDate/2024-02-28", vocab.ErrInvalid, ""}}},
		{"pointer escapes", `{"budget":{"a/b~c":"x"}}`, strictjson.Options{}, []want{{"budget[a/b~c]", "/budget/a~1b~0c", vocab.ErrTypeInvalid, ""}}},
		{"too deep", `{"any":[[[[1]]]]}`, strictjson.Options{MaxDepth: 4},
			[]want{{"any[0][0][0]", "/any/0/0/0", vocab.ErrOutOfRange, "nesting deeper than 4"}}},
		{"deep enough", `{"any":[[[1]]]}`, strictjson.Options{MaxDepth: 4}, nil},
		{"too large", `{"id":"kcl"}`, strictjson.Options{MaxBytes: 11}, []want{{"", "", vocab.ErrOutOfRange, "input exceeds 11 bytes"}}},
		{"large enough", `{"id":"kcl"}`, strictjson.Options{MaxBytes: 12}, nil},
		{"newer minor skips unknown with warnings", `{"version":"1.9","future":1,"seats":[{"id":"a","colour":2}],"ID":"x"}`, strictjson.Options{}, []want{
			{"future", "/future", vocab.ErrUnknownField, "skipped: not in version 1.0, which this release reads"},
			{"seats[0].colour", "/seats/0/colour", vocab.ErrUnknownField, "skipped"},
			{"ID", "/ID", vocab.ErrUnknownField, `skipped: not in version 1.0, which this release reads; did you mean "id"?`}}},
		{"newer minor keeps other checks", `{"version":"1.9","name":1}`, strictjson.Options{}, []want{{"name", "/name", vocab.ErrTypeInvalid, ""}}},
		{"newer minor warnings past the limit", `{"version":"1.9","a":1,"b":2,"c":3}`, strictjson.Options{MaxProblems: 2}, []want{
			{"a", "/a", vocab.ErrUnknownField, "skipped"}, {"b", "/b", vocab.ErrUnknownField, "skipped"},
			{"", "", vocab.ErrOutOfRange, "stopped listing after 2 problems; 1 more found"}}},
		{"newer minor error past the limit", `{"version":"1.9","a":1,"b":2,"name":3}`, strictjson.Options{MaxProblems: 2}, []want{
			{"a", "/a", vocab.ErrUnknownField, "skipped"}, {"b", "/b", vocab.ErrUnknownField, "skipped"},
			{"", "", vocab.ErrOutOfRange, "stopped listing after 2 problems; 1 more found"}}},
		{"current version rejects unknown", `{"version":"1.0","future":1}`, strictjson.Options{}, []want{{"future", "/future", vocab.ErrUnknownField, ""}}},
		{"newer major rejects unknown", `{"version":"2.1","future":1}`, strictjson.Options{}, []want{{"future", "/future", vocab.ErrUnknownField, ""}}},
		{"document order", `{"zeta":1,"name":2,"alpha":3,"id":"a","id":"b"}`, strictjson.Options{}, []want{
			{"zeta", "/zeta", vocab.ErrUnknownField, ""}, {"name", "/name", vocab.ErrTypeInvalid, ""},
			{"alpha", "/alpha", vocab.ErrUnknownField, ""}, {"id", "/id", vocab.ErrDuplicate, ""}}},
		{"max problems", `{"a":1,"b":2,"c":3,"d":4}`, strictjson.Options{MaxProblems: 2}, []want{
			{"a", "/a", vocab.ErrUnknownField, ""}, {"b", "/b", vocab.ErrUnknownField, ""},
			{"", "", vocab.ErrOutOfRange, "stopped listing after 2 problems; 2 more found"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d Doc
			got := strictjson.Decode(strings.NewReader(tt.input), &d, tt.opts)
			checkProblems(t, got, tt.want)
			// Only the unknown keys of a newer minor version are warnings,
			// and the closing problem when every problem it counts is one.
			newer := strings.HasPrefix(tt.name, "newer minor") && !strings.Contains(tt.name, "other checks")
			for i, p := range got {
				closingError := strings.Contains(tt.name, "error past") && i == len(got)-1
				assert.Equal(t, newer && !closingError, p.IsWarning(), "severity of %v", p)
			}
		})
	}
}

func TestUnknownFieldListsKnownKeys(t *testing.T) {
	var s Seat
	ps := strictjson.Unmarshal([]byte(`{"Id":"a"}`), &s, strictjson.Options{})
	require.Len(t, ps, 2) // and the required id, which "Id" displaced
	assert.Equal(t, []string{"id", "share", "roles", "note"}, ps[0].Allowed)
	assert.Equal(t, `Id: unknown field: did you mean "id"?: supported values: "id", "share", "roles", "note"`, ps[0].Error())
}

func TestEnumProblemKeepsAllowedValues(t *testing.T) {
	var s Seat
	ps := strictjson.Unmarshal([]byte(`{"roles":["boss"]}`), &s, strictjson.Options{})
	require.Len(t, ps, 1)
	assert.Equal(t, "boss", ps[0].Value)
	assert.Equal(t, roles.Strings(), ps[0].Allowed)
}

func TestTextErrorKeepsCause(t *testing.T) {
	var d Doc
	ps := strictjson.Unmarshal([]byte(`{"share":"1/0"}`), &d, strictjson.Options{})
	require.Len(t, ps, 1)
	assert.Equal(t, "1/0", ps[0].Value)
	var pe *vocab.ParseError
	assert.True(t, errors.As(ps[0], &pe), "cause %v is a *vocab.ParseError", ps[0].Cause)
}

func TestDecodedValues(t *testing.T) {
	var d Doc
	input := `{"id":"kcl","count":1.0e3,"small":-128,"big":9007199254740991,"minor":-9007199254740991,
		"score":0.25,"active":true,"tags":[],"budget":{"a":1},"byYear":{"-3":"x"},"byDate":{"2024-02-29":"1/3"},
		"pair":[7],"extra":{"a": 1},"any":{"n":[1,"s",true,null]},"parent":{"id":"p","note":"n"},
		"created":"2024-04-01","Untagged":"u","share":"50%"}`
	require.NoError(t, strictjson.Unmarshal([]byte(input), &d, strictjson.Options{}).Err())
	note := "n"
	want := Doc{ID: "kcl", Count: 1000, Small: -128, Big: 9007199254740991, Minor: -9007199254740991,
		Score: 0.25, Active: true, Tags: []string{}, Budget: map[string]int64{"a": 1}, ByYear: map[int16]string{-3: "x"},
		ByDate: map[vocab.Date]vocab.Ratio{vocab.MustParseDate("2024-02-29"): vocab.MustRatio(1, 3)},
		Pair:   [2]uint8{7, 0}, Extra: []byte(`{"a": 1}`), Any: map[string]any{"n": []any{1.0, "s", true, nil}},
		Parent: &Seat{ID: "p", Note: &note}, Audit: Audit{Created: vocab.MustParseDate("2024-04-01")},
		Untagged: "u", Share: vocab.MustRatio(1, 2)}
	if diff := cmp.Diff(want, d, cmpOpts...); diff != "" {
		t.Errorf("decoded (-want +got):\n%s", diff)
	}
}

func TestDecodeMergesIntoExistingValues(t *testing.T) {
	d := Doc{Name: "kept", Budget: map[string]int64{"old": 1}, Parent: &Seat{ID: "p"}}
	require.NoError(t, strictjson.Unmarshal([]byte(`{"budget":{"new":2},"parent":{"share":"1/2"}}`), &d, strictjson.Options{}).Err())
	assert.Equal(t, "kept", d.Name)
	assert.Equal(t, map[string]int64{"old": 1, "new": 2}, d.Budget)
	assert.Equal(t, Seat{ID: "p", Share: vocab.MustRatio(1, 2)}, *d.Parent)
}

func TestUnexportedFieldUntouched(t *testing.T) {
	d := Doc{hidden: 7}
	ps := strictjson.Unmarshal([]byte(`{"hidden":1}`), &d, strictjson.Options{})
	checkProblems(t, ps, []want{{"hidden", "/hidden", vocab.ErrUnknownField, ""}})
	assert.Equal(t, 7, d.hidden)
}

func TestBadDestination(t *testing.T) {
	for _, dst := range []any{nil, Doc{}, (*Doc)(nil), 3} {
		ps := strictjson.Unmarshal([]byte(`{}`), dst, strictjson.Options{})
		require.Len(t, ps, 1)
		assert.Equal(t, vocab.ErrInvalid, ps[0].Type)
		assert.Contains(t, ps[0].Detail, "want a non-nil pointer")
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestDecodeReadError(t *testing.T) {
	var d Doc
	ps := strictjson.Decode(failingReader{}, &d, strictjson.Options{})
	require.Len(t, ps, 1)
	assert.ErrorContains(t, ps[0], "disk on fire")
}

// limitedReader fails the test if more than limit bytes are read.
type countingReader struct {
	n    int
	read int
}

func (r *countingReader) Read(b []byte) (int, error) {
	n := min(len(b), r.n-r.read)
	for i := range n {
		b[i] = ' '
	}
	r.read += n
	return n, nil
}

func TestDecodeReadsAtMostMaxBytesPlusOne(t *testing.T) {
	r := &countingReader{n: 1 << 20}
	var d Doc
	ps := strictjson.Decode(r, &d, strictjson.Options{MaxBytes: 1000})
	checkProblems(t, ps, []want{{"", "", vocab.ErrOutOfRange, "input exceeds 1000 bytes"}})
	assert.Equal(t, 1001, r.read)
}

func TestUnsupportedDestinations(t *testing.T) {
	var m map[[2]int]string
	ps := strictjson.Unmarshal([]byte(`{"a":"b"}`), &m, strictjson.Options{})
	checkProblems(t, ps, []want{{"", "", vocab.ErrInvalid, "map with key type [2]int"}})

	var e error
	ps = strictjson.Unmarshal([]byte(`"x"`), &e, strictjson.Options{})
	checkProblems(t, ps, []want{{"", "", vocab.ErrInvalid, "interface type error"}})

	var c chan int
	ps = strictjson.Unmarshal([]byte(`1`), &c, strictjson.Options{})
	checkProblems(t, ps, []want{{"", "", vocab.ErrTypeInvalid, "got number"}})
}

func TestBytesAreBase64(t *testing.T) {
	var b []byte
	require.NoError(t, strictjson.Unmarshal([]byte(`"aGk="`), &b, strictjson.Options{}).Err())
	assert.Equal(t, []byte("hi"), b)
	ps := strictjson.Unmarshal([]byte(`"!!"`), &b, strictjson.Options{})
	checkProblems(t, ps, []want{{"", "", vocab.ErrInvalid, "base64"}})
}
