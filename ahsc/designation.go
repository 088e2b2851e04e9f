package ahsc

import (
	"fmt"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Designation is a centre's designation as an AHSC: who issued it, in
// which competition round, for which period — what FHIR calls an
// Organization.qualification. English rounds so far: 2009 (Department of
// Health), 2014 (from April 2014, extended to March 2020) and 2020 (NIHR
// with NHS England and NHS Improvement, 1 April 2020 for five years).
type Designation struct {
	// Issuer is the designating organisation, an ID in the centre's
	// organisations.
	Issuer vocab.OrgID `json:"issuer"`
	// Round is the year that names the designation round (2009, 2014, 2020).
	Round int `json:"round" jsonschema:"minimum=2009,maximum=9999"`
	// Period is when the designation is in force; the start is required.
	Period vocab.Period `json:"period" jsonschema:"period=started"`
	// Sources cite the designation.
	Sources []vocab.Source `json:"sources,omitempty"`
}

// FirstDesignationRound is the year of the first English AHSC designations.
const FirstDesignationRound = 2009

// DesignationAt returns the designation in force on d.
func (c *Centre) DesignationAt(d vocab.Date) (Designation, bool) {
	for _, g := range c.Designations {
		if g.Period.Contains(d) {
			return g, true
		}
	}
	return Designation{}, false
}

func (c *Centre) designationProblems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	for i, g := range c.Designations {
		ip := p.Index(i)
		ps = ps.Add(vocab.CheckID(ip.Child("issuer"), g.Issuer, true))
		if g.Round < FirstDesignationRound || g.Round > 9999 {
			ps = ps.Add(vocab.OutOfRange(ip.Child("round"), g.Round,
				fmt.Sprintf("designation rounds start in %d", FirstDesignationRound)))
		}
		switch {
		case g.Period.Start.IsZero():
			ps = ps.Add(vocab.Required(ip.Child("period"), "a designation period with a start date"))
		case !g.Period.IsValid():
			ps = ps.Add(vocab.Invalid(ip.Child("period"), g.Period.String(), "ends before it starts"))
		}
		ps = append(ps, vocab.CheckSources(ip.Child("sources"), g.Sources)...)
	}
	return append(ps, c.designationOverlaps(p)...)
}

// designationOverlaps warns at each designation whose period overlaps one
// that starts no later (ties: earlier in the list), naming the one of those
// that ends last. Designations without a start or with an invalid period are
// left out (reported as errors). It sorts once: O(n log n).
func (c *Centre) designationOverlaps(p *vocab.Path) vocab.Problems {
	var order []int
	for i, g := range c.Designations {
		if !g.Period.Start.IsZero() && g.Period.IsValid() {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return c.Designations[a].Period.Start.Compare(c.Designations[b].Period.Start)
	})
	var ps vocab.Problems
	last := -1 // among those seen, the designation ending last (open ends last of all)
	for _, i := range order {
		g := c.Designations[i].Period
		if last >= 0 && c.Designations[last].Period.Overlaps(g) {
			ps = ps.Add(vocab.Invalid(p.Index(i).Child("period"), g.String(),
				"overlaps designation "+p.Index(last).String()).AsWarning())
		}
		if last < 0 || endsAfter(g, c.Designations[last].Period) {
			last = i
		}
	}
	return ps
}

// endsAfter reports whether a ends after b; an open end is after any date.
func endsAfter(a, b vocab.Period) bool {
	return !b.End.IsZero() && (a.End.IsZero() || a.End.After(b.End))
}
