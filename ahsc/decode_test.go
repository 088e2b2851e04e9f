package ahsc_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/ahsctest"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/governance"
)

func TestEncodeDecodeRoundTrips(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := rapid.OneOf(ahsctest.Centre(), ahsctest.FullCentre()).Draw(t, "centre")
		var buf bytes.Buffer
		if err := c.Encode(&buf); err != nil {
			t.Fatal(err)
		}
		got, _, err := ahsc.Decode(&buf, vocab.DecodeOptions{})
		if err != nil {
			t.Fatalf("decode of our own encoding failed: %v\n%s", err, buf.String())
		}
		if diff := cmp.Diff(c, got, append(vocabtest.CmpOptions(), cmpopts.EquateEmpty())...); diff != "" {
			t.Fatalf("round trip changed the centre (-want +got):\n%s", diff)
		}
	})
}

func TestCanonicalIgnoresListOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahsctest.Centre().Draw(t, "centre")
		a, err := c.Canonical()
		require.NoError(t, err)
		c.Partners = rapid.Permutation(c.Partners).Draw(t, "partners")
		c.Organisations = rapid.Permutation(c.Organisations).Draw(t, "organisations")
		b, err := c.Canonical()
		require.NoError(t, err)
		if !bytes.Equal(a, b) {
			t.Fatalf("canonical form depends on order:\n%s\n%s", a, b)
		}
	})
}

func TestDecodeIsStrict(t *testing.T) {
	for _, tc := range []struct {
		name, doc, pointer string
		kind               vocab.ProblemType
	}{
		{"unknown key", `{"version":"1.0","id":"x","name":"X","partners":[],"colour":"red"}`, "/colour", vocab.ErrUnknownField},
		{"case-variant key", `{"version":"1.0","ID":"x","name":"X","partners":[]}`, "/ID", vocab.ErrUnknownField},
		{"duplicate key", `{"version":"1.0","id":"x","id":"y","name":"X","partners":[]}`, "/id", vocab.ErrDuplicate},
		{"trailing data", `{"version":"1.0","id":"x","name":"X","partners":[]} {}`, "", vocab.ErrSyntax},
		{"bad date", `{"version":"1.0","id":"x","name":"X","partners":[{"id":"kcl","name":"KCL","kind":"university","memberships":[{"role":"partner","joined":"2009-02-30"}]}]}`,
			"/partners/0/memberships/0/joined", vocab.ErrInvalid},
		{"bad enum", `{"version":"1.0","id":"x","name":"X","partners":[{"id":"kcl","name":"KCL","kind":"uni","memberships":[]}]}`,
			"/partners/0/kind", vocab.ErrNotSupported},
		{"wrong type", `{"version":"1.0","id":"x","name":"X","partners":[],"designations":[{"issuers":["dh"],"round":"2009","period":"2009-03-09/.."}]}`,
			"/designations/0/round", vocab.ErrTypeInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := ahsc.Decode(strings.NewReader(tc.doc), vocab.DecodeOptions{})
			require.Error(t, err)
			ps := vocab.ProblemsOf(err)
			var found bool
			for _, p := range ps {
				found = found || (p.Pointer() == tc.pointer && p.Type == tc.kind)
			}
			assert.True(t, found, "want %s at %q, got %v", tc.kind, tc.pointer, ps)
		})
	}
}

func TestDecodeNewerMinorVersionSkipsUnknownFields(t *testing.T) {
	c, _, err := ahsc.Decode(strings.NewReader(`{"version":"1.9","id":"x","name":"X","futureField":{"a":1},
		"partners":[{"id":"kcl","name":"KCL","kind":"university","sources":[{"kind":"illustrative","note":"test"}],
		"memberships":[{"role":"partner","joined":"2009","sources":[{"kind":"illustrative","note":"test"}]}]}]}`), vocab.DecodeOptions{})
	require.NoError(t, err)
	assert.Equal(t, vocab.Version("1.9"), c.Version)
}

func TestDecodeValidates(t *testing.T) {
	c, _, err := ahsc.Decode(strings.NewReader(`{"version":"1.0","id":"x","name":"X","partners":[]}`), vocab.DecodeOptions{})
	assert.Nil(t, c)
	require.Error(t, err)
	ps := vocab.ProblemsOf(err)
	require.NotEmpty(t, ps)
	assert.Equal(t, "/partners", ps[0].Pointer())
	assert.ErrorIs(t, err, vocab.ErrRequired)
}

func TestDecodeFileMissing(t *testing.T) {
	_, _, err := ahsc.DecodeFile("testdata/does-not-exist.json", vocab.DecodeOptions{})
	assert.Error(t, err)
}

// Required lists are omitted, never written as null, when nil: the schema
// then reports a missing required member, as Validate reports ErrRequired.
func TestNilRequiredListsAreOmittedNotNull(t *testing.T) {
	c := &ahsc.Centre{Version: vocab.CurrentVersion, ID: "x", Name: "X",
		Organisations: []ahsc.Organisation{{ID: "o", Name: "O", Kind: ahsc.OrgKindOther}}}
	out, err := c.MarshalIndent()
	require.NoError(t, err)
	assert.NotContains(t, string(out), "null")
	assert.NotContains(t, string(out), `"partners"`)
	assert.Equal(t, "/partners", c.Problems().Filter(vocab.ErrRequired)[0].Pointer())
}

// A valid centre comes back with its warnings, each with its position: a
// seat nominated by a partner that joined some time in 2010, while the seat
// began on 1 January 2010, so the partner is only possibly absent.
func TestDecodeReturnsWarnings(t *testing.T) {
	doc := `{
  "version": "1.0", "id": "x", "name": "X",
  "partners": [
    {"id": "kcl", "name": "KCL", "kind": "university", "sources": [{"kind": "illustrative", "note": "test"}],
     "memberships": [{"role": "partner", "joined": "2010", "sources": [{"kind": "illustrative", "note": "test"}]}]}
  ],
  "governance": {"bodies": [{"id": "board", "name": "Board", "kind": "board", "period": "2009-01-01/..",
    "seats": [{"id": "s1", "label": "KCL seat", "nominatedBy": "kcl", "period": "2010-01-01/.."}]}]}
}`
	c, ps, err := ahsc.Decode(strings.NewReader(doc), vocab.DecodeOptions{})
	require.NoError(t, err)
	require.NotNil(t, c)
	require.Len(t, ps, 1, "%v", ps)
	w := ps[0]
	assert.True(t, w.IsWarning())
	assert.Equal(t, "/governance/bodies/0/seats/0/nominatedBy", w.Pointer())
	assert.Contains(t, w.Detail, "may not be a partner throughout")
	assert.Equal(t, "line 8, column 49", w.Position.String())
	assert.Equal(t, strings.Index(doc, `"nominatedBy"`), int(w.Position.Offset))
}

// The decoded document's problems are those its Problems method finds
// (decoding loses nothing validation looks at), in the same order, and
// every one carries the position of the value it names: the member's key,
// or the element, or — for a missing member — the enclosing object
// (decodetest.Document.CheckValue).
func TestDecodeProblemsHavePositions(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := rapid.OneOf(ahsctest.FullCentre(), rapid.Map(ahsctest.MutatedCentre(),
			func(m vocabtest.Mutation[*ahsc.Centre]) *ahsc.Centre { return m.Value })).Draw(t, "centre")
		centres.CheckValue(t, c)
	})
}

// The limits of DecodeOptions hold whatever reader the input comes from.
func TestDecodeOptions(t *testing.T) {
	doc := `{"version":"1.0","id":"x","name":"X","partners":[{},{},{}]}`
	// A reader that does not tell its size, and one that never ends.
	_, ps, err := ahsc.Decode(struct{ io.Reader }{strings.NewReader(doc)}, vocab.DecodeOptions{MaxBytes: 20})
	require.ErrorIs(t, err, vocab.ErrOutOfRange)
	require.Len(t, ps, 1)
	assert.True(t, ps[0].Path.IsRoot())
	assert.Equal(t, int64(20), ps[0].Position.Offset)
	_, ps, err = ahsc.Decode(endless{}, vocab.DecodeOptions{MaxBytes: 1 << 10})
	require.ErrorIs(t, err, vocab.ErrOutOfRange)
	assert.Equal(t, "input exceeds 1024 bytes (the size limit; DecodeOptions.MaxBytes raises it)", ps[0].Detail)

	_, ps, err = ahsc.Decode(strings.NewReader(`{"version":"1.0","partners":[[[[]]]]}`), vocab.DecodeOptions{MaxDepth: 3})
	require.ErrorIs(t, err, vocab.ErrOutOfRange)
	assert.Contains(t, ps[0].Detail, "nesting deeper than 3")

	// Five problems per empty partner (id, name, kind, sources,
	// memberships): 15, listed up to the limit.
	for _, max := range []int{1, 5, 15, 16} {
		_, ps, err = ahsc.Decode(strings.NewReader(doc), vocab.DecodeOptions{MaxProblems: max})
		require.Error(t, err)
		if max >= 15 {
			assert.Len(t, ps, 15)
			continue
		}
		require.Len(t, ps, max+1)
		assert.Equal(t, fmt.Sprintf("stopped listing after %s; %d more found", plural(max), 15-max), ps[max].Detail)
		assert.Equal(t, ps[max-1].Position, ps[max].Position, "the closing problem sits at the last one listed")
	}
}

func plural(n int) string {
	if n == 1 {
		return "1 problem"
	}
	return fmt.Sprint(n, " problems")
}

// endless is a reader of spaces that never ends.
type endless struct{}

func (endless) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = ' '
	}
	return len(b), nil
}

func TestDecodeFileReportsPositions(t *testing.T) {
	name := t.TempDir() + "/centre.json"
	require.NoError(t, os.WriteFile(name, []byte("{\n  \"version\": \"1.0\",\n  \"id\": \"x\",\n  \"name\": \"X\",\n  \"partners\": [],\n}\n"), 0o600))
	c, ps, err := ahsc.DecodeFile(name, vocab.DecodeOptions{})
	assert.Nil(t, c)
	require.ErrorIs(t, err, vocab.ErrSyntax)
	require.Len(t, ps, 1)
	assert.Equal(t, "line 5, column 17", ps[0].Position.String())
	assert.Contains(t, ps[0].Error(), "trailing comma")

	_, ps, err = ahsc.DecodeFile(t.TempDir()+"/missing.json", vocab.DecodeOptions{})
	assert.ErrorIs(t, err, fs.ErrNotExist)
	assert.Nil(t, ps)
}

// Problems on a value built in Go lists every problem; a collector with a
// limit caps the same list, and so does DecodeOptions.MaxProblems.
func TestProblemsAndTheirCap(t *testing.T) {
	c := &ahsc.Centre{Version: vocab.CurrentVersion, ID: "x", Name: "X", Partners: make([]ahsc.Partner, 200)}
	all := c.Problems()
	require.Len(t, all, 1000, "five per empty partner")
	capped := c.CollectProblems(&vocab.Collector{Limit: 20}).Problems()
	require.Len(t, capped, 21)
	assert.Equal(t, all[:20], capped[:20])
	assert.Equal(t, "stopped listing after 20 problems; 980 more found", capped[20].Detail)

	data, err := c.MarshalIndent()
	require.NoError(t, err)
	_, ps, err := ahsc.Decode(bytes.NewReader(data), vocab.DecodeOptions{MaxProblems: 1000})
	require.Error(t, err)
	require.Len(t, ps, 1000)
	for i, p := range ps {
		assert.Equal(t, all[i].Error(), p.Error())
	}
}

// The fixture: a typo'd key "memberhsips" listed the allowed keys
// but suggested nothing, and the now-missing required "memberships" was not
// reported. Now the unknown key suggests the nearest allowed key and the
// displaced required key is reported at its own pointer.
func TestMisspeltKeySuggestsAndReportsDisplacedRequired(t *testing.T) {
	doc := `{"version": "1.0", "id": "x", "name": "X",
  "partners": [{"id": "kcl", "name": "KCL", "kind": "university", "sources": [{"kind": "illustrative", "note": "test"}],
    "memberhsips": [{"role": "partner", "joined": "2010-01-01", "sources": [{"kind": "illustrative", "note": "test"}]}]}]}`
	_, ps, err := ahsc.Decode(strings.NewReader(doc), vocab.DecodeOptions{})
	require.Error(t, err)
	require.Len(t, ps, 2, "%v", ps)
	assert.Equal(t, "/partners/0/memberhsips", ps[0].Pointer())
	assert.Equal(t, vocab.ErrUnknownField, ps[0].Type)
	assert.Equal(t, `did you mean "memberships"?`, ps[0].Detail)
	assert.Contains(t, ps[0].Allowed, "memberships")
	assert.Equal(t, "/partners/0/memberships", ps[1].Pointer())
	assert.ErrorIs(t, ps[1], vocab.ErrRequired)
	assert.Contains(t, ps[1].Error(), `the unknown key "memberhsips" may be a misspelling of it`)
	assert.Equal(t, "line 3, column 5", ps[1].Position.String())
}

// The fixture "2016-13-01", decoded in a document: the problem
// says the month is out of range, not "no such day".
func TestDecodeDateSaysWhichPart(t *testing.T) {
	doc := `{"version": "1.0", "id": "x", "name": "X",
  "partners": [{"id": "kcl", "name": "KCL", "kind": "university", "sources": [{"kind": "illustrative", "note": "test"}],
    "memberships": [{"role": "partner", "joined": "2016-13-01", "sources": [{"kind": "illustrative", "note": "test"}]}]}]}`
	_, ps, err := ahsc.Decode(strings.NewReader(doc), vocab.DecodeOptions{})
	require.Error(t, err)
	require.Len(t, ps, 1, "%v", ps)
	assert.Equal(t, "/partners/0/memberships/0/joined", ps[0].Pointer())
	assert.Contains(t, ps[0].Error(), "month 13 is out of range 1–12")
	assert.NotContains(t, ps[0].Error(), "no such day")
}

// The fixture: a membership ending 9999-12-31, the last supported
// day, drew a false warning that the partner was a partner for only part
// of an open-ended seat (and, with the exact "throughout" check, would
// have been an error). A period ending on the last day is open-ended, so
// the seats, open or ending then, need nothing more; a partial year 9999
// still leaves the days after 9999-01-01 uncertain (to the end: "..").
func TestMembershipEndingOnTheLastDayIsOpenEnded(t *testing.T) {
	doc := `{"version": "1.0", "id": "x", "name": "X",
  "partners": [{"id": "kcl", "name": "KCL", "kind": "university", "sources": [{"kind": "illustrative", "note": "test"}],
    "memberships": [{"role": "partner", "joined": "2010-01-01", "left": "9999-12-31", "sources": [{"kind": "illustrative", "note": "test"}]}]}],
  "governance": {"bodies": [{"id": "board", "name": "Board", "kind": "board", "period": "2010-01-01/..",
    "composition": {"minVotingSeatsPerPartner": 1},
    "seats": [{"id": "s1", "label": "KCL seat", "nominatedBy": "kcl", "voting": true, "period": "2010-01-01/.."},
      {"id": "s2", "label": "KCL seat 2", "nominatedBy": "kcl", "period": "2010-01-01/9999-12-31"},
      {"id": "s3", "label": "KCL seat 3", "nominatedBy": "kcl", "period": "2010/9999"}]}]}
}`
	c, ps, err := ahsc.Decode(strings.NewReader(doc), vocab.DecodeOptions{})
	require.NoError(t, err)
	require.NotNil(t, c)
	assert.Empty(t, ps)

	c.Partners[0].Memberships[0].Left = vocab.MustParseDate("9999")
	ps = c.Problems()
	require.Len(t, ps, 3, "%v", ps)
	for _, p := range ps {
		assert.True(t, p.IsWarning(), "%v", p)
		assert.Contains(t, p.Detail, "possibly not a partner on 9999-01-02/..")
	}
}

// The fixture: a board seat nominated by a partner that joined two
// years after the seat began decoded with no error, though the partner
// must be a partner for the whole term. It is an error naming the days
// without the partner and the partner's membership dates.
func TestSeatNominatedBeforePartnerJoinedIsAnError(t *testing.T) {
	doc := `{"version": "1.0", "id": "x", "name": "Imperial College AHSC",
  "partners": [{"id": "imperial", "name": "Imperial College London", "kind": "university", "sources": [{"kind": "illustrative", "note": "test"}],
    "memberships": [{"role": "partner", "joined": "2012-01-01", "sources": [{"kind": "illustrative", "note": "test"}]}]}],
  "governance": {"bodies": [{"id": "board", "name": "Board", "kind": "board", "period": "2010-01-01/..",
    "seats": [{"id": "s1", "label": "Imperial seat", "nominatedBy": "imperial", "period": "2010-01-01/.."}]}]}
}`
	_, ps, err := ahsc.Decode(strings.NewReader(doc), vocab.DecodeOptions{})
	require.Error(t, err)
	require.Len(t, ps, 1, "%v", ps)
	assert.False(t, ps[0].IsWarning())
	assert.Equal(t, "/governance/bodies/0/seats/0/nominatedBy", ps[0].Pointer())
	assert.ErrorIs(t, ps[0], vocab.ErrInvalid)
	assert.Equal(t, "is not a partner throughout 2010-01-01/..: certainly not a partner on 2010-01-01/2011-12-31 (memberships 2012-01-01/..)", ps[0].Detail)
}

// The fixture: two names differing only in invalid UTF-8 encoded
// the same and both validated. Invalid UTF-8 in any string is a problem
// at its path; the strict decoder refuses it in input.
func TestInvalidUTF8IsAProblem(t *testing.T) {
	c := smallCentreForUTF8()
	c.Partners[0].Name = "King's College London\xff"
	c.Partners[1].Name = "King's College London\xfe"
	a, err := json.Marshal(c.Partners[0].Name)
	require.NoError(t, err)
	b, err := json.Marshal(c.Partners[1].Name)
	require.NoError(t, err)
	require.Equal(t, a, b, "encoding/json writes both as U+FFFD")
	ps := c.Problems()
	require.Len(t, ps, 2, "%v", ps)
	for i, p := range ps {
		assert.Equal(t, fmt.Sprintf("/partners/%d/name", i), p.Pointer())
		assert.ErrorIs(t, p, vocab.ErrInvalid)
		assert.Contains(t, p.Detail, "not valid UTF-8: byte 0x")
		assert.Contains(t, p.Detail, "at offset 21")
	}
	c.Partners[0].Name, c.Partners[1].Name = "KCL", "GSTT"
	c.Governance = &governance.Document{Bodies: []governance.Body{{ID: "board", Name: "Board\x80", Kind: governance.BodyKindBoard,
		Period: vocab.PeriodFrom(vocab.MustParseDate("2010-01-01"))}}}
	ps = c.Problems()
	require.Len(t, ps, 1, "%v", ps)
	assert.Equal(t, "/governance/bodies/0/name", ps[0].Pointer(), "embedded documents are checked once, with their prefix")

	_, _, err = ahsc.Decode(strings.NewReader("{\"version\":\"1.0\",\"id\":\"x\",\"name\":\"X\xff\"}"), vocab.DecodeOptions{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "invalid UTF-8")
}

func smallCentreForUTF8() *ahsc.Centre {
	src := []vocab.Source{{Kind: vocab.SourceIllustrative, Note: "test"}}
	p := func(id vocab.OrgID, kind ahsc.OrgKind) ahsc.Partner {
		return ahsc.Partner{Organisation: ahsc.Organisation{ID: id, Name: string(id), Kind: kind, Sources: src},
			Memberships: []ahsc.Membership{{Role: ahsc.RolePartner, Joined: vocab.MustParseDate("2009-01-01"), Sources: src}}}
	}
	return &ahsc.Centre{Version: vocab.CurrentVersion, ID: "c", Name: "C",
		Partners: []ahsc.Partner{p("kcl", ahsc.OrgKindUniversity), p("gstt", ahsc.OrgKindNHSTrust)}}
}

// Problems follow the document whichever check finds them: the
// partner-throughout check on a seat (run across the whole centre, after
// every document) lists its problem at the seat, after the body's name
// and before the ledger's problems.
func TestCentreProblemsFollowTheDocument(t *testing.T) {
	c := smallCentreForUTF8()
	c.Partners[1].Memberships[0].Joined = vocab.MustParseDate("2015-01-01")
	c.Governance = &governance.Document{Bodies: []governance.Body{{ID: "board", Kind: governance.BodyKindBoard,
		Period: vocab.PeriodFrom(vocab.MustParseDate("2010-01-01")),
		Seats:  []governance.Seat{{ID: "s", Label: "S", NominatedBy: "gstt", Period: vocab.PeriodFrom(vocab.MustParseDate("2010-01-01"))}}}}}
	c.Ledger = &funding.Ledger{}
	c.OtherNames = []ahsc.Name{{}}
	ps := c.Problems()
	got := make([]string, len(ps))
	for i, p := range ps {
		got[i] = p.Pointer()
	}
	assert.Equal(t, []string{"/otherNames/0/value", "/otherNames/0/kind", "/governance/bodies/0/name", "/governance/bodies/0/seats/0/nominatedBy", "/ledger/currency"}, got, "%v", ps)
}
