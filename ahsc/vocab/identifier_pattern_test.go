package vocab

import (
	"regexp"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// Each scheme's ValuePattern matches exactly the values Problems accepts
// without an error, apart from the ROR checksum (which a pattern cannot
// state): values are drawn near each scheme's shapes, in every spelling
// Normalized reads.
func TestValuePatternMatchesProblems(t *testing.T) {
	parts := []string{"0", "1", "9", "5", "12", "123", "4567", "A", "R", "Z", "SC", "Sc", "sc", "nic", "NIC", "NI", "OC", "R0",
		"a", "k", "i", "l", "u", "o", "rj", "z", "-", " ", ".", "/", "10.13039/", "https://ror.org/", "http://ror.org/",
		"https://doi.org/", "http://dx.doi.org/", "HTTPS://ROR.ORG/", "0220mzb33", "0220MZB33", "501100000272"}
	for _, s := range Schemes().Values() {
		t.Run(string(s), func(t *testing.T) {
			re := regexp.MustCompile(s.ValuePattern())
			near := rapid.Custom(func(t *rapid.T) string { // a matching value, maybe with one character changed
				v := []byte(rapid.StringMatching(s.ValuePattern()).Draw(t, "match"))
				i := rapid.IntRange(0, len(v)-1).Draw(t, "at")
				switch rapid.IntRange(0, 3).Draw(t, "edit") {
				case 1:
					v[i] ^= 0x20 // flip the case of a letter
				case 2:
					v = append(v[:i], v[i+1:]...)
				case 3:
					c := rapid.SampledFrom([]byte("0aZ/ ")).Draw(t, "c")
					v = append(v[:i], append([]byte{c}, v[i:]...)...)
				}
				return string(v)
			})
			rapid.Check(t, func(t *rapid.T) {
				v := rapid.OneOf(near, rapid.Map(rapid.SliceOfN(rapid.SampledFrom(parts), 1, 6), func(ps []string) string {
					return strings.Join(ps, "")
				})).Draw(t, "value")
				errs := Identifier{Scheme: s, Value: v}.Problems(NewPath("id")).Errors()
				checksum := len(errs) == 1 && s == SchemeROR && regexp.MustCompile(`^checksum is`).MatchString(errs[0].Detail)
				if want, got := len(errs) == 0 || checksum, re.MatchString(v); got != want {
					t.Fatalf("%s %q: pattern %v, Problems %v", s, v, got, errs)
				}
			})
		})
	}
	if Scheme("no-such-scheme").ValuePattern() != "" {
		t.Error("an unknown scheme has a pattern")
	}
}

func TestValuePatternExamples(t *testing.T) {
	for _, c := range []struct {
		s     Scheme
		value string
		match bool
	}{
		{SchemeCompaniesHouse, "IP00525R", true},
		{SchemeCompaniesHouse, "RS007018", true},
		{SchemeCompaniesHouse, "R1234567", true},
		{SchemeCompaniesHouse, "SC123456", true},
		{SchemeCompaniesHouse, "XY12AB34", true}, // an unknown prefix is a warning
		{SchemeCompaniesHouse, "SC12345A", false},
		{SchemeCompaniesHouse, "IPABCDEF", false},
		{SchemeCrossrefFunder, "DOI:10.13039/501100000272", true},
		{SchemeCrossrefFunder, "https://dx.doi.org/10.13039/501100000272", true},
		{SchemeCrossrefFunder, "https://doi.org/https://doi.org/10.13039/501100000272", false},
		{SchemeROR, "https://ror.org/0220MZB33", true},
		{SchemeCharityNorthernIreland, "NIC100001", true},
	} {
		if got := regexp.MustCompile(c.s.ValuePattern()).MatchString(c.value); got != c.match {
			t.Errorf("%s %q: match %v, want %v", c.s, c.value, got, c.match)
		}
		errs := Identifier{Scheme: c.s, Value: c.value}.Problems(NewPath("id")).Errors()
		if (len(errs) == 0) != c.match {
			t.Errorf("%s %q: Problems %v disagrees with the expected match %v", c.s, c.value, errs, c.match)
		}
	}
}
