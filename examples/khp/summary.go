package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// illustrative is the mark printed next to a figure whose data carries an
// illustrative label.
const illustrative = " [illustrative]"

// label returns [illustrative] when any of the sources labels its value
// illustrative, and "" for cited facts: the program reads the label from
// the data, as any reader of the JSON can.
func label(sources ...[]vocab.Source) string {
	for _, ss := range sources {
		if slices.ContainsFunc(ss, vocab.Source.IsIllustrative) {
			return illustrative
		}
	}
	return ""
}

// summarise validates c and prints what it is as of asOf: partners with
// their identifiers, the designation in force, successions, and every
// problem. It returns an error when the centre does not validate. Dates
// print at the precision their sources give ("since 2009"); a partner
// whose membership dates leave asOf undecided is listed as possible.
func summarise(w io.Writer, c *ahsc.Centre, asOf vocab.Date) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s) as of %s\n\n", c.Name, c.ID, asOf)
	partners := c.PartnersAt(asOf)
	fmt.Fprintf(&b, "Partners (%d):\n", len(partners))
	for _, id := range partners {
		p, _ := c.Partner(id)
		m, _ := p.MemberAt(asOf)
		fmt.Fprintf(&b, "  %-5s %s — %s, %s since %s%s\n", id, p.NameAt(asOf), p.Kind, m.Role, m.Joined, label(m.Sources))
		for _, ident := range p.Identifiers {
			line := fmt.Sprintf("%s %s", ident.Scheme, ident.Value)
			if oid, ok := ident.OrgID(); ok {
				line += " (" + oid + ")"
			} else if u := ident.URL(); u != "" {
				line += " (" + u + ")"
			}
			fmt.Fprintf(&b, "        %s\n", line)
		}
	}
	if possible := c.PossiblePartnersAt(asOf); len(possible) > len(partners) {
		var maybe []string
		for _, id := range possible {
			if !slices.Contains(partners, id) {
				p, _ := c.Partner(id)
				m, _ := p.MayBeMemberAt(asOf)
				maybe = append(maybe, fmt.Sprintf("%s (%s)", id, m.Period()))
			}
		}
		fmt.Fprintf(&b, "Possibly partners on %s (membership dates known only to the month or year): %s\n", asOf, strings.Join(maybe, ", "))
	}
	if d, ok := c.DesignationAt(asOf); ok {
		var issuers []string
		for _, id := range d.Issuers {
			o, _ := c.Organisation(id)
			issuers = append(issuers, o.NameAt(d.Period.Start))
		}
		fmt.Fprintf(&b, "\nDesignation in force: %d round, %s, issued by %s%s\n", d.Round, d.Period, strings.Join(issuers, ", "), label(d.Sources))
	} else {
		fmt.Fprintf(&b, "\nNo designation in force on %s\n", asOf)
	}
	fmt.Fprintf(&b, "Designations: %d", len(c.Designations))
	for _, d := range c.Designations {
		fmt.Fprintf(&b, " · %d (%s)%s", d.Round, d.Period, label(d.Sources))
	}
	b.WriteString("\n")
	for _, s := range c.Successions {
		from, _ := c.Organisation(s.Predecessor)
		to, _ := c.Organisation(s.Successor)
		fmt.Fprintf(&b, "Succession: %s → %s (%s, %s)%s\n", from.Name, to.Name, s.Kind, s.Date, label(s.Sources))
	}
	summariseDocuments(&b, c, asOf)
	ps := c.Problems()
	fmt.Fprintf(&b, "\nValidation: %s, %s\n",
		plural(len(ps.Errors()), "error", "errors"), plural(len(ps.Warnings()), "warning", "warnings"))
	for _, p := range ps.Sorted() {
		fmt.Fprintf(&b, "  %s  %s\n", p.Pointer(), p.Error())
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	return ps.Err()
}

// summariseDocuments prints one section per domain document present.
func summariseDocuments(b *strings.Builder, c *ahsc.Centre, asOf vocab.Date) {
	if g := c.Governance; g != nil {
		summariseGovernance(b, g, asOf)
	}
	if p := c.Portfolio; p != nil {
		summarisePortfolio(b, p, asOf)
	}
	if c.Ledger != nil {
		summariseFunding(b, c, asOf)
	}
	summariseWhatIf(b, c, asOf)
}

// plural returns n with the singular noun when n is 1, else with the
// plural: "1 breach", "0 breaches".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
