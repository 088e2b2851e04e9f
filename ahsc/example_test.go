package ahsc_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Decode a centre, ask who its partners were on a date and who carries a
// merged trust's work, then break it and read the problems. Every fact
// carries a source; these are labelled illustrative.
func Example() {
	const doc = `{
	  "version": "1.0", "id": "demo", "name": "Demo Health Partners",
	  "partners": [
	    {"id": "uni", "name": "Demo University", "kind": "university", "sources": [{"kind": "illustrative", "note": "a demo"}],
	     "memberships": [{"role": "founding-partner", "joined": "2009-04-01", "sources": [{"kind": "illustrative", "note": "a demo"}]}]},
	    {"id": "trust", "name": "Demo NHS Foundation Trust", "kind": "nhs-foundation-trust", "sources": [{"kind": "illustrative", "note": "a demo"}],
	     "memberships": [{"role": "founding-partner", "joined": "2009-04", "sources": [{"kind": "illustrative", "note": "a demo"}]}]},
	    {"id": "old", "name": "Old NHS Trust", "kind": "nhs-trust", "sources": [{"kind": "illustrative", "note": "a demo"}],
	     "memberships": [{"role": "partner", "joined": "2010", "left": "2012-03-31", "sources": [{"kind": "illustrative", "note": "a demo"}]}]}
	  ],
	  "successions": [{"predecessor": "old", "successor": "trust", "kind": "merger", "date": "2012-04-01",
	                   "sources": [{"kind": "illustrative", "note": "a demo"}]}]
	}`
	c, _, err := ahsc.Decode(strings.NewReader(doc), vocab.DecodeOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.PartnersAt(vocab.MustParseDate("2011-01-01")))
	fmt.Println(c.PartnersAt(vocab.MustParseDate("2010-06-01")), c.PossiblePartnersAt(vocab.MustParseDate("2010-06-01")))
	fmt.Println(c.CurrentSuccessor("old", vocab.MustParseDate("2020-01-01")))

	c.Partners[0].Memberships[0].Role = "member"
	c.Successions[0].Successor = "nobody"
	for _, p := range c.Problems() {
		fmt.Println(p.Pointer(), errors.Is(p, vocab.ErrNotFound))
	}
	// Output:
	// [old trust uni]
	// [trust uni] [old trust uni]
	// trust
	// /partners/0/memberships/0/role false
	// /successions/0/successor true
}

// The README's quick tour: a centre with a mistyped ROR ID.
func ExampleCentre_Validate() {
	c := &ahsc.Centre{
		Version: vocab.CurrentVersion,
		ID:      "khp",
		Name:    "King's Health Partners",
		Partners: []ahsc.Partner{{
			Organisation: ahsc.Organisation{
				ID: "kcl", Name: "King's College London", Kind: ahsc.OrgKindUniversity,
				Identifiers: []vocab.Identifier{{Scheme: vocab.SchemeROR, Value: "0220mzb34"}},
				Sources:     []vocab.Source{{URL: "https://ror.org/0220mzb33", Title: "ROR: King's College London"}},
			},
			Memberships: []ahsc.Membership{{Role: ahsc.RoleFoundingPartner, Joined: vocab.MustParseDate("2009"),
				Sources: []vocab.Source{{URL: "https://kingshealthpartners.org/latest/kings-health-partners-celebrates-15-years-pioneering-healthcare",
					Title: "King's Health Partners celebrates 15 years", Note: "Formed in 2009"}}}},
		}},
	}
	err := c.Validate()
	fmt.Println(errors.Is(err, vocab.ErrInvalid))
	for _, p := range vocab.ProblemsOf(err) {
		fmt.Println(p.Pointer(), "—", p)
	}
	fmt.Println(c.PartnersAt(vocab.MustParseDate("2020-01-01")))
	// Output:
	// true
	// /partners/0/identifiers/0/value — partners[0].identifiers[0].value: invalid value: "0220mzb34": checksum is 34, want 33
	// [kcl]
}

// Partners join and leave; PartnersAt answers for any date with the
// partners that certainly are, PossiblePartnersAt with those that may be
// when a membership's dates are only known to the month or year.
func ExampleCentre_PartnersAt() {
	d := vocab.MustParseDate
	c := &ahsc.Centre{Partners: []ahsc.Partner{
		{Organisation: ahsc.Organisation{ID: "uni"}, Memberships: []ahsc.Membership{{Joined: d("2009-04-01")}}},
		{Organisation: ahsc.Organisation{ID: "trust"}, Memberships: []ahsc.Membership{
			{Joined: d("2009-04-01"), Left: d("2014-03-31")}, {Joined: d("2016-04-01")}}},
		{Organisation: ahsc.Organisation{ID: "barts"}, Memberships: []ahsc.Membership{{Joined: d("2011-10")}}},
	}}
	for _, on := range []string{"2010-01-01", "2011-10-15", "2015-01-01", "2020-01-01"} {
		fmt.Println(on, c.PartnersAt(d(on)), c.PossiblePartnersAt(d(on)))
	}
	// Output:
	// 2010-01-01 [trust uni] [trust uni]
	// 2011-10-15 [trust uni] [barts trust uni]
	// 2015-01-01 [barts uni] [barts uni]
	// 2020-01-01 [barts trust uni] [barts trust uni]
}

// A succession is stored once and queried both ways; references to the
// closed organisation are warnings naming its successor.
func ExampleCentre_CurrentSuccessor() {
	c := &ahsc.Centre{
		Organisations: []ahsc.Organisation{{ID: "rbht"}, {ID: "gstt"}},
		Successions: []ahsc.Succession{{Predecessor: "rbht", Successor: "gstt",
			Kind: ahsc.SuccessionMerger, Date: vocab.MustParseDate("2021-02-01")}},
	}
	fmt.Println(c.CurrentSuccessor("rbht", vocab.MustParseDate("2020-12-31")))
	fmt.Println(c.CurrentSuccessor("rbht", vocab.MustParseDate("2021-02-01")))
	fmt.Println(len(c.Predecessors("gstt")), len(c.Successors("rbht")))
	// Output:
	// rbht
	// gstt
	// 1 1
}
