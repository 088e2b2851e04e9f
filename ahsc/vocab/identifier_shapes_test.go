package vocab_test

import (
	"errors"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Companies House numbers of every shape the register issues. Fixtures:
// IP00525R and RS007018 are society numbers reported as refused before.
func TestCompaniesHouseShapes(t *testing.T) {
	ok := []string{"00534147", "SC234456", "NI012345", "OC301234", "R0123456", "R1234567",
		"IP00525R", "RS007018", "SP02345R", "NP00123C", "IC000123", "RC000766", "CE001234", "FC012345"}
	for _, v := range ok {
		id := vocab.Identifier{Scheme: vocab.SchemeCompaniesHouse, Value: v}
		if ps := id.Problems(vocab.NewPath("id")); len(ps) != 0 {
			t.Errorf("%s: %v", v, ps)
		}
	}
	for v, want := range map[string]vocab.Severity{
		"SC23445":  vocab.SeverityError,   // 7 characters
		"SC23445X": vocab.SeverityError,   // a company prefix takes 6 digits
		"IPABCDER": vocab.SeverityError,   // a society number has digits
		"sc234456": vocab.SeverityError,   // lower case (Normalized upper-cases; the check does not)
		"QQ123456": vocab.SeverityWarning, // an unknown prefix may be a new one
	} {
		ps := vocab.Identifier{Scheme: vocab.SchemeCompaniesHouse, Value: v}.Problems(vocab.NewPath("id"))
		if len(ps) != 1 || ps[0].Severity != want || !errors.Is(ps[0], vocab.ErrInvalid) {
			t.Errorf("%s: %v, want one %s", v, ps, want)
		}
	}
}

// Every DOI spelling of a Crossref Funder ID normalises to the bare DOI, and
// URL never doubles the resolver.
func TestCrossrefFunderSpellings(t *testing.T) {
	const bare = "10.13039/501100000272"
	spellings := []string{bare, "doi:" + bare, "DOI:" + bare, "https://doi.org/" + bare, "http://doi.org/" + bare,
		"https://dx.doi.org/" + bare, "http://dx.doi.org/" + bare, "HTTPS://DOI.ORG/" + bare}
	for _, v := range spellings {
		id := vocab.Identifier{Scheme: vocab.SchemeCrossrefFunder, Value: v}
		if got := id.Normalized().Value; got != bare {
			t.Errorf("Normalized(%q) = %q", v, got)
		}
		if got := id.URL(); got != "https://doi.org/"+bare {
			t.Errorf("URL(%q) = %q", v, got)
		}
		if ps := id.Problems(nil); len(ps) != 0 {
			t.Errorf("%q: %v", v, ps)
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.SampledFrom(spellings).Draw(t, "spelling")
		once := vocab.Identifier{Scheme: vocab.SchemeCrossrefFunder, Value: v}.Normalized()
		if twice := once.Normalized(); twice != once {
			t.Fatalf("Normalized is not idempotent: %q → %q → %q", v, once.Value, twice.Value)
		}
	})
}
