package scalebench

import (
	"bytes"
	"fmt"
	"strconv"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// depth is the length of each chain of sub-programmes: the generated
// portfolio is trees of this depth, each programme the parent of the next.
const depth = 100

// scale holds the entity counts of a generated centre of size n (n awards).
type scale struct {
	n, partners, orgs, funders, programmes, facilities, pathways, cohorts, budgets, bodies, interests, designations int
}

func scaleOf(n int) scale {
	return scale{
		n: n, partners: max(4, n/100), orgs: n, funders: max(2, n/10),
		programmes: max(3, n/3), facilities: max(1, n/10), pathways: max(1, n/10), cohorts: max(1, n/10),
		budgets: max(1, n/10), bodies: max(1, n/10), interests: max(1, n/10), designations: max(1, n/10),
	}
}

// entities is the number of listed entities: organisations, successions,
// designations, programmes, facilities, pathways, cohorts, funders,
// awards, transactions, budgets, bodies and interests.
func (s scale) entities() int {
	return s.partners + s.orgs + s.funders + (s.orgs - 1) + s.designations + s.programmes + s.facilities + s.pathways +
		s.cohorts + s.funders + 2*s.n + s.budgets + s.bodies + s.interests
}

// centreJSON returns a valid centre of size n as JSON (compact): n awards,
// each funded by two funders in exact shares 1/3 and 2/3, allocating 2/5,
// 2/5 and 1/5 to three programmes under a restricted condition naming them,
// and disbursed by one transaction; n/3 programmes in sub-programme trees
// of depth 100; n organisations joined by n-1 successions listed newest
// first (a reversed chain); n/10 funders, each also an organisation; n/100 partners; and n/10 each of funders,
// designations, facilities, pathways, cohorts, budget lines with draws,
// governance bodies in one reporting chain, and interests. Every entity
// cites an illustrative source where the document asks for one. The
// content is illustrative.
func centreJSON(n int) []byte {
	s := scaleOf(n)
	var b bytes.Buffer
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	list := func(name string, count int, item func(i int)) {
		w(`,%q:[`, name)
		for i := range count {
			if i > 0 {
				b.WriteByte(',')
			}
			item(i)
		}
		b.WriteByte(']')
	}
	const src = `"sources":[{"kind":"illustrative","note":"generated for the scale benchmarks"}]`
	partner := func(i int) string { return "p" + strconv.Itoa(i%s.partners) }
	org := func(i int) string { return "o" + strconv.Itoa(i) }
	funder := func(i int) string { return "funder" + strconv.Itoa(i%s.funders) }
	prog := func(i int) string { return "prog" + strconv.Itoa(i%s.programmes) }
	w(`{"version":"1.0","id":"scale","name":"Scale centre"`)
	list("partners", s.partners, func(i int) {
		kind := "nhs-foundation-trust"
		if i == 0 {
			kind = "university"
		}
		w(`{"id":%q,"name":"Partner %d","kind":%q,%s,"memberships":[{"role":"founding-partner","joined":"2009-04-01",%s}]}`,
			partner(i), i, kind, src, src)
	})
	list("organisations", s.orgs+s.funders, func(i int) {
		if i < s.orgs {
			w(`{"id":%q,"name":"Organisation %d","kind":"government",%s}`, org(i), i, src)
			return
		}
		w(`{"id":%q,"name":"Funder %d","kind":"charity",%s}`, funder(i-s.orgs), i, src)
	})
	list("successions", s.orgs-1, func(i int) {
		j := s.orgs - 2 - i
		w(`{"predecessor":%q,"successor":%q,"kind":"merger","date":"2099-01-01",%s}`, org(j), org(j+1), src)
	})
	start := vocab.MustParseDate("2009-04-01")
	list("designations", s.designations, func(i int) {
		d := start.AddDays(i)
		w(`{"issuers":[%q],"round":2009,"period":"%s/%s",%s}`, org(i), d, d, src)
	})
	w(`,%s`, src)
	// Governance: a reporting chain of bodies, each with one voting seat.
	w(`,"governance":{"version":"1.0"`)
	list("bodies", s.bodies, func(i int) {
		reports := ""
		if i > 0 {
			reports = fmt.Sprintf(`"reportsTo":"b%d",`, i-1)
		}
		w(`{"id":"b%d","name":"Committee %d","kind":"committee",%s"period":"2009/..","seats":[{"id":"s","label":"Seat","nominatedBy":%q,"voting":true,"terms":[{"person":"person%d","period":"2024-04-01/.."}]}],"rules":{"threshold":{"rule":"votes-cast","share":"1/2","moreThan":true}},%s}`,
			i, i, reports, partner(i), i, src)
	})
	list("interests", s.interests, func(i int) {
		w(`{"person":"person%d","organisation":%q,"kind":"financial","severity":"hard","period":"2024-01-01/.."}`, i, org(i))
	})
	w(`,%s}`, src)
	// Portfolio: trees of sub-programmes, facilities, pathways and cohorts.
	w(`,"portfolio":{"version":"1.0"`)
	list("programmes", s.programmes, func(i int) {
		parent := ""
		if i%depth != 0 {
			parent = fmt.Sprintf(`"parent":%q,`, prog(i-1))
		}
		w(`{"id":%q,"name":"Programme %d","kind":"translational-research","period":"2020-04-01/2030-03-31",%s"lead":%q,"participants":[{"partner":%q,"share":"2/3"},{"partner":%q,"share":"1/3"}],"areas":[{"category":"cancer-and-neoplasms","weight":"1"}],"facilities":["f%d"],%s}`,
			prog(i), i, parent, partner(i), partner(i), partner(i+1), i%s.facilities, src)
	})
	list("facilities", s.facilities, func(i int) {
		w(`{"id":"f%d","name":"Facility %d","kind":"imaging","owners":[%q],"unit":"scans","capacity":[{"period":"2024-04-01/..","amount":600,"per":"week","researchShare":"1/10"}],"ringFence":"1/4",%s}`, i, i, partner(i), src)
	})
	list("pathways", s.pathways, func(i int) {
		w(`{"id":"pw%d","name":"Pathway %d","standard":"cancer-62-day","programme":%q,"provider":%q,"performance":[{"period":"2024-04-01/2024-06-30","within":849,"total":1000}],"uses":[{"facility":"f%d","need":"2","unit":"scans"}]}`,
			i, i, prog(i), partner(i), i%s.facilities)
	})
	list("cohorts", s.cohorts, func(i int) {
		w(`{"id":"c%d","programme":%q,"kind":"clinician-scientist","period":"2024-10-01/2027-09-30","size":12}`, i, prog(i))
	})
	w(`,%s}`, src)
	// Ledger.
	w(`,"ledger":{"version":"1.0","currency":"GBP"`)
	list("funders", s.funders, func(i int) { w(`{"id":%q,"class":"public"}`, funder(i)) })
	list("awards", s.n, func(i int) {
		a, b, c := prog(3*i), prog(3*i+1), prog(3*i+2)
		w(`{"id":"a%d","recipient":%q,"funders":[{"funder":%q,"share":"1/3"},{"funder":%q,"share":"2/3"}],"amountAwarded":{"minor":1000000,"currency":"GBP"},"amountDisbursed":{"minor":400000,"currency":"GBP"},"awardDate":"2022-04-01","plannedPeriod":"2022-12-01/2027-11-30","call":"open-call","conditions":[{"kind":"restricted","programmes":[%q,%q,%q]}],"allocations":[{"programme":%q,"share":"2/5"},{"programme":%q,"share":"2/5"},{"programme":%q,"share":"1/5"}]}`,
			i, partner(i), funder(2*i), funder(2*i+1), a, b, c, a, b, c)
	})
	list("transactions", s.n, func(i int) {
		w(`{"id":"t%d","award":"a%d","kind":"disbursement","date":"2023-06-01","amount":{"minor":400000,"currency":"GBP"}}`, i, i)
	})
	list("budgets", s.budgets, func(i int) {
		w(`{"id":"bl%d","trust":%q,"year":"2024-25","purpose":"Research nursing","amount":{"minor":20000000,"currency":"GBP"},"ringFenced":true,"draws":[{"date":"2024-11-01","amount":{"minor":300000,"currency":"GBP"},"programme":%q}]}`,
			i, partner(max(1, i%s.partners)), prog(i))
	})
	w(`,%s}}`, src)
	return b.Bytes()
}

// TestCentreJSONValid checks the generator: the centre decodes strictly
// with no problem at all, warnings included, and has the counts it claims.
func TestCentreJSONValid(t *testing.T) {
	for _, n := range []int{30, 300} {
		data := centreJSON(n)
		c, ps, err := ahsc.Decode(bytes.NewReader(data), vocab.DecodeOptions{})
		if err != nil || len(ps) > 0 {
			t.Fatalf("n=%d: %v\n%v", n, err, ps)
		}
		s := scaleOf(n)
		if len(c.Ledger.Awards) != n || len(c.Portfolio.Programmes) != s.programmes || len(c.Successions) != s.orgs-1 {
			t.Fatalf("n=%d: %d awards, %d programmes, %d successions", n, len(c.Ledger.Awards), len(c.Portfolio.Programmes), len(c.Successions))
		}
	}
}
