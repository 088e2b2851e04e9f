package ahsc_test

import (
	"errors"
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

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
			},
			Memberships: []ahsc.Membership{{Role: ahsc.RoleFoundingPartner,
				Joined: vocab.MustParseDate("2009-03-09")}},
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

// Partners join and leave; PartnersAt answers for any date.
func ExampleCentre_PartnersAt() {
	d := vocab.MustParseDate
	c := &ahsc.Centre{Partners: []ahsc.Partner{
		{Organisation: ahsc.Organisation{ID: "uni"}, Memberships: []ahsc.Membership{{Joined: d("2009-04-01")}}},
		{Organisation: ahsc.Organisation{ID: "trust"}, Memberships: []ahsc.Membership{
			{Joined: d("2009-04-01"), Left: d("2014-03-31")}, {Joined: d("2016-04-01")}}},
	}}
	for _, on := range []string{"2010-01-01", "2015-01-01", "2020-01-01"} {
		fmt.Println(on, c.PartnersAt(d(on)))
	}
	// Output:
	// 2010-01-01 [trust uni]
	// 2015-01-01 [uni]
	// 2020-01-01 [trust uni]
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
