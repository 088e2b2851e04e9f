package ahsc

import (
	"fmt"
	"math"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/days"
)

// Designation is a centre's designation as an AHSC: who issued it, in
// which competition round, for which period — what FHIR calls an
// Organization.qualification. English rounds so far: 2009 (Department of
// Health), 2014 (from April 2014, extended to March 2020) and 2020 (NIHR
// with NHS England and NHS Improvement, 1 April 2020 for five years).
type Designation struct {
	// Issuers are the designating organisations, one or more, each an ID
	// in the centre's organisations (the 2020 round was issued jointly by
	// NIHR, NHS England and NHS Improvement). Successions among issuers,
	// such as NHS Improvement's into NHS England, are ordinary successions.
	Issuers []vocab.OrgID `json:"issuers,omitempty" jsonschema:"required"`
	// Round is the year that names the designation round (2009, 2014, 2020).
	Round int `json:"round" jsonschema:"minimum=2009,maximum=9999"`
	// Period is when the designation is in force, its bounds at the
	// precision the sources give ("2014-04/2020-03-31"); the start is
	// required.
	Period vocab.Period `json:"period" jsonschema:"period=started"`
	// Sources cite the designation; at least one is required.
	Sources []vocab.Source `json:"sources,omitempty" jsonschema:"required"`
}

// FirstDesignationRound is the year of the first English AHSC designations.
const FirstDesignationRound = 2009

// DesignationAt returns the designation certainly in force on d: the first
// in list order whose period certainly contains d.
func (c *Centre) DesignationAt(d vocab.Date) (Designation, bool) {
	for _, g := range c.Designations {
		if g.Period.Contains(d) {
			return g, true
		}
	}
	return Designation{}, false
}

// designationProblems checks each designation at p: at least one issuer,
// each a valid ID named once (that each is a known organisation is checked
// with the other references), the round, a period with a start that does
// not end before it starts, and at least one source; then overlaps.
func (c *Centre) designationProblems(ps *vocab.Collector, p *vocab.Path) *vocab.Collector {
	for i, g := range c.Designations {
		ip := vocab.LazyAt(p).Index(i)
		if len(g.Issuers) == 0 {
			ps = ps.Add(vocab.Required(ip.Child("issuers").Path(), "at least one issuing organisation"))
		}
		var seen map[vocab.OrgID]int
		if len(g.Issuers) > 1 {
			seen = make(map[vocab.OrgID]int, len(g.Issuers))
		}
		for j, id := range g.Issuers {
			jp := ip.Child("issuers").Index(j)
			ps = ps.Add(jp.Locate(vocab.CheckID(nil, id, true)))
			if k, ok := seen[id]; ok && id != "" {
				ps = ps.Add(vocab.Duplicate(jp.Path(), string(id), "already an issuer at "+ip.Child("issuers").Index(k).Path().String()))
			}
			if seen != nil {
				seen[id] = j
			}
		}
		if g.Round < FirstDesignationRound || g.Round > 9999 {
			ps = ps.Add(vocab.OutOfRange(ip.Child("round").Path(), g.Round,
				fmt.Sprintf("designation rounds start in %d", FirstDesignationRound)))
		}
		switch {
		case g.Period.Start.IsZero():
			ps = ps.Add(vocab.Required(ip.Child("period").Path(), "a designation period with a start date"))
		case !g.Period.IsValid():
			ps = ps.Add(vocab.Invalid(ip.Child("period").Path(), g.Period.String(), "ends before it starts"))
		}
		ps = ps.Add(ip.LocateAllChild("sources", vocab.CheckSourced(nil, g.Sources))...)
	}
	return c.designationOverlaps(ps, p)
}

// designationOverlaps warns at each designation whose period certainly
// overlaps ([vocab.Period.Overlaps]) one that starts no later
// ([vocab.Date.Compare] order of starts; ties: earlier in the list),
// naming, of those, the one whose earliest possible end is latest.
// Designations without a start or with an invalid period are
// left out (reported as errors).
//
// Two periods certainly overlap when each certainly starts no later than
// the other certainly ends: with partial bounds that is not decided by the
// order of starts alone, so the sweep keeps, by latest possible start, the
// greatest earliest end seen so far (a Fenwick tree of maxima): O(n log n).
func (c *Centre) designationOverlaps(ps *vocab.Collector, p *vocab.Path) *vocab.Collector {
	var order []int
	for i, g := range c.Designations {
		if !g.Period.Start.IsZero() && g.Period.IsValid() {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return c.Designations[a].Period.Start.Compare(c.Designations[b].Period.Start)
	})
	bounds := make([]days.Range, len(c.Designations))
	los := make([]int, 0, len(order))
	for _, i := range order {
		b := certainBounds(c.Designations[i].Period)
		bounds[i] = b
		los = append(los, b.Lo)
	}
	slices.Sort(los)
	los = slices.Compact(los)
	tree := newMaxTree(len(los))
	for _, i := range order {
		q := bounds[i]
		// Among the designations before q, those that certainly start no
		// later than q certainly ends; the one that certainly ends last.
		n, _ := slices.BinarySearch(los, q.Hi)
		if n < len(los) && los[n] == q.Hi {
			n++
		}
		if j, hi := tree.max(n); j >= 0 && hi >= q.Lo {
			g := c.Designations[i].Period
			ps = ps.Add(vocab.Invalid(p.Index(i).Child("period"), g.String(),
				"overlaps designation "+p.Index(j).String()).AsWarning())
		}
		k, _ := slices.BinarySearch(los, q.Lo)
		tree.update(k, q.Hi, i)
	}
	return ps
}

// certainBounds returns the latest day p may start (lo) and the earliest
// day it may end (hi), as days from 0001-01-01 with math.MinInt and
// math.MaxInt for open ends: p certainly covers lo..Hi (nothing when lo >
// hi), and two periods certainly overlap when each one's lo is no later
// than the other's hi.
func certainBounds(p vocab.Period) days.Range {
	r := days.Range{Lo: math.MinInt, Hi: math.MaxInt}
	if !p.Start.IsZero() {
		r.Lo = days.Number(p.Start.Last())
		if !p.End.IsZero() {
			r.Lo = min(r.Lo, days.Number(p.End.Last()))
		}
	}
	if !p.End.IsZero() {
		r.Hi = days.Number(p.End.First())
		if !p.Start.IsZero() {
			r.Hi = max(r.Hi, days.Number(p.Start.First()))
		}
	}
	return r
}

// maxTree is a Fenwick tree over positions 0..n-1 answering "the greatest
// value at positions below k", with the item that holds it (the first one
// to reach it).
type maxTree struct {
	val  []int
	item []int
}

func newMaxTree(n int) *maxTree {
	t := &maxTree{val: make([]int, n+1), item: make([]int, n+1)}
	for i := range t.val {
		t.val[i], t.item[i] = math.MinInt, -1
	}
	return t
}

// update records value v for item at position k.
func (t *maxTree) update(k, v, item int) {
	for k++; k < len(t.val); k += k & -k {
		if v > t.val[k] {
			t.val[k], t.item[k] = v, item
		}
	}
}

// max returns the item with the greatest value at positions below k, and
// that value; item -1 when there is none.
func (t *maxTree) max(k int) (item, v int) {
	item, v = -1, math.MinInt
	for ; k > 0; k -= k & -k {
		if t.val[k] > v {
			item, v = t.item[k], t.val[k]
		}
	}
	return item, v
}
