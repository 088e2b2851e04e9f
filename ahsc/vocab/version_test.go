package vocab_test

import (
	"errors"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

func TestVersion(t *testing.T) {
	for _, s := range []string{"1.0", "1.7", "2.0", "0.1", "10.20", "123456.0"} {
		if v, err := vocab.ParseVersion(s); err != nil || v.String() != s {
			t.Errorf("ParseVersion(%q) = %q, %v", s, v, err)
		}
	}
	for _, s := range []string{"", "1", "1.", ".1", "01.0", "1.00", "1.0.0", "v1.0", "-1.0", "1.-1", "1234567.0", " 1.0", "1,0"} {
		if v, err := vocab.ParseVersion(s); err == nil || vocab.Version(s).Major() != -1 {
			t.Errorf("ParseVersion(%q) = %q, %v", s, v, err)
		}
	}
	if !vocab.Version("1.5").IsNewerMinor() || vocab.Version("1.0").IsNewerMinor() || vocab.Version("2.1").IsNewerMinor() || vocab.Version("x").IsNewerMinor() {
		t.Error("IsNewerMinor wrong")
	}
	at := vocab.NewPath("version")
	for v, want := range map[vocab.Version]error{"": vocab.ErrRequired, "1": vocab.ErrInvalid, "2.0": vocab.ErrNotSupported, "1.0": nil, "1.9": nil} {
		ps := v.Problems(at)
		if want == nil && len(ps) != 0 || want != nil && (len(ps) != 1 || !errors.Is(ps[0], want) || ps[0].Field() != "version") {
			t.Errorf("Version(%q).Problems = %v, want %v", v, ps, want)
		}
	}
}

func TestVersionRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		major, minor := rapid.IntRange(0, 999999).Draw(t, "major"), rapid.IntRange(0, 999999).Draw(t, "minor")
		s := vocab.Version(itoa(major) + "." + itoa(minor))
		v, err := vocab.ParseVersion(string(s))
		if err != nil || v != s || v.Major() != major {
			t.Fatalf("ParseVersion(%q) = %q, %v (major %d)", s, v, err, v.Major())
		}
	})
}
