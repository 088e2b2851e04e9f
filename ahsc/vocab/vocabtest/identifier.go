package vocabtest

import (
	"fmt"
	"strconv"
	"strings"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Identifier generates identifiers of scheme s that pass
// [vocab.Identifier.Problems] with no problems, not even warnings, and are
// already in normalized form (so Normalized returns them unchanged): ODS
// trust codes "R" plus two characters, ODS sites a trust code plus two
// digits, UKPRNs "1" and seven digits, ROR IDs with a correct ISO 7064
// checksum, and so on. It panics on an unknown scheme.
func Identifier(s vocab.Scheme) *rapid.Generator[vocab.Identifier] {
	value, ok := identifierValues[s]
	if !ok {
		panic(fmt.Sprintf("vocabtest: Identifier(%q): unknown scheme", s))
	}
	return rapid.Map(value(), func(v string) vocab.Identifier { return vocab.Identifier{Scheme: s, Value: v} })
}

// AnyIdentifier generates valid identifiers of every scheme.
func AnyIdentifier() *rapid.Generator[vocab.Identifier] {
	return rapid.Custom(func(t *rapid.T) vocab.Identifier {
		return Identifier(rapid.SampledFrom(vocab.Schemes().Values()).Draw(t, "scheme")).Draw(t, "identifier")
	})
}

var identifierValues = map[vocab.Scheme]func() *rapid.Generator[string]{
	vocab.SchemeODSOrganisation: odsTrust,
	vocab.SchemeODSSite: func() *rapid.Generator[string] {
		return rapid.Custom(func(t *rapid.T) string { return odsTrust().Draw(t, "trust") + digitString(2).Draw(t, "site") })
	},
	vocab.SchemeUKPRN:                  func() *rapid.Generator[string] { return prefixed("1", 7) },
	vocab.SchemeROR:                    ror,
	vocab.SchemeCharityEnglandWales:    func() *rapid.Generator[string] { return rapid.OneOf(digitString(6), digitString(7)) },
	vocab.SchemeCharityScotland:        func() *rapid.Generator[string] { return prefixed("SC", 6) },
	vocab.SchemeCharityNorthernIreland: func() *rapid.Generator[string] { return prefixed("", 6) },
	vocab.SchemeCompaniesHouse: func() *rapid.Generator[string] {
		// SC: Scotland, NI: Northern Ireland, OC: LLPs, R: old Northern
		// Ireland companies; IP and RS: societies, with an optional
		// society-type suffix (Companies House prefixes).
		return rapid.OneOf(prefixed("", 8), prefixed("SC", 6), prefixed("NI", 6), prefixed("OC", 6), prefixed("R", 7),
			prefixed("RS", 6), rapid.Map(digitString(5), func(s string) string { return "IP" + s + "R" }))
	},
	vocab.SchemeCrossrefFunder: func() *rapid.Generator[string] {
		return rapid.Custom(func(t *rapid.T) string {
			return "10.13039/" + digitString(rapid.IntRange(6, 12).Draw(t, "len")).Draw(t, "suffix")
		})
	},
}

// odsTrust generates three-character NHS trust codes: "R" and two upper-case
// letters or digits, like RJ1 (GSTT), RJZ (KCH) and RV5 (SLaM).
func odsTrust() *rapid.Generator[string] {
	return rapid.Map(rapid.StringMatching(`[A-Z0-9]{2}`), func(s string) string { return "R" + s })
}

func digitString(n int) *rapid.Generator[string] {
	return rapid.StringMatching(`[0-9]{` + strconv.Itoa(n) + `}`)
}

func prefixed(prefix string, n int) *rapid.Generator[string] {
	return rapid.Map(digitString(n), func(s string) string { return prefix + s })
}

const crockford = "0123456789abcdefghjkmnpqrstvwxyz"

// ror generates ROR IDs: "0", six Crockford base-32 characters and the
// ISO 7064 MOD 97-10 check digits of their value
// (https://ror.readme.io/docs/identifier).
func ror() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		var b strings.Builder
		b.WriteByte('0')
		var x uint64
		for range 6 {
			i := rapid.IntRange(0, len(crockford)-1).Draw(t, "char")
			b.WriteByte(crockford[i])
			x = x*32 + uint64(i)
		}
		fmt.Fprintf(&b, "%02d", 98-(x*100)%97)
		return b.String()
	})
}
