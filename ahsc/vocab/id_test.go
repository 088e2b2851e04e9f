package vocab_test

import (
	"errors"
	"regexp"
	"strconv"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

func itoa(n int) string { return strconv.Itoa(n) }

func TestValidIDMatchesPattern(t *testing.T) {
	re := regexp.MustCompile(vocab.IDPattern)
	check := func(t *rapid.T, s string) {
		if vocab.ValidID(s) != re.MatchString(s) {
			t.Fatalf("ValidID(%q) = %v, pattern says %v", s, vocab.ValidID(s), re.MatchString(s))
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		check(t, rapid.String().Draw(t, "any"))
		check(t, rapid.StringMatching(`[a-zA-Z0-9_ -]{0,70}`).Draw(t, "near"))
		check(t, vocabtest.ID[string]().Draw(t, "valid"))
	})
	for s, want := range map[string]bool{"kcl": true, "khp-board": true, "a": true, "a-": true, "": false, "Kcl": false,
		"1kcl": false, "-kcl": false, "kcl_x": false, "a" + string(make([]byte, 62)): false} {
		if vocab.ValidID(s) != want {
			t.Errorf("ValidID(%q) = %v", s, !want)
		}
	}
	long := "a"
	for len(long) < 63 {
		long += "b"
	}
	if !vocab.ValidID(long) || vocab.ValidID(long+"c") {
		t.Error("63-character limit wrong")
	}
}

func TestParseAndCheckID(t *testing.T) {
	if id, err := vocab.ParseID[vocab.OrgID]("kcl"); err != nil || id != "kcl" {
		t.Errorf("ParseID(kcl) = %q, %v", id, err)
	}
	if _, err := vocab.ParseID[vocab.OrgID]("KCL"); !errors.Is(err, vocab.ErrInvalid) {
		t.Errorf("ParseID(KCL) = %v", err)
	}
	at := vocab.NewPath("partners").Index(0).Child("id")
	if p := vocab.CheckID(at, vocab.OrgID(""), true); !errors.Is(p, vocab.ErrRequired) || !p.Path.Equal(at) {
		t.Errorf("CheckID(empty, required) = %v", p)
	}
	if p := vocab.CheckID(at, vocab.OrgID(""), false); p != nil {
		t.Errorf("CheckID(empty, optional) = %v", p)
	}
	if p := vocab.CheckID(at, vocab.OrgID("King's"), false); !errors.Is(p, vocab.ErrInvalid) {
		t.Errorf("CheckID(King's) = %v", p)
	}
	for id, kind := range map[interface{ IDKind() string }]string{
		vocab.CentreID(""): "centre", vocab.OrgID(""): "organisation", vocab.PersonID(""): "person",
		vocab.ProgrammeID(""): "programme", vocab.BodyID(""): "body", vocab.AwardID(""): "award", vocab.FacilityID(""): "facility",
	} {
		if id.IDKind() != kind {
			t.Errorf("%T.IDKind() = %q", id, id.IDKind())
		}
	}
}

func TestCheckUniqueIDs(t *testing.T) {
	at := func(i int) *vocab.Path { return vocab.NewPath("partners").Index(i).Child("id") }
	ps := vocab.CheckUniqueIDs([]vocab.OrgID{"kcl", "gstt", "", "kcl", "", "kcl"}, at)
	if len(ps) != 2 || ps[0].Field() != "partners[3].id" || ps[1].Field() != "partners[5].id" ||
		ps[0].Detail != "first used at partners[0].id" || !errors.Is(ps[0], vocab.ErrDuplicate) {
		t.Errorf("CheckUniqueIDs = %v", ps)
	}
	rapid.Check(t, func(t *rapid.T) {
		ids := vocabtest.DistinctIDs[vocab.OrgID](0, 6).Draw(t, "ids")
		if ps := vocab.CheckUniqueIDs(ids, at); len(ps) != 0 {
			t.Fatalf("distinct IDs reported: %v", ps)
		}
		if len(ids) == 0 {
			return
		}
		dup := rapid.SampledFrom(ids).Draw(t, "dup")
		withDup := append(append([]vocab.OrgID(nil), ids...), dup)
		if ps := vocab.CheckUniqueIDs(withDup, at); len(ps) != 1 || !ps[0].Path.Equal(at(len(ids))) {
			t.Fatalf("duplicate %q: %v", dup, ps)
		}
	})
}

func TestRef(t *testing.T) {
	p := vocab.NewPath("board").Child("chair")
	during := vocab.MustParsePeriod("2024-04-01/..")
	r := vocab.Ref(vocab.RefPartner, vocab.OrgID("kcl"), during, p)
	if r.Kind != vocab.RefPartner || r.ID != "kcl" || r.During != during || !r.Path.Equal(p) {
		t.Errorf("Ref = %+v", r)
	}
}
